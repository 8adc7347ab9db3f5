"""Demo content: the taxonomy, the home and About pages, and news, in the site's languages."""

import datetime

LOCALES = ["en", "sq", "bg", "hu", "ro", "sh", "ru", "uk"]


def names(en, sq, bg, hu, ro, sh, ru, uk):
    return {"en": en, "sq": sq, "bg": bg, "hu": hu, "ro": ro, "sh": sh, "ru": ru, "uk": uk}


TOPICS = [
    {
        "slug": "violence-against-children",
        "names": names(
            "Violence against children",
            "Dhuna ndaj fëmijëve",
            "Насилие над деца",
            "Gyermekek elleni erőszak",
            "Violența împotriva copiilor",
            "Nasilje nad djecom",
            "Насилие в отношении детей",
            "Насильство щодо дітей",
        ),
        "children": [
            {
                "slug": "online-abuse",
                "names": names(
                    "Online abuse",
                    "Abuzimi në internet",
                    "Насилие онлайн",
                    "Online bántalmazás",
                    "Abuzul online",
                    "Zlostavljanje na internetu",
                    "Насилие в интернете",
                    "Насильство в інтернеті",
                ),
            },
            {
                "slug": "violence-in-schools",
                "names": names(
                    "Violence in schools",
                    "Dhuna në shkolla",
                    "Насилие в училище",
                    "Iskolai erőszak",
                    "Violența în școli",
                    "Nasilje u školama",
                    "Насилие в школах",
                    "Насильство в школах",
                ),
            },
            {
                "slug": "violence-in-the-family",
                "names": names(
                    "Violence in the family",
                    "Dhuna në familje",
                    "Насилие в семейството",
                    "Családon belüli erőszak",
                    "Violența în familie",
                    "Nasilje u porodici",
                    "Насилие в семье",
                    "Насильство в сім'ї",
                ),
            },
        ],
    },
    {
        "slug": "trafficking-and-exploitation",
        "names": names(
            "Child trafficking and exploitation",
            "Trafikimi dhe shfrytëzimi i fëmijëve",
            "Трафик и експлоатация на деца",
            "Gyermekkereskedelem és kizsákmányolás",
            "Traficul și exploatarea copiilor",
            "Trgovina djecom i iskorištavanje djece",
            "Торговля детьми и их эксплуатация",
            "Торгівля дітьми та їх експлуатація",
        ),
        "children": [
            {
                "slug": "child-labour",
                "names": names(
                    "Child labour",
                    "Puna e fëmijëve",
                    "Детски труд",
                    "Gyermekmunka",
                    "Munca copiilor",
                    "Dječiji rad",
                    "Детский труд",
                    "Дитяча праця",
                ),
            },
        ],
    },
    {
        "slug": "children-on-the-move",
        "names": names(
            "Children on the move",
            "Fëmijët në lëvizje",
            "Деца в движение",
            "Úton lévő gyermekek",
            "Copiii în mișcare",
            "Djeca u pokretu",
            "Дети в пути",
            "Діти в русі",
        ),
        "children": [
            {
                "slug": "unaccompanied-minors",
                "names": names(
                    "Unaccompanied minors",
                    "Të miturit e pashoqëruar",
                    "Непридружени непълнолетни",
                    "Kísérő nélküli kiskorúak",
                    "Minori neînsoțiți",
                    "Maloljetnici bez pratnje",
                    "Несопровождаемые несовершеннолетние",
                    "Неповнолітні без супроводу",
                ),
            },
        ],
    },
    {
        "slug": "justice-for-children",
        "names": names(
            "Justice for children",
            "Drejtësia për fëmijët",
            "Правосъдие за деца",
            "Igazságszolgáltatás gyermekeknek",
            "Justiția pentru copii",
            "Pravosuđe za djecu",
            "Правосудие в интересах детей",
            "Правосуддя щодо дітей",
        ),
    },
    {
        "slug": "alternative-care",
        "names": names(
            "Alternative care",
            "Kujdesi alternativ",
            "Алтернативна грижа",
            "Alternatív gondoskodás",
            "Îngrijirea alternativă",
            "Alternativno zbrinjavanje",
            "Альтернативный уход",
            "Альтернативний догляд",
        ),
        "children": [
            {
                "slug": "foster-care",
                "names": names(
                    "Foster care",
                    "Kujdestaria familjare",
                    "Приемна грижа",
                    "Nevelőszülői gondoskodás",
                    "Asistența maternală",
                    "Hraniteljstvo",
                    "Приёмная семья",
                    "Прийомні сім'ї",
                ),
            },
            {
                "slug": "deinstitutionalisation",
                "names": names(
                    "Deinstitutionalisation",
                    "Deinstitucionalizimi",
                    "Деинституционализация",
                    "Intézetmentesítés",
                    "Dezinstituționalizarea",
                    "Deinstitucionalizacija",
                    "Деинституционализация",
                    "Деінституціоналізація",
                ),
            },
        ],
    },
    {
        "slug": "child-participation",
        "names": names(
            "Child participation",
            "Pjesëmarrja e fëmijëve",
            "Детско участие",
            "Gyermekek részvétele",
            "Participarea copiilor",
            "Participacija djece",
            "Участие детей",
            "Участь дітей",
        ),
    },
    {
        "slug": "early-childhood",
        "names": names(
            "Early childhood",
            "Fëmijëria e hershme",
            "Ранно детство",
            "Kisgyermekkor",
            "Copilăria timpurie",
            "Rano djetinjstvo",
            "Раннее детство",
            "Раннє дитинство",
        ),
    },
    {
        "slug": "children-with-disabilities",
        "names": names(
            "Children with disabilities",
            "Fëmijët me aftësi të kufizuara",
            "Деца с увреждания",
            "Fogyatékossággal élő gyermekek",
            "Copiii cu dizabilități",
            "Djeca s invaliditetom",
            "Дети с инвалидностью",
            "Діти з інвалідністю",
        ),
    },
    {
        "slug": "roma-children",
        "names": names(
            "Roma children",
            "Fëmijët romë",
            "Ромски деца",
            "Roma gyermekek",
            "Copiii romi",
            "Romska djeca",
            "Дети рома",
            "Діти ромів",
        ),
    },
    {
        "slug": "case-management",
        "names": names(
            "Case management and supervision",
            "Menaxhimi i rasteve dhe supervizioni",
            "Управление на случаи и супервизия",
            "Esetkezelés és szupervízió",
            "Managementul de caz și supervizarea",
            "Vođenje slučaja i supervizija",
            "Ведение случая и супервизия",
            "Ведення випадку та супервізія",
        ),
    },
    {
        "slug": "covid-19",
        "names": names(
            "COVID-19 response",
            "Përgjigjja ndaj COVID-19",
            "Мерки срещу COVID-19",
            "Válasz a COVID-19-re",
            "Răspunsul la COVID-19",
            "Odgovor na COVID-19",
            "Меры в связи с COVID-19",
            "Реагування на COVID-19",
        ),
    },
]

