"""Demo content for the Samenwerkingsportaal: pure data, no Django code.

Dutch is the primary language, English a translation of it. Every page has an
"nl" and an "en" dict with the same keys; body lists hold (block_type, value)
tuples whose types match pages.blocks.BodyBlock. The English body of a page
mirrors the Dutch one block for block.

All names of people are left out on purpose: content speaks of teams and
functions. E-mail addresses use provincie.example and phone numbers are
fictional (088 000 ...).
"""

# ---------------------------------------------------------------------------
# Home page
# ---------------------------------------------------------------------------

HOME = {
    "nl": {
        "title": "Samen werken aan goed openbaar bestuur",
        "intro": (
            "Gemeenten, waterschappen, de provincie en het Rijk werken steeds vaker samen. "
            "Op dit portaal leest u hoe de provincie die samenwerking versterkt, en vindt u "
            "instrumenten, kennis en een overzicht van alle samenwerkingsverbanden."
        ),
        "body": [
            ("heading", {"text": "Vijf programmalijnen, één doel", "level": "h2"}),
            (
                "paragraph",
                "<p>We werken aan een slagvaardig openbaar bestuur. Een bestuur waarin overheden "
                "elkaar kennen, weten wat ze aan elkaar hebben en samen sterker staan. Daarvoor "
                "hebben we vijf programmalijnen: rollen en afspraken, relatie en ontmoeten, kennis "
                "en data, interbestuurlijk toezicht en een overzicht van alle samenwerkingsverbanden. "
                "Vier instrumenten helpen u op weg, van een Financiële scan tot steun bij een nieuwe "
                "samenwerking.</p>",
            ),
            (
                "key_figure",
                {
                    "value": "342",
                    "label": "gemeenten in Nederland (1 januari 2024), die samenwerken met elkaar, "
                    "met provincies en met waterschappen",
                    "source": "CBS",
                },
            ),
        ],
        "register_teaser_title": "Zoek in het register van samenwerkingsverbanden",
        "register_teaser_text": (
            "Welke gemeenschappelijke regelingen en andere samenwerkingsverbanden zijn er in de "
            "provincie? In het register ziet u per verband wie er deelnemen, welke taken het "
            "uitvoert en hoe de verbanden met elkaar samenhangen. U kunt ook een factsheet als "
            "pdf downloaden."
        ),
    },
    "en": {
        "title": "Working together for good public administration",
        "intro": (
            "Municipalities, water authorities, the province and central government increasingly "
            "work together. On this portal you can read how the province strengthens that "
            "collaboration, and find instruments, knowledge and an overview of all partnerships."
        ),
        "body": [
            ("heading", {"text": "Five programme lines, one goal", "level": "h2"}),
            (
                "paragraph",
                "<p>We are working towards effective public administration: one in which governments "
                "know each other, know what they can expect from each other and are stronger "
                "together. To get there we have five programme lines: roles and agreements, "
                "relationships and meeting, knowledge and data, inter-administrative supervision, "
                "and an overview of all partnerships. Four instruments help you along the way, from "
                "a financial scan to support for a new collaboration.</p>",
            ),
            (
                "key_figure",
                {
                    "value": "342",
                    "label": "municipalities in the Netherlands (1 January 2024), working with each "
                    "other, with provinces and with water authorities",
                    "source": "Statistics Netherlands (CBS)",
                },
            ),
        ],
        "register_teaser_title": "Search the register of partnerships",
        "register_teaser_text": (
            "Which joint arrangements and other partnerships are there in the province? For each "
            "partnership the register shows who takes part, which tasks it carries out and how it "
            "is connected to other partnerships. You can also download a factsheet as a PDF."
        ),
    },
}

# ---------------------------------------------------------------------------
# Programme lines
# ---------------------------------------------------------------------------

PROGRAMME_INDEX = {
    "nl": {
        "title": "Programmalijnen",
        "slug": "programmalijnen",
        "intro": (
            "Met vijf programmalijnen werken we aan een slagvaardige samenwerking in het openbaar "
            "bestuur. Per lijn leest u welk probleem we aanpakken, wat we willen bereiken en wat "
            "we gaan doen."
        ),
    },
    "en": {
        "title": "Programme lines",
        "slug": "programme-lines",
        "intro": (
            "Through five programme lines we work towards effective collaboration in public "
            "administration. For each line you can read which problem we tackle, what we want to "
            "achieve and what we are going to do."
        ),
    },
}

