"""Demo publications: realistic titles, summaries and document text in several languages."""

import datetime

# (title, summary, resource type, topics, countries, audiences, date, {language: paragraphs})
PUBLICATIONS = [
    (
        "INSPIRE: Seven strategies for ending violence against children — a regional guide",
        "How the seven INSPIRE strategies apply to child protection systems in South-East "
        "Europe, with examples of laws, services and programmes that work.",
        "guideline",
        ["violence-against-children"],
        ["regional"],
        ["decision-makers", "social-workers"],
        datetime.date(2024, 11, 5),
        {
            "en": [
                "The INSPIRE package sets out seven strategies that have reduced violence against "
                "children: implementation and enforcement of laws, norms and values, safe "
                "environments, parent and caregiver support, income and economic strengthening, "
                "response and support services, and education and life skills.",
                "This guide maps each strategy to the child protection systems of the region. It "
                "shows where legislation already bans corporal punishment, where parenting "
                "programmes reach families at risk, and where response services are still missing.",
                "Each chapter ends with practical steps for ministries, municipalities and "
                "non-governmental organisations, and with indicators to measure progress.",
            ]
        },
    ),
    (
        "Children's participation in case management: a practice toolkit",
        "Tools that help social workers hear children's views at every step of case "
        "management, from the first assessment to the closing review.",
        "toolkit",
        ["child-participation", "case-management"],
        ["regional"],
        ["social-workers"],
        datetime.date(2023, 9, 18),
        {
            "en": [
                "Children have the right to express their views in all matters affecting them. In "
                "case management this means that the child is informed, consulted and listened to "
                "when decisions about protection, placement and services are made.",
                "The toolkit offers age-appropriate activities: drawing the 'circle of people who "
                "help me', a feelings thermometer, and a simple planning sheet that children fill "
                "in with their case manager.",
                "Supervisors will find a checklist to review whether participation has been "
                "meaningful, and examples of how children's views changed case plans.",
            ],
            "ro": [
                "Copiii au dreptul să își exprime opinia în toate problemele care îi privesc. În "
                "managementul de caz, aceasta înseamnă că fiecare copil este informat, consultat și "
                "ascultat atunci când se iau decizii despre protecție, plasament și servicii.",
                "Setul de instrumente propune activități potrivite vârstei: desenul „cercului "
                "persoanelor care mă ajută”, termometrul emoțiilor și o fișă simplă de planificare "
                "completată de copil împreună cu managerul de caz.",
            ],
        },
    ),
    (
        "Udhëzues për punonjësit socialë: vlerësimi i rrezikut për fëmijët",
        "Një udhëzues praktik për vlerësimin e rrezikut dhe hartimin e planit të mbrojtjes "
        "për fëmijët që përjetojnë dhunë në familje.",
        "guideline",
        ["violence-in-the-family", "case-management"],
        ["albania", "kosovo"],
        ["social-workers"],
        datetime.date(2025, 2, 10),
        {
            "sq": [
                "Punonjësit socialë të njësive për mbrojtjen e fëmijëve duhet të vlerësojnë shpejt "
                "sigurinë e fëmijës kur marrin një njoftim për dhunë në familje. Ky udhëzues "
                "përshkruan hapat e vlerësimit fillestar brenda 72 orëve.",
                "Vlerësimi i plotë shqyrton nevojat e fëmijës, aftësitë prindërore dhe faktorët "
                "familjarë e mjedisorë. Plani i mbrojtjes hartohet së bashku me familjen dhe me "
                "pjesëmarrjen e fëmijës, sipas moshës dhe pjekurisë së tij.",
                "Udhëzuesi përmban formularë, shembuj rastesh dhe këshilla për bashkëpunimin me "
                "policinë, shkollën dhe shërbimet shëndetësore.",
            ]
        },
    ),
    (
        "Защита детей в цифровой среде: руководство для школ",
        "Практическое руководство для учителей и школьных психологов о профилактике "
        "кибербуллинга и сексуального насилия в интернете.",
        "guideline",
        ["online-abuse", "violence-in-schools"],
        ["moldova", "ukraine"],
        ["education"],
        datetime.date(2024, 4, 22),
        {
            "ru": [
                "Дети всё больше времени проводят в интернете, и школа должна помогать им "
                "распознавать риски: кибербуллинг, вовлечение в сексуальное общение, шантаж и "
                "распространение личных изображений.",
                "Руководство описывает, как включить цифровую безопасность в учебную программу, "
                "как реагировать на сообщения учеников и как передавать случаи в службы защиты "
                "детей и полицию.",
                "В приложениях приведены планы уроков для начальной и средней школы и образец "
                "школьной политики по защите детей.",
            ],
            "uk": [
                "Діти дедалі більше часу проводять в інтернеті, і школа має допомагати їм "
                "розпізнавати ризики: кібербулінг, втягування в сексуальне спілкування, шантаж.",
                "Посібник пояснює, як реагувати на повідомлення учнів і як передавати випадки до "
                "служб у справах дітей та поліції.",
            ],
        },
    ),
    (
        "Hraniteljstvo u Bosni i Hercegovini: analiza stanja i preporuke",
        "Analiza razvoja hraniteljstva, potreba hraniteljskih porodica i preporuke za "
        "unapređenje podrške djeci bez roditeljskog staranja.",
        "research",
        ["foster-care", "deinstitutionalisation"],
        ["bosnia-and-herzegovina"],
        ["social-workers", "decision-makers"],
        datetime.date(2023, 6, 1),
        {
            "sh": [
                "Hraniteljstvo je ključni oblik zaštite djece bez roditeljskog staranja. Istraživanje "
                "je obuhvatilo centre za socijalni rad, hraniteljske porodice i djecu u smještaju.",
                "Rezultati pokazuju da hranitelji trebaju redovnu obuku, savjetodavnu podršku i "
                "pravovremene naknade, a djeca stabilan smještaj i kontakt s biološkom porodicom "
                "kada je to u njihovom najboljem interesu.",
                "Preporuke se odnose na standarde kvaliteta, specijalizovano hraniteljstvo za djecu "
                "s invaliditetom i bolju saradnju među službama.",
            ]
        },
    ),
    (
        "Закрила на децата с увреждания в общността",
        "Изследване на услугите в общността за деца с увреждания и техните семейства след "
        "закриването на специализираните институции.",
        "research",
        ["children-with-disabilities", "deinstitutionalisation"],
        ["bulgaria"],
        ["social-workers", "health"],
        datetime.date(2022, 10, 12),
        {
            "bg": [
                "След закриването на домовете за деца с увреждания много семейства разчитат на "
                "услуги в общността: дневни центрове, центрове за ранна интервенция и личен "
                "асистент.",
                "Изследването показва, че достъпът до услуги е неравномерен между големите градове "
                "и малките населени места, а родителите се нуждаят от повече подкрепа и почивка.",
            ]
        },
    ),
    (
        "Justiția prietenoasă copiilor: ghid pentru polițiști",
        "Ghid pentru polițiști privind audierea copiilor victime și martori într-un mod "
        "adaptat vârstei, fără a le provoca un nou traumatism.",
        "training-material",
        ["justice-for-children"],
        ["romania", "moldova"],
        ["police"],
        datetime.date(2025, 5, 30),
        {
            "ro": [
                "Copiii victime sau martori ai infracțiunilor trebuie audiați de polițiști instruiți, "
                "într-un spațiu prietenos, în prezența unui psiholog și cu înregistrare video, pentru "
                "a evita audierile repetate.",
                "Ghidul prezintă etapele unui interviu structurat, întrebările potrivite pentru "
                "fiecare vârstă și modul de colaborare cu serviciile de protecție a copilului.",
            ],
            "en": [
                "Child victims and witnesses must be interviewed by trained police officers, in a "
                "child-friendly room, with a psychologist present and video recording, so that "
                "repeated interviews are avoided.",
                "The guide sets out the stages of a structured interview and how to cooperate with "
                "child protection services.",
            ],
        },
    ),
    (
        "Unaccompanied and separated children on the Balkan route",
        "Findings from interviews with children travelling alone through the region, and what "
        "guardianship, reception and case management systems must change.",
        "report",
        ["unaccompanied-minors", "children-on-the-move"],
        ["serbia", "north-macedonia", "greece", "croatia"],
        ["social-workers", "ngos"],
        datetime.date(2022, 3, 3),
        {
            "en": [
                "Children travelling alone face violence, exploitation and detention along the "
                "Balkan route. Many avoid registration because they fear being stopped.",
                "Guardians are often appointed late and have too many children to follow. Reception "
                "centres rarely offer child-friendly spaces or psychological support.",
                "The report recommends professional guardianship, age assessment only as a last "
                "resort, and cross-border case management so that information follows the child.",
            ]
        },
    ),
    (
        "Law on the protection of children's rights (consolidated text)",
        "The consolidated text of the national law on the protection of children's rights, "
        "with the latest amendments on case management and child protection units.",
        "law-or-standard",
        ["justice-for-children", "case-management"],
        ["albania"],
        ["justice", "decision-makers"],
        datetime.date(2021, 12, 20),
        {
            "en": [
                "This law guarantees the rights and the protection of children, establishes the "
                "child protection units in each municipality, and sets out the procedure for "
                "referral and case management of children in need of protection.",
                "Article 48 establishes that every child at risk shall have an individual protection "
                "plan, prepared by the case manager together with the child and the family.",
            ],
            "sq": [
                "Ky ligj garanton të drejtat dhe mbrojtjen e fëmijës, krijon njësitë për mbrojtjen e "
                "fëmijëve në çdo bashki dhe përcakton procedurën e referimit dhe të menaxhimit të "
                "rastit për fëmijët në nevojë për mbrojtje.",
            ],
        },
    ),
    (
        "Supervision in child protection and care agencies: a handbook",
        "A handbook on reflective supervision for managers of child protection services, with "
        "session formats, contracts and tools to prevent burnout.",
        "training-material",
        ["case-management"],
        ["regional"],
        ["social-workers"],
        datetime.date(2020, 9, 15),
        {
            "en": [
                "Supervision protects children by supporting the professionals who work with them. "
                "Reflective supervision gives case managers regular time to think about their "
                "decisions, their emotions and their relationships with families.",
                "The handbook describes individual and group supervision, supervision contracts, and "
                "how to recognise and prevent secondary trauma and burnout.",
            ]
        },
    ),
]