COUNTRIES = [
    {
        "slug": "albania",
        "iso": "AL",
        "names": names(
            "Albania",
            "Shqipëria",
            "Албания",
            "Albánia",
            "Albania",
            "Albanija",
            "Албания",
            "Албанія",
        ),
    },
    {
        "slug": "bosnia-and-herzegovina",
        "iso": "BA",
        "names": names(
            "Bosnia and Herzegovina",
            "Bosnjë dhe Hercegovinë",
            "Босна и Херцеговина",
            "Bosznia-Hercegovina",
            "Bosnia și Herțegovina",
            "Bosna i Hercegovina",
            "Босния и Герцеговина",
            "Боснія і Герцеговина",
        ),
    },
    {
        "slug": "bulgaria",
        "iso": "BG",
        "names": names(
            "Bulgaria",
            "Bullgaria",
            "България",
            "Bulgária",
            "Bulgaria",
            "Bugarska",
            "Болгария",
            "Болгарія",
        ),
    },
    {
        "slug": "croatia",
        "iso": "HR",
        "names": names(
            "Croatia",
            "Kroacia",
            "Хърватия",
            "Horvátország",
            "Croația",
            "Hrvatska",
            "Хорватия",
            "Хорватія",
        ),
    },
    {
        "slug": "greece",
        "iso": "GR",
        "names": names(
            "Greece", "Greqia", "Гърция", "Görögország", "Grecia", "Grčka", "Греция", "Греція"
        ),
    },
    {
        "slug": "hungary",
        "iso": "HU",
        "names": names(
            "Hungary",
            "Hungaria",
            "Унгария",
            "Magyarország",
            "Ungaria",
            "Mađarska",
            "Венгрия",
            "Угорщина",
        ),
    },
    {
        "slug": "kosovo",
        "iso": "XK",
        "names": names(
            "Kosovo", "Kosova", "Косово", "Koszovó", "Kosovo", "Kosovo", "Косово", "Косово"
        ),
    },
    {
        "slug": "moldova",
        "iso": "MD",
        "names": names(
            "Moldova",
            "Moldavia",
            "Молдова",
            "Moldova",
            "Republica Moldova",
            "Moldavija",
            "Молдова",
            "Молдова",
        ),
    },
    {
        "slug": "montenegro",
        "iso": "ME",
        "names": names(
            "Montenegro",
            "Mali i Zi",
            "Черна гора",
            "Montenegró",
            "Muntenegru",
            "Crna Gora",
            "Черногория",
            "Чорногорія",
        ),
    },
    {
        "slug": "north-macedonia",
        "iso": "MK",
        "names": names(
            "North Macedonia",
            "Maqedonia e Veriut",
            "Северна Македония",
            "Észak-Macedónia",
            "Macedonia de Nord",
            "Sjeverna Makedonija",
            "Северная Македония",
            "Північна Македонія",
        ),
    },
    {
        "slug": "romania",
        "iso": "RO",
        "names": names(
            "Romania", "Rumania", "Румъния", "Románia", "România", "Rumunija", "Румыния", "Румунія"
        ),
    },
    {
        "slug": "serbia",
        "iso": "RS",
        "names": names(
            "Serbia", "Serbia", "Сърбия", "Szerbia", "Serbia", "Srbija", "Сербия", "Сербія"
        ),
    },
    {
        "slug": "ukraine",
        "iso": "UA",
        "names": names(
            "Ukraine", "Ukraina", "Украйна", "Ukrajna", "Ucraina", "Ukrajina", "Украина", "Україна"
        ),
    },
    {
        "slug": "regional",
        "iso": "",
        "names": names(
            "Regional",
            "Rajonale",
            "Регионален",
            "Regionális",
            "Regional",
            "Regionalno",
            "Региональный",
            "Регіональний",
        ),
    },
]

RESOURCE_TYPES = [
    {
        "slug": "report",
        "names": names(
            "Report", "Raport", "Доклад", "Jelentés", "Raport", "Izvještaj", "Доклад", "Звіт"
        ),
    },
    {
        "slug": "research",
        "names": names(
            "Research",
            "Kërkim",
            "Изследване",
            "Kutatás",
            "Cercetare",
            "Istraživanje",
            "Исследование",
            "Дослідження",
        ),
    },
    {
        "slug": "policy-paper",
        "names": names(
            "Policy paper",
            "Dokument politikash",
            "Политически документ",
            "Szakpolitikai anyag",
            "Document de politici",
            "Dokument javne politike",
            "Аналитическая записка",
            "Аналітична записка",
        ),
    },
    {
        "slug": "guideline",
        "names": names(
            "Guideline",
            "Udhëzues",
            "Насоки",
            "Útmutató",
            "Ghid",
            "Smjernice",
            "Руководство",
            "Настанова",
        ),
    },
    {
        "slug": "toolkit",
        "names": names(
            "Toolkit",
            "Paketë mjetesh",
            "Наръчник с инструменти",
            "Eszköztár",
            "Set de instrumente",
            "Priručnik s alatima",
            "Методический набор",
            "Набір інструментів",
        ),
    },
    {
        "slug": "training-material",
        "names": names(
            "Training material",
            "Material trajnimi",
            "Обучителен материал",
            "Képzési anyag",
            "Material de instruire",
            "Materijal za obuku",
            "Учебный материал",
            "Навчальний матеріал",
        ),
    },
    {
        "slug": "law-or-standard",
        "names": names(
            "Law or standard",
            "Ligj ose standard",
            "Закон или стандарт",
            "Jogszabály vagy standard",
            "Lege sau standard",
            "Zakon ili standard",
            "Закон или стандарт",
            "Закон або стандарт",
        ),
    },
    {
        "slug": "infographic",
        "names": names(
            "Infographic",
            "Infografikë",
            "Инфографика",
            "Infografika",
            "Infografic",
            "Infografika",
            "Инфографика",
            "Інфографіка",
        ),
    },
    {
        "slug": "video",
        "names": names("Video", "Video", "Видео", "Videó", "Video", "Video", "Видео", "Відео"),
    },
    {
        "slug": "podcast",
        "names": names(
            "Podcast", "Podkast", "Подкаст", "Podcast", "Podcast", "Podkast", "Подкаст", "Подкаст"
        ),
    },
]

