"""Publications available in English only."""

from ._text import publication

TDH = "Terre des hommes"

PUBLICATIONS = [
    publication(
        "INSPIRE: Seven strategies for ending violence against children — a regional guide",
        "How the seven INSPIRE strategies apply to child protection systems in South-East Europe, with examples of laws, services and programmes that work.",
        "guideline",
        ["violence-against-children"],
        ["regional"],
        ["decision-makers", "social-workers"],
        "2024-11-05",
        TDH,
        en="""
## Why a regional guide
The INSPIRE package sets out seven strategies that have reduced violence against children: implementation and enforcement of laws, norms and values, safe environments, parent and caregiver support, income and economic strengthening, response and support services, and education and life skills.
This guide maps each strategy to the child protection systems of the region. It shows where legislation already bans corporal punishment, where parenting programmes reach families at risk, and where response services are still missing.
## Laws, norms and values
Most countries of the region have banned corporal punishment in all settings, but surveys show that many parents still consider smacking an acceptable way to discipline a child. Campaigns work best when they are combined with practical support for parents and with clear procedures for professionals who see signs of violence.
## Safe environments and caregiver support
Municipalities can make parks, school routes and public transport safer for children. Parenting programmes with home visits, group sessions and telephone counselling reduce harsh discipline and improve the relationship between parents and children, especially in the first years of life.
## Response services and life skills
Children who experience violence need quick access to helplines, social work, health care and justice. Schools can teach children to recognise abuse, to protect themselves online and to ask trusted adults for help.
## Measuring progress
Each chapter ends with practical steps for ministries, municipalities and non-governmental organisations, and with indicators to measure progress, such as the share of municipalities with a multidisciplinary team and the number of children who received support after a report of violence.
""",
    ),
    publication(
        "Unaccompanied and separated children on the Balkan route",
        "Findings from interviews with children travelling alone through the region, and what guardianship, reception and case management systems must change.",
        "report",
        ["unaccompanied-minors", "children-on-the-move"],
        ["serbia", "north-macedonia", "greece", "croatia"],
        ["social-workers", "ngos"],
        "2022-03-03",
        f"{TDH};UNICEF",
        en="""
## Summary
Children travelling alone face violence, exploitation and detention along the Balkan route. Many avoid registration because they fear being stopped or returned, and they depend on smugglers for food, shelter and information.
## What children told us
We interviewed 112 boys and 14 girls aged 12 to 17 in reception centres, shelters and informal settlements. Most had been on the move for more than a year. Many described pushbacks at borders, nights in the open and work without pay to finance the next stage of the journey.
## Guardianship and reception
Guardians are often appointed late and have too many children to follow. Reception centres rarely offer child-friendly spaces, education or psychological support, and children are sometimes accommodated together with unrelated adults.
## Recommendations
The report recommends professional guardianship with a maximum caseload, age assessment only as a last resort and based on a holistic method, access to school and health care from the first days, and cross-border case management so that information follows the child.
Social workers should be present at border crossings and in reception centres, and police should refer every unaccompanied child to the guardianship authority within 24 hours.
""",
    ),
    publication(
        "Supervision in child protection and care agencies: a handbook",
        "A handbook on reflective supervision for managers of child protection services, with session formats, contracts and tools to prevent burnout.",
        "training-material",
        ["case-management"],
        ["regional"],
        ["social-workers"],
        "2020-09-15",
        TDH,
        "Elena Marinova;Arben Hoxha",
        en="""
## Why supervision matters
Supervision protects children by supporting the professionals who work with them. Reflective supervision gives case managers regular time to think about their decisions, their emotions and their relationships with families.
## Functions of supervision
Good supervision combines three functions: management, which checks that cases follow procedures and deadlines; education, which develops knowledge and skills; and support, which helps workers cope with the emotional demands of child protection work.
## Formats and contracts
The handbook describes individual and group supervision, peer consultation and live supervision during home visits. A written supervision contract sets the frequency of sessions, confidentiality, the agenda and how disagreements are resolved.
## Secondary trauma and burnout
Social workers who hear stories of abuse every day may develop secondary traumatic stress. The handbook explains how to recognise the signs, such as sleep problems, irritability and avoidance of certain cases, and how managers can reduce caseloads and organise debriefing after critical incidents.
## Tools
Annexes include a session recording form, a self-assessment questionnaire for supervisors and an exercise for reviewing a difficult case with the genogram and the ecomap.
""",
    ),
    publication(
        "Safer schools: a whole-school approach to preventing bullying and violence",
        "A toolkit for head teachers, school psychologists and teachers who want to prevent peer violence and respond consistently when it happens.",
        "toolkit",
        ["violence-in-schools", "violence-against-children"],
        ["regional"],
        ["education"],
        "2023-02-14",
        TDH,
        en="""
## A whole-school approach
Bullying is not a conflict between two pupils but a pattern that the whole group sustains. Programmes that involve the school leadership, all teachers, pupils and parents reduce bullying far more than single lessons or posters.
## Step one: know the situation
The toolkit includes an anonymous pupil questionnaire that measures physical, verbal, relational and online bullying, and a short staff survey. Results should be shared with pupils and parents and used to set priorities for the year.
## Step two: agree on rules and procedures
Every school needs a child protection policy that names a focal person, describes how a teacher reacts to an incident, how parents are informed and when the case is referred to the social welfare centre or the police. Rules should be written together with pupils in simple language.
## Step three: teach and supervise
Classroom sessions develop empathy, emotional regulation and the courage of bystanders to intervene. Supervision in corridors, toilets and playgrounds, where most incidents happen, must be planned.
## Step four: respond and restore
When bullying happens, staff stop it, protect the targeted pupil, talk separately with those involved and agree on follow-up. Restorative conversations help pupils repair harm, while serious violence is always reported.
""",
    ),
    publication(
        "Online grooming and sextortion: what professionals need to know",
        "Training material on how offenders approach children online, how sexual extortion unfolds and how police, social workers and teachers should respond.",
        "training-material",
        ["online-abuse"],
        ["regional"],
        ["police", "education", "social-workers"],
        "2024-06-03",
        f"{TDH};Regional Centre for Safer Internet",
        en="""
## Module 1: how grooming works
Online grooming is the process by which an adult builds a relationship of trust with a child in order to abuse the child sexually. Offenders use games, social networks and messaging applications, pretend to be peers, offer attention, gifts or game credits, and gradually move the conversation towards sexual topics.
## Module 2: sextortion
In sexual extortion, an offender obtains an intimate image and threatens to share it unless the child sends more images or money. Financially motivated sextortion against teenage boys has increased sharply. Children often feel shame and do not tell anyone, which increases the risk of self-harm.
## Module 3: first response
Professionals should believe the child, avoid blaming, and make clear that the offender is responsible. Evidence such as usernames, messages and payment details should be preserved, but images must never be forwarded or copied. The case is reported to the police cybercrime unit and, where available, to a hotline that can request removal of the content.
## Module 4: prevention
Prevention lessons teach children that they can always stop a conversation, block and report, and that adults will help without punishing them. Parents need simple advice on privacy settings and on talking with their children about online relationships.
## Exercises
Each module ends with case scenarios, discussion questions and a short knowledge test for the participants.
""",
    ),
    publication(
        "Child trafficking in South-East Europe: patterns of recruitment and exploitation",
        "An analysis of identified cases of child trafficking across the region, the forms of exploitation and the gaps in identification and assistance.",
        "report",
        ["trafficking-and-exploitation"],
        ["regional", "albania", "romania", "moldova", "bulgaria"],
        ["police", "justice", "ngos"],
        "2021-10-18",
        "Regional Anti-Trafficking Observatory",
        en="""
## Overview
Children represent about a quarter of the identified victims of trafficking in the region. Most are trafficked within their own country, and many are recruited by people they know: relatives, boyfriends or neighbours.
## Forms of exploitation
Sexual exploitation of girls remains the most frequently identified form, but forced begging, forced criminality such as pickpocketing, and labour exploitation in agriculture and construction are under-identified because professionals do not recognise them as trafficking.
## Risk factors
Poverty, violence at home, leaving school early, living in residential care and the lack of documents make children vulnerable. The so-called loverboy method, in which a young man seduces a girl and then forces her into prostitution, was reported in all countries studied.
## Identification and assistance
Labour inspectors, teachers and health workers rarely receive training on indicators of trafficking. Child victims are sometimes treated as offenders, especially when they were forced to commit crimes. Specialised shelters for children are few, and reintegration support often ends after a few months.
## Recommendations
The report recommends a national referral mechanism with child-specific procedures, the principle of non-punishment of child victims, long-term case management and cooperation between countries of origin and destination.
""",
    ),
    publication(
        "Gatekeeping in alternative care: preventing unnecessary family separation",
        "A policy paper on how local authorities can decide on placements in a way that keeps children with their families whenever it is safe.",
        "policy-paper",
        ["alternative-care", "deinstitutionalisation"],
        ["regional"],
        ["decision-makers", "social-workers"],
        "2022-11-28",
        TDH,
        en="""
## The problem
Many children enter alternative care because their families are poor, live in inadequate housing or cannot access services for a child with a disability. These are reasons to support the family, not to separate the child.
## What gatekeeping means
Gatekeeping is a system of decision-making that ensures that alternative care is used only when necessary and that the placement chosen fits the needs of the individual child. It requires a thorough assessment, a range of family support services, and a panel that reviews every proposed placement.
## Elements of an effective system
Effective gatekeeping needs clear legal criteria for separation, social workers with manageable caseloads, funding that follows the child to family support rather than to institutions, and data on why children enter and leave care.
## Local examples
Municipalities that created a placement panel with social work, health and education professionals reduced new entries into residential care by a third within two years, while emergency foster care was used for short stays.
## Recommendations
National governments should stop admissions of young children to residential institutions, finance community services through the social care budget, and monitor gatekeeping decisions. Local authorities should review all placements at least every six months and plan reintegration from the first day.
""",
    ),
    publication(
        "Quality standards for foster care",
        "Minimum standards for the recruitment, assessment, training, matching, support and supervision of foster carers, with indicators for each standard.",
        "law-or-standard",
        ["foster-care", "alternative-care"],
        ["regional"],
        ["social-workers", "decision-makers"],
        "2021-04-12",
        "Regional Foster Care Network",
        en="""
## Purpose of the standards
These standards describe what every child placed in foster care and every foster family can expect from the foster care service. They are intended for ministries drafting regulations and for agencies that want to assess their own practice.
## Standard 1: recruitment and assessment
Foster carers are recruited through targeted campaigns and assessed by trained social workers over several home visits. The assessment covers motivation, parenting capacity, health, household members, and the ability to work with the child's birth family.
## Standard 2: training
Before approval, prospective foster carers complete at least 30 hours of preparation training covering attachment, trauma, child development, contact with birth families and child protection. Further training is offered every year.
## Standard 3: matching and placement
The placement decision considers the child's needs, views, siblings, school and community. Siblings are placed together unless this is against their best interests. An emergency placement is reviewed within 72 hours.
## Standard 4: support and supervision
Every foster family has a named supervising social worker who visits at least once a month, and access to respite care, peer support groups and a 24-hour telephone line. Foster carers receive an allowance that covers the real costs of caring for the child.
## Standard 5: the child's voice
Children in foster care are informed about their rights, participate in reviews of their care plan and can complain to someone outside the foster family.
""",
    ),
    publication(
        "Diversion and alternatives to detention for children in conflict with the law",
        "A policy paper on keeping children out of formal criminal proceedings and custody through diversion, mediation and community measures.",
        "policy-paper",
        ["justice-for-children"],
        ["regional"],
        ["justice", "police", "decision-makers"],
        "2023-05-09",
        TDH,
        "Mirela Popescu",
        en="""
## Why diversion
International standards require that deprivation of liberty of a child is a measure of last resort and for the shortest appropriate time. Research shows that formal prosecution and detention increase the risk of reoffending, while diversion programmes achieve better results at lower cost.
## What diversion looks like
Diversion means that the police or the prosecutor refers the child to a programme instead of starting criminal proceedings. Examples include a formal warning with a family conference, victim-offender mediation, community service and participation in educational or therapeutic programmes.
## The situation in the region
All countries of the region have legal provisions for diversion, but they are applied unevenly. In some courts educational measures are the norm, while in others children still spend months in pre-trial detention. Probation services lack staff with training in working with adolescents.
## Conditions for success
Diversion requires the child's informed consent, legal assistance, clear criteria that do not discriminate against Roma children or children without parental care, and local services able to deliver the programmes.
## Recommendations
We recommend specialised police officers, prosecutors and judges for children, mediation services funded by the state, data collection on diversion and detention, and regular monitoring of places where children are deprived of liberty.
""",
    ),
    publication(
        "Case management in child protection: standard operating procedures",
        "Step-by-step procedures for identifying, assessing, planning, implementing and reviewing support for children at risk, with forms and timelines.",
        "guideline",
        ["case-management"],
        ["regional"],
        ["social-workers"],
        "2022-01-24",
        TDH,
        en="""
## The case management cycle
Case management is a way of organising and coordinating work to respond to an individual child's needs. It follows six steps: identification and registration, assessment, case planning, implementation, follow-up and review, and case closure.
## Identification and registration
Any professional who is concerned about a child can refer the case. The receiving worker registers the referral on the same day and decides on the level of risk. High-risk cases require a visit within 24 hours.
## Assessment
The initial assessment looks at immediate safety. The comprehensive assessment, completed within 30 days, covers the child's developmental needs, the parents' capacity and family and environmental factors, and includes the child's own views.
## Case planning and implementation
The case plan sets goals, actions, responsible persons and deadlines. It is agreed in a case conference with the family and with the services involved, and it names one case manager who coordinates everyone.
## Review and closure
Plans are reviewed at least every three months. A case is closed when the goals have been reached, when the child is transferred to another service, or when the child turns 18, always with a closing conversation with the child and the family.
## Data protection
Case files are confidential; information is shared only with those who need it to protect the child, and the child and the parents are told what is shared and why.
""",
    ),
    publication(
        "Home visiting for early childhood development: a manual for visitors",
        "A manual for nurses and community workers who visit families with babies and toddlers to support health, responsive caregiving and early learning.",
        "training-material",
        ["early-childhood"],
        ["regional", "serbia", "montenegro"],
        ["health", "social-workers"],
        "2021-08-30",
        "UNICEF;Terre des hommes",
        en="""
## The first thousand days
The brain develops faster in the first three years of life than at any other time. Nurturing care — good health, adequate nutrition, safety, responsive caregiving and opportunities for early learning — lays the foundation for lifelong health and learning.
## The role of the home visitor
Home visitors are often the only professionals who see young children in their home. They support parents, observe the child's development, detect early signs of delay or disability, and connect families with services.
## Responsive caregiving
The manual shows how to coach parents to notice and respond to their baby's signals, to talk, sing and read to the child, and to play with everyday objects. Visitors model these behaviours instead of giving lectures.
## Recognising risks
Visitors learn to recognise maternal depression, violence in the home, neglect and unsafe sleeping, and to use a simple checklist to decide when to refer a family to the social welfare centre.
## Working with vulnerable families
Roma families, families of children with disabilities and very young parents may need more frequent visits and practical help with documents, health insurance and kindergarten enrolment.
## Session plans
The annex contains plans for twelve visits from pregnancy to the child's third birthday.
""",
    ),
    publication(
        "Inclusive education for children with disabilities: barriers and solutions",
        "Research in mainstream schools on what prevents children with disabilities from learning alongside their peers, and what helps.",
        "research",
        ["children-with-disabilities"],
        ["regional", "montenegro", "north-macedonia", "kosovo"],
        ["education", "decision-makers"],
        "2023-10-02",
        "Institute for Inclusive Education",
        en="""
## Research questions
This study asked how many children with disabilities attend mainstream schools, what barriers they face, and which practices help them learn and participate. We surveyed 230 schools and held focus groups with children, parents, teachers and assistants.
## Findings: access
Most children with disabilities now enrol in mainstream schools, but many attend only part of the day or are taught separately. Physical barriers such as stairs and inaccessible toilets remain common, and transport is often organised by parents themselves.
## Findings: teaching and support
Teachers report that they were not trained to adapt teaching and assessment. Teaching assistants are employed for a short term and change frequently. Individual education plans exist on paper but are rarely reviewed with the child and the parents.
## Findings: attitudes
Children with disabilities described being excluded from games and school trips. Where schools organised peer support and awareness sessions, relationships improved visibly.
## What helps
Schools that worked well had a leadership committed to inclusion, an inclusion team that met regularly, resource centres that supported teachers, and parents treated as partners.
## Recommendations
The report recommends pre-service and in-service training in inclusive teaching, stable contracts for assistants, accessible buildings and transport, and funding that follows the child.
""",
    ),
    publication(
        "Roma children's access to health, education and social services: a participatory study",
        "Young Roma researchers interviewed children and families in twelve settlements about the services they use and what keeps them away.",
        "research",
        ["roma-children", "child-participation"],
        ["regional", "serbia", "romania", "bulgaria"],
        ["ngos", "decision-makers"],
        "2020-05-20",
        "Roma Youth Research Collective;Terre des hommes",
        en="""
## Method
Twenty young Roma women and men were trained as peer researchers. They interviewed 340 children and 180 parents in twelve settlements, using questionnaires, walking interviews and photography.
## Documents and registration
The lack of birth certificates and identity documents is still the first barrier: without them families cannot register for health insurance, social assistance or school. Children born abroad or to parents without documents are most affected.
## Education
Children described discrimination by classmates and some teachers, and classes with only Roma pupils. Many girls leave school after primary education, often because of early marriage or the need to care for younger siblings.
## Health and social services
Families often live far from health centres and do not have money for transport. Social workers visit rarely and are seen as the people who can take children away, which makes families afraid to ask for help.
## What children want
Children asked for safe places to play, help with homework, teachers who respect them and Roma mediators in schools and health centres.
## Recommendations
Local authorities should employ Roma health and school mediators, organise mobile registration, fund after-school programmes in the settlements and involve Roma children in planning services.
""",
    ),
    publication(
        "Child labour in agriculture and on the streets: a rapid assessment",
        "A rapid assessment of children working in seasonal agriculture, markets and street situations, and of the responses of labour inspection and social services.",
        "report",
        ["child-labour", "trafficking-and-exploitation"],
        ["albania", "kosovo", "north-macedonia"],
        ["social-workers", "police", "ngos"],
        "2019-12-09",
        "International Labour Organization;Terre des hommes",
        en="""
## Scope
The assessment covered children working in seasonal agriculture, in markets and car washes, and children begging or selling goods on the streets of five cities. Outreach workers interviewed 260 children aged 7 to 17.
## Who the children are
Most working children come from poor families, many from Roma and Egyptian communities. Some travel with their families for harvests and miss months of school. Street-working children often work long hours in the evening and at night.
## Hazards
Children reported carrying heavy loads, handling pesticides without protection, working in extreme heat and being exposed to traffic and violence. A small number were controlled by adults who took their earnings, which is an indicator of trafficking.
## Responses
Labour inspectors rarely inspect family farms and informal workplaces. Mobile street work teams exist in the capital cities but not in smaller towns. Day centres offer meals, showers, school support and activities, and are valued by the children.
## Recommendations
Governments should update the list of hazardous work for children, link cash transfers to school attendance without penalising the poorest families, and fund street work teams and day centres in every large municipality.
""",
    ),
    publication(
        "Child protection during COVID-19: lessons from the pandemic",
        "What happened to child protection services during lockdowns, which adaptations worked, and what to keep for future emergencies.",
        "report",
        ["covid-19", "violence-in-the-family"],
        ["regional"],
        ["decision-makers", "social-workers"],
        "2021-06-21",
        TDH,
        en="""
## What changed
During the lockdowns of 2020 schools closed, home visits were suspended and courts postponed hearings. Reports of violence against children fell at first, not because violence decreased but because teachers and doctors, who make many of the reports, no longer saw the children.
## Helplines and remote work
Child helplines recorded more calls about anxiety, family conflict and online abuse. Social workers kept in contact with families by telephone and video, which worked for follow-up but not for assessing risk in high-risk cases.
## Children in care
Residential institutions restricted visits, leaving children without contact with their families for months. Young people leaving care lost jobs and housing. Foster carers were often left without support.
## What worked
Countries that declared child protection an essential service, provided protective equipment to social workers and kept emergency placements open protected children better. Online peer groups for adolescents and telephone counselling for parents were appreciated.
## Lessons for future emergencies
Emergency plans must keep child protection services running, guarantee face-to-face assessment in high-risk cases, keep children connected to their families and schools, and collect data disaggregated by age and sex.
""",
    ),
    publication(
        "Leaving care: young people's transition to independent life",
        "Research with care leavers on housing, education, work and relationships after leaving residential and foster care at 18.",
        "research",
        ["alternative-care"],
        ["regional", "croatia", "serbia", "romania"],
        ["social-workers", "decision-makers"],
        "2022-09-12",
        "Care Leavers Network;Terre des hommes",
        en="""
## Why this study
Young people who grow up in alternative care often have to leave at 18, when most of their peers still live with their parents. We interviewed 96 care leavers aged 18 to 26 and 40 professionals about the transition.
## Housing
Housing was the most pressing problem. One in five care leavers had experienced homelessness, mostly in the first year after leaving care. Supported apartments exist but have long waiting lists.
## Education and work
Care leavers are less likely to finish secondary school and rarely enter university. Many work in insecure jobs. Those who had a mentor or a job training programme were more likely to have stable employment.
## Relationships and support
Young people said that what they missed most was a person they could call. Many returned to their birth families, sometimes to the same problems that led to their placement.
## Recommendations
Preparation for independence should start at 14 with a personal plan. Young people should be allowed to stay in foster care or supported housing until 21 or while they are in education, with financial support, a personal adviser and priority access to social housing.
""",
    ),
    publication(
        "Psychological first aid for children affected by war and displacement",
        "A training handout for volunteers and professionals who meet children and parents fleeing the war in Ukraine at borders, reception centres and schools.",
        "training-material",
        ["children-on-the-move"],
        ["ukraine", "moldova", "romania", "hungary"],
        ["social-workers", "education", "ngos"],
        "2022-04-11",
        TDH,
        en="""
## What psychological first aid is
Psychological first aid is humane, supportive and practical help for people who have just experienced a crisis. It is not therapy. Anyone who has been trained can offer it, and it helps children feel safe, calm and connected.
## Look
Look for children who are separated from their caregivers, who are injured, who do not speak or eat, or who show extreme fear. Ensure the area is safe and find out which services are available.
## Listen
Approach the child at eye level, introduce yourself and ask how you can help. Listen without pressing the child to talk about what happened. Reassure the child that their reactions — crying, nightmares, clinging to parents — are normal after frightening events.
## Link
Help families meet basic needs such as water, food, shelter and information. Never leave a separated child alone: register the child and refer to the child protection authority. Link children with child-friendly spaces and schools as soon as possible, because routine restores a sense of normality.
## Supporting parents
Parents are the most important source of comfort. Help them to look after themselves, to keep routines, to explain what is happening in simple words, and to recognise when a child needs specialised help.
## Caring for yourself
Helpers also need rest, peer support and supervision.
""",
    ),
    publication(
        "Child safeguarding policy for organisations: a template and guide",
        "A template policy, code of conduct and reporting procedure that schools, sports clubs and NGOs can adapt to keep children safe from harm by staff and volunteers.",
        "toolkit",
        ["violence-against-children"],
        ["regional"],
        ["ngos", "education"],
        "2020-02-17",
        "Keeping Children Safe Coalition",
        en="""
## Why every organisation needs a policy
Any organisation that works with children carries a risk that children are harmed by its staff, volunteers or programmes. A safeguarding policy shows how the organisation prevents harm and responds when concerns arise.
## The four pillars
The guide is built on four pillars: a written policy, people responsible for safeguarding, procedures for reporting and responding, and accountability through monitoring and review.
## Safe recruitment
Job descriptions state the commitment to safeguarding, references are checked, criminal record certificates are requested where the law allows, and interviews include questions on appropriate behaviour with children.
## Code of conduct
The code of conduct explains what staff must never do, such as being alone with a child behind closed doors without a reason, taking photographs of children without consent or contacting children privately through social media.
## Reporting and responding
Every organisation names a safeguarding focal person. Concerns are written down and reported the same day; serious concerns are reported to the social welfare centre or the police. The organisation protects the child, suspends the staff member if needed and supports the investigation.
## Templates
Annexes include a policy template, a code of conduct, a concern reporting form and a self-audit checklist.
""",
    ),
    publication(
        "Interviewing child victims and witnesses: a curriculum for multidisciplinary teams",
        "A five-day training curriculum, inspired by the Barnahus model, for police, prosecutors, psychologists and social workers who interview children.",
        "training-material",
        ["justice-for-children", "violence-against-children"],
        ["regional", "croatia", "serbia", "moldova"],
        ["justice", "police", "social-workers"],
        "2023-11-27",
        TDH,
        "Ivana Kovač;Daniel Ungureanu",
        en="""
## The Barnahus model
A Barnahus, or child house, brings the police, the prosecutor, child protection, medical and mental health services under one roof, so that a child who has experienced abuse is interviewed once, in a child-friendly setting, and receives support in the same place.
## Day 1: child development and memory
Participants learn how children of different ages remember and describe events, why suggestive questions distort their accounts, and how trauma affects memory and behaviour.
## Day 2: the structured interview
The curriculum uses an evidence-based interview protocol: building rapport, practising episodic memory, a free narrative invited by open prompts, and only then focused questions. Participants practise with role plays.
## Day 3: special situations
Interviewing very young children, children with disabilities, children who speak another language and children who are reluctant to disclose.
## Day 4: the multidisciplinary team
Teams plan the interview together, observe it from another room through video, and agree on follow-up: medical examination, therapy and protection measures.
## Day 5: recorded interviews as evidence
Prosecutors and judges explain how a video-recorded interview can be used in court so that the child does not have to testify again.
""",
    ),
    publication(
        "Children's councils: involving children in local decision-making",
        "A policy paper on how municipalities can set up children's councils and consultations that influence decisions, with examples from the region.",
        "policy-paper",
        ["child-participation"],
        ["regional", "montenegro", "kosovo", "moldova"],
        ["decision-makers", "ngos"],
        "2024-03-04",
        TDH,
        en="""
## Participation as a right
Children have the right to be heard in decisions that affect them, not only in their own cases but also in the policies of their municipality: parks, transport, schools, safety and services for young people.
## Children's councils
Many municipalities in the region have a children's or youth council. Where councils work well, members are elected in schools, represent different neighbourhoods and backgrounds, meet regularly with an adult facilitator and present proposals to the municipal assembly.
## Common pitfalls
Councils often involve only the best pupils, meet rarely, and receive no answer to their proposals. Children quickly lose interest when participation is decorative.
## Ethical participation
Participation must be voluntary, transparent, respectful, relevant, child-friendly, inclusive, supported by training, safe and accountable. Children must receive feedback on what happened to their ideas.
## Examples
In one town children mapped unsafe places on the way to school, and the municipality installed lighting and a pedestrian crossing. In another, a consultation with children in foster care changed the rules for visits with their siblings.
## Recommendations
Municipalities should give councils a small budget, a permanent facilitator and a formal right to an answer, and include children with disabilities and children from minorities.
""",
    ),
    publication(
        "Child helplines: operational guidelines for counsellors",
        "Guidelines for counsellors of child helplines and chat services on listening, assessing risk, referring emergencies and protecting callers' privacy.",
        "guideline",
        ["violence-against-children", "online-abuse"],
        ["regional"],
        ["social-workers", "ngos"],
        "2019-09-23",
        "Child Helpline Network South-East Europe",
        en="""
## The role of a child helpline
Child helplines give children a free, confidential way to talk about anything that worries them, by telephone, chat or e-mail. For many children the helpline is the first place where they disclose abuse.
## Listening skills
Counsellors let the child lead, reflect feelings, ask open questions and summarise. They avoid judging, giving quick advice or promising what they cannot keep. Silence is allowed; some children need several contacts before they trust the service.
## Assessing risk
Counsellors assess whether the child is in immediate danger, whether the child is hurting themselves or thinking about suicide, and who could protect the child. A risk matrix helps to decide between counselling, referral and emergency intervention.
## Referral and emergencies
When a child is in immediate danger the counsellor informs the child, as far as possible, and contacts the police or the emergency social service according to the agreed protocol. Every referral is followed up.
## Confidentiality and data
Calls are confidential except when a child's life or safety is at risk. Records contain only necessary information and are stored securely.
## Looking after counsellors
Counsellors receive supervision, debriefing after difficult calls, and limits on the number of night shifts.
""",
    ),
    publication(
        "The social service workforce in child protection: a regional assessment",
        "An assessment of the number, qualifications, working conditions and training of social workers and other professionals in child protection.",
        "report",
        ["case-management"],
        ["regional"],
        ["decision-makers"],
        "2024-09-16",
        "Social Service Workforce Alliance;UNICEF",
        en="""
## Why the workforce matters
Laws and strategies protect children only if there are enough trained professionals to apply them. This assessment counted social workers, psychologists, pedagogues and other staff in social welfare centres and services, and surveyed 1,100 of them.
## Numbers
The number of social workers per 100,000 inhabitants varies widely between countries and between urban and rural areas. In several municipalities one social worker is responsible for more than 150 open cases, including adults and older people.
## Qualifications and training
Most social workers hold a university degree in social work, but many child protection staff have other backgrounds. Continuous professional development is often limited to short seminars funded by projects.
## Working conditions
Respondents reported low salaries, administrative overload, threats from clients and little supervision. Many young social workers intend to leave the profession or emigrate.
## Recommendations
Governments should set caseload standards, recruit additional staff, introduce licensing and continuous training linked to career progression, and guarantee regular supervision. Universities should include practice placements in child protection.
""",
    ),
    publication(
        "Complaint mechanisms for children in residential care: a practical toolkit",
        "How residential and foster care services can set up safe, accessible ways for children to raise concerns and complaints, and how to respond.",
        "toolkit",
        ["alternative-care", "child-participation"],
        ["regional"],
        ["social-workers", "ngos"],
        "2025-01-20",
        TDH,
        en="""
## Why complaints matter
Children in care are more exposed to abuse and neglect, and they often depend on the adults they would complain about. A complaint mechanism that children trust is one of the most effective safeguards.
## Principles
A good mechanism is known to every child, easy to use for children of all ages and abilities, confidential, free of retaliation, and leads to a response within a fixed time.
## Channels
Services should offer several channels: a trusted adult in the service, a locked box checked by an independent person, a telephone number or chat, regular visits by an ombudsperson, and meetings of the children's council.
## Responding
Every complaint is recorded, acknowledged within two working days and examined by someone who is not involved. The child is informed about the outcome and can appeal. Serious allegations are immediately reported to the authorities.
## Activities with children
The toolkit includes activities to explain children's rights, a picture-based complaint form for younger children and children with intellectual disabilities, and a quiz for staff.
## Monitoring
Managers review the number and type of complaints every quarter and discuss with children what has changed.
""",
    ),
]