# Country series: one report per country, the way regional programmes publish them.
SERIES = [
    (
        "Mapping the child protection system: {country}",
        "An overview of the laws, institutions, services and workforce that protect children "
        "in {country}, with the main gaps identified by practitioners.",
        "report",
        ["case-management"],
        ["decision-makers", "ngos"],
        [
            "This mapping describes the child protection system in {country}: the legal "
            "framework, the institutions responsible at national and local level, the services "
            "available to children and families, and the professionals who deliver them.",
            "Practitioners in {country} identified three priorities: more social workers per "
            "municipality, stronger referral between schools, health services and social "
            "protection, and community services that prevent family separation.",
        ],
    ),
    (
        "Violence against children in {country}: national survey results",
        "Results of a national survey on the prevalence of physical, emotional and sexual "
        "violence against children at home, at school and online in {country}.",
        "research",
        ["violence-against-children", "online-abuse"],
        ["decision-makers", "education"],
        [
            "The survey interviewed children aged 13 to 17 and their parents across {country}. "
            "One in three children reported emotional violence at home in the past year, and one "
            "in five had experienced bullying at school.",
            "Online risks are growing: many children had received unwanted sexual messages, but "
            "few had told an adult. The report recommends prevention programmes in schools and "
            "easy ways for children to report violence.",
        ],
    ),
    (
        "Alternative care and deinstitutionalisation in {country}: progress report",
        "Progress in moving children from residential institutions to family-based and "
        "community care in {country}, and what remains to be done.",
        "policy-paper",
        ["alternative-care", "deinstitutionalisation"],
        ["decision-makers"],
        [
            "Over the past decade {country} has reduced the number of children living in large "
            "residential institutions. Foster care and small group homes have expanded, but "
            "children with disabilities are still more likely to remain in institutions.",
            "The report calls for gatekeeping that prevents unnecessary separation, support for "
            "families, and a workforce trained to accompany children leaving care.",
        ],
    ),
]
SERIES_COUNTRIES = [
    ("albania", "Albania"),
    ("bosnia-and-herzegovina", "Bosnia and Herzegovina"),
    ("bulgaria", "Bulgaria"),
    ("croatia", "Croatia"),
    ("hungary", "Hungary"),
    ("kosovo", "Kosovo"),
    ("moldova", "Moldova"),
    ("montenegro", "Montenegro"),
    ("north-macedonia", "North Macedonia"),
    ("romania", "Romania"),
    ("serbia", "Serbia"),
    ("ukraine", "Ukraine"),
]