AUDIENCES = [
    {
        "slug": "social-workers",
        "names": names(
            "Social workers",
            "Punonjësit socialë",
            "Социални работници",
            "Szociális munkások",
            "Asistenți sociali",
            "Socijalni radnici",
            "Социальные работники",
            "Соціальні працівники",
        ),
    },
    {
        "slug": "police",
        "names": names(
            "Police and law enforcement",
            "Policia dhe zbatimi i ligjit",
            "Полиция и правоприлагане",
            "Rendőrség és bűnüldözés",
            "Poliția și organele de aplicare a legii",
            "Policija i organi reda",
            "Полиция и правоохранительные органы",
            "Поліція та правоохоронні органи",
        ),
    },
    {
        "slug": "health",
        "names": names(
            "Health professionals",
            "Profesionistët e shëndetësisë",
            "Здравни специалисти",
            "Egészségügyi szakemberek",
            "Profesioniști din sănătate",
            "Zdravstveni radnici",
            "Медицинские работники",
            "Медичні працівники",
        ),
    },
    {
        "slug": "justice",
        "names": names(
            "Lawyers and judges",
            "Avokatët dhe gjyqtarët",
            "Адвокати и съдии",
            "Ügyvédek és bírák",
            "Avocați și judecători",
            "Advokati i sudije",
            "Юристы и судьи",
            "Юристи та судді",
        ),
    },
    {
        "slug": "education",
        "names": names(
            "Teachers and school staff",
            "Mësuesit dhe stafi i shkollës",
            "Учители и училищен персонал",
            "Pedagógusok és iskolai dolgozók",
            "Profesori și personal școlar",
            "Nastavnici i školsko osoblje",
            "Учителя и школьный персонал",
            "Учителі та працівники шкіл",
        ),
    },
    {
        "slug": "students",
        "names": names(
            "Students",
            "Studentët",
            "Студенти",
            "Hallgatók",
            "Studenți",
            "Studenti",
            "Студенты",
            "Студенти",
        ),
    },
    {
        "slug": "decision-makers",
        "names": names(
            "Decision makers",
            "Vendimmarrësit",
            "Отговорни институции",
            "Döntéshozók",
            "Factori de decizie",
            "Donosioci odluka",
            "Лица, принимающие решения",
            "Особи, що ухвалюють рішення",
        ),
    },
    {
        "slug": "ngos",
        "names": names(
            "NGOs",
            "OJQ-të",
            "НПО",
            "Civil szervezetek",
            "ONG-uri",
            "Nevladine organizacije",
            "НКО",
            "Громадські організації",
        ),
    },
]

HOME = {
    "en": {
        "title": "ChildHub",
        "hero_title": "Knowledge and support for everyone who protects children",
        "hero_intro": (
            "ChildHub brings together research, guidance, courses and expert advice for child "
            "protection professionals in South-East Europe. Read, learn and ask in your own "
            "language."
        ),
        "featured": "Featured publications",
        "newest": "New in the library",
        "topics": "Browse by topic",
        "expert_link": "Ask a question",
        "expert_call_title": "Ask an expert",
        "expert_call_text": (
            "Facing a difficult case? Send your question to one of our resource persons and get "
            "qualified advice from an experienced colleague."
        ),
    },
    "sq": {
        "title": "ChildHub",
        "hero_title": "Njohuri dhe mbështetje për këdo që mbron fëmijët",
        "hero_intro": (
            "ChildHub bashkon kërkime, udhëzime, kurse dhe këshilla ekspertësh për "
            "profesionistët e mbrojtjes së fëmijëve në Evropën Juglindore. Lexoni, mësoni dhe "
            "pyetni në gjuhën tuaj."
        ),
        "featured": "Botime të përzgjedhura",
        "newest": "Të reja në bibliotekë",
        "topics": "Shfletoni sipas temës",
        "expert_link": "Bëni një pyetje",
        "expert_call_title": "Pyetni një ekspert",
        "expert_call_text": (
            "Keni një rast të vështirë? Dërgojani pyetjen tuaj një prej ekspertëve tanë dhe merrni "
            "këshillë të kualifikuar nga një koleg me përvojë."
        ),
    },
    "sh": {
        "title": "ChildHub",
        "hero_title": "Znanje i podrška za sve koji štite djecu",
        "hero_intro": (
            "ChildHub okuplja istraživanja, smjernice, kurseve i stručne savjete za stručnjake "
            "u zaštiti djece u jugoistočnoj Evropi. Čitajte, učite i pitajte na svom jeziku."
        ),
        "featured": "Izdvojene publikacije",
        "newest": "Novo u biblioteci",
        "topics": "Pregled po temama",
        "expert_link": "Postavite pitanje",
        "expert_call_title": "Pitajte stručnjaka",
        "expert_call_text": (
            "Imate težak slučaj? Pošaljite pitanje nekoj od naših stručnih osoba i dobijte "
            "kvalifikovan savjet iskusnog kolege."
        ),
    },
    "ro": {
        "title": "ChildHub",
        "hero_title": "Cunoaștere și sprijin pentru toți cei care protejează copiii",
        "hero_intro": (
            "ChildHub reunește cercetări, ghiduri, cursuri și sfaturi de specialitate pentru "
            "profesioniștii din protecția copilului din Europa de Sud-Est. Citiți, învățați și "
            "întrebați în limba dumneavoastră."
        ),
        "featured": "Publicații recomandate",
        "newest": "Noutăți în bibliotecă",
        "topics": "Răsfoiți după temă",
        "expert_link": "Puneți o întrebare",
        "expert_call_title": "Întrebați un expert",
        "expert_call_text": (
            "Aveți un caz dificil? Trimiteți întrebarea unuia dintre experții noștri și primiți "
            "un sfat calificat de la un coleg cu experiență."
        ),
    },
}

