"""Publications written in Serbo-Croat-Bosnian (Latin script), some with an English edition."""

from ._text import publication

PUBLICATIONS = [
    publication(
        "Hraniteljstvo u Bosni i Hercegovini: analiza stanja i preporuke",
        "Analiza razvoja hraniteljstva, potreba hraniteljskih porodica i preporuke za unapređenje podrške djeci bez roditeljskog staranja.",
        "research",
        ["foster-care", "deinstitutionalisation"],
        ["bosnia-and-herzegovina"],
        ["social-workers", "decision-makers"],
        "2023-06-01",
        "Terre des hommes",
        sh="""
## Uvod
Hraniteljstvo je ključni oblik zaštite djece bez roditeljskog staranja. Istraživanje je obuhvatilo centre za socijalni rad, hraniteljske porodice i djecu u smještaju u oba entiteta i Brčko distriktu.
## Stanje
Broj hraniteljskih porodica polako raste, ali većina su srodničke porodice, najčešće bake i djedovi. Nesrodničkih i specijalizovanih hranitelja ima malo, pa djeca s teškoćama u razvoju i dalje odlaze u ustanove.
## Potrebe hranitelja
Rezultati pokazuju da hranitelji trebaju redovnu obuku, savjetodavnu podršku i pravovremene naknade, a djeca stabilan smještaj i kontakt s biološkom porodicom kada je to u njihovom najboljem interesu.
## Glas djece
Djeca u hraniteljskim porodicama rekla su da se osjećaju sigurno, ali da često ne znaju zašto su izdvojena iz porodice i koliko će smještaj trajati. Željela bi češće viđati braću i sestre.
## Preporuke
Preporuke se odnose na jedinstvene standarde kvaliteta, specijalizovano hraniteljstvo za djecu s invaliditetom, veći broj stručnih radnika u centrima za socijalni rad i bolju saradnju među službama.
""",
    ),
    publication(
        "Pravosuđe po meri deteta: preporuke za reformu maloletničkog pravosuđa",
        "Predlog praktične politike o zaštiti prava dece u sukobu sa zakonom i dece žrtava i svedoka u krivičnom postupku.",
        "policy-paper",
        ["justice-for-children"],
        ["serbia"],
        ["justice", "decision-makers"],
        "2022-12-05",
        "Centar za prava deteta;Terre des hommes",
        sh="""
## Polazište
Zakon o maloletnim učiniocima krivičnih dela i krivičnopravnoj zaštiti maloletnih lica smatran je naprednim zakonom u regionu. Ipak, analiza sudske prakse pokazuje da se njegove mogućnosti ne koriste u potpunosti.
## Vaspitni nalozi i alternativne mere
Vaspitni nalozi, kao što su poravnanje sa oštećenim, rad u humanitarnim organizacijama i uključivanje u savetovališta, primenjuju se retko i neujednačeno. U mnogim opštinama ne postoje službe koje bi ih sprovodile.
## Deca žrtve i svedoci
Deca i dalje daju iskaz više puta, pred policijom, tužilaštvom i sudom. Posebne prostorije za saslušanje dece postoje samo u nekoliko sudova, a stručna lica retko učestvuju u pripremi deteta.
## Pritvor
Pritvor maloletnika traje duže nego što je potrebno, a uslovi smeštaja ne odgovaraju uvek standardima. Deci nije uvek obezbeđen branilac od prvog saslušanja.
## Preporuke
Predlažemo specijalizaciju sudija, tužilaca i policijskih službenika, finansiranje službi za izvršenje vaspitnih naloga u lokalnim zajednicama, opremanje prostorija za saslušanje dece u svim višim sudovima i redovno prikupljanje podataka o primeni mera.
""",
    ),
    publication(
        "Protocol for responding to violence against children: a multisectoral guide",
        "How social welfare, health, education, police and the judiciary share duties when a child is suspected to be a victim of violence.",
        "guideline",
        ["violence-against-children", "violence-in-the-family", "case-management"],
        ["croatia", "montenegro", "bosnia-and-herzegovina"],
        ["social-workers", "police", "health", "education"],
        "2021-03-22",
        "Terre des hommes;UNICEF",
        en="""
## Purpose
This guide explains the duties of each sector when violence against a child is suspected, so that every professional knows what to do, whom to inform and within which deadline.
## Duty to report
Every professional who suspects that a child is exposed to violence must immediately report it to the social welfare centre or the police. A report does not require proof; an investigation will establish the facts.
## Social welfare centre
The centre assesses the child's safety on the same day in urgent cases, appoints a case manager, convenes a multidisciplinary team and, if necessary, proposes protective measures to the court.
## Health, education and police
Health workers document injuries carefully. Schools support the child and inform the centre about changes in behaviour. Police secure evidence, protect the child and remove the violent person from the home where the law allows.
## Coordination
A multidisciplinary team meets within seven days and agrees on a joint protection plan. The child is interviewed only once, in a suitable setting, by a trained professional.
""",
        sh=(
            "Protokol o postupanju u slučaju nasilja nad djecom: međusektorski vodič",
            """
## Svrha
Ovaj vodič objašnjava obaveze svakog sektora kada postoji sumnja da je dijete izloženo nasilju, kako bi svaki stručnjak znao šta treba učiniti, koga obavijestiti i u kojem roku.
## Obaveza prijave
Svaki stručnjak koji posumnja da je dijete izloženo nasilju dužan je to odmah prijaviti centru za socijalnu skrb, odnosno centru za socijalni rad, ili policiji. Za prijavu nisu potrebni dokazi; činjenice će utvrditi nadležne službe.
## Centar za socijalni rad
Centar u hitnim slučajevima istog dana procjenjuje sigurnost djeteta, određuje voditelja slučaja, saziva multidisciplinarni tim i po potrebi predlaže sudu mjere zaštite.
## Zdravstvo, obrazovanje i policija
Zdravstveni radnici pažljivo dokumentuju povrede. Škola pruža podršku djetetu i obavještava centar o promjenama u ponašanju. Policija osigurava dokaze, štiti dijete i udaljava nasilnika iz kuće kada to zakon dozvoljava.
## Koordinacija
Multidisciplinarni tim sastaje se u roku od sedam dana i dogovara zajednički plan zaštite. Dijete se saslušava samo jednom, u prikladnom prostoru, uz prisustvo educiranog stručnjaka.
""",
        ),
    ),
    publication(
        "Djeca bez pratnje u prihvatnim centrima: iskustva staratelja",
        "Istraživanje o radu privremenih staratelja djece bez pratnje i o uslovima u prihvatnim i azilnim centrima.",
        "research",
        ["unaccompanied-minors", "children-on-the-move"],
        ["serbia", "bosnia-and-herzegovina"],
        ["social-workers", "ngos"],
        "2023-08-21",
        "Mreža za prava djece u pokretu",
        sh="""
## O istraživanju
Razgovarali smo sa 35 privremenih staratelja, 20 radnika prihvatnih centara i 48 djece bez pratnje, uglavnom dječaka iz Avganistana, Pakistana i Sirije, starosti od 14 do 17 godina.
## Uloga staratelja
Staratelj zastupa interese djeteta, prati njegov smještaj, zdravlje i obrazovanje i učestvuje u postupku azila. U praksi jedan staratelj često brine o više desetina djece, pa je kontakt s djetetom kratak i formalan.
## Uslovi smještaja
Djeca su u nekim centrima smještena zajedno sa odraslima koji nisu njihovi srodnici. Nedostaju prevodioci, psihološka podrška i organizovane aktivnosti, a uključivanje u školu zavisi od dobre volje pojedinaca.
## Šta djeca kažu
Djeca su rekla da im je najvažnije da znaju šta ih čeka, da imaju nekoga kome mogu vjerovati i da mogu učiti. Mnoga planiraju nastaviti put, što povećava rizik od eksploatacije.
## Preporuke
Preporučujemo profesionalno starateljstvo sa najviše 15 djece po staratelju, odvojen smještaj za djecu, dostupnost prevodilaca i psihologa te brzo upisivanje djece u školu.
""",
    ),
]
