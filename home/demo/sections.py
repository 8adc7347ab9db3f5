"""Titles and introductions of the section pages that make up the main navigation."""

SECTIONS = {
    "news": {
        "en": ("News", "News from child protection in South-East Europe."),
        "sq": ("Lajme", "Lajme nga mbrojtja e fëmijëve në Evropën Juglindore."),
        "bg": ("Новини", "Новини за закрилата на детето в Югоизточна Европа."),
        "hu": ("Hírek", "Hírek a gyermekvédelemről Délkelet-Európából."),
        "ro": ("Știri", "Știri despre protecția copilului din Europa de Sud-Est."),
        "sh": ("Vijesti", "Vijesti iz zaštite djece u jugoistočnoj Evropi."),
        "ru": ("Новости", "Новости о защите детей в Юго-Восточной Европе."),
        "uk": ("Новини", "Новини про захист дітей у Південно-Східній Європі."),
    },
    "library": {
        "en": ("Library", "Research, guidelines, toolkits and laws on child protection."),
        "sq": ("Biblioteka", "Kërkime, udhëzime, mjete pune dhe ligje për mbrojtjen e fëmijëve."),
        "bg": ("Библиотека", "Изследвания, насоки, наръчници и закони за закрилата на детето."),
        "hu": (
            "Könyvtár",
            "Kutatások, útmutatók, eszköztárak és jogszabályok a gyermekvédelemről.",
        ),
        "ro": ("Bibliotecă", "Cercetări, ghiduri, instrumente și legi despre protecția copilului."),
        "sh": ("Biblioteka", "Istraživanja, smjernice, priručnici i zakoni o zaštiti djece."),
        "ru": ("Библиотека", "Исследования, руководства, методички и законы о защите детей."),
        "uk": ("Бібліотека", "Дослідження, настанови, посібники та закони про захист дітей."),
    },
    "academy": {
        "en": ("Academy", "Free self-paced courses and webinars for professionals."),
        "sq": ("Akademia", "Kurse falas me ritmin tuaj dhe webinarë për profesionistët."),
        "bg": ("Академия", "Безплатни курсове в собствено темпо и уебинари за специалисти."),
        "hu": ("Akadémia", "Ingyenes, önálló tempójú kurzusok és webináriumok szakembereknek."),
        "ro": ("Academie", "Cursuri gratuite în ritm propriu și webinarii pentru profesioniști."),
        "sh": ("Akademija", "Besplatni kursevi vlastitim tempom i webinari za stručnjake."),
        "ru": ("Академия", "Бесплатные курсы в своём темпе и вебинары для специалистов."),
        "uk": ("Академія", "Безкоштовні курси у власному темпі та вебінари для фахівців."),
    },
    "advocacy": {
        "en": ("Advocacy", "Policy briefs that bring the evidence to decision makers."),
        "sq": ("Avokim", "Përmbledhje politikash që u çojnë vendimmarrësve dëshmitë."),
        "bg": (
            "Застъпничество",
            "Политически анализи, които представят доказателствата пред институциите.",
        ),
        "hu": (
            "Érdekérvényesítés",
            "Szakpolitikai összefoglalók, amelyek a döntéshozókhoz juttatják a bizonyítékokat.",
        ),
        "ro": ("Advocacy", "Documente de politici care aduc dovezile în fața decidenților."),
        "sh": (
            "Zagovaranje",
            "Kratki pregledi politika koji donosiocima odluka predstavljaju dokaze.",
        ),
        "ru": (
            "Адвокация",
            "Аналитические записки, которые доносят факты до лиц, принимающих решения.",
        ),
        "uk": (
            "Адвокація",
            "Аналітичні записки, що доносять докази до осіб, які ухвалюють рішення.",
        ),
    },
}