ABOUT = {
    "en": {
        "title": "About ChildHub",
        "slug": "about",
        "intro": "A professional community for child protection in South-East Europe.",
        "paragraphs": [
            "ChildHub is a knowledge platform for social workers, police officers, health "
            "staff, lawyers and judges, teachers, students and decision makers who work to "
            "protect children in Albania, Bosnia and Herzegovina, Bulgaria, Croatia, Hungary, "
            "Kosovo, Moldova, Montenegro, Romania, Serbia and Ukraine.",
            "Its library holds research reports, policy papers, guidelines, toolkits and laws "
            "in eight languages, searchable down to the text inside each document. Free "
            "self-paced courses and regular webinars help professionals keep their practice up "
            "to date.",
            "Experienced resource persons answer practitioners' questions, and advocacy briefs "
            "bring the evidence to the people who make decisions about children's lives. The "
            "platform is run with partner organisations across the region.",
        ],
    },
    "sq": {
        "title": "Rreth ChildHub",
        "slug": "rreth-nesh",
        "intro": "Një komunitet profesional për mbrojtjen e fëmijëve në Evropën Juglindore.",
        "paragraphs": [
            "ChildHub është një platformë njohurish për punonjësit socialë, oficerët e policisë, "
            "stafin shëndetësor, avokatët dhe gjyqtarët, mësuesit, studentët dhe vendimmarrësit "
            "që punojnë për mbrojtjen e fëmijëve në Shqipëri, Bosnjë dhe Hercegovinë, Bullgari, "
            "Kroaci, Hungari, Kosovë, Moldavi, Mal të Zi, Rumani, Serbi dhe Ukrainë.",
            "Biblioteka e saj përmban raporte kërkimore, dokumente politikash, udhëzues, mjete "
            "pune dhe ligje në tetë gjuhë, ku mund të kërkohet deri në tekstin brenda çdo "
            "dokumenti. Kurset falas me ritmin tuaj dhe webinarët e rregullt i ndihmojnë "
            "profesionistët të përditësojnë praktikën e tyre.",
            "Ekspertë me përvojë u përgjigjen pyetjeve të praktikuesve, ndërsa përmbledhjet e "
            "avokimit ua çojnë dëshmitë atyre që marrin vendime për jetën e fëmijëve. Platforma "
            "drejtohet me organizata partnere në të gjithë rajonin.",
        ],
    },
    "sh": {
        "title": "O ChildHubu",
        "slug": "o-nama",
        "intro": "Stručna zajednica za zaštitu djece u jugoistočnoj Evropi.",
        "paragraphs": [
            "ChildHub je platforma znanja za socijalne radnike, policijske službenike, "
            "zdravstvene radnike, advokate i sudije, nastavnike, studente i donosioce odluka "
            "koji rade na zaštiti djece u Albaniji, Bosni i Hercegovini, Bugarskoj, Hrvatskoj, "
            "Mađarskoj, na Kosovu, u Moldaviji, Crnoj Gori, Rumuniji, Srbiji i Ukrajini.",
            "Njena biblioteka sadrži istraživačke izvještaje, dokumente javnih politika, "
            "smjernice, priručnike i zakone na osam jezika, pretražive sve do teksta unutar "
            "svakog dokumenta. Besplatni kursevi vlastitim tempom i redovni webinari pomažu "
            "stručnjacima da unapređuju svoju praksu.",
            "Iskusne stručne osobe odgovaraju na pitanja praktičara, a kratki pregledi politika "
            "donose dokaze onima koji odlučuju o životima djece. Platformu vode partnerske "
            "organizacije iz cijele regije.",
        ],
    },
    "ro": {
        "title": "Despre ChildHub",
        "slug": "despre",
        "intro": "O comunitate profesională pentru protecția copilului în Europa de Sud-Est.",
        "paragraphs": [
            "ChildHub este o platformă de cunoaștere pentru asistenți sociali, polițiști, "
            "personal medical, avocați și judecători, profesori, studenți și factori de decizie "
            "care lucrează pentru protecția copiilor din Albania, Bosnia și Herțegovina, "
            "Bulgaria, Croația, Ungaria, Kosovo, Republica Moldova, Muntenegru, România, Serbia "
            "și Ucraina.",
            "Biblioteca sa cuprinde rapoarte de cercetare, documente de politici, ghiduri, "
            "instrumente și legi în opt limbi, în care se poate căuta până la textul din "
            "interiorul fiecărui document. Cursurile gratuite în ritm propriu și webinariile "
            "regulate îi ajută pe profesioniști să își actualizeze practica.",
            "Experți cu experiență răspund întrebărilor practicienilor, iar documentele de "
            "advocacy aduc dovezile în fața celor care iau decizii despre viața copiilor. "
            "Platforma este coordonată împreună cu organizații partenere din întreaga regiune.",
        ],
    },
    "bg": {
        "title": "За ChildHub",
        "slug": "za-childhub",
        "intro": "Професионална общност за закрила на детето в Югоизточна Европа.",
        "paragraphs": [
            "ChildHub е платформа за знания за социални работници, полицаи, здравни специалисти, адвокати и съдии, учители, студенти и отговорни институции, които работят за закрилата на децата в Албания, Босна и Херцеговина, България, Хърватия, Унгария, Косово, Молдова, Черна гора, Румъния, Сърбия и Украйна.",
            "Библиотеката ѝ съдържа изследвания, политически документи, насоки, наръчници и закони на осем езика, с търсене до текста във всеки документ. Безплатни курсове в собствено темпо и редовни уебинари помагат на специалистите да обновяват практиката си.",
            "Опитни експерти отговарят на въпросите на практиците, а анализите за застъпничество представят доказателствата пред хората, които вземат решения за живота на децата. Платформата се поддържа заедно с партньорски организации от целия регион.",
        ],
    },
    "hu": {
        "title": "A ChildHubról",
        "slug": "a-childhubrol",
        "intro": "Szakmai közösség a gyermekvédelemért Délkelet-Európában.",
        "paragraphs": [
            "A ChildHub tudásplatform szociális munkásoknak, rendőröknek, egészségügyi dolgozóknak, ügyvédeknek és bíráknak, pedagógusoknak, hallgatóknak és döntéshozóknak, akik a gyermekek védelméért dolgoznak Albániában, Bosznia-Hercegovinában, Bulgáriában, Horvátországban, Magyarországon, Koszovóban, Moldovában, Montenegróban, Romániában, Szerbiában és Ukrajnában.",
            "Könyvtárában kutatási jelentések, szakpolitikai anyagok, útmutatók, eszköztárak és jogszabályok találhatók nyolc nyelven, a dokumentumok szövegéig kereshetően. Az ingyenes, önálló tempójú kurzusok és a rendszeres webináriumok segítik a szakembereket gyakorlatuk megújításában.",
            "Tapasztalt szakértők válaszolnak a gyakorló szakemberek kérdéseire, az érdekérvényesítő összefoglalók pedig eljuttatják a bizonyítékokat azokhoz, akik a gyermekek életéről döntenek. A platformot partnerszervezetek működtetik az egész régióban.",
        ],
    },
    "ru": {
        "title": "О ChildHub",
        "slug": "o-childhub",
        "intro": "Профессиональное сообщество по защите детей в Юго-Восточной Европе.",
        "paragraphs": [
            "ChildHub — платформа знаний для социальных работников, сотрудников полиции, медицинских работников, юристов и судей, учителей, студентов и лиц, принимающих решения, которые защищают детей в Албании, Боснии и Герцеговине, Болгарии, Хорватии, Венгрии, Косово, Молдове, Черногории, Румынии, Сербии и Украине.",
            "В её библиотеке собраны исследования, аналитические записки, руководства, методические материалы и законы на восьми языках, с поиском по тексту каждого документа. Бесплатные курсы в своём темпе и регулярные вебинары помогают специалистам обновлять свою практику.",
            "Опытные эксперты отвечают на вопросы практиков, а материалы по адвокации доносят факты до тех, кто принимает решения о жизни детей. Платформа работает вместе с организациями-партнёрами по всему региону.",
        ],
    },
    "uk": {
        "title": "Про ChildHub",
        "slug": "pro-childhub",
        "intro": "Професійна спільнота із захисту дітей у Південно-Східній Європі.",
        "paragraphs": [
            "ChildHub — платформа знань для соціальних працівників, поліцейських, медичних працівників, юристів і суддів, учителів, студентів та осіб, які ухвалюють рішення, що працюють для захисту дітей в Албанії, Боснії і Герцеговині, Болгарії, Хорватії, Угорщині, Косові, Молдові, Чорногорії, Румунії, Сербії та Україні.",
            "Її бібліотека містить дослідження, аналітичні записки, настанови, посібники та закони вісьмома мовами, з пошуком до тексту кожного документа. Безкоштовні курси у власному темпі та регулярні вебінари допомагають фахівцям оновлювати свою практику.",
            "Досвідчені експерти відповідають на запитання практиків, а адвокаційні матеріали доносять докази до тих, хто ухвалює рішення про життя дітей. Платформа працює разом з організаціями-партнерами з усього регіону.",
        ],
    },
}

