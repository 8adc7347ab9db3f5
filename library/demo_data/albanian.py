"""Publications written in Albanian, some with an English edition."""

from ._text import publication

PUBLICATIONS = [
    publication(
        "Udhëzues për punonjësit socialë: vlerësimi i rrezikut për fëmijët",
        "Një udhëzues praktik për vlerësimin e rrezikut dhe hartimin e planit të mbrojtjes për fëmijët që përjetojnë dhunë në familje.",
        "guideline",
        ["violence-in-the-family", "case-management"],
        ["albania", "kosovo"],
        ["social-workers"],
        "2025-02-10",
        "Terre des hommes",
        sq="""
## Hyrje
Punonjësit socialë të njësive për mbrojtjen e fëmijëve duhet të vlerësojnë shpejt sigurinë e fëmijës kur marrin një njoftim për dhunë në familje. Ky udhëzues përshkruan hapat e vlerësimit fillestar brenda 72 orëve.
## Vlerësimi fillestar
Gjatë vizitës së parë punonjësi social takon fëmijën dhe prindërit, vëzhgon kushtet e banimit dhe mbledh informacion nga shkolla, mjeku i familjes dhe policia. Nëse fëmija është në rrezik të menjëhershëm, merren masa emergjente mbrojtjeje në bashkëpunim me policinë.
## Vlerësimi i plotë
Vlerësimi i plotë shqyrton nevojat e fëmijës, aftësitë prindërore dhe faktorët familjarë e mjedisorë. Plani i mbrojtjes hartohet së bashku me familjen dhe me pjesëmarrjen e fëmijës, sipas moshës dhe pjekurisë së tij.
## Plani i mbrojtjes
Plani përcakton objektivat, shërbimet e nevojshme, personat përgjegjës dhe afatet. Ai rishikohet të paktën çdo tre muaj në një takim të grupit teknik ndërsektorial.
## Mjetet praktike
Udhëzuesi përmban formularë, shembuj rastesh dhe këshilla për bashkëpunimin me policinë, shkollën dhe shërbimet shëndetësore. Formularët mund të plotësohen edhe në sistemin elektronik të menaxhimit të rasteve.
""",
    ),
    publication(
        "Law on the protection of children's rights (consolidated text)",
        "The consolidated text of the national law on the protection of children's rights, with the latest amendments on case management and child protection units.",
        "law-or-standard",
        ["justice-for-children", "case-management"],
        ["albania"],
        ["justice", "decision-makers"],
        "2021-12-20",
        "Ministry of Health and Social Protection",
        en="""
## General provisions
This law guarantees the rights and the protection of children, establishes the child protection units in each municipality, and sets out the procedure for referral and case management of children in need of protection.
The best interests of the child are a primary consideration in every decision taken by public authorities, courts and private institutions. Every child has the right to be heard and to have their views taken into account according to age and maturity.
## Institutions
The State Agency for the Protection of Children's Rights coordinates the national system. Each municipality has a child protection unit with at least one child protection worker for every 3,000 children. The unit leads a multidisciplinary technical group with representatives of education, health, police and social services.
## Case management
Article 48 establishes that every child at risk shall have an individual protection plan, prepared by the case manager together with the child and the family, and reviewed regularly.
## Protection measures
In an emergency, the child protection worker may, with the police, remove a child from the family for up to 72 hours, after which a court decides. Alternative care is a last resort and family-based care is preferred.
""",
        sq=(
            "Ligji për të drejtat dhe mbrojtjen e fëmijës (tekst i konsoliduar)",
            """
## Dispozita të përgjithshme
Ky ligj garanton të drejtat dhe mbrojtjen e fëmijës, krijon njësitë për mbrojtjen e fëmijëve në çdo bashki dhe përcakton procedurën e referimit dhe të menaxhimit të rastit për fëmijët në nevojë për mbrojtje.
Interesi më i lartë i fëmijës është konsiderata parësore në çdo vendim të marrë nga autoritetet publike, gjykatat dhe institucionet private. Çdo fëmijë ka të drejtë të dëgjohet dhe mendimi i tij merret parasysh sipas moshës dhe pjekurisë.
## Institucionet
Agjencia Shtetërore për Mbrojtjen e të Drejtave të Fëmijëve bashkërendon sistemin kombëtar. Çdo bashki ka një njësi për mbrojtjen e fëmijëve me të paktën një punonjës për çdo 3000 fëmijë. Njësia drejton grupin teknik ndërsektorial, ku marrin pjesë përfaqësues të arsimit, shëndetësisë, policisë dhe shërbimeve sociale.
## Menaxhimi i rastit
Neni 48 përcakton se çdo fëmijë në rrezik ka një plan individual mbrojtjeje, të hartuar nga menaxheri i rastit së bashku me fëmijën dhe familjen, i cili rishikohet rregullisht.
## Masat e mbrojtjes
Në rast emergjence, punonjësi për mbrojtjen e fëmijëve mund ta largojë fëmijën nga familja, së bashku me policinë, deri në 72 orë, pas të cilave vendos gjykata. Kujdesi alternativ është mjeti i fundit dhe përparësi ka kujdesi në familje.
""",
        ),
    ),
    publication(
        "Paketa e mjeteve për mësuesit: parandalimi i dhunës dhe ngacmimit në shkollë",
        "Aktivitete, protokolle dhe materiale për mësuesit dhe psikologët e shkollave që duan të parandalojnë dhunën mes bashkëmoshatarëve.",
        "toolkit",
        ["violence-in-schools"],
        ["albania", "kosovo"],
        ["education"],
        "2023-03-27",
        "Terre des hommes;Qendra për Edukim dhe Mbrojtje",
        sq="""
## Pse kjo paketë
Ngacmimi dhe dhuna mes nxënësve ndikojnë në shëndetin, mësimin dhe vetëvlerësimin e fëmijëve. Shumë mësues thonë se nuk dinë si të reagojnë kur një nxënës tallet, përjashtohet ose sulmohet në internet.
## Njohja e situatës
Paketa përmban një pyetësor anonim për nxënësit dhe një listë kontrolli për stafin. Rezultatet diskutohen në këshillin e mësuesve dhe në qeverinë e nxënësve për të vendosur përparësitë e vitit shkollor.
## Rregullat e klasës
Nxënësit dhe mësuesi shkruajnë së bashku rregullat e klasës: si e respektojmë njëri-tjetrin, çfarë bëjmë kur shohim dikë që ngacmohet dhe kujt i drejtohemi për ndihmë.
## Aktivitete mësimore
Dhjetë orë mësimi zhvillojnë empatinë, menaxhimin e emocioneve dhe guximin e dëshmitarëve për të ndërhyrë. Aktivitetet përfshijnë lojëra me role, diskutime mbi filma të shkurtër dhe projekte për sigurinë në internet.
## Protokolli i reagimit
Kur ndodh një rast dhune, mësuesi e ndalon menjëherë, mbron nxënësin e prekur, informon psikologun e shkollës dhe prindërit. Rastet e rënda referohen te njësia për mbrojtjen e fëmijëve ose te policia. Çdo rast regjistrohet dhe ndiqet derisa situata të zgjidhet.
""",
    ),
    publication(
        "Reintegration of returned children: a study in Albania and Kosovo",
        "How children who return with their families after failed migration to Western Europe are received in schools, health care and their communities.",
        "research",
        ["children-on-the-move"],
        ["albania", "kosovo"],
        ["social-workers", "education", "decision-makers"],
        "2020-10-05",
        "Terre des hommes",
        en="""
## Background
Thousands of children have returned to Albania and Kosovo with their families after asylum applications in Western Europe were rejected. Many spent years abroad, speak the language of the host country better than their own and return to homes that no longer exist.
## Education
Returned children often lose a school year because their certificates are not recognised in time. Some are placed in lower grades, and many struggle with reading and writing in Albanian. Where schools offered catch-up classes, children adapted within months.
## Wellbeing
Children described sadness, shame and loneliness after returning. Parents are often unemployed and in debt, which increases tension at home.
## Services
Reintegration support is mostly provided by projects for a limited time. Municipal social services rarely know that a returned family lives in their area.
## Recommendations
Border police should inform municipalities of every returned family with children; schools should enrol children immediately and offer language support; and social services should assess each family's needs within a month.
""",
        sq=(
            "Riintegrimi i fëmijëve të kthyer: studim në Shqipëri dhe Kosovë",
            """
## Konteksti
Mijëra fëmijë janë kthyer në Shqipëri dhe Kosovë me familjet e tyre pasi kërkesat për azil në Evropën Perëndimore u refuzuan. Shumë prej tyre kanë jetuar vite jashtë vendit, e flasin gjuhën e vendit pritës më mirë se gjuhën amtare dhe kthehen në shtëpi që nuk ekzistojnë më.
## Arsimi
Fëmijët e kthyer shpesh humbasin një vit shkollor sepse dëftesat e tyre nuk njihen në kohë. Disa vendosen në klasa më të ulëta dhe shumë kanë vështirësi me leximin dhe shkrimin në shqip. Aty ku shkollat organizuan mësim shtesë, fëmijët u përshtatën brenda pak muajve.
## Mirëqenia
Fëmijët përshkruan trishtim, turp dhe vetmi pas kthimit. Prindërit shpesh janë të papunë dhe me borxhe, gjë që rrit tensionin në familje.
## Shërbimet
Mbështetja për riintegrim ofrohet kryesisht nga projekte me afat të kufizuar. Shërbimet sociale të bashkive rrallë e dinë që një familje e kthyer jeton në territorin e tyre.
## Rekomandime
Policia kufitare duhet të njoftojë bashkinë për çdo familje të kthyer me fëmijë; shkollat duhet t'i regjistrojnë fëmijët menjëherë dhe t'u ofrojnë mbështetje gjuhësore; shërbimet sociale duhet të vlerësojnë nevojat e çdo familjeje brenda një muaji.
""",
        ),
    ),
]
