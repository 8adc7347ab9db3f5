"""Publications written in Hungarian, some with an English edition."""

from ._text import publication

PUBLICATIONS = [
    publication(
        "A gyermekvédelmi jelzőrendszer működése: kutatási jelentés",
        "Kutatás arról, hogyan jeleznek az iskolák, az egészségügyi szolgáltatók és a rendőrség, amikor egy gyermek veszélyeztetett, és mi történik a jelzés után.",
        "research",
        ["case-management", "violence-in-the-family"],
        ["hungary"],
        ["social-workers", "education", "health"],
        "2022-02-21",
        "Gyermekjogi Kutatóközpont",
        hu="""
## A kutatás célja
A gyermekvédelmi jelzőrendszer tagjai – védőnők, háziorvosok, pedagógusok, rendőrök és családsegítők – kötelesek jelezni, ha egy gyermek veszélyeztetettségét észlelik. A kutatás azt vizsgálta, mennyire működik ez a rendszer a gyakorlatban.
## Módszer
Kérdőíves felmérést végeztünk 640 jelzőrendszeri szakember körében, és interjúkat készítettünk húsz település család- és gyermekjóléti szolgálatának munkatársaival.
## Eredmények
A szakemberek többsége ismeri jelzési kötelezettségét, de sokan csak súlyos bántalmazás esetén jeleznek. Az elhanyagolás és a lelki bántalmazás gyakran rejtve marad. A pedagógusok attól tartanak, hogy a jelzés rontja a kapcsolatukat a családdal.
## Visszajelzés és együttműködés
A jelzők ritkán kapnak visszajelzést arról, mi történt a gyermekkel. Az esetmegbeszélések sok helyen formálisak, és hiányzik a közös esetterv.
## Javaslatok
Javasoljuk a rendszeres közös képzéseket, egységes jelzőlapot, kötelező visszajelzést a jelzőnek, valamint elegendő esetmenedzsert a szolgálatoknál, hogy minden jelzésre időben reagálhassanak.
""",
    ),
    publication(
        "Roma children in early childhood education and care in Hungary",
        "A study of Roma children's participation in nurseries and kindergartens, the obstacles families face and the programmes that help.",
        "research",
        ["roma-children", "early-childhood"],
        ["hungary"],
        ["education", "decision-makers"],
        "2024-10-14",
        "Terre des hommes;Esély Gyermekeinkért Alapítvány",
        en="""
## Background
Kindergarten attendance has been compulsory from the age of three in Hungary since 2015. Most Roma children now attend, but many start late, attend irregularly or go to segregated groups.
## Obstacles
Parents mentioned distance and transport, fear of discrimination, the cost of clothes and excursions, and the lack of places in nurseries for children under three.
## Programmes that help
Sure Start children's houses in disadvantaged settlements offer play groups for children under three together with their parents. Where they exist, children start kindergarten better prepared and parents trust the staff more.
## Recommendations
The study recommends more Sure Start houses, Roma assistants in kindergartens, free meals and transport, and training for kindergarten teachers in inclusive and anti-bias education.
""",
        hu=(
            "Roma gyermekek a koragyermekkori nevelésben és gondozásban Magyarországon",
            """
## Háttér
Magyarországon 2015 óta hároméves kortól kötelező az óvodába járás. A roma gyermekek többsége ma már óvodába jár, de sokan későn kezdenek, rendszertelenül járnak, vagy szegregált csoportokba kerülnek.
## Akadályok
A szülők a távolságot és a közlekedést, a hátrányos megkülönböztetéstől való félelmet, a ruházat és a kirándulások költségét, valamint a bölcsődei férőhelyek hiányát említették.
## Segítő programok
A hátrányos helyzetű településeken működő Biztos Kezdet Gyerekházak a három év alatti gyermekeknek és szüleiknek közös foglalkozásokat kínálnak. Ahol ilyen gyerekház működik, a gyermekek felkészültebben kezdik az óvodát, a szülők pedig jobban bíznak a pedagógusokban.
## Javaslatok
A tanulmány több Biztos Kezdet Gyerekházat, roma asszisztenseket az óvodákban, ingyenes étkezést és utaztatást, valamint az óvodapedagógusok befogadó és előítélet-mentes nevelésre való felkészítését javasolja.
""",
        ),
    ),
    publication(
        "Nevelőszülők támogatása: képzési kézikönyv tanácsadóknak",
        "Kézikönyv a nevelőszülői tanácsadók számára a nevelőszülők felkészítéséről, támogatásáról és a kiégés megelőzéséről.",
        "training-material",
        ["foster-care", "alternative-care"],
        ["hungary"],
        ["social-workers"],
        "2021-09-06",
        "Nevelőszülők Országos Egyesülete",
        hu="""
## A kézikönyv célja
Magyarországon a gyermekvédelmi szakellátásba kerülő gyermekek többsége nevelőszülőnél él. A nevelőszülői tanácsadó kulcsszerepet játszik abban, hogy a gyermek elhelyezése stabil és biztonságos legyen.
## A nevelőszülők felkészítése
A felkészítő képzés foglalkozik a kötődéssel, a traumával, a gyermek fejlődésével és a vér szerinti családdal való kapcsolattartással. A leendő nevelőszülők esetpéldákon keresztül gyakorolják a nehéz helyzetek kezelését.
## Rendszeres támogatás
A tanácsadó havonta legalább egyszer meglátogatja a családot, segít az iskolával és az egészségügyi szolgáltatókkal való kapcsolattartásban, és csoportos esetmegbeszéléseket szervez.
## A kiégés megelőzése
A nevelőszülők gyakran egyedül érzik magukat a viselkedési nehézségekkel küzdő gyermekekkel. A kézikönyv bemutatja a kiégés jeleit, a pihenést biztosító helyettes gondoskodást és a nevelőszülői támogató csoportokat.
## A gyermek hangja
A gyermeket tájékoztatni kell jogairól, és részt kell vennie az elhelyezéséről szóló felülvizsgálatokon. A tanácsadó rendszeresen beszél a gyermekkel is, nem csak a nevelőszülővel.
""",
    ),
]