NEWS = [
    {
        "slug": "moldova-adopts-national-foster-care-standards",
        "date": datetime.date(2026, 10, 14),
        "topics": ["foster-care", "alternative-care"],
        "countries": ["moldova"],
        "translations": {
            "en": {
                "title": "Moldova adopts national quality standards for foster care",
                "summary": (
                    "New standards set out how foster families are assessed, trained and "
                    "supported, and how children's views are heard at every review."
                ),
                "paragraphs": [
                    "The Government of the Republic of Moldova has approved national quality "
                    "standards for foster care. They describe how prospective foster carers are "
                    "assessed and trained, how often social workers visit, and what support "
                    "families can expect when a placement becomes difficult.",
                    "The standards also require that every child in foster care is asked for "
                    "their views before each placement review, in a way suited to their age. "
                    "Local guardianship authorities have twelve months to bring their services "
                    "in line.",
                    "Practitioners can find the full text of the standards and a short guide "
                    "for social workers in the ChildHub library.",
                ],
            },
            "sq": {
                "title": "Moldavia miraton standardet kombëtare të cilësisë për kujdestarinë "
                "familjare",
                "summary": (
                    "Standardet e reja përcaktojnë si vlerësohen, trajnohen dhe mbështeten "
                    "familjet kujdestare dhe si dëgjohet zëri i fëmijëve në çdo rishikim."
                ),
                "paragraphs": [
                    "Qeveria e Republikës së Moldavisë ka miratuar standardet kombëtare të "
                    "cilësisë për kujdestarinë familjare. Ato përshkruajnë si vlerësohen dhe "
                    "trajnohen kujdestarët e ardhshëm, sa shpesh i vizitojnë punonjësit socialë "
                    "dhe çfarë mbështetjeje mund të presin familjet kur vendosja bëhet e vështirë.",
                    "Standardet kërkojnë gjithashtu që çdo fëmijë në kujdestari familjare të "
                    "pyetet për mendimin e tij para çdo rishikimi të vendosjes, në mënyrë të "
                    "përshtatshme për moshën. Autoritetet vendore të kujdestarisë kanë dymbëdhjetë "
                    "muaj për të përshtatur shërbimet e tyre.",
                    "Praktikuesit mund të gjejnë tekstin e plotë të standardeve dhe një udhëzues "
                    "të shkurtër për punonjësit socialë në bibliotekën e ChildHub.",
                ],
            },
            "sh": {
                "title": "Moldavija usvojila nacionalne standarde kvaliteta za hraniteljstvo",
                "summary": (
                    "Novi standardi određuju kako se hraniteljske porodice procjenjuju, obučavaju "
                    "i podržavaju, te kako se mišljenje djece čuje pri svakoj reviziji."
                ),
                "paragraphs": [
                    "Vlada Republike Moldavije usvojila je nacionalne standarde kvaliteta za "
                    "hraniteljstvo. Oni opisuju kako se budući hranitelji procjenjuju i "
                    "obučavaju, koliko često ih posjećuju socijalni radnici i kakvu podršku "
                    "porodice mogu očekivati kada smještaj postane težak.",
                    "Standardi također zahtijevaju da se svako dijete u hraniteljskoj porodici "
                    "pita za mišljenje prije svake revizije smještaja, na način primjeren "
                    "njegovom uzrastu. Lokalni organi starateljstva imaju dvanaest mjeseci da "
                    "usklade svoje usluge.",
                    "Praktičari mogu pronaći cjelovit tekst standarda i kratak vodič za "
                    "socijalne radnike u biblioteci ChildHuba.",
                ],
            },
            "ro": {
                "title": "Republica Moldova adoptă standarde naționale de calitate pentru "
                "asistența parentală profesionistă",
                "summary": (
                    "Noile standarde stabilesc cum sunt evaluate, instruite și sprijinite "
                    "familiile de plasament și cum este ascultată opinia copiilor la fiecare "
                    "revizuire."
                ),
                "paragraphs": [
                    "Guvernul Republicii Moldova a aprobat standarde naționale de calitate pentru "
                    "asistența parentală profesionistă. Acestea descriu cum sunt evaluați și "
                    "instruiți viitorii asistenți parentali, cât de des îi vizitează asistenții "
                    "sociali și ce sprijin pot aștepta familiile atunci când plasamentul devine "
                    "dificil.",
                    "Standardele cer, de asemenea, ca fiecare copil aflat în plasament să fie "
                    "întrebat despre opinia sa înaintea fiecărei revizuiri, într-un mod potrivit "
                    "vârstei. Autoritățile tutelare locale au la dispoziție douăsprezece luni "
                    "pentru a-și adapta serviciile.",
                    "Practicienii pot găsi textul integral al standardelor și un scurt ghid "
                    "pentru asistenții sociali în biblioteca ChildHub.",
                ],
            },
        },
    },
    {
        "slug": "webinar-series-online-child-sexual-abuse",
        "date": datetime.date(2026, 9, 22),
        "topics": ["online-abuse"],
        "countries": ["regional"],
        "translations": {
            "en": {
                "title": "Regional webinar series on online child sexual abuse starts in October",
                "summary": (
                    "Five webinars for police, social workers and teachers on recognising, "
                    "reporting and responding to online sexual abuse of children."
                ),
                "paragraphs": [
                    "ChildHub and its partners open a series of five webinars on online child "
                    "sexual abuse and exploitation. Each session brings together a police "
                    "investigator, a social worker and a school counsellor from a different "
                    "country of the region.",
                    "The series covers grooming and sextortion, safe ways to collect evidence, "
                    "interviewing children without causing further harm, cooperation with "
                    "internet platforms, and prevention work in schools.",
                    "All webinars are free, interpreted into the region's languages and recorded "
                    "for those who cannot attend live.",
                ],
            },
            "sq": {
                "title": "Në tetor nis një seri rajonale webinarësh për abuzimin seksual të "
                "fëmijëve në internet",
                "summary": (
                    "Pesë webinarë për policinë, punonjësit socialë dhe mësuesit mbi njohjen, "
                    "raportimin dhe reagimin ndaj abuzimit seksual të fëmijëve në internet."
                ),
                "paragraphs": [
                    "ChildHub dhe partnerët e tij hapin një seri prej pesë webinarësh për abuzimin "
                    "dhe shfrytëzimin seksual të fëmijëve në internet. Çdo seancë bashkon një "
                    "hetues policie, një punonjës social dhe një psikolog shkolle nga një vend "
                    "tjetër i rajonit.",
                    "Seria trajton joshjen dhe zhvatjen seksuale, mënyrat e sigurta të mbledhjes "
                    "së provave, intervistimin e fëmijëve pa u shkaktuar dëm të mëtejshëm, "
                    "bashkëpunimin me platformat e internetit dhe parandalimin në shkolla.",
                    "Të gjithë webinarët janë falas, përkthehen në gjuhët e rajonit dhe "
                    "regjistrohen për ata që nuk mund të marrin pjesë drejtpërdrejt.",
                ],
            },
            "sh": {
                "title": "U oktobru počinje regionalna serija webinara o seksualnom "
                "zlostavljanju djece na internetu",
                "summary": (
                    "Pet webinara za policiju, socijalne radnike i nastavnike o prepoznavanju, "
                    "prijavljivanju i reagovanju na seksualno zlostavljanje djece na internetu."
                ),
                "paragraphs": [
                    "ChildHub i partneri pokreću seriju od pet webinara o seksualnom "
                    "zlostavljanju i iskorištavanju djece na internetu. Svaka sesija okuplja "
                    "policijskog istražitelja, socijalnog radnika i školskog pedagoga iz druge "
                    "zemlje regije.",
                    "Serija obuhvata vrbovanje i seksualnu iznudu, sigurne načine prikupljanja "
                    "dokaza, razgovor s djecom bez nanošenja dodatne štete, saradnju s "
                    "internetskim platformama i prevenciju u školama.",
                    "Svi webinari su besplatni, prevode se na jezike regije i snimaju se za one "
                    "koji ih ne mogu pratiti uživo.",
                ],
            },
            "ro": {
                "title": "În octombrie începe o serie regională de webinarii despre abuzul "
                "sexual online asupra copiilor",
                "summary": (
                    "Cinci webinarii pentru polițiști, asistenți sociali și profesori despre "
                    "recunoașterea, raportarea și răspunsul la abuzul sexual online asupra "
                    "copiilor."
                ),
                "paragraphs": [
                    "ChildHub și partenerii săi lansează o serie de cinci webinarii despre abuzul "
                    "și exploatarea sexuală online a copiilor. Fiecare sesiune reunește un "
                    "anchetator de poliție, un asistent social și un consilier școlar dintr-o "
                    "altă țară a regiunii.",
                    "Seria abordează racolarea și șantajul sexual, modalitățile sigure de "
                    "colectare a probelor, audierea copiilor fără a le provoca un rău suplimentar, "
                    "cooperarea cu platformele online și prevenția în școli.",
                    "Toate webinariile sunt gratuite, interpretate în limbile regiunii și "
                    "înregistrate pentru cei care nu pot participa în direct.",
                ],
            },
        },
    },
    {
        "slug": "serbia-case-management-guidance",
        "date": datetime.date(2026, 6, 3),
        "topics": ["case-management"],
        "countries": ["serbia"],
        "translations": {
            "en": {
                "title": "Serbia publishes new case-management guidance for centres for social "
                "work",
                "summary": (
                    "The guidance sets shared steps, timelines and forms for assessing and "
                    "planning support for children at risk."
                ),
                "paragraphs": [
                    "The Ministry responsible for social protection in Serbia has published "
                    "guidance on case management in centres for social work. It sets out shared "
                    "steps from the first report to the closing of a case, with timelines for "
                    "initial and in-depth assessments.",
                    "The guidance puts supervision at the centre of good practice: every case "
                    "manager should have regular reflective supervision, and complex cases are "
                    "discussed in multidisciplinary case conferences.",
                ],
            },
            "sq": {
                "title": "Serbia publikon udhëzime të reja për menaxhimin e rasteve në "
                "qendrat e punës sociale",
                "summary": (
                    "Udhëzimet përcaktojnë hapa, afate dhe formularë të përbashkët për "
                    "vlerësimin dhe planifikimin e mbështetjes për fëmijët në rrezik."
                ),
                "paragraphs": [
                    "Ministria përgjegjëse për mbrojtjen sociale në Serbi ka publikuar udhëzime "
                    "për menaxhimin e rasteve në qendrat e punës sociale. Ato përcaktojnë hapa "
                    "të përbashkët nga raportimi i parë deri në mbylljen e rastit, me afate për "
                    "vlerësimin fillestar dhe atë të thelluar.",
                    "Udhëzimet e vendosin supervizionin në qendër të praktikës së mirë: çdo "
                    "menaxher rasti duhet të ketë supervizion të rregullt reflektues, ndërsa "
                    "rastet e ndërlikuara diskutohen në takime multidisiplinare.",
                ],
            },
            "sh": {
                "title": "Srbija objavila nove smjernice za vođenje slučaja u centrima za "
                "socijalni rad",
                "summary": (
                    "Smjernice utvrđuju zajedničke korake, rokove i obrasce za procjenu i "
                    "planiranje podrške djeci u riziku."
                ),
                "paragraphs": [
                    "Ministarstvo nadležno za socijalnu zaštitu u Srbiji objavilo je smjernice "
                    "za vođenje slučaja u centrima za socijalni rad. One utvrđuju zajedničke "
                    "korake od prve prijave do zatvaranja slučaja, s rokovima za početnu i "
                    "usmjerenu procjenu.",
                    "Smjernice supervizijski rad stavljaju u središte dobre prakse: svaki "
                    "voditelj slučaja treba imati redovnu supervizijsku podršku, a složeni "
                    "slučajevi se razmatraju na multidisciplinarnim konferencijama slučaja.",
                ],
            },
            "ro": {
                "title": "Serbia publică un nou ghid de management de caz pentru centrele de "
                "asistență socială",
                "summary": (
                    "Ghidul stabilește pași, termene și formulare comune pentru evaluarea și "
                    "planificarea sprijinului pentru copiii aflați în situații de risc."
                ),
                "paragraphs": [
                    "Ministerul responsabil de protecția socială din Serbia a publicat un ghid "
                    "de management de caz pentru centrele de asistență socială. Acesta stabilește "
                    "pași comuni de la prima sesizare până la închiderea cazului, cu termene "
                    "pentru evaluarea inițială și cea complexă.",
                    "Ghidul pune supervizarea în centrul bunelor practici: fiecare manager de caz "
                    "ar trebui să beneficieze de supervizare reflexivă regulată, iar cazurile "
                    "complexe sunt discutate în întâlniri multidisciplinare.",
                ],
            },
        },
    },
    {
        "slug": "albania-child-friendly-justice-training-police",
        "date": datetime.date(2026, 5, 12),
        "topics": ["justice-for-children"],
        "countries": ["albania"],
        "translations": {
            "en": {
                "title": "Albanian police officers trained in child-friendly justice",
                "summary": (
                    "Officers from twelve regional police directorates completed a course on "
                    "interviewing children who are victims or witnesses."
                ),
                "paragraphs": [
                    "Police officers from all twelve regional directorates in Albania have "
                    "completed a training course on child-friendly justice. The course covered "
                    "the Code of Criminal Justice for Children, age-appropriate interviewing "
                    "and the referral of children to social services.",
                    "Trainers used realistic case scenarios prepared with child protection "
                    "units, and participants practised interviews in specially equipped rooms.",
                ],
            },
        },
    },
    {
        "slug": "bulgaria-closes-last-institutions-for-young-children",
        "date": datetime.date(2026, 3, 30),
        "topics": ["deinstitutionalisation", "early-childhood"],
        "countries": ["bulgaria"],
        "translations": {
            "en": {
                "title": "Bulgaria marks a milestone in deinstitutionalisation",
                "summary": (
                    "The last homes for medical and social care of young children have "
                    "closed; children now grow up in families or small community services."
                ),
                "paragraphs": [
                    "Bulgaria has closed the last of its large homes for medical and social "
                    "care of children under three. Children who lived there have moved to "
                    "their own families, to foster care or to small family-type placements.",
                    "Civil society organisations welcomed the step and called for continued "
                    "investment in early intervention, so that fewer children are separated "
                    "from their families in the first place.",
                ],
            },
        },
    },
    {
        "slug": "romania-helpline-annual-report",
        "date": datetime.date(2026, 2, 18),
        "topics": ["violence-in-the-family", "online-abuse"],
        "countries": ["romania"],
        "translations": {
            "en": {
                "title": "Romania's child helpline reports more calls about online harm",
                "summary": (
                    "Calls and chats about cyberbullying and online sexual abuse rose for the "
                    "third year in a row, the helpline's annual report shows."
                ),
                "paragraphs": [
                    "The national child helpline in Romania answered more calls and chat "
                    "messages last year than ever before. Conversations about cyberbullying "
                    "and online sexual abuse grew fastest, while violence in the family "
                    "remained the most common reason children got in touch.",
                    "The report recommends that schools include online safety in the "
                    "curriculum from primary school onwards.",
                ],
            },
        },
    },
    {
        "slug": "ukraine-children-on-the-move-response",
        "date": datetime.date(2025, 11, 20),
        "topics": ["children-on-the-move", "unaccompanied-minors"],
        "countries": ["ukraine", "moldova", "romania"],
        "translations": {
            "en": {
                "title": "Cross-border cooperation for children fleeing the war in Ukraine",
                "summary": (
                    "Child protection services in Ukraine, Moldova and Romania agree on "
                    "common procedures for unaccompanied and separated children."
                ),
                "paragraphs": [
                    "Child protection authorities from Ukraine, Moldova and Romania have agreed "
                    "on common procedures for children who cross the border without their "
                    "parents. The procedures cover registration, best-interests assessment, "
                    "temporary care and family tracing.",
                    "Social workers at border points will use shared forms, translated into "
                    "the three languages, so that information follows the child.",
                ],
            },
        },
    },
    {
        "slug": "kosovo-school-violence-prevention",
        "date": datetime.date(2025, 9, 8),
        "topics": ["violence-in-schools", "child-participation"],
        "countries": ["kosovo"],
        "translations": {
            "en": {
                "title": "Kosovo schools start a violence prevention programme led by students",
                "summary": (
                    "Forty schools take part in a programme where student councils help "
                    "design anti-bullying rules and safe reporting."
                ),
                "paragraphs": [
                    "Forty primary and lower-secondary schools in Kosovo have started a "
                    "programme to prevent violence, in which student councils work with "
                    "teachers and school psychologists to agree on rules against bullying.",
                    "Each school sets up a confidential way for pupils to report violence and "
                    "trains staff to respond in line with the national protocol.",
                ],
            },
        },
    },
]