PROGRAMME_LINES = [
    # 1 -------------------------------------------------------------------
    {
        "number": 1,
        "nl": {
            "title": "Rollen, houding en gemeenschappelijke afspraken",
            "slug": "rollen-houding-en-afspraken",
            "intro": (
                "Samenwerken gaat beter als iedereen weet in welke fase de samenwerking zit en "
                "welke rol hij of zij heeft."
            ),
            "problem": (
                "<p>Overheden werken op veel terreinen samen: van jeugdzorg en veiligheid tot "
                "energie en bereikbaarheid. Daarbij lopen we steeds tegen dezelfde knelpunten aan:</p>"
                "<ul>"
                "<li>Er is te laat aandacht voor de fase waarin een samenwerking zit. Wat bij de "
                "start goed werkte, past niet meer als de samenwerking groeit of verandert.</li>"
                "<li>Partijen hebben verschillende rollen: eigenaar, opdrachtgever, financier, "
                "toezichthouder of partner. Die rollen lopen door elkaar.</li>"
                "<li>We praten langs elkaar heen. Hetzelfde woord betekent voor een bestuurder, "
                "een ambtenaar en een raadslid soms iets anders.</li>"
                "</ul>"
            ),
            "goal": (
                "Bestuurders, ambtenaren en volksvertegenwoordigers hebben inzicht in hun rollen en "
                "in rolwisselingen bij samenwerking. Zo voorkomen we misverstanden en maken we samen "
                "betere afspraken."
            ),
            "actions": [
                {
                    "title": "Sessies over rollen en rolwisselingen",
                    "description": (
                        "We organiseren sessies met bestuurders, ambtenaren en volksvertegenwoordigers "
                        "van gemeenten, waterschappen en de provincie. Aan de hand van echte casussen "
                        "bespreken we wie welke rol heeft en wat er verandert als een samenwerking "
                        "een nieuwe fase ingaat. Een regio kan ook een eigen sessie aanvragen."
                    ),
                    "status": "lopend",
                    "team": "Team Regionale Samenwerking",
                    "timeframe": "Q1 2026 – Q4 2027",
                },
                {
                    "title": "Gezamenlijke begrippenlijst",
                    "description": (
                        "Samen met gemeenten stellen we een begrippenlijst op voor samenwerking in het "
                        "openbaar bestuur. Wat bedoelen we met eigenaar, opdrachtgever of deelnemer? "
                        "Een gedeelde taal helpt om spraakverwarring te voorkomen."
                    ),
                    "status": "gepland",
                    "team": "Team Regionale Samenwerking",
                    "timeframe": "Q1 2027 – Q3 2027",
                },
                {
                    "title": "Rolgesprek bij de start van een samenwerking",
                    "description": (
                        "Bij elke nieuwe samenwerking waarin de provincie deelneemt, voeren we vooraf "
                        "een rolgesprek met de partners. We leggen vast welke rol de provincie heeft, "
                        "wat partners van ons mogen verwachten en wanneer we de afspraken opnieuw "
                        "bekijken."
                    ),
                    "status": "doorlopend",
                    "team": "Team Bestuurlijke Relaties",
                    "timeframe": "2026 – 2027",
                },
            ],
            "body": [
                ("heading", {"text": "Waarom rollen ertoe doen", "level": "h2"}),
                (
                    "paragraph",
                    "<p>In een samenwerking heeft elke partij een of meer rollen. Vaak zijn dat er "
                    "meer dan u denkt:</p>"
                    "<ul>"
                    "<li><b>Eigenaar:</b> u zit in het bestuur en bent verantwoordelijk voor een "
                    "gezonde organisatie.</li>"
                    "<li><b>Opdrachtgever:</b> u vraagt de samenwerking om iets te leveren en let op "
                    "prestaties en kosten.</li>"
                    "<li><b>Financier:</b> u betaalt mee, met een bijdrage of een subsidie.</li>"
                    "<li><b>Toezichthouder:</b> u controleert of taken goed worden uitgevoerd.</li>"
                    "</ul>"
                    "<p>De provincie is bijvoorbeeld partner in regionale samenwerking, en tegelijk "
                    "toezichthouder op de financiën van gemeenten. Dat is geen probleem, zolang we "
                    "steeds duidelijk maken in welke rol we aan tafel zitten.</p>",
                ),
                (
                    "quote",
                    {
                        "text": "In één overleg ben ik partner, financier en soms ook toezichthouder. "
                        "Dat moet je hardop benoemen, anders gaat het mis.",
                        "attribution": "Gedeputeerde voor bestuur",
                    },
                ),
                ("heading", {"text": "Aandacht voor de fase van de samenwerking", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Een samenwerking verandert in de loop van de tijd. Eerst verkennen partners "
                    "of ze een gedeelde opgave hebben. Daarna geven ze de samenwerking vorm, voeren "
                    "ze uit, evalueren ze en sturen ze bij. Elke fase vraagt iets anders van "
                    "bestuurders, ambtenaren en volksvertegenwoordigers. Knelpunten ontstaan vaak bij "
                    "de overgang naar een nieuwe fase, bijvoorbeeld als een netwerk uitgroeit tot een "
                    "organisatie met eigen personeel en een eigen begroting.</p>"
                    "<p>In onze sessies staan we stil bij die overgangen. In de kennisbank vindt u "
                    "achtergrondartikelen over rollen en over de fasen van een samenwerking.</p>",
                ),
            ],
        },
        "en": {
            "title": "Roles, attitude and common agreements",
            "slug": "roles-attitude-and-agreements",
            "intro": (
                "Collaboration works better when everyone knows what phase the collaboration is in "
                "and what role they play."
            ),
            "problem": (
                "<p>Governments work together in many fields, from youth care and public safety to "
                "energy and accessibility. Time and again we run into the same bottlenecks:</p>"
                "<ul>"
                "<li>The phase a collaboration is in gets attention too late. What worked well at "
                "the start no longer fits once the collaboration grows or changes.</li>"
                "<li>Parties have different roles: owner, client, funder, supervisor or partner. "
                "These roles get mixed up.</li>"
                "<li>We talk at cross purposes. The same word can mean something different to an "
                "administrator, a civil servant and a council member.</li>"
                "</ul>"
            ),
            "goal": (
                "Administrators, civil servants and elected representatives understand their roles, "
                "and how those roles change, when they collaborate. This helps us avoid "
                "misunderstandings and make better agreements together."
            ),
            "actions": [
                {
                    "title": "Sessions on roles and role changes",
                    "description": (
                        "We organise sessions with administrators, civil servants and elected "
                        "representatives of municipalities, water authorities and the province. "
                        "Using real cases, we discuss who plays which role and what changes when a "
                        "collaboration enters a new phase. A region can also request a session of "
                        "its own."
                    ),
                    "status": "lopend",
                    "team": "Regional Collaboration Team",
                    "timeframe": "Q1 2026 – Q4 2027",
                },
                {
                    "title": "A shared glossary",
                    "description": (
                        "Together with municipalities we are drawing up a glossary for collaboration "
                        "in public administration. What do we mean by owner, client or participant? "
                        "A shared language helps to prevent confusion."
                    ),
                    "status": "gepland",
                    "team": "Regional Collaboration Team",
                    "timeframe": "Q1 2027 – Q3 2027",
                },
                {
                    "title": "A conversation about roles at the start of each collaboration",
                    "description": (
                        "Before every new collaboration in which the province takes part, we sit "
                        "down with the partners to talk about roles. We record which role the "
                        "province has, what partners can expect from us and when we will review the "
                        "agreements."
                    ),
                    "status": "doorlopend",
                    "team": "Administrative Relations Team",
                    "timeframe": "2026 – 2027",
                },
            ],
            "body": [
                ("heading", {"text": "Why roles matter", "level": "h2"}),
                (
                    "paragraph",
                    "<p>In a collaboration, every party has one or more roles, often more than you "
                    "might think:</p>"
                    "<ul>"
                    "<li><b>Owner:</b> you sit on the board and are responsible for a healthy "
                    "organisation.</li>"
                    "<li><b>Client:</b> you ask the partnership to deliver something and keep an eye "
                    "on performance and costs.</li>"
                    "<li><b>Funder:</b> you contribute money, as a fee or a grant.</li>"
                    "<li><b>Supervisor:</b> you check whether tasks are carried out properly.</li>"
                    "</ul>"
                    "<p>The province, for example, is a partner in regional collaboration and at the "
                    "same time supervises the finances of municipalities. That is not a problem, as "
                    "long as we always make clear in which role we are at the table.</p>",
                ),
                (
                    "quote",
                    {
                        "text": "In a single meeting I can be a partner, a funder and sometimes a "
                        "supervisor too. You have to say so out loud, or things go wrong.",
                        "attribution": "Provincial executive member for governance",
                    },
                ),
                ("heading", {"text": "Attention to the phase of the collaboration", "level": "h2"}),
                (
                    "paragraph",
                    "<p>A collaboration changes over time. First the partners explore whether they "
                    "share a challenge. Then they give the collaboration shape, carry it out, "
                    "evaluate it and adjust it. Each phase asks something different of "
                    "administrators, civil servants and elected representatives. Bottlenecks often "
                    "arise at the transition to a new phase, for instance when a network grows into "
                    "an organisation with its own staff and budget.</p>"
                    "<p>Our sessions pay particular attention to these transitions. In the knowledge "
                    "base you will find background articles on roles and on the phases of a "
                    "collaboration.</p>",
                ),
            ],
        },
    },
    # 2 -------------------------------------------------------------------
    {
        "number": 2,
        "nl": {
            "title": "Relatie en ontmoeten",
            "slug": "relatie-en-ontmoeten",
            "intro": (
                "Goede samenwerking begint bij mensen die elkaar kennen en elkaar weten te vinden."
            ),
            "problem": (
                "<p>Bestuurders en ambtenaren van verschillende overheden zien elkaar vooral als "
                "er iets moet: een besluit, een subsidie of een probleem. Dan is er weinig ruimte "
                "om elkaar echt te leren kennen.</p>"
                "<ul>"
                "<li>Contacten hangen vaak aan één dossier en verdwijnen als dat dossier klaar "
                "is.</li>"
                "<li>Na verkiezingen en bij wisselingen van personeel gaat kennis over de relatie "
                "verloren.</li>"
                "<li>Gemeenten weten niet altijd bij wie ze in de provincie terechtkunnen.</li>"
                "</ul>"
            ),
            "goal": (
                "We bouwen aan een duurzame relatie met gemeenten, waterschappen en andere partners: "
                "een relatie die niet afhangt van één dossier of één persoon."
            ),
            "actions": [
                {
                    "title": "Netwerkdagen organiseren",
                    "description": (
                        "Twee keer per jaar organiseren we een netwerkdag voor bestuurders, "
                        "ambtenaren en volksvertegenwoordigers. Elke keer in een andere regio en "
                        "rond een actueel thema. Er is ruimte voor ontmoeting, kennisdeling en een "
                        "werkbezoek in de omgeving."
                    ),
                    "status": "doorlopend",
                    "team": "Team Bestuurlijke Relaties",
                    "timeframe": "2026 – 2027",
                },
                {
                    "title": "Accounthouderschap bestuurlijke zaken",
                    "description": (
                        "Elke gemeente krijgt een vaste accounthouder bij de provincie. De "
                        "accounthouder kent de gemeente, is het eerste aanspreekpunt voor "
                        "bestuurlijke vragen en zorgt dat vragen snel bij de juiste collega "
                        "terechtkomen."
                    ),
                    "status": "lopend",
                    "team": "Team Bestuurlijke Relaties",
                    "timeframe": "Q1 2026 – Q4 2027",
                },
                {
                    "title": "Kennismaking met de nieuwe colleges",
                    "description": (
                        "Na de gemeenteraadsverkiezingen van maart 2026 hebben gedeputeerden en "
                        "accounthouders kennisgemaakt met alle nieuwe colleges. We bespraken de "
                        "opgaven van elke gemeente en hoe we de komende jaren samenwerken."
                    ),
                    "status": "afgerond",
                    "team": "Team Bestuurlijke Relaties",
                    "timeframe": "Q2 2026 – Q3 2026",
                },
            ],
            "body": [
                ("heading", {"text": "Netwerkdagen", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Op een netwerkdag ontmoeten bestuurders, ambtenaren en volksvertegenwoordigers "
                    "van gemeenten, waterschappen en de provincie elkaar buiten de vergaderzaal. De "
                    "gastregio kiest het thema, bijvoorbeeld woningbouw, het landelijk gebied of de "
                    "energietransitie. In kleine groepen werken deelnemers aan een vraag die een "
                    "gemeente inbrengt. Daarna is er tijd om bij te praten.</p>"
                    "<p>De netwerkdagen en andere bijeenkomsten vindt u in de agenda op dit portaal. "
                    "Daar kunt u zich ook aanmelden.</p>",
                ),
                ("heading", {"text": "Uw vaste aanspreekpunt", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Met accounthouderschap krijgt elke gemeente één vast aanspreekpunt bij de "
                    "provincie. De accounthouder:</p>"
                    "<ul>"
                    "<li>kent de gemeente, haar bestuurders en haar belangrijkste opgaven;</li>"
                    "<li>zorgt dat vragen bij de juiste collega komen en dat er antwoord komt;</li>"
                    "<li>bereidt werkbezoeken en bestuurlijke overleggen van gedeputeerden voor;</li>"
                    "<li>deelt binnen de provincie wat er in de gemeente speelt.</li>"
                    "</ul>",
                ),
                (
                    "quote",
                    {
                        "text": "Ik bel nu eerst de accounthouder. Binnen een dag weet ik bij wie ik "
                        "moet zijn.",
                        "attribution": "Gemeentesecretaris van een gemeente in de provincie",
                    },
                ),
            ],
        },
        "en": {
            "title": "Relationships and meeting",
            "slug": "relationships-and-meeting",
            "intro": "Good collaboration starts with people who know each other and know where to find each other.",
            "problem": (
                "<p>Administrators and civil servants from different governments mostly meet when "
                "something has to be done: a decision, a grant or a problem. That leaves little room "
                "to really get to know each other.</p>"
                "<ul>"
                "<li>Contacts are often tied to a single file and disappear once that file is "
                "closed.</li>"
                "<li>After elections and when staff change, knowledge about the relationship is "
                "lost.</li>"
                "<li>Municipalities do not always know whom to contact at the province.</li>"
                "</ul>"
            ),
            "goal": (
                "We build a lasting relationship with municipalities, water authorities and other "
                "partners: one that does not depend on a single file or a single person."
            ),
            "actions": [
                {
                    "title": "Organising network days",
                    "description": (
                        "Twice a year we organise a network day for administrators, civil servants "
                        "and elected representatives. Each one takes place in a different region "
                        "and focuses on a current theme. There is time to meet, to share knowledge "
                        "and to visit a project in the area."
                    ),
                    "status": "doorlopend",
                    "team": "Administrative Relations Team",
                    "timeframe": "2026 – 2027",
                },
                {
                    "title": "Account management for administrative affairs",
                    "description": (
                        "Every municipality gets a dedicated account manager at the province. The "
                        "account manager knows the municipality, is the first point of contact for "
                        "administrative questions and makes sure questions quickly reach the right "
                        "colleague."
                    ),
                    "status": "lopend",
                    "team": "Administrative Relations Team",
                    "timeframe": "Q1 2026 – Q4 2027",
                },
                {
                    "title": "Meeting the new municipal executives",
                    "description": (
                        "After the municipal elections of March 2026, provincial executive members "
                        "and account managers met every newly formed municipal executive. We "
                        "discussed each municipality's challenges and how we will work together in "
                        "the coming years."
                    ),
                    "status": "afgerond",
                    "team": "Administrative Relations Team",
                    "timeframe": "Q2 2026 – Q3 2026",
                },
            ],
            "body": [
                ("heading", {"text": "Network days", "level": "h2"}),
                (
                    "paragraph",
                    "<p>At a network day, administrators, civil servants and elected representatives "
                    "of municipalities, water authorities and the province meet outside the meeting "
                    "room. The host region chooses the theme, for example housing, the rural area or "
                    "the energy transition. In small groups, participants work on a question brought "
                    "in by a municipality. Afterwards there is time to catch up.</p>"
                    "<p>You will find network days and other events in the calendar on this portal, "
                    "where you can also register.</p>",
                ),
                ("heading", {"text": "Your dedicated point of contact", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Through account management, every municipality has one dedicated point of "
                    "contact at the province. The account manager:</p>"
                    "<ul>"
                    "<li>knows the municipality, its administrators and its main challenges;</li>"
                    "<li>makes sure questions reach the right colleague and get an answer;</li>"
                    "<li>prepares working visits and administrative meetings for provincial "
                    "executive members;</li>"
                    "<li>shares within the province what is going on in the municipality.</li>"
                    "</ul>",
                ),
                (
                    "quote",
                    {
                        "text": "These days I call the account manager first. Within a day I know "
                        "whom I need to talk to.",
                        "attribution": "Municipal secretary of a municipality in the province",
                    },
                ),
            ],
        },
    },
    # 3 -------------------------------------------------------------------
    {
        "number": 3,
        "nl": {
            "title": "Versterken kennispositie overheden",
            "slug": "kennispositie-overheden",
            "intro": (
                "De provincie beschikt over veel data, kennis en onderzoek. Die delen we graag met "
                "gemeenten en andere partners."
            ),
            "problem": (
                "<p>De provincie verzamelt veel data en laat regelmatig onderzoek doen, bijvoorbeeld "
                "naar wonen, mobiliteit, economie en de leefomgeving. Partners weten vaak niet dat "
                "die informatie er is, of kunnen er moeilijk mee werken.</p>"
                "<ul>"
                "<li>Data staan verspreid over verschillende systemen en websites.</li>"
                "<li>Gegevens zijn niet altijd beschikbaar op het schaalniveau dat gemeenten nodig "
                "hebben.</li>"
                "<li>Regionale belangen worden bij het Rijk en de Europese Unie vaak los van elkaar "
                "ingebracht. Daardoor komen ze minder goed over.</li>"
                "</ul>"
            ),
            "goal": (
                "We delen kennis en data met elkaar. Zo nemen overheden beter onderbouwde besluiten "
                "en staan we samen sterker richting Rijk en Europese Unie."
            ),
            "actions": [
                {
                    "title": "Data beter zichtbaar en bruikbaar maken",
                    "description": (
                        "We publiceren provinciale data als open data en in overzichtelijke "
                        "dashboards. We beginnen met de onderwerpen waar gemeenten het vaakst om "
                        "vragen, zoals wonen, bevolking en bereikbaarheid. Bij elke dataset staat wat "
                        "de gegevens betekenen, hoe actueel ze zijn en bij wie u terechtkunt met "
                        "vragen."
                    ),
                    "status": "lopend",
                    "team": "Team Data en Onderzoek",
                    "timeframe": "Q4 2025 – Q4 2027",
                },
                {
                    "title": "Onderzoek en kennis delen",
                    "description": (
                        "Onderzoeken van de provincie zetten we in de kennisbank van dit portaal, met "
                        "een korte samenvatting in begrijpelijke taal. Partners kunnen ons vragen om "
                        "een toelichting of een presentatie in hun regio."
                    ),
                    "status": "doorlopend",
                    "team": "Team Data en Onderzoek",
                    "timeframe": "2026 – 2027",
                },
                {
                    "title": "Regionale belangen bundelen en behartigen",
                    "description": (
                        "Samen met gemeenten en regio's brengen we in kaart welke belangen we delen. "
                        "Die brengen we gezamenlijk in bij het Rijk en de Europese Unie, bijvoorbeeld "
                        "bij nieuwe wetgeving of bij de verdeling van geld voor regionale opgaven."
                    ),
                    "status": "doorlopend",
                    "team": "Team Public Affairs",
                    "timeframe": "2026 – 2027",
                },
            ],
            "body": [
                ("heading", {"text": "Van data naar inzicht", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Data zijn pas waardevol als u ze kunt vinden, begrijpen en gebruiken. Daarom "
                    "werken we volgens een paar vaste uitgangspunten:</p>"
                    "<ul>"
                    "<li><b>Open, tenzij.</b> Data zijn openbaar, behalve als privacy of veiligheid "
                    "dat in de weg staat. Open data publiceren we ook op "
                    "<a href=\"https://data.overheid.nl/\">data.overheid.nl</a>.</li>"
                    "<li><b>Vindbaar en herbruikbaar.</b> We gebruiken open formaten en beschrijven "
                    "elke dataset op dezelfde manier.</li>"
                    "<li><b>Op het juiste schaalniveau.</b> Waar het kan, bieden we gegevens per "
                    "gemeente en per wijk aan.</li>"
                    "</ul>",
                ),
                ("heading", {"text": "Samen optrekken richting Den Haag en Brussel", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Veel opgaven in de regio hangen af van keuzes van het Rijk of de Europese Unie: "
                    "wetgeving, regels voor subsidies of de verdeling van geld. Eén stem uit de regio "
                    "wordt beter gehoord dan tien losse. Daarom bundelen we de belangen van gemeenten "
                    "en regio's en brengen we die samen in. Dat doen we rechtstreeks bij ministeries, "
                    "en via de samenwerkende provincies in het Interprovinciaal Overleg (IPO).</p>"
                    "<p>Gemeenten en partners die een belang willen inbrengen, kunnen gebruikmaken van "
                    "het instrument Belangenbehartiging richting Rijksoverheid.</p>",
                ),
                (
                    "key_figure",
                    {
                        "value": "12",
                        "label": "provincies, die hun gezamenlijke belangen inbrengen via het "
                        "Interprovinciaal Overleg",
                        "source": "Rijksoverheid",
                    },
                ),
            ],
        },
        "en": {
            "title": "Strengthening the knowledge position of governments",
            "slug": "knowledge-position-of-governments",
            "intro": (
                "The province has a wealth of data, knowledge and research. We are keen to share it "
                "with municipalities and other partners."
            ),
            "problem": (
                "<p>The province collects a lot of data and regularly commissions research, for "
                "example on housing, mobility, the economy and the living environment. Partners "
                "often do not know this information exists, or find it hard to work with.</p>"
                "<ul>"
                "<li>Data are scattered across different systems and websites.</li>"
                "<li>Data are not always available at the geographical level municipalities "
                "need.</li>"
                "<li>Regional interests are often presented to central government and the European "
                "Union separately, which makes them less convincing.</li>"
                "</ul>"
            ),
            "goal": (
                "We share knowledge and data with each other, so that governments can take "
                "better-informed decisions and stand stronger together towards central government "
                "and the European Union."
            ),
            "actions": [
                {
                    "title": "Making data more visible and usable",
                    "description": (
                        "We publish provincial data as open data and in clear dashboards, starting "
                        "with the topics municipalities ask about most, such as housing, population "
                        "and accessibility. Each dataset explains what the data mean, how up to date "
                        "they are and whom you can contact with questions."
                    ),
                    "status": "lopend",
                    "team": "Data and Research Team",
                    "timeframe": "Q4 2025 – Q4 2027",
                },
                {
                    "title": "Sharing research and knowledge",
                    "description": (
                        "We add the province's research to the knowledge base on this portal, with a "
                        "short summary in plain language. Partners can ask us to explain the findings "
                        "or give a presentation in their region."
                    ),
                    "status": "doorlopend",
                    "team": "Data and Research Team",
                    "timeframe": "2026 – 2027",
                },
                {
                    "title": "Bundling and representing regional interests",
                    "description": (
                        "Together with municipalities and regions we map the interests we share. We "
                        "then present them jointly to central government and the European Union, for "
                        "example on new legislation or on the allocation of funding for regional "
                        "challenges."
                    ),
                    "status": "doorlopend",
                    "team": "Public Affairs Team",
                    "timeframe": "2026 – 2027",
                },
            ],
            "body": [
                ("heading", {"text": "From data to insight", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Data are only valuable if you can find, understand and use them. That is why "
                    "we work according to a few fixed principles:</p>"
                    "<ul>"
                    "<li><b>Open, unless.</b> Data are public unless privacy or security stands in "
                    "the way. We also publish open data on "
                    "<a href=\"https://data.overheid.nl/\">data.overheid.nl</a>, the Dutch "
                    "government's open data portal.</li>"
                    "<li><b>Findable and reusable.</b> We use open formats and describe every "
                    "dataset in the same way.</li>"
                    "<li><b>At the right level.</b> Where possible, we provide data per municipality "
                    "and per neighbourhood.</li>"
                    "</ul>",
                ),
                ("heading", {"text": "Joining forces towards The Hague and Brussels", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Many regional challenges depend on choices made by central government or the "
                    "European Union: legislation, grant rules or the allocation of funding. One voice "
                    "from the region is heard better than ten separate ones. That is why we bundle the "
                    "interests of municipalities and regions and present them together, directly to "
                    "ministries and through the provinces' joint association, the Interprovincial "
                    "Consultation (Interprovinciaal Overleg, IPO).</p>"
                    "<p>Municipalities and partners who want to raise an interest can use the "
                    "instrument Representing interests to central government.</p>",
                ),
                (
                    "key_figure",
                    {
                        "value": "12",
                        "label": "provinces, which present their shared interests through the "
                        "Interprovincial Consultation",
                        "source": "Government of the Netherlands",
                    },
                ),
            ],
        },
    },
    # 4 -------------------------------------------------------------------
    {
        "number": 4,
        "nl": {
            "title": "Doorontwikkelen interbestuurlijk toezicht",
            "slug": "interbestuurlijk-toezicht",
            "intro": (
                "Bij interbestuurlijk toezicht staan samenwerking en dialoog tussen toezichthouder en "
                "gemeente centraal, met ruimte voor maatwerk."
            ),
            "problem": (
                "<p>De provincie houdt toezicht op de manier waarop gemeenten en gemeenschappelijke "
                "regelingen een aantal wettelijke taken uitvoeren. Dat heet interbestuurlijk "
                "toezicht (IBT). Gemeenten ervaren dat toezicht soms als controle achteraf, en niet "
                "als hulp.</p>"
                "<ul>"
                "<li>Het gesprek komt vaak pas op gang als er al een probleem is.</li>"
                "<li>Gemeenten verschillen in omvang en capaciteit. Eén aanpak voor iedereen past "
                "niet altijd.</li>"
                "<li>Kennis die de provincie als toezichthouder opdoet, wordt te weinig "
                "gedeeld.</li>"
                "</ul>"
            ),
            "goal": (
                "We voeren aan de voorkant het gesprek over interbestuurlijk toezicht en delen kennis "
                "met gemeenten. Zo voorkomen we problemen in plaats van ze achteraf vast te stellen."
            ),
            "actions": [
                {
                    "title": "Interbestuurlijk toezicht in dialoog",
                    "description": (
                        "We bespreken elk jaar met iedere gemeente hoe zij ervoor staat op de "
                        "toezichtsgebieden. Samen kijken we naar risico's en maken we afspraken op "
                        "maat. Zwaardere middelen zetten we pas in als het gesprek niet helpt."
                    ),
                    "status": "lopend",
                    "team": "Team Interbestuurlijk Toezicht",
                    "timeframe": "2026 – 2027",
                },
                {
                    "title": "Regionale kennisdelingsbijeenkomsten",
                    "description": (
                        "In elke regio organiseren we bijeenkomsten waar ambtenaren van gemeenten en "
                        "de provincie kennis en ervaringen delen. Bijvoorbeeld over archiefbeheer, "
                        "vergunningverlening en de huisvesting van statushouders."
                    ),
                    "status": "doorlopend",
                    "team": "Team Interbestuurlijk Toezicht",
                    "timeframe": "2026 – 2027",
                },
                {
                    "title": "Provinciale kennisdelingsbijeenkomst",
                    "description": (
                        "Eén keer per jaar organiseren we een bijeenkomst over toezicht voor alle "
                        "gemeenten in de provincie. We bespreken wat ons in het toezicht van het "
                        "afgelopen jaar opviel en gemeenten delen hun eigen voorbeelden."
                    ),
                    "status": "gepland",
                    "team": "Team Interbestuurlijk Toezicht",
                    "timeframe": "Q1 2027",
                },
            ],
            "body": [
                ("heading", {"text": "Waar houden we toezicht op?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>De provincie is de toezichthouder op gemeenten voor onder meer:</p>"
                    "<ul>"
                    "<li>de financiën van gemeenten en gemeenschappelijke regelingen;</li>"
                    "<li>archief- en informatiebeheer;</li>"
                    "<li>vergunningverlening, toezicht en handhaving in de fysieke leefomgeving;</li>"
                    "<li>de huisvesting van vergunninghouders (statushouders).</li>"
                    "</ul>"
                    "<p>Het uitgangspunt is dat de gemeenteraad het college als eerste controleert. "
                    "Ons toezicht komt daar bovenop.</p>",
                ),
                ("heading", {"text": "Eerst het gesprek", "level": "h2"}),
                (
                    "paragraph",
                    "<p>We gebruiken zoveel mogelijk informatie die de gemeente al heeft, zoals de "
                    "begroting, de jaarrekening en verslagen aan de raad. Zien we een risico, dan "
                    "bellen we eerst. Samen maken we afspraken die passen bij de gemeente: een "
                    "verbeterplan, extra ondersteuning of een vervolggesprek. Een kleine gemeente met "
                    "weinig specialisten vraagt een andere aanpak dan een grote stad.</p>"
                    "<p>De wet geeft de provincie ook zwaardere middelen, zoals een aanwijzing of "
                    "indeplaatsstelling. Die gebruiken we alleen als het gesprek niet werkt.</p>",
                ),
                (
                    "quote",
                    {
                        "text": "Toezicht werkt het best als een gemeente ons belt voordat er iets "
                        "misgaat, niet erna.",
                        "attribution": "Teamleider Interbestuurlijk Toezicht",
                    },
                ),
            ],
        },
        "en": {
            "title": "Further developing inter-administrative supervision",
            "slug": "inter-administrative-supervision",
            "intro": (
                "In inter-administrative supervision, collaboration and dialogue between the "
                "supervisor and the municipality come first, with room for a tailored approach."
            ),
            "problem": (
                "<p>The province supervises how municipalities and joint arrangements carry out a "
                "number of statutory tasks. This is called inter-administrative supervision "
                "(interbestuurlijk toezicht, IBT). Municipalities sometimes experience it as a "
                "check after the fact rather than as help.</p>"
                "<ul>"
                "<li>The conversation often only starts once there is already a problem.</li>"
                "<li>Municipalities differ in size and capacity. One approach for all does not "
                "always fit.</li>"
                "<li>Knowledge the province gains as a supervisor is not shared enough.</li>"
                "</ul>"
            ),
            "goal": (
                "We start the conversation about inter-administrative supervision early and share "
                "knowledge with municipalities, so that we prevent problems instead of establishing "
                "them afterwards."
            ),
            "actions": [
                {
                    "title": "Inter-administrative supervision through dialogue",
                    "description": (
                        "Every year we discuss with each municipality how it is doing in the areas "
                        "we supervise. Together we look at risks and make tailored agreements. We "
                        "only use stronger measures if the conversation does not help."
                    ),
                    "status": "lopend",
                    "team": "Inter-administrative Supervision Team",
                    "timeframe": "2026 – 2027",
                },
                {
                    "title": "Regional knowledge-sharing meetings",
                    "description": (
                        "In each region we organise meetings where civil servants from "
                        "municipalities and the province share knowledge and experience, for "
                        "instance on records management, permits and housing for refugees with a "
                        "residence permit."
                    ),
                    "status": "doorlopend",
                    "team": "Inter-administrative Supervision Team",
                    "timeframe": "2026 – 2027",
                },
                {
                    "title": "Province-wide knowledge-sharing meeting",
                    "description": (
                        "Once a year we organise a meeting on supervision for all municipalities in "
                        "the province. We discuss what stood out in our supervision over the past "
                        "year, and municipalities share examples of their own."
                    ),
                    "status": "gepland",
                    "team": "Inter-administrative Supervision Team",
                    "timeframe": "Q1 2027",
                },
            ],
            "body": [
                ("heading", {"text": "What do we supervise?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>The province supervises municipalities in areas including:</p>"
                    "<ul>"
                    "<li>the finances of municipalities and joint arrangements;</li>"
                    "<li>records and information management;</li>"
                    "<li>permits, inspection and enforcement in the physical living "
                    "environment;</li>"
                    "<li>housing for refugees with a residence permit (vergunninghouders).</li>"
                    "</ul>"
                    "<p>The starting point is that the municipal council is the first to hold the "
                    "municipal executive to account. Our supervision comes on top of that.</p>",
                ),
                ("heading", {"text": "Conversation first", "level": "h2"}),
                (
                    "paragraph",
                    "<p>As far as possible we use information the municipality already has, such as "
                    "its budget, its annual accounts and its reports to the council. If we see a "
                    "risk, we pick up the phone first. Together we make agreements that suit the "
                    "municipality: an improvement plan, extra support or a follow-up meeting. A small "
                    "municipality with few specialists needs a different approach from a large "
                    "city.</p>"
                    "<p>The law also gives the province stronger measures, such as a formal "
                    "instruction or taking over the task (indeplaatsstelling). We only use them if "
                    "the conversation does not work.</p>",
                ),
                (
                    "quote",
                    {
                        "text": "Supervision works best when a municipality calls us before something "
                        "goes wrong, not after.",
                        "attribution": "Team leader, Inter-administrative Supervision",
                    },
                ),
            ],
        },
    },
    # 5 -------------------------------------------------------------------
    {
        "number": 5,
        "nl": {
            "title": "Overzicht samenwerkingsverbanden",
            "slug": "overzicht-samenwerkingsverbanden",
            "intro": (
                "Overheden werken samen in een complex geheel van verbanden. We maken zichtbaar hoe "
                "die verbanden met elkaar samenhangen."
            ),
            "problem": (
                "<p>Gemeenten, waterschappen en de provincie werken samen in gemeenschappelijke "
                "regelingen, stichtingen, vennootschappen en netwerken. Veel verbanden hangen met "
                "elkaar samen: dezelfde deelnemers, dezelfde bestuurders, soms dezelfde taken.</p>"
                "<ul>"
                "<li>Niemand heeft een volledig en actueel overzicht.</li>"
                "<li>Raads- en Statenleden zien niet goed waar zij zeggenschap hebben en welke "
                "financiële risico's daarbij horen.</li>"
                "<li>Zonder overzicht is het lastig om samenwerking effectief in te richten en dubbel "
                "werk te voorkomen.</li>"
                "</ul>"
            ),
            "goal": (
                "Er is een digitaal en actueel overzicht van samenwerkingsverbanden. Zo ziet iedereen "
                "wie met wie samenwerkt, en kunnen overheden hun samenwerking effectiever inrichten."
            ),
            "actions": [
                {
                    "title": "Digitaal register van samenwerkingsverbanden",
                    "description": (
                        "We bouwen een doorzoekbaar register van de samenwerkingsverbanden waarin "
                        "overheden in de provincie deelnemen. Per verband ziet u de deelnemers, de "
                        "rechtsvorm, de taken en de belangrijkste documenten."
                    ),
                    "status": "lopend",
                    "team": "Team Verbonden Partijen",
                    "timeframe": "Q1 2026 – Q2 2027",
                },
                {
                    "title": "Verwevenheid zichtbaar maken",
                    "description": (
                        "In een netwerkweergave laten we zien hoe verbanden met elkaar samenhangen: "
                        "via gedeelde deelnemers, bestuurders of taken. Dezelfde informatie staat ook "
                        "in een tabel, voor wie de weergave niet kan of wil gebruiken."
                    ),
                    "status": "lopend",
                    "team": "Team Verbonden Partijen",
                    "timeframe": "Q3 2026 – Q2 2027",
                },
                {
                    "title": "Factsheets om te downloaden",
                    "description": (
                        "Van elk samenwerkingsverband, elke organisatie en elke selectie uit het "
                        "register kunt u een factsheet als pdf downloaden. Handig als voorbereiding "
                        "op een raadsvergadering of een bestuurlijk overleg."
                    ),
                    "status": "afgerond",
                    "team": "Team Verbonden Partijen",
                    "timeframe": "Q3 2026",
                },
                {
                    "title": "Het overzicht actueel houden",
                    "description": (
                        "Samen met gemeenten en de verbanden zelf houden we het register actueel. We "
                        "controleren de gegevens minstens één keer per jaar, na het vaststellen van "
                        "de begrotingen en jaarrekeningen."
                    ),
                    "status": "doorlopend",
                    "team": "Team Verbonden Partijen",
                    "timeframe": "2026 – 2028",
                },
            ],
            "body": [
                ("heading", {"text": "Wat staat er in het overzicht?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Per samenwerkingsverband vindt u:</p>"
                    "<ul>"
                    "<li>de naam, het doel en de taken;</li>"
                    "<li>de rechtsvorm, bijvoorbeeld een gemeenschappelijke regeling, stichting of "
                    "vennootschap;</li>"
                    "<li>de deelnemers en hun vertegenwoordiging in het bestuur;</li>"
                    "<li>de samenhang met andere verbanden;</li>"
                    "<li>links naar de regeling, de begroting en de jaarrekening.</li>"
                    "</ul>",
                ),
                (
                    "key_figure",
                    {
                        "value": "25",
                        "label": "veiligheidsregio's in Nederland, elk een gemeenschappelijke "
                        "regeling van de gemeenten in die regio",
                        "source": "Rijksoverheid",
                    },
                ),
                ("heading", {"text": "Zo gebruikt u het overzicht", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Raads- en Statenleden zien in één oogopslag in welke verbanden hun gemeente of "
                    "provincie deelneemt. Dat helpt bij het bespreken van begrotingen en zienswijzen. "
                    "Ambtenaren gebruiken het register om partners te vinden en dubbel werk te "
                    "voorkomen. Inwoners en journalisten kunnen nagaan wie verantwoordelijk is voor "
                    "een taak.</p>"
                    "<p>Ziet u een fout of ontbreekt er een verband? Laat het ons weten, dan passen we "
                    "het aan.</p>",
                ),
            ],
        },
        "en": {
            "title": "Overview of partnerships",
            "slug": "overview-of-partnerships",
            "intro": (
                "Governments work together in a complex web of partnerships. We show how these "
                "partnerships are connected."
            ),
            "problem": (
                "<p>Municipalities, water authorities and the province work together in joint "
                "arrangements, foundations, companies and networks. Many partnerships are "
                "interconnected: the same participants, the same administrators, sometimes the same "
                "tasks.</p>"
                "<ul>"
                "<li>Nobody has a complete and up-to-date overview.</li>"
                "<li>Council members and members of the Provincial Council cannot easily see where "
                "they have a say and which financial risks come with it.</li>"
                "<li>Without an overview it is hard to organise collaboration effectively and to "
                "avoid duplication.</li>"
                "</ul>"
            ),
            "goal": (
                "A digital, up-to-date overview of partnerships, so that everyone can see who works "
                "with whom and governments can organise their collaboration more effectively."
            ),
            "actions": [
                {
                    "title": "A digital register of partnerships",
                    "description": (
                        "We are building a searchable register of the partnerships in which "
                        "governments in the province take part. For each partnership you can see the "
                        "participants, the legal form, the tasks and the key documents."
                    ),
                    "status": "lopend",
                    "team": "Affiliated Parties Team",
                    "timeframe": "Q1 2026 – Q2 2027",
                },
                {
                    "title": "Showing how partnerships are interwoven",
                    "description": (
                        "A network view shows how partnerships are connected through shared "
                        "participants, administrators or tasks. The same information is also "
                        "available as a table, for anyone who cannot or prefers not to use the "
                        "network view."
                    ),
                    "status": "lopend",
                    "team": "Affiliated Parties Team",
                    "timeframe": "Q3 2026 – Q2 2027",
                },
                {
                    "title": "Downloadable factsheets",
                    "description": (
                        "For every partnership, every organisation and every selection from the "
                        "register you can download a factsheet as a PDF. Useful when preparing for a "
                        "council meeting or an administrative consultation."
                    ),
                    "status": "afgerond",
                    "team": "Affiliated Parties Team",
                    "timeframe": "Q3 2026",
                },
                {
                    "title": "Keeping the overview up to date",
                    "description": (
                        "Together with municipalities and the partnerships themselves, we keep the "
                        "register up to date. We check the information at least once a year, after "
                        "budgets and annual accounts have been adopted."
                    ),
                    "status": "doorlopend",
                    "team": "Affiliated Parties Team",
                    "timeframe": "2026 – 2028",
                },
            ],
            "body": [
                ("heading", {"text": "What is in the overview?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>For each partnership you will find:</p>"
                    "<ul>"
                    "<li>its name, purpose and tasks;</li>"
                    "<li>its legal form, for example a joint arrangement (gemeenschappelijke "
                    "regeling), a foundation or a company;</li>"
                    "<li>the participants and their representation on the board;</li>"
                    "<li>its connections with other partnerships;</li>"
                    "<li>links to the arrangement itself, the budget and the annual accounts.</li>"
                    "</ul>",
                ),
                (
                    "key_figure",
                    {
                        "value": "25",
                        "label": "safety regions in the Netherlands, each a joint arrangement of the "
                        "municipalities in that region",
                        "source": "Government of the Netherlands",
                    },
                ),
                ("heading", {"text": "How to use the overview", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Council members and members of the Provincial Council can see at a glance "
                    "which partnerships their municipality or province takes part in. That helps when "
                    "discussing budgets and formal opinions (zienswijzen). Civil servants use the "
                    "register to find partners and avoid duplication. Residents and journalists can "
                    "check who is responsible for a task.</p>"
                    "<p>Have you spotted an error, or is a partnership missing? Let us know and we "
                    "will correct it.</p>",
                ),
            ],
        },
    },
]

# ---------------------------------------------------------------------------
# Instruments
# ---------------------------------------------------------------------------

INSTRUMENT_INDEX = {
    "nl": {
        "title": "Instrumenten",
        "slug": "instrumenten",
        "intro": (
            "Met vier instrumenten ondersteunen we gemeenten en andere partners bij hun "
            "samenwerking. U kunt ze gebruiken bij alle programmalijnen."
        ),
    },
    "en": {
        "title": "Instruments",
        "slug": "instruments",
        "intro": (
            "We support municipalities and other partners in their collaboration with four "
            "instruments. You can use them for every programme line."
        ),
    },
}

INSTRUMENTS = [
    # Instrumentenkoffer ----------------------------------------------------
    {
        "programme_lines": [1, 2, 5],
        "audiences": ["bestuurders", "ambtenaren", "volksvertegenwoordigers"],
        "contact_email": "samenwerking@provincie.example",
        "contact_phone": "088 000 12 34",
        "nl": {
            "title": "Instrumentenkoffer",
            "slug": "instrumentenkoffer",
            "intro": (
                "Een verzameling praktische hulpmiddelen voor samenwerking: van een rollenkaart tot "
                "een checklist voor een nieuwe gemeenschappelijke regeling."
            ),
            "for_whom": (
                "<p>Voor bestuurders, ambtenaren en raads- en Statenleden die een samenwerking "
                "starten, willen verbeteren of evalueren. U hoeft niet samen te werken met de "
                "provincie om de hulpmiddelen te gebruiken.</p>"
            ),
            "how_to_apply": (
                "<p>De meeste hulpmiddelen kunt u direct downloaden en gebruiken. Wilt u begeleiding "
                "bij het gebruik?</p>"
                "<ol>"
                "<li>Stuur een e-mail met uw vraag en met welke partners u samenwerkt.</li>"
                "<li>Binnen tien werkdagen neemt een adviseur contact met u op.</li>"
                "<li>Samen kiezen we het hulpmiddel dat past en spreken we af wie wat doet.</li>"
                "</ol>"
            ),
            "contact_name": "Team Regionale Samenwerking",
            "body": [
                ("heading", {"text": "Wat zit er in de koffer?", "level": "h2"}),
                (
                    "paragraph",
                    "<ul>"
                    "<li><b>Rollenkaart.</b> Breng samen in beeld wie eigenaar, opdrachtgever, "
                    "financier en toezichthouder is.</li>"
                    "<li><b>Fasescan.</b> Bepaal met uw partners in welke fase uw samenwerking zit en "
                    "welke vragen daarbij horen.</li>"
                    "<li><b>Checklist gemeenschappelijke regeling.</b> Welke vorm past bij uw "
                    "samenwerking, en wat moet er in de regeling staan?</li>"
                    "<li><b>Werkvorm voor een evaluatie.</b> Een opzet voor een bijeenkomst waarin u "
                    "met partners terugkijkt en vooruitkijkt.</li>"
                    "<li><b>Handreiking voor raads- en Statenleden.</b> Hoe stelt u kaders en "
                    "controleert u een samenwerkingsverband?</li>"
                    "</ul>",
                ),
                (
                    "paragraph",
                    "<p>Alle hulpmiddelen zijn gratis. We vullen de koffer steeds aan met wat "
                    "gemeenten en partners zelf ontwikkelen. Hebt u een goed voorbeeld? Deel het met "
                    "ons.</p>",
                ),
            ],
        },
        "en": {
            "title": "Collaboration toolkit",
            "slug": "collaboration-toolkit",
            "intro": (
                "A collection of practical tools for collaboration, from a role map to a checklist "
                "for setting up a new joint arrangement."
            ),
            "for_whom": (
                "<p>For administrators, civil servants, council members and members of the "
                "Provincial Council who are starting, improving or evaluating a collaboration. You "
                "do not need to be working with the province to use the tools.</p>"
            ),
            "how_to_apply": (
                "<p>You can download and use most tools straight away. Would you like guidance in "
                "using them?</p>"
                "<ol>"
                "<li>Send us an email with your question and the partners you work with.</li>"
                "<li>An adviser will contact you within ten working days.</li>"
                "<li>Together we choose the right tool and agree who does what.</li>"
                "</ol>"
            ),
            "contact_name": "Regional Collaboration Team",
            "body": [
                ("heading", {"text": "What is in the toolkit?", "level": "h2"}),
                (
                    "paragraph",
                    "<ul>"
                    "<li><b>Role map.</b> Work out together who is owner, client, funder and "
                    "supervisor.</li>"
                    "<li><b>Phase scan.</b> Determine with your partners which phase your "
                    "collaboration is in and which questions come with it.</li>"
                    "<li><b>Joint arrangement checklist.</b> Which form of joint arrangement "
                    "(gemeenschappelijke regeling) suits your collaboration, and what should the "
                    "arrangement contain?</li>"
                    "<li><b>Evaluation workshop.</b> An outline for a meeting in which you look back "
                    "and ahead with your partners.</li>"
                    "<li><b>Guide for elected representatives.</b> How do you set frameworks for a "
                    "partnership and hold it to account?</li>"
                    "</ul>",
                ),
                (
                    "paragraph",
                    "<p>All tools are free of charge. We keep adding to the toolkit with tools that "
                    "municipalities and partners develop themselves. Do you have a good example? "
                    "Share it with us.</p>",
                ),
            ],
        },
    },
    # Financiële scan -------------------------------------------------------
    {
        "programme_lines": [5, 4],
        "audiences": ["bestuurders", "ambtenaren", "volksvertegenwoordigers"],
        "contact_email": "verbondenpartijen@provincie.example",
        "contact_phone": "088 000 12 52",
        "nl": {
            "title": "Financiële scan",
            "slug": "financiele-scan",
            "intro": (
                "Met de Financiële scan krijgt u inzicht in de financiële risico's van de "
                "samenwerkingsverbanden waarin uw organisatie deelneemt."
            ),
            "for_whom": (
                "<p>Voor gemeenten en gemeenschappelijke regelingen die willen weten hoe financieel "
                "gezond hun verbonden partijen zijn. De scan helpt bij het opstellen van de "
                "begroting en de paragraaf verbonden partijen, en bij het gesprek daarover in de "
                "raad.</p>"
            ),
            "how_to_apply": (
                "<p>U vraagt de scan aan per e-mail.</p>"
                "<ol>"
                "<li>Geef aan om welke verbonden partijen het gaat en wat u wilt weten.</li>"
                "<li>Stuur de meest recente begroting en jaarrekening mee, als die nog niet openbaar "
                "zijn.</li>"
                "<li>Binnen zes weken ontvangt u een rapport met bevindingen en aandachtspunten.</li>"
                "<li>We bespreken de uitkomsten met u. Als u dat wilt, ook met uw raad of "
                "auditcommissie.</li>"
                "</ol>"
            ),
            "contact_name": "Team Verbonden Partijen",
            "body": [
                ("heading", {"text": "Wat kijken we na?", "level": "h2"}),
                (
                    "paragraph",
                    "<ul>"
                    "<li>het weerstandsvermogen en de reserves van de verbonden partij;</li>"
                    "<li>de schuldpositie en de solvabiliteit;</li>"
                    "<li>of de begroting structureel in evenwicht is;</li>"
                    "<li>garanties, leningen en andere risico's voor de deelnemers;</li>"
                    "<li>de verdeling van de kosten tussen de deelnemers en de afspraken over "
                    "uittreding.</li>"
                    "</ul>",
                ),
                ("heading", {"text": "Los van het toezicht", "level": "h2"}),
                (
                    "paragraph",
                    "<p>De Financiële scan is een dienst, geen onderdeel van het interbestuurlijk "
                    "toezicht. De uitkomsten zijn van u. We gebruiken ze niet in ons toezicht, tenzij "
                    "u daar zelf voor kiest. Zo kunt u open met ons praten over de risico's die u "
                    "ziet.</p>",
                ),
            ],
        },
        "en": {
            "title": "Financial scan",
            "slug": "financial-scan",
            "intro": (
                "The Financial scan gives you insight into the financial risks of the partnerships "
                "your organisation takes part in."
            ),
            "for_whom": (
                "<p>For municipalities and joint arrangements that want to know how financially "
                "healthy their affiliated parties (verbonden partijen) are. The scan helps you draw "
                "up your budget and its section on affiliated parties, and supports the discussion "
                "about them in the council.</p>"
            ),
            "how_to_apply": (
                "<p>You can request the scan by email.</p>"
                "<ol>"
                "<li>Tell us which affiliated parties you want us to look at and what you want to "
                "know.</li>"
                "<li>Include the latest budget and annual accounts if they have not yet been "
                "published.</li>"
                "<li>Within six weeks you will receive a report with findings and points for "
                "attention.</li>"
                "<li>We discuss the results with you and, if you wish, with your council or audit "
                "committee.</li>"
                "</ol>"
            ),
            "contact_name": "Affiliated Parties Team",
            "body": [
                ("heading", {"text": "What do we look at?", "level": "h2"}),
                (
                    "paragraph",
                    "<ul>"
                    "<li>the affiliated party's risk-absorbing capacity and reserves;</li>"
                    "<li>its debt position and solvency;</li>"
                    "<li>whether its budget is structurally balanced;</li>"
                    "<li>guarantees, loans and other risks for the participants;</li>"
                    "<li>how costs are shared between participants and what has been agreed about "
                    "withdrawal.</li>"
                    "</ul>",
                ),
                ("heading", {"text": "Separate from supervision", "level": "h2"}),
                (
                    "paragraph",
                    "<p>The Financial scan is a service, not part of inter-administrative supervision. "
                    "The results belong to you. We do not use them in our supervision unless you "
                    "choose to share them for that purpose. This means you can talk openly with us "
                    "about the risks you see.</p>",
                ),
            ],
        },
    },
    # Stimulans in Samenwerking --------------------------------------------
    {
        "programme_lines": [1, 2, 3],
        "audiences": ["bestuurders", "ambtenaren", "partners"],
        "contact_email": "stimulans@provincie.example",
        "contact_phone": "088 000 12 63",
        "nl": {
            "title": "Stimulans in Samenwerking",
            "slug": "stimulans-in-samenwerking",
            "intro": (
                "Met Stimulans in Samenwerking ondersteunen we nieuwe of vastgelopen samenwerkingen "
                "met begeleiding en een financiële bijdrage."
            ),
            "for_whom": (
                "<p>Voor ten minste twee overheden, zoals gemeenten en waterschappen, die samen een "
                "maatschappelijke opgave willen aanpakken. Maatschappelijke organisaties en "
                "bedrijven kunnen meedoen, zolang een overheid de aanvraag indient.</p>"
            ),
            "how_to_apply": (
                "<p>Zo vraagt u Stimulans in Samenwerking aan:</p>"
                "<ol>"
                "<li>Bespreek uw idee eerst met een adviseur van het team.</li>"
                "<li>Dien een korte aanvraag in: wat is de opgave, wie doen er mee, wat is het plan "
                "en wat kost het?</li>"
                "<li>U krijgt binnen acht weken een besluit.</li>"
                "<li>Na afloop deelt u uw ervaringen, bijvoorbeeld op een netwerkdag.</li>"
                "</ol>"
            ),
            "contact_name": "Team Regionale Samenwerking",
            "body": [
                ("heading", {"text": "Wat kunt u krijgen?", "level": "h2"}),
                (
                    "paragraph",
                    "<ul>"
                    "<li>begeleiding door een onafhankelijke procesbegeleider;</li>"
                    "<li>een verkenning of haalbaarheidsonderzoek voor een nieuwe samenwerking;</li>"
                    "<li>een financiële bijdrage van maximaal € 25.000 per aanvraag. De deelnemers "
                    "betalen zelf ten minste de helft van de kosten.</li>"
                    "</ul>",
                ),
                ("heading", {"text": "Waar letten we op?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>We kijken of er een gedeelde opgave is die de deelnemers alleen niet goed "
                    "kunnen oppakken. Ook willen we zien dat bestuurders zich achter de samenwerking "
                    "scharen en dat de rollen en afspraken duidelijk zijn. Een samenwerking die na de "
                    "steun zelfstandig verder kan, heeft onze voorkeur.</p>",
                ),
            ],
        },
        "en": {
            "title": "Stimulus for Collaboration",
            "slug": "stimulus-for-collaboration",
            "intro": (
                "Through Stimulus for Collaboration (Stimulans in Samenwerking) we support new or "
                "stalled collaborations with guidance and a financial contribution."
            ),
            "for_whom": (
                "<p>For at least two governments, such as municipalities and water authorities, that "
                "want to tackle a societal challenge together. Civil society organisations and "
                "businesses can take part, as long as a government submits the application.</p>"
            ),
            "how_to_apply": (
                "<p>This is how to apply for Stimulus for Collaboration:</p>"
                "<ol>"
                "<li>First discuss your idea with an adviser from the team.</li>"
                "<li>Submit a short application: what is the challenge, who is taking part, what is "
                "the plan and what will it cost?</li>"
                "<li>You will receive a decision within eight weeks.</li>"
                "<li>Afterwards you share your experience, for example at a network day.</li>"
                "</ol>"
            ),
            "contact_name": "Regional Collaboration Team",
            "body": [
                ("heading", {"text": "What can you get?", "level": "h2"}),
                (
                    "paragraph",
                    "<ul>"
                    "<li>guidance from an independent process facilitator;</li>"
                    "<li>an exploratory or feasibility study for a new collaboration;</li>"
                    "<li>a financial contribution of up to €25,000 per application. The participants "
                    "pay at least half of the costs themselves.</li>"
                    "</ul>",
                ),
                ("heading", {"text": "What do we look for?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>We check whether there is a shared challenge that the participants cannot "
                    "properly tackle on their own. We also want to see that the administrators back "
                    "the collaboration and that roles and agreements are clear. We prefer "
                    "collaborations that can continue independently once the support ends.</p>",
                ),
            ],
        },
    },
    # Belangenbehartiging richting Rijksoverheid ---------------------------
    {
        "programme_lines": [3, 2],
        "audiences": ["bestuurders", "ambtenaren", "partners"],
        "contact_email": "publicaffairs@provincie.example",
        "contact_phone": "088 000 12 74",
        "nl": {
            "title": "Belangenbehartiging richting Rijksoverheid",
            "slug": "belangenbehartiging-rijksoverheid",
            "intro": (
                "We bundelen de belangen van gemeenten en regio's en brengen die samen in bij het "
                "Rijk, en waar nodig bij de Europese Unie."
            ),
            "for_whom": (
                "<p>Voor gemeenten, regio's en partners met een opgave waarvoor ze het Rijk nodig "
                "hebben: voor wetgeving, voor geld of voor de uitvoering.</p>"
            ),
            "how_to_apply": (
                "<p>Hebt u een belang dat u bij het Rijk wilt inbrengen?</p>"
                "<ol>"
                "<li>Neem contact op met het team en beschrijf het belang in een paar zinnen.</li>"
                "<li>We kijken samen of andere gemeenten of regio's hetzelfde belang hebben.</li>"
                "<li>We spreken af wie wat doet: een gezamenlijke brief, een gesprek op een "
                "ministerie of inbreng via het Interprovinciaal Overleg (IPO) of de Vereniging van "
                "Nederlandse Gemeenten (VNG).</li>"
                "</ol>"
            ),
            "contact_name": "Team Public Affairs",
            "body": [
                ("heading", {"text": "Zo werken we", "level": "h2"}),
                (
                    "paragraph",
                    "<p>We volgen wat er in Den Haag en Brussel speelt en laten gemeenten op tijd "
                    "weten wat eraan komt. Is er een kans of een risico voor de regio? Dan zoeken we "
                    "samen naar een gezamenlijke boodschap. Die brengen we in op het moment dat het "
                    "ertoe doet: voordat het besluit valt, niet erna.</p>",
                ),
                (
                    "quote",
                    {
                        "text": "Eén stem uit de regio wordt in Den Haag beter gehoord dan tien losse.",
                        "attribution": "Gedeputeerde voor bestuur",
                    },
                ),
            ],
        },
        "en": {
            "title": "Representing interests to central government",
            "slug": "representing-interests-to-central-government",
            "intro": (
                "We bundle the interests of municipalities and regions and present them together to "
                "central government and, where needed, to the European Union."
            ),
            "for_whom": (
                "<p>For municipalities, regions and partners facing a challenge for which they need "
                "central government: for legislation, for funding or for implementation.</p>"
            ),
            "how_to_apply": (
                "<p>Do you have an interest you want to raise with central government?</p>"
                "<ol>"
                "<li>Contact the team and describe the interest in a few sentences.</li>"
                "<li>Together we check whether other municipalities or regions share it.</li>"
                "<li>We agree who does what: a joint letter, a meeting at a ministry, or input "
                "through the Interprovincial Consultation (IPO) or the Association of Netherlands "
                "Municipalities (VNG).</li>"
                "</ol>"
            ),
            "contact_name": "Public Affairs Team",
            "body": [
                ("heading", {"text": "How we work", "level": "h2"}),
                (
                    "paragraph",
                    "<p>We follow what is happening in The Hague and Brussels and let municipalities "
                    "know in good time what is coming. Is there an opportunity or a risk for the "
                    "region? Then we look for a shared message together and put it forward when it "
                    "matters: before the decision is taken, not after.</p>",
                ),
                (
                    "quote",
                    {
                        "text": "One voice from the region is heard better in The Hague than ten "
                        "separate ones.",
                        "attribution": "Provincial executive member for governance",
                    },
                ),
            ],
        },
    },
]
