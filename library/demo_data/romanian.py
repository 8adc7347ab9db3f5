"""Publications written in Romanian, some with an English edition."""

from ._text import publication

PUBLICATIONS = [
    publication(
        "Children's participation in case management: a practice toolkit",
        "Tools that help social workers hear children's views at every step of case management, from the first assessment to the closing review.",
        "toolkit",
        ["child-participation", "case-management"],
        ["regional", "romania", "moldova"],
        ["social-workers"],
        "2023-09-18",
        "Terre des hommes",
        en="""
## The right to be heard
Children have the right to express their views in all matters affecting them. In case management this means that the child is informed, consulted and listened to when decisions about protection, placement and services are made.
## Preparing the conversation
The case manager explains to the child, in words suited to the child's age, why they meet, what will happen with what the child says and who else will know. The child chooses where the meeting takes place and who may be present.
## Activities
The toolkit offers age-appropriate activities: drawing the 'circle of people who help me', a feelings thermometer, and a simple planning sheet that children fill in with their case manager.
## Case conferences
Children can take part in case conferences in person, through a trusted adult or with a letter or drawing. The meeting uses simple language, and the child is told what was decided and why.
## Supervision
Supervisors will find a checklist to review whether participation has been meaningful, and examples of how children's views changed case plans.
""",
        ro=(
            "Participarea copiilor în managementul de caz: set de instrumente practice",
            """
## Dreptul de a fi ascultat
Copiii au dreptul să își exprime opinia în toate problemele care îi privesc. În managementul de caz, aceasta înseamnă că fiecare copil este informat, consultat și ascultat atunci când se iau decizii despre protecție, plasament și servicii.
## Pregătirea discuției
Managerul de caz îi explică copilului, cu cuvinte potrivite vârstei, de ce se întâlnesc, ce se va întâmpla cu ceea ce spune și cine va mai afla. Copilul alege locul întâlnirii și persoanele care pot fi prezente.
## Activități
Setul de instrumente propune activități potrivite vârstei: desenul „cercului persoanelor care mă ajută”, termometrul emoțiilor și o fișă simplă de planificare completată de copil împreună cu managerul de caz.
## Întâlnirile de caz
Copiii pot participa la întâlnirile de caz personal, printr-un adult de încredere sau printr-o scrisoare ori un desen. Întâlnirea folosește un limbaj simplu, iar copilului i se spune ce s-a hotărât și de ce.
## Supervizarea
Supervizorii găsesc o listă de verificare pentru a evalua dacă participarea a fost reală și exemple despre felul în care opiniile copiilor au schimbat planurile de intervenție.
""",
        ),
    ),
    publication(
        "Justiția prietenoasă copiilor: ghid pentru polițiști",
        "Ghid pentru polițiști privind audierea copiilor victime și martori într-un mod adaptat vârstei, fără a le provoca un nou traumatism.",
        "training-material",
        ["justice-for-children"],
        ["romania", "moldova"],
        ["police"],
        "2025-05-30",
        "Terre des hommes;Inspectoratul General al Poliției",
        ro="""
## De ce este nevoie de o audiere prietenoasă
Copiii victime sau martori ai infracțiunilor trebuie audiați de polițiști instruiți, într-un spațiu prietenos, în prezența unui psiholog și cu înregistrare video, pentru a evita audierile repetate.
## Pregătirea audierii
Înainte de audiere, polițistul se consultă cu psihologul și cu asistentul social, află vârsta, nivelul de dezvoltare și eventualele dizabilități ale copilului și stabilește împreună cu echipa ce informații sunt necesare.
## Etapele interviului
Ghidul prezintă etapele unui interviu structurat: stabilirea relației, explicarea regulilor, relatarea liberă, întrebările deschise și abia apoi întrebările specifice. Întrebările sugestive și repetate trebuie evitate.
## Colaborarea interinstituțională
Polițistul informează serviciul de protecție a copilului, iar copilul primește sprijin psihologic și asistență juridică gratuită. Înregistrarea video poate fi folosită în instanță, astfel încât copilul să nu fie audiat din nou.
## După audiere
Copilul și părintele sunt informați despre pașii următori ai procedurii, în cuvinte simple.
""",
        en=(
            "Child-friendly justice: a guide for police officers",
            """
## Why a child-friendly interview
Child victims and witnesses must be interviewed by trained police officers, in a child-friendly room, with a psychologist present and video recording, so that repeated interviews are avoided.
## Preparing the interview
Before the interview the officer consults the psychologist and the social worker, learns about the child's age, development and any disability, and agrees with the team which information is needed.
## Stages of the interview
The guide sets out the stages of a structured interview: building rapport, explaining the ground rules, a free narrative, open questions and only then specific questions. Suggestive and repeated questions must be avoided.
## Cooperation between institutions
The officer informs the child protection service, and the child receives psychological support and free legal aid. The video recording can be used in court so that the child does not have to be interviewed again.
## After the interview
The child and the parent are told, in simple words, what happens next in the proceedings.
""",
        ),
    ),
    publication(
        "Copiii rămași acasă: efectele migrației părinților asupra copiilor",
        "Studiu privind bunăstarea, educația și protecția copiilor ai căror părinți lucrează în străinătate, cu recomandări pentru școli și autoritățile locale.",
        "research",
        ["children-on-the-move", "case-management"],
        ["romania", "moldova"],
        ["social-workers", "education"],
        "2022-05-16",
        "Asociația pentru Drepturile Copilului",
        ro="""
## Contextul
Sute de mii de copii din România și Republica Moldova au cel puțin un părinte care lucrează în străinătate. Mulți dintre ei rămân în grija bunicilor, a rudelor sau a fraților mai mari, uneori fără ca autoritățile să fie informate.
## Metodologia
Studiul s-a bazat pe chestionare aplicate unui număr de 1.200 de elevi din 40 de școli, pe interviuri cu părinți, bunici, profesori și asistenți sociali și pe analiza datelor serviciilor publice de asistență socială.
## Rezultate
Copiii rămași acasă declară mai des sentimente de singurătate și tristețe decât colegii lor. Rezultatele școlare scad mai ales în primul an după plecarea părinților. Bunicii au nevoie de sprijin pentru a ajuta copiii la teme și pentru a comunica cu școala.
## Protecția copiilor
Legea obligă părinții să anunțe autoritățile înainte de plecare și să desemneze o persoană care se ocupă de copil, însă multe familii nu cunosc această obligație. Asistenții sociali din comunitățile rurale au prea multe cazuri pentru a vizita regulat toate familiile.
## Recomandări
Recomandăm consilierea în școli, grupuri de sprijin pentru copii, programe după-școală, informarea părinților înainte de plecare și colaborarea dintre școală, primărie și serviciile sociale pentru identificarea timpurie a copiilor vulnerabili.
""",
    ),
    publication(
        "Prevenirea separării copilului de familie: ghid pentru asistenții sociali comunitari",
        "Ghid practic privind identificarea familiilor aflate în risc, evaluarea nevoilor și serviciile care permit copilului să rămână în familie.",
        "guideline",
        ["alternative-care", "early-childhood"],
        ["romania"],
        ["social-workers"],
        "2024-02-05",
        "Terre des hommes;Autoritatea Națională pentru Protecția Drepturilor Copilului",
        ro="""
## Scopul ghidului
Mulți copii ajung în sistemul de protecție specială din cauza sărăciei, a lipsei unei locuințe sau a dificultăților de a îngriji un copil cu dizabilități. Ghidul arată cum pot fi sprijinite aceste familii înainte ca separarea să devină inevitabilă.
## Identificarea timpurie
Asistentul social comunitar colaborează cu medicul de familie, asistentul medical comunitar, mediatorul școlar și preotul pentru a identifica gravidele în situații dificile, nou-născuții cu risc de abandon și familiile care nu își mai pot îngriji copiii.
## Evaluarea nevoilor
Evaluarea se face la domiciliu și include resursele familiei, rețeaua de sprijin, situația locativă și veniturile. Părinții și copiii participă la stabilirea obiectivelor planului de servicii.
## Servicii de sprijin
Serviciile recomandate includ consilierea parentală, centrele de zi, sprijinul material punctual, ajutorul pentru obținerea actelor de identitate și a beneficiilor sociale, precum și serviciile de intervenție timpurie pentru copiii cu dizabilități.
## Monitorizarea
Planul de servicii este revizuit cel puțin o dată la trei luni. Separarea copilului de familie este propusă doar atunci când toate serviciile disponibile au fost încercate și siguranța copilului nu poate fi asigurată altfel.
""",
    ),
]