# The site's own pages, linked from every footer (site settings) and the home page. English,
# and "Ask an expert" also in the languages the home page is translated into.
SITE_PAGES = {
    "ask_expert": {
        "en": {
            "title": "Ask an expert",
            "slug": "ask-an-expert",
            "intro": "Send a question about a case or your practice to one of ChildHub's resource persons.",
            "paragraphs": [
                "ChildHub's resource persons are experienced social workers, psychologists, lawyers and police officers from the region. They answer questions from practitioners about difficult cases, procedures and the law, usually within five working days.",
                "Write to the address below. Describe the situation without names or details that could identify the child or the family, say which country you work in, and what you have already tried. Your question and the answer may be published without your name, so that colleagues can learn from them.",
                "In an emergency, do not wait for an answer: call the police or your country's child helpline (116 111 in most countries of the region).",
            ],
        },
        "sq": {
            "title": "Pyetni një ekspert",
            "slug": "pyetni-nje-ekspert",
            "intro": "Dërgojini një pyetje për një rast ose për praktikën tuaj një prej ekspertëve të ChildHub.",
            "paragraphs": [
                "Ekspertët e ChildHub janë punonjës socialë, psikologë, juristë dhe oficerë policie me përvojë nga rajoni. Ata u përgjigjen pyetjeve të praktikuesve për raste të vështira, procedura dhe ligjin, zakonisht brenda pesë ditëve të punës.",
                "Shkruani në adresën më poshtë. Përshkruani situatën pa emra ose hollësi që mund të identifikojnë fëmijën apo familjen, tregoni në cilin vend punoni dhe çfarë keni provuar tashmë. Pyetja dhe përgjigjja mund të publikohen pa emrin tuaj, që kolegët të mësojnë prej tyre.",
                "Në rast urgjence, mos prisni përgjigjen: telefononi policinë ose linjën e ndihmës për fëmijët (116 111 në shumicën e vendeve të rajonit).",
            ],
        },
        "sh": {
            "title": "Pitajte stručnjaka",
            "slug": "pitajte-strucnjaka",
            "intro": "Pošaljite pitanje o slučaju ili svojoj praksi nekoj od stručnih osoba ChildHuba.",
            "paragraphs": [
                "Stručne osobe ChildHuba su iskusni socijalni radnici, psiholozi, pravnici i policijski službenici iz regije. Odgovaraju na pitanja praktičara o teškim slučajevima, postupcima i zakonu, obično u roku od pet radnih dana.",
                "Pišite na adresu ispod. Opišite situaciju bez imena i detalja po kojima bi se moglo prepoznati dijete ili porodicu, navedite u kojoj zemlji radite i šta ste već pokušali. Pitanje i odgovor mogu biti objavljeni bez vašeg imena, da bi kolege mogle učiti iz njih.",
                "U hitnom slučaju ne čekajte odgovor: pozovite policiju ili liniju za pomoć djeci (116 111 u većini zemalja regije).",
            ],
        },
        "ro": {
            "title": "Întrebați un expert",
            "slug": "intrebati-un-expert",
            "intro": "Trimiteți o întrebare despre un caz sau despre practica dumneavoastră unuia dintre experții ChildHub.",
            "paragraphs": [
                "Experții ChildHub sunt asistenți sociali, psihologi, juriști și polițiști cu experiență din regiune. Ei răspund întrebărilor practicienilor despre cazuri dificile, proceduri și lege, de obicei în cinci zile lucrătoare.",
                "Scrieți la adresa de mai jos. Descrieți situația fără nume sau detalii care ar putea identifica copilul ori familia, spuneți în ce țară lucrați și ce ați încercat deja. Întrebarea și răspunsul pot fi publicate fără numele dumneavoastră, pentru ca și colegii să învețe din ele.",
                "În caz de urgență, nu așteptați răspunsul: sunați la poliție sau la linia de asistență pentru copii (116 111 în majoritatea țărilor din regiune).",
            ],
        },
    },
    "contact": {
        "en": {
            "title": "Contact us",
            "slug": "contact",
            "intro": "Questions about the platform, partnerships or your account.",
            "paragraphs": [
                "Write to contact@childhub.example.org. We answer in English and in the languages of the region, usually within three working days.",
                "For a question about a case, use Ask an expert instead: it reaches the resource persons directly.",
            ],
        },
    },
    "partners": {
        "en": {
            "title": "Partners",
            "slug": "partners",
            "intro": "ChildHub is run with organisations that protect children across South-East Europe.",
            "paragraphs": [
                "Non-governmental organisations, universities, professional associations and public institutions in each country of the region contribute publications, translate resources, run courses and lend their experts.",
                "Organisations that would like to contribute are welcome to contact us.",
            ],
        },
    },
    "privacy": {
        "en": {
            "title": "Privacy",
            "slug": "privacy",
            "intro": "What ChildHub records about its readers, and why.",
            "paragraphs": [
                "Reading ChildHub needs no account and sets no tracking cookie. The site counts the words people search for, per language and per day, to improve the library; it stores no address, browser or session with them.",
                "Members and editors who sign in are identified by a session cookie, which is deleted when they sign out. Questions sent to the experts are kept only as long as it takes to answer them, and are published only without the sender's name.",
            ],
        },
    },
    "licence": {
        "en": {
            "title": "Licence and reuse",
            "slug": "licence",
            "intro": "How you may reuse what you find on ChildHub.",
            "paragraphs": [
                "Each publication in the library shows its own licence; many are published under Creative Commons licences that allow sharing and adaptation with attribution.",
                "The site's own texts are available under the Creative Commons Attribution 4.0 licence. ChildHub's software is open source.",
            ],
        },
    },
}
