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
                "hebben we vijf programmalijnen: rollen en afspraken, relatie en ontmoeten, "
                "kennis en data, interbestuurlijk toezicht en een overzicht van alle "
                "samenwerkingsverbanden. Vier instrumenten helpen u op weg, van een Financiële "
                "scan tot steun bij een nieuwe samenwerking.</p>",
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
                "<p>We are working towards effective public administration: one in which "
                "governments know each other, know what they can expect from each other and are "
                "stronger together. To get there we have five programme lines: roles and "
                "agreements, relationships and meeting, knowledge and data, inter-administrative "
                "supervision, and an overview of all partnerships. Four instruments help you "
                "along the way, from a financial scan to support for a new collaboration.</p>",
            ),
            (
                "key_figure",
                {
                    "value": "342",
                    "label": (
                        "municipalities in the Netherlands (1 January 2024), working with each "
                        "other, with provinces and with water authorities"
                    ),
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
                "energie en bereikbaarheid. Daarbij lopen we steeds tegen dezelfde knelpunten "
                "aan:</p><ul><li>Er is te laat aandacht voor de fase waarin een samenwerking "
                "zit. Wat bij de start goed werkte, past niet meer als de samenwerking groeit of "
                "verandert.</li><li>Partijen hebben verschillende rollen: eigenaar, "
                "opdrachtgever, financier, toezichthouder of partner. Die rollen lopen door "
                "elkaar.</li><li>We praten langs elkaar heen. Hetzelfde woord betekent voor een "
                "bestuurder, een ambtenaar en een raadslid soms iets anders.</li></ul>"
            ),
            "goal": (
                "Bestuurders, ambtenaren en volksvertegenwoordigers hebben inzicht in hun rollen "
                "en in rolwisselingen bij samenwerking. Zo voorkomen we misverstanden en maken "
                "we samen betere afspraken."
            ),
            "actions": [
                {
                    "title": "Sessies over rollen en rolwisselingen",
                    "description": (
                        "We organiseren sessies met bestuurders, ambtenaren en "
                        "volksvertegenwoordigers van gemeenten, waterschappen en de provincie. "
                        "Aan de hand van echte casussen bespreken we wie welke rol heeft en wat "
                        "er verandert als een samenwerking een nieuwe fase ingaat. Een regio kan "
                        "ook een eigen sessie aanvragen."
                    ),
                    "status": "lopend",
                    "team": "Team Regionale Samenwerking",
                    "timeframe": "Q1 2026 – Q4 2027",
                },
                {
                    "title": "Gezamenlijke begrippenlijst",
                    "description": (
                        "Samen met gemeenten stellen we een begrippenlijst op voor samenwerking "
                        "in het openbaar bestuur. Wat bedoelen we met eigenaar, opdrachtgever of "
                        "deelnemer? Een gedeelde taal helpt om spraakverwarring te voorkomen."
                    ),
                    "status": "gepland",
                    "team": "Team Regionale Samenwerking",
                    "timeframe": "Q1 2027 – Q3 2027",
                },
                {
                    "title": "Rolgesprek bij de start van een samenwerking",
                    "description": (
                        "Bij elke nieuwe samenwerking waarin de provincie deelneemt, voeren we "
                        "vooraf een rolgesprek met de partners. We leggen vast welke rol de "
                        "provincie heeft, wat partners van ons mogen verwachten en wanneer we de "
                        "afspraken opnieuw bekijken."
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
                    "<p>In een samenwerking heeft elke partij een of meer rollen. Vaak zijn dat "
                    "er meer dan u denkt:</p><ul><li><b>Eigenaar:</b> u zit in het bestuur en "
                    "bent verantwoordelijk voor een gezonde "
                    "organisatie.</li><li><b>Opdrachtgever:</b> u vraagt de samenwerking om iets "
                    "te leveren en let op prestaties en kosten.</li><li><b>Financier:</b> u "
                    "betaalt mee, met een bijdrage of een "
                    "subsidie.</li><li><b>Toezichthouder:</b> u controleert of taken goed worden "
                    "uitgevoerd.</li></ul><p>De provincie is bijvoorbeeld partner in regionale "
                    "samenwerking, en tegelijk toezichthouder op de financiën van gemeenten. Dat "
                    "is geen probleem, zolang we steeds duidelijk maken in welke rol we aan "
                    "tafel zitten.</p>",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "In één overleg ben ik partner, financier en soms ook "
                            "toezichthouder. Dat moet je hardop benoemen, anders gaat het mis."
                        ),
                        "attribution": "Gedeputeerde voor bestuur",
                    },
                ),
                ("heading", {"text": "Aandacht voor de fase van de samenwerking", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Een samenwerking verandert in de loop van de tijd. Eerst verkennen "
                    "partners of ze een gedeelde opgave hebben. Daarna geven ze de samenwerking "
                    "vorm, voeren ze uit, evalueren ze en sturen ze bij. Elke fase vraagt iets "
                    "anders van bestuurders, ambtenaren en volksvertegenwoordigers. Knelpunten "
                    "ontstaan vaak bij de overgang naar een nieuwe fase, bijvoorbeeld als een "
                    "netwerk uitgroeit tot een organisatie met eigen personeel en een eigen "
                    "begroting.</p><p>In onze sessies staan we stil bij die overgangen. In de "
                    "kennisbank vindt u achtergrondartikelen over rollen en over de fasen van "
                    "een samenwerking.</p>",
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
                "Administrators, civil servants and elected representatives understand their "
                "roles, and how those roles change, when they collaborate. This helps us avoid "
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
                        "Together with municipalities we are drawing up a glossary for "
                        "collaboration in public administration. What do we mean by owner, "
                        "client or participant? A shared language helps to prevent confusion."
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
                        "province has, what partners can expect from us and when we will review "
                        "the agreements."
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
                    "<p>In a collaboration, every party has one or more roles, often more than "
                    "you might think:</p><ul><li><b>Owner:</b> you sit on the board and are "
                    "responsible for a healthy organisation.</li><li><b>Client:</b> you ask the "
                    "partnership to deliver something and keep an eye on performance and "
                    "costs.</li><li><b>Funder:</b> you contribute money, as a fee or a "
                    "grant.</li><li><b>Supervisor:</b> you check whether tasks are carried out "
                    "properly.</li></ul><p>The province, for example, is a partner in regional "
                    "collaboration and at the same time supervises the finances of "
                    "municipalities. That is not a problem, as long as we always make clear in "
                    "which role we are at the table.</p>",
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
                    "<p>A collaboration changes over time. First the partners explore whether "
                    "they share a challenge. Then they give the collaboration shape, carry it "
                    "out, evaluate it and adjust it. Each phase asks something different of "
                    "administrators, civil servants and elected representatives. Bottlenecks "
                    "often arise at the transition to a new phase, for instance when a network "
                    "grows into an organisation with its own staff and budget.</p><p>Our "
                    "sessions pay particular attention to these transitions. In the knowledge "
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
                "We bouwen aan een duurzame relatie met gemeenten, waterschappen en andere "
                "partners: een relatie die niet afhangt van één dossier of één persoon."
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
                    "<p>Op een netwerkdag ontmoeten bestuurders, ambtenaren en "
                    "volksvertegenwoordigers van gemeenten, waterschappen en de provincie elkaar "
                    "buiten de vergaderzaal. De gastregio kiest het thema, bijvoorbeeld "
                    "woningbouw, het landelijk gebied of de energietransitie. In kleine groepen "
                    "werken deelnemers aan een vraag die een gemeente inbrengt. Daarna is er "
                    "tijd om bij te praten. Zo ontstaan contacten die ook na het volgende "
                    "dossier blijven bestaan.</p><p>De netwerkdagen en andere bijeenkomsten "
                    "vindt u in de agenda op dit portaal. Daar kunt u zich ook aanmelden.</p>",
                ),
                ("heading", {"text": "Uw vaste aanspreekpunt", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Met accounthouderschap krijgt elke gemeente één vast aanspreekpunt bij "
                    "de provincie. De accounthouder:</p><ul><li>kent de gemeente, haar "
                    "bestuurders en haar belangrijkste opgaven;</li><li>zorgt dat vragen bij de "
                    "juiste collega komen en dat er antwoord komt;</li><li>bereidt werkbezoeken "
                    "en bestuurlijke overleggen van gedeputeerden voor;</li><li>deelt binnen de "
                    "provincie wat er in de gemeente speelt.</li></ul>",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Ik bel nu eerst de accounthouder. Binnen een dag weet ik bij wie ik "
                            "moet zijn."
                        ),
                        "attribution": "Gemeentesecretaris van een gemeente in de provincie",
                    },
                ),
            ],
        },
        "en": {
            "title": "Relationships and meeting",
            "slug": "relationships-and-meeting",
            "intro": (
                "Good collaboration starts with people who know each other and know where to "
                "find each other."
            ),
            "problem": (
                "<p>Administrators and civil servants from different governments mostly meet "
                "when something has to be done: a decision, a grant or a problem. That leaves "
                "little room to really get to know each other.</p><ul><li>Contacts are often "
                "tied to a single file and disappear once that file is closed.</li><li>After "
                "elections and when staff change, knowledge about the relationship is "
                "lost.</li><li>Municipalities do not always know whom to contact at the "
                "province.</li></ul>"
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
                    "<p>At a network day, administrators, civil servants and elected "
                    "representatives of municipalities, water authorities and the province meet "
                    "outside the meeting room. The host region chooses the theme, for example "
                    "housing, the rural area or the energy transition. In small groups, "
                    "participants work on a question brought in by a municipality. Afterwards "
                    "there is time to catch up. This is how contacts arise that last beyond the "
                    "next file.</p><p>You will find network days and other events in the "
                    "calendar on this portal, where you can also register.</p>",
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
                "<p>De provincie verzamelt veel data en laat regelmatig onderzoek doen, "
                "bijvoorbeeld naar wonen, mobiliteit, economie en de leefomgeving. Partners "
                "weten vaak niet dat die informatie er is, of kunnen er moeilijk mee "
                "werken.</p><ul><li>Data staan verspreid over verschillende systemen en "
                "websites.</li><li>Gegevens zijn niet altijd beschikbaar op het schaalniveau dat "
                "gemeenten nodig hebben.</li><li>Regionale belangen worden bij het Rijk en de "
                "Europese Unie vaak los van elkaar ingebracht. Daardoor komen ze minder goed "
                "over.</li></ul>"
            ),
            "goal": (
                "We delen kennis en data met elkaar. Zo nemen overheden beter onderbouwde "
                "besluiten en staan we samen sterker richting Rijk en Europese Unie."
            ),
            "actions": [
                {
                    "title": "Data beter zichtbaar en bruikbaar maken",
                    "description": (
                        "We publiceren provinciale data als open data en in overzichtelijke "
                        "dashboards. We beginnen met de onderwerpen waar gemeenten het vaakst om "
                        "vragen, zoals wonen, bevolking en bereikbaarheid. Bij elke dataset "
                        "staat wat de gegevens betekenen, hoe actueel ze zijn en bij wie u "
                        "terechtkunt met vragen."
                    ),
                    "status": "lopend",
                    "team": "Team Data en Onderzoek",
                    "timeframe": "Q4 2025 – Q4 2027",
                },
                {
                    "title": "Onderzoek en kennis delen",
                    "description": (
                        "Onderzoeken van de provincie zetten we in de kennisbank van dit "
                        "portaal, met een korte samenvatting in begrijpelijke taal. Partners "
                        "kunnen ons vragen om een toelichting of een presentatie in hun regio."
                    ),
                    "status": "doorlopend",
                    "team": "Team Data en Onderzoek",
                    "timeframe": "2026 – 2027",
                },
                {
                    "title": "Regionale belangen bundelen en behartigen",
                    "description": (
                        "Samen met gemeenten en regio's brengen we in kaart welke belangen we "
                        "delen. Die brengen we gezamenlijk in bij het Rijk en de Europese Unie, "
                        "bijvoorbeeld bij nieuwe wetgeving of bij de verdeling van geld voor "
                        "regionale opgaven."
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
                    "<p>Data zijn pas waardevol als u ze kunt vinden, begrijpen en gebruiken. "
                    "Daarom werken we volgens een paar vaste uitgangspunten:</p><ul><li><b>Open, "
                    "tenzij.</b> Data zijn openbaar, behalve als privacy of veiligheid dat in de "
                    "weg staat. Open data publiceren we ook op <a "
                    'href="https://data.overheid.nl/">data.overheid.nl</a>.</li><li><b>Vindbaar '
                    "en herbruikbaar.</b> We gebruiken open formaten en beschrijven elke dataset "
                    "op dezelfde manier.</li><li><b>Op het juiste schaalniveau.</b> Waar het "
                    "kan, bieden we gegevens per gemeente en per wijk aan.</li></ul>",
                ),
                (
                    ("heading"),
                    {("text"): ("Samen optrekken richting Den Haag en Brussel"), ("level"): ("h2")},
                ),
                (
                    "paragraph",
                    "<p>Veel opgaven in de regio hangen af van keuzes van het Rijk of de "
                    "Europese Unie: wetgeving, regels voor subsidies of de verdeling van geld. "
                    "Eén stem uit de regio wordt beter gehoord dan tien losse. Daarom bundelen "
                    "we de belangen van gemeenten en regio's en brengen we die samen in. Dat "
                    "doen we rechtstreeks bij ministeries, en via de samenwerkende provincies in "
                    "het Interprovinciaal Overleg (IPO).</p><p>Gemeenten en partners die een "
                    "belang willen inbrengen, kunnen gebruikmaken van het instrument "
                    "Belangenbehartiging richting Rijksoverheid.</p>",
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
                "The province has a wealth of data, knowledge and research. We are keen to share "
                "it with municipalities and other partners."
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
                        "We publish provincial data as open data and in clear dashboards, "
                        "starting with the topics municipalities ask about most, such as "
                        "housing, population and accessibility. Each dataset explains what the "
                        "data mean, how up to date they are and whom you can contact with "
                        "questions."
                    ),
                    "status": "lopend",
                    "team": "Data and Research Team",
                    "timeframe": "Q4 2025 – Q4 2027",
                },
                {
                    "title": "Sharing research and knowledge",
                    "description": (
                        "We add the province's research to the knowledge base on this portal, "
                        "with a short summary in plain language. Partners can ask us to explain "
                        "the findings or give a presentation in their region."
                    ),
                    "status": "doorlopend",
                    "team": "Data and Research Team",
                    "timeframe": "2026 – 2027",
                },
                {
                    "title": "Bundling and representing regional interests",
                    "description": (
                        "Together with municipalities and regions we map the interests we share. "
                        "We then present them jointly to central government and the European "
                        "Union, for example on new legislation or on the allocation of funding "
                        "for regional challenges."
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
                    "<p>Data are only valuable if you can find, understand and use them. That is "
                    "why we work according to a few fixed principles:</p><ul><li><b>Open, "
                    "unless.</b> Data are public unless privacy or security stands in the way. "
                    "We also publish open data on <a "
                    'href="https://data.overheid.nl/">data.overheid.nl</a>, the Dutch '
                    "government's open data portal.</li><li><b>Findable and reusable.</b> We use "
                    "open formats and describe every dataset in the same way.</li><li><b>At the "
                    "right level.</b> Where possible, we provide data per municipality and per "
                    "neighbourhood.</li></ul>",
                ),
                (
                    ("heading"),
                    {
                        ("text"): ("Joining forces towards The Hague and Brussels"),
                        ("level"): ("h2"),
                    },
                ),
                (
                    "paragraph",
                    "<p>Many regional challenges depend on choices made by central government or "
                    "the European Union: legislation, grant rules or the allocation of funding. "
                    "One voice from the region is heard better than ten separate ones. That is "
                    "why we bundle the interests of municipalities and regions and present them "
                    "together, directly to ministries and through the provinces' joint "
                    "association, the Interprovincial Consultation (Interprovinciaal Overleg, "
                    "IPO).</p><p>Municipalities and partners who want to raise an interest can "
                    "use the instrument Representing interests to central government.</p>",
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
                "Bij interbestuurlijk toezicht staan samenwerking en dialoog tussen "
                "toezichthouder en gemeente centraal, met ruimte voor maatwerk."
            ),
            "problem": (
                "<p>De provincie houdt toezicht op de manier waarop gemeenten en "
                "gemeenschappelijke regelingen een aantal wettelijke taken uitvoeren. Dat heet "
                "interbestuurlijk toezicht (IBT). Gemeenten ervaren dat toezicht soms als "
                "controle achteraf, en niet als hulp.</p><ul><li>Het gesprek komt vaak pas op "
                "gang als er al een probleem is.</li><li>Gemeenten verschillen in omvang en "
                "capaciteit. Eén aanpak voor iedereen past niet altijd.</li><li>Kennis die de "
                "provincie als toezichthouder opdoet, wordt te weinig gedeeld.</li></ul>"
            ),
            "goal": (
                "We voeren aan de voorkant het gesprek over interbestuurlijk toezicht en delen "
                "kennis met gemeenten. Zo voorkomen we problemen in plaats van ze achteraf vast "
                "te stellen."
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
                        "In elke regio organiseren we bijeenkomsten waar ambtenaren van "
                        "gemeenten en de provincie kennis en ervaringen delen. Bijvoorbeeld over "
                        "archiefbeheer, vergunningverlening en de huisvesting van statushouders."
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
                    "<p>De provincie is de toezichthouder op gemeenten voor onder "
                    "meer:</p><ul><li>de financiën van gemeenten en gemeenschappelijke "
                    "regelingen;</li><li>archief- en "
                    "informatiebeheer;</li><li>vergunningverlening, toezicht en handhaving in de "
                    "fysieke leefomgeving;</li><li>de huisvesting van vergunninghouders "
                    "(statushouders).</li></ul><p>Het uitgangspunt is dat de gemeenteraad het "
                    "college als eerste controleert. Ons toezicht komt daar bovenop. Voor "
                    "gemeenschappelijke regelingen van gemeenten is de provincie de financieel "
                    "toezichthouder: zij sturen hun begroting aan Gedeputeerde Staten.</p>",
                ),
                ("heading", {"text": "Eerst het gesprek", "level": "h2"}),
                (
                    "paragraph",
                    "<p>We gebruiken zoveel mogelijk informatie die de gemeente al heeft, zoals "
                    "de begroting, de jaarrekening en verslagen aan de raad. Zien we een risico, "
                    "dan bellen we eerst. Samen maken we afspraken die passen bij de gemeente: "
                    "een verbeterplan, extra ondersteuning of een vervolggesprek. Een kleine "
                    "gemeente met weinig specialisten vraagt een andere aanpak dan een grote "
                    "stad.</p><p>De wet geeft de provincie ook zwaardere middelen, zoals een "
                    "aanwijzing of indeplaatsstelling. Die gebruiken we alleen als het gesprek "
                    "niet werkt.</p>",
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
                "We start the conversation about inter-administrative supervision early and "
                "share knowledge with municipalities, so that we prevent problems instead of "
                "establishing them afterwards."
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
                        "Once a year we organise a meeting on supervision for all municipalities "
                        "in the province. We discuss what stood out in our supervision over the "
                        "past year, and municipalities share examples of their own."
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
                    "<p>The province supervises municipalities in areas "
                    "including:</p><ul><li>the finances of municipalities and joint "
                    "arrangements;</li><li>records and information management;</li><li>permits, "
                    "inspection and enforcement in the physical living "
                    "environment;</li><li>housing for refugees with a residence permit "
                    "(vergunninghouders).</li></ul><p>The starting point is that the municipal "
                    "council is the first to hold the municipal executive to account. Our "
                    "supervision comes on top of that. For joint arrangements between "
                    "municipalities, the province is the financial supervisor: they send their "
                    "budget to the Provincial Executive (Gedeputeerde Staten).</p>",
                ),
                ("heading", {"text": "Conversation first", "level": "h2"}),
                (
                    "paragraph",
                    "<p>As far as possible we use information the municipality already has, such "
                    "as its budget, its annual accounts and its reports to the council. If we "
                    "see a risk, we pick up the phone first. Together we make agreements that "
                    "suit the municipality: an improvement plan, extra support or a follow-up "
                    "meeting. A small municipality with few specialists needs a different "
                    "approach from a large city.</p><p>The law also gives the province stronger "
                    "measures, such as a formal instruction or taking over the task "
                    "(indeplaatsstelling). We only use them if the conversation does not "
                    "work.</p>",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Supervision works best when a municipality calls us before "
                            "something goes wrong, not after."
                        ),
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
                "Overheden werken samen in een complex geheel van verbanden. We maken zichtbaar "
                "hoe die verbanden met elkaar samenhangen."
            ),
            "problem": (
                "<p>Gemeenten, waterschappen en de provincie werken samen in gemeenschappelijke "
                "regelingen, stichtingen, vennootschappen en netwerken. Veel verbanden hangen "
                "met elkaar samen: dezelfde deelnemers, dezelfde bestuurders, soms dezelfde "
                "taken.</p><ul><li>Niemand heeft een volledig en actueel "
                "overzicht.</li><li>Raads- en Statenleden zien niet goed waar zij zeggenschap "
                "hebben en welke financiële risico's daarbij horen.</li><li>Zonder overzicht is "
                "het lastig om samenwerking effectief in te richten en dubbel werk te "
                "voorkomen.</li></ul>"
            ),
            "goal": (
                "Er is een digitaal en actueel overzicht van samenwerkingsverbanden. Zo ziet "
                "iedereen wie met wie samenwerkt, en kunnen overheden hun samenwerking "
                "effectiever inrichten."
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
                        "In een netwerkweergave laten we zien hoe verbanden met elkaar "
                        "samenhangen: via gedeelde deelnemers, bestuurders of taken. Dezelfde "
                        "informatie staat ook in een tabel, voor wie de weergave niet kan of wil "
                        "gebruiken."
                    ),
                    "status": "lopend",
                    "team": "Team Verbonden Partijen",
                    "timeframe": "Q3 2026 – Q2 2027",
                },
                {
                    "title": "Factsheets om te downloaden",
                    "description": (
                        "Van elk samenwerkingsverband, elke organisatie en elke selectie uit het "
                        "register kunt u een factsheet als pdf downloaden. Handig als "
                        "voorbereiding op een raadsvergadering of een bestuurlijk overleg."
                    ),
                    "status": "afgerond",
                    "team": "Team Verbonden Partijen",
                    "timeframe": "Q3 2026",
                },
                {
                    "title": "Het overzicht actueel houden",
                    "description": (
                        "Samen met gemeenten en de verbanden zelf houden we het register "
                        "actueel. We controleren de gegevens minstens één keer per jaar, na het "
                        "vaststellen van de begrotingen en jaarrekeningen."
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
                    "<p>Het register bevat de gemeenschappelijke regelingen en andere verbanden "
                    "waarin ten minste één overheid uit de provincie deelneemt. We halen de "
                    "gegevens zoveel mogelijk uit openbare bronnen, zoals de gepubliceerde "
                    "regelingen, begrotingen en jaarrekeningen. Per samenwerkingsverband vindt "
                    "u:</p><ul><li>de naam, het doel en de taken;</li><li>de rechtsvorm, "
                    "bijvoorbeeld een gemeenschappelijke regeling, stichting of "
                    "vennootschap;</li><li>de deelnemers en hun vertegenwoordiging in het "
                    "bestuur;</li><li>de samenhang met andere verbanden;</li><li>links naar de "
                    "regeling, de begroting en de jaarrekening.</li></ul>",
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
                    "<p>Raads- en Statenleden zien in één oogopslag in welke verbanden hun "
                    "gemeente of provincie deelneemt. Dat helpt bij het bespreken van "
                    "begrotingen en zienswijzen. Ambtenaren gebruiken het register om partners "
                    "te vinden en dubbel werk te voorkomen. Inwoners en journalisten kunnen "
                    "nagaan wie verantwoordelijk is voor een taak.</p><p>Ziet u een fout of "
                    "ontbreekt er een verband? Laat het ons weten, dan passen we het aan.</p>",
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
                "interconnected: the same participants, the same administrators, sometimes the "
                "same tasks.</p><ul><li>Nobody has a complete and up-to-date "
                "overview.</li><li>Council members and members of the Provincial Council cannot "
                "easily see where they have a say and which financial risks come with "
                "it.</li><li>Without an overview it is hard to organise collaboration "
                "effectively and to avoid duplication.</li></ul>"
            ),
            "goal": (
                "A digital, up-to-date overview of partnerships, so that everyone can see who "
                "works with whom and governments can organise their collaboration more "
                "effectively."
            ),
            "actions": [
                {
                    "title": "A digital register of partnerships",
                    "description": (
                        "We are building a searchable register of the partnerships in which "
                        "governments in the province take part. For each partnership you can see "
                        "the participants, the legal form, the tasks and the key documents."
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
                        "register you can download a factsheet as a PDF. Useful when preparing "
                        "for a council meeting or an administrative consultation."
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
                    "<p>The register contains the joint arrangements and other partnerships in "
                    "which at least one government from the province takes part. As far as "
                    "possible we take the information from public sources, such as the published "
                    "arrangements, budgets and annual accounts. For each partnership you will "
                    "find:</p><ul><li>its name, purpose and tasks;</li><li>its legal form, for "
                    "example a joint arrangement (gemeenschappelijke regeling), a foundation or "
                    "a company;</li><li>the participants and their representation on the "
                    "board;</li><li>its connections with other partnerships;</li><li>links to "
                    "the arrangement itself, the budget and the annual accounts.</li></ul>",
                ),
                (
                    "key_figure",
                    {
                        "value": "25",
                        "label": (
                            "safety regions in the Netherlands, each a joint arrangement of the "
                            "municipalities in that region"
                        ),
                        "source": "Government of the Netherlands",
                    },
                ),
                ("heading", {"text": "How to use the overview", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Council members and members of the Provincial Council can see at a "
                    "glance which partnerships their municipality or province takes part in. "
                    "That helps when discussing budgets and formal opinions (zienswijzen). Civil "
                    "servants use the register to find partners and avoid duplication. Residents "
                    "and journalists can check who is responsible for a task.</p><p>Have you "
                    "spotted an error, or is a partnership missing? Let us know and we will "
                    "correct it.</p>",
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
                "Een verzameling praktische hulpmiddelen voor samenwerking: van een rollenkaart "
                "tot een checklist voor een nieuwe gemeenschappelijke regeling."
            ),
            "for_whom": (
                "<p>Voor bestuurders, ambtenaren en raads- en Statenleden die een samenwerking "
                "starten, willen verbeteren of evalueren. U hoeft niet samen te werken met de "
                "provincie om de hulpmiddelen te gebruiken.</p>"
            ),
            "how_to_apply": (
                "<p>De meeste hulpmiddelen kunt u direct downloaden en gebruiken. Wilt u "
                "begeleiding bij het gebruik?</p><ol><li>Stuur een e-mail met uw vraag en met "
                "welke partners u samenwerkt.</li><li>Binnen tien werkdagen neemt een adviseur "
                "contact met u op.</li><li>Samen kiezen we het hulpmiddel dat past en spreken we "
                "af wie wat doet.</li></ol>"
            ),
            "contact_name": "Team Regionale Samenwerking",
            "body": [
                ("heading", {"text": "Wat zit er in de koffer?", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li><b>Rollenkaart.</b> Breng samen in beeld wie eigenaar, "
                    "opdrachtgever, financier en toezichthouder is.</li><li><b>Fasescan.</b> "
                    "Bepaal met uw partners in welke fase uw samenwerking zit en welke vragen "
                    "daarbij horen.</li><li><b>Checklist gemeenschappelijke regeling.</b> Welke "
                    "vorm past bij uw samenwerking, en wat moet er in de regeling "
                    "staan?</li><li><b>Werkvorm voor een evaluatie.</b> Een opzet voor een "
                    "bijeenkomst waarin u met partners terugkijkt en "
                    "vooruitkijkt.</li><li><b>Handreiking voor raads- en Statenleden.</b> Hoe "
                    "stelt u kaders en controleert u een samenwerkingsverband?</li></ul>",
                ),
                (
                    "paragraph",
                    "<p>Alle hulpmiddelen zijn gratis. We vullen de koffer steeds aan met wat "
                    "gemeenten en partners zelf ontwikkelen. Hebt u een goed voorbeeld? Deel het "
                    "met ons.</p>",
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
                    "<ul><li><b>Role map.</b> Work out together who is owner, client, funder and "
                    "supervisor.</li><li><b>Phase scan.</b> Determine with your partners which "
                    "phase your collaboration is in and which questions come with "
                    "it.</li><li><b>Joint arrangement checklist.</b> Which form of joint "
                    "arrangement (gemeenschappelijke regeling) suits your collaboration, and "
                    "what should the arrangement contain?</li><li><b>Evaluation workshop.</b> An "
                    "outline for a meeting in which you look back and ahead with your "
                    "partners.</li><li><b>Guide for elected representatives.</b> How do you set "
                    "frameworks for a partnership and hold it to account?</li></ul>",
                ),
                (
                    "paragraph",
                    "<p>All tools are free of charge. We keep adding to the toolkit with tools "
                    "that municipalities and partners develop themselves. Do you have a good "
                    "example? Share it with us.</p>",
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
                "<p>Voor gemeenten en gemeenschappelijke regelingen die willen weten hoe "
                "financieel gezond hun verbonden partijen zijn. De scan helpt bij het opstellen "
                "van de begroting en de paragraaf verbonden partijen, en bij het gesprek "
                "daarover in de raad.</p>"
            ),
            "how_to_apply": (
                "<p>U vraagt de scan aan per e-mail.</p><ol><li>Geef aan om welke verbonden "
                "partijen het gaat en wat u wilt weten.</li><li>Stuur de meest recente begroting "
                "en jaarrekening mee, als die nog niet openbaar zijn.</li><li>Binnen zes weken "
                "ontvangt u een rapport met bevindingen en aandachtspunten.</li><li>We bespreken "
                "de uitkomsten met u. Als u dat wilt, ook met uw raad of "
                "auditcommissie.</li></ol>"
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
                    "<p>De Financiële scan is een dienst, geen onderdeel van het "
                    "interbestuurlijk toezicht. De uitkomsten zijn van u. We gebruiken ze niet "
                    "in ons toezicht, tenzij u daar zelf voor kiest. Zo kunt u open met ons "
                    "praten over de risico's die u ziet.</p>",
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
                "healthy their affiliated parties (verbonden partijen) are. The scan helps you "
                "draw up your budget and its section on affiliated parties, and supports the "
                "discussion about them in the council.</p>"
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
                    "<p>The Financial scan is a service, not part of inter-administrative "
                    "supervision. The results belong to you. We do not use them in our "
                    "supervision unless you choose to share them for that purpose. This means "
                    "you can talk openly with us about the risks you see.</p>",
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
                "Met Stimulans in Samenwerking ondersteunen we nieuwe of vastgelopen "
                "samenwerkingen met begeleiding en een financiële bijdrage."
            ),
            "for_whom": (
                "<p>Voor ten minste twee overheden, zoals gemeenten en waterschappen, die samen "
                "een maatschappelijke opgave willen aanpakken. Maatschappelijke organisaties en "
                "bedrijven kunnen meedoen, zolang een overheid de aanvraag indient.</p>"
            ),
            "how_to_apply": (
                "<p>Zo vraagt u Stimulans in Samenwerking aan:</p><ol><li>Bespreek uw idee eerst "
                "met een adviseur van het team.</li><li>Dien een korte aanvraag in: wat is de "
                "opgave, wie doen er mee, wat is het plan en wat kost het?</li><li>U krijgt "
                "binnen acht weken een besluit.</li><li>Na afloop deelt u uw ervaringen, "
                "bijvoorbeeld op een netwerkdag.</li></ol>"
            ),
            "contact_name": "Team Regionale Samenwerking",
            "body": [
                ("heading", {"text": "Wat kunt u krijgen?", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li>begeleiding door een onafhankelijke procesbegeleider;</li><li>een "
                    "verkenning of haalbaarheidsonderzoek voor een nieuwe "
                    "samenwerking;</li><li>een financiële bijdrage van maximaal € 25.000 per "
                    "aanvraag. De deelnemers betalen zelf ten minste de helft van de "
                    "kosten.</li></ul>",
                ),
                ("heading", {"text": "Waar letten we op?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>We kijken of er een gedeelde opgave is die de deelnemers alleen niet "
                    "goed kunnen oppakken. Ook willen we zien dat bestuurders zich achter de "
                    "samenwerking scharen en dat de rollen en afspraken duidelijk zijn. Een "
                    "samenwerking die na de steun zelfstandig verder kan, heeft onze "
                    "voorkeur.</p>",
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
                "<p>For at least two governments, such as municipalities and water authorities, "
                "that want to tackle a societal challenge together. Civil society organisations "
                "and businesses can take part, as long as a government submits the "
                "application.</p>"
            ),
            "how_to_apply": (
                "<p>This is how to apply for Stimulus for Collaboration:</p><ol><li>First "
                "discuss your idea with an adviser from the team.</li><li>Submit a short "
                "application: what is the challenge, who is taking part, what is the plan and "
                "what will it cost?</li><li>You will receive a decision within eight "
                "weeks.</li><li>Afterwards you share your experience, for example at a network "
                "day.</li></ol>"
            ),
            "contact_name": "Regional Collaboration Team",
            "body": [
                ("heading", {"text": "What can you get?", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li>guidance from an independent process facilitator;</li><li>an "
                    "exploratory or feasibility study for a new collaboration;</li><li>a "
                    "financial contribution of up to €25,000 per application. The participants "
                    "pay at least half of the costs themselves.</li></ul>",
                ),
                ("heading", {"text": "What do we look for?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>We check whether there is a shared challenge that the participants "
                    "cannot properly tackle on their own. We also want to see that the "
                    "administrators back the collaboration and that roles and agreements are "
                    "clear. We prefer collaborations that can continue independently once the "
                    "support ends.</p>",
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
                    "<p>We volgen wat er in Den Haag en Brussel speelt en laten gemeenten op "
                    "tijd weten wat eraan komt. Is er een kans of een risico voor de regio? Dan "
                    "zoeken we samen naar een gezamenlijke boodschap. Die brengen we in op het "
                    "moment dat het ertoe doet: voordat het besluit valt, niet erna.</p>",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Eén stem uit de regio wordt in Den Haag beter gehoord dan tien losse."
                        ),
                        "attribution": "Gedeputeerde voor bestuur",
                    },
                ),
            ],
        },
        "en": {
            "title": "Representing interests to central government",
            "slug": "representing-interests-to-central-government",
            "intro": (
                "We bundle the interests of municipalities and regions and present them together "
                "to central government and, where needed, to the European Union."
            ),
            "for_whom": (
                "<p>For municipalities, regions and partners facing a challenge for which they "
                "need central government: for legislation, for funding or for implementation.</p>"
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
                    "<p>We follow what is happening in The Hague and Brussels and let "
                    "municipalities know in good time what is coming. Is there an opportunity or "
                    "a risk for the region? Then we look for a shared message together and put "
                    "it forward when it matters: before the decision is taken, not after.</p>",
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

# ---------------------------------------------------------------------------
# Knowledge base
# ---------------------------------------------------------------------------

KNOWLEDGE_INDEX = {
    "nl": {
        "title": "Kennisbank",
        "slug": "kennisbank",
        "intro": (
            "Artikelen, handreikingen en achtergronden over samenwerking tussen overheden. Filter "
            "op thema, doelgroep of programmalijn."
        ),
    },
    "en": {
        "title": "Knowledge base",
        "slug": "knowledge-base",
        "intro": (
            "Articles, guides and background on collaboration between governments. Filter by "
            "theme, audience or programme line."
        ),
    },
}

ARTICLES = [
    # Wat is een gemeenschappelijke regeling? --------------------------------
    {
        "programme_line": 5,
        "audiences": ["volksvertegenwoordigers", "ambtenaren", "bestuurders"],
        "tags": ["wgr", "samenwerking"],
        "publication_date": "2025-11-18",
        "author": "Redactie Samenwerkingsportaal",
        "nl": {
            "title": "Wat is een gemeenschappelijke regeling?",
            "slug": "wat-is-een-gemeenschappelijke-regeling",
            "intro": (
                "Een gemeenschappelijke regeling is de wettelijke basis voor veel samenwerking "
                "tussen overheden; we leggen uit hoe die werkt en welke vormen er zijn."
            ),
            "summary": (
                "Gemeenten, provincies en waterschappen kunnen taken samen uitvoeren via een "
                "gemeenschappelijke regeling op basis van de Wet gemeenschappelijke regelingen "
                "(Wgr). De wet kent vijf vormen, van een lichte afspraak tot een organisatie met "
                "een eigen bestuur. De vorm bepaalt hoeveel zeggenschap de deelnemers houden."
            ),
            "team": "Team Verbonden Partijen",
            "body": [
                (
                    "paragraph",
                    "<p>Overheden mogen taken en bevoegdheden samen uitvoeren. De <a "
                    'href="https://wetten.overheid.nl/BWBR0003740/">Wet gemeenschappelijke '
                    "regelingen (Wgr)</a> regelt hoe dat gaat. De deelnemers leggen hun "
                    "afspraken vast in een gemeenschappelijke regeling: een soort statuten van "
                    "de samenwerking. Daarin staat onder meer welke taken de samenwerking "
                    "uitvoert, wie er in het bestuur zit, hoe de kosten worden verdeeld en hoe "
                    "een deelnemer kan uittreden.</p><p>Bekende voorbeelden zijn de "
                    "veiligheidsregio's, de GGD'en en de omgevingsdiensten. Maar ook een "
                    "gezamenlijke belastingdienst of een regionale sociale dienst is vaak een "
                    "gemeenschappelijke regeling.</p>",
                ),
                ("heading", {"text": "De vijf vormen", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li><b>Openbaar lichaam.</b> Een zelfstandige organisatie met "
                    "rechtspersoonlijkheid en een eigen bestuur: een algemeen bestuur, een "
                    "dagelijks bestuur en een voorzitter. De deelnemers kunnen er bevoegdheden "
                    "aan overdragen. Dit is de zwaarste en meest gebruikte "
                    "vorm.</li><li><b>Gemeenschappelijk orgaan.</b> Een bestuursorgaan zonder "
                    "rechtspersoonlijkheid. Het kan geen personeel in dienst nemen en geen "
                    "eigendommen hebben. Geschikt voor lichtere samenwerking, zoals afstemming "
                    "of gezamenlijke advisering.</li><li><b>Bedrijfsvoeringsorganisatie.</b> Een "
                    "rechtspersoon met één bestuur, bedoeld voor uitvoerende en ondersteunende "
                    "taken, zoals ICT, inkoop of belastingen. Deze vorm bestaat sinds "
                    "2015.</li><li><b>Centrumgemeenteconstructie.</b> Eén gemeente voert een "
                    "taak uit voor de andere deelnemers. Er ontstaat geen nieuwe organisatie: de "
                    "centrumgemeente krijgt mandaat of bevoegdheden van de "
                    "anderen.</li><li><b>Regeling zonder meer.</b> Afspraken zonder nieuw orgaan "
                    "en zonder centrumgemeente, bijvoorbeeld over het gezamenlijk gebruik van "
                    "een voorziening.</li></ul>",
                ),
                (
                    ("heading"),
                    {("text"): ("Wat betekent dit voor raads- en Statenleden?"), ("level"): ("h2")},
                ),
                (
                    "paragraph",
                    "<p>Een gemeenschappelijke regeling is <i>verlengd lokaal bestuur</i>. Het "
                    "bestuur ervan wordt niet rechtstreeks gekozen. De democratische controle "
                    "loopt via de gemeenteraden en Provinciale Staten van de deelnemers. Sinds "
                    "de wijziging van de Wgr op 1 juli 2022 hebben zij meer mogelijkheden. Zo "
                    "krijgen zij twaalf weken de tijd voor een zienswijze op de "
                    "ontwerpbegroting, en kunnen de deelnemers een gemeenschappelijke "
                    "adviescommissie van raadsleden instellen.</p>",
                ),
                (
                    "key_figure",
                    {
                        "value": "25",
                        "label": "veiligheidsregio's, elk een gemeenschappelijke regeling van de "
                        "gemeenten in die regio",
                        "source": "Rijksoverheid",
                    },
                ),
            ],
        },
        "en": {
            "title": "What is a joint arrangement (gemeenschappelijke regeling)?",
            "slug": "what-is-a-joint-arrangement",
            "intro": (
                "A joint arrangement is the legal basis for much of the collaboration between "
                "Dutch governments; we explain how it works and which forms exist."
            ),
            "summary": (
                "Municipalities, provinces and water authorities can carry out tasks together "
                "through a joint arrangement (gemeenschappelijke regeling) under the Joint "
                "Arrangements Act (Wet gemeenschappelijke regelingen, Wgr). The Act offers five "
                "forms, from a light agreement to an organisation with its own board. The form "
                "determines how much say the participants keep."
            ),
            "team": "Affiliated Parties Team",
            "body": [
                (
                    "paragraph",
                    "<p>Dutch governments may carry out tasks and exercise powers together. The "
                    '<a href="https://wetten.overheid.nl/BWBR0003740/">Joint Arrangements Act '
                    "(Wgr)</a> sets out how. The participants record their agreements in a joint "
                    "arrangement (gemeenschappelijke regeling), a kind of articles of "
                    "association for the collaboration. It states, among other things, which "
                    "tasks the partnership carries out, who sits on its board, how costs are "
                    "shared and how a participant can withdraw.</p><p>Well-known examples are "
                    "the safety regions, the regional public health services (GGD) and the "
                    "environmental services. A shared municipal tax office or a regional social "
                    "services department is often a joint arrangement too.</p>",
                ),
                ("heading", {"text": "The five forms", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li><b>Public body (openbaar lichaam).</b> An independent organisation "
                    "with legal personality and its own board: a general board, an executive "
                    "board and a chair. Participants can transfer powers to it. This is the most "
                    "far-reaching and most common form.</li><li><b>Joint body (gemeenschappelijk "
                    "orgaan).</b> An administrative body without legal personality. It cannot "
                    "employ staff or own property. Suitable for lighter collaboration, such as "
                    "coordination or joint advice.</li><li><b>Operational management "
                    "organisation (bedrijfsvoeringsorganisatie).</b> A legal entity with a "
                    "single board, intended for operational and support tasks such as IT, "
                    "procurement or taxes. This form has existed since 2015.</li><li><b>Central "
                    "municipality arrangement (centrumgemeenteconstructie).</b> One municipality "
                    "carries out a task for the other participants. No new organisation is "
                    "created: the central municipality is mandated or given powers by the "
                    "others.</li><li><b>Arrangement without a body (regeling zonder meer).</b> "
                    "Agreements without a new body or a central municipality, for instance on "
                    "the shared use of a facility.</li></ul>",
                ),
                (
                    ("heading"),
                    {
                        ("text"): ("What does this mean for elected representatives?"),
                        ("level"): ("h2"),
                    },
                ),
                (
                    "paragraph",
                    "<p>A joint arrangement is an <i>extension of local government</i> (verlengd "
                    "lokaal bestuur). Its board is not directly elected; democratic control runs "
                    "through the municipal councils and Provincial Councils of the participants. "
                    "Since the Wgr was amended on 1 July 2022, they have more options. For "
                    "example, they now have twelve weeks to submit a formal opinion (zienswijze) "
                    "on the draft budget, and the participants can set up a joint advisory "
                    "committee of council members.</p>",
                ),
                (
                    "key_figure",
                    {
                        "value": "25",
                        "label": (
                            "safety regions, each a joint arrangement of the municipalities in "
                            "that region"
                        ),
                        "source": "Government of the Netherlands",
                    },
                ),
            ],
        },
    },
    # Fasen van een samenwerking ---------------------------------------------
    {
        "programme_line": 1,
        "audiences": ["bestuurders", "ambtenaren"],
        "tags": ["samenwerking", "rollen"],
        "publication_date": "2025-12-09",
        "author": "",
        "nl": {
            "title": "De fasen van een samenwerking",
            "slug": "fasen-van-een-samenwerking",
            "intro": (
                "Elke samenwerking doorloopt fasen, en elke fase vraagt om andere vragen en rollen."
            ),
            "summary": (
                "Een samenwerking is nooit af. Van de eerste verkenning tot het moment van "
                "bijsturen of stoppen: elke fase vraagt iets anders van bestuurders, ambtenaren "
                "en volksvertegenwoordigers. Wie op tijd weet in welke fase een samenwerking "
                "zit, voorkomt veel knelpunten."
            ),
            "team": "Team Regionale Samenwerking",
            "body": [
                (
                    "paragraph",
                    "<p>Veel problemen in samenwerking ontstaan niet door onwil, maar doordat "
                    "partners denken dat ze in een andere fase zitten. De een wil nog verkennen, "
                    "de ander wil al besluiten. Daarom helpt het om de fasen te benoemen. Wij "
                    "onderscheiden er vijf.</p>",
                ),
                ("heading", {"text": "Vijf fasen", "level": "h2"}),
                (
                    "paragraph",
                    "<ol><li><b>Verkennen.</b> Is er een gedeelde opgave? Wie heeft er belang "
                    "bij, en wat wil elke partner bereiken? In deze fase is openheid "
                    "belangrijker dan structuur.</li><li><b>Vormgeven.</b> De partners kiezen "
                    "een vorm: een convenant, een netwerk of een gemeenschappelijke regeling. Ze "
                    "maken afspraken over taken, geld en zeggenschap. Raden en Staten stellen de "
                    "kaders.</li><li><b>Uitvoeren.</b> De samenwerking levert resultaten. "
                    "Bestuurders sturen op hoofdlijnen, ambtenaren werken samen in de uitvoering "
                    "en volksvertegenwoordigers controleren.</li><li><b>Evalueren en "
                    "bijsturen.</b> Helpt de samenwerking nog bij de opgave? Past de vorm nog? "
                    "Een evaluatie is een goed moment om rollen en afspraken opnieuw te "
                    "bespreken.</li><li><b>Herzien of afbouwen.</b> Soms is de opgave klaar of "
                    "veranderd. Dan is het nodig om de samenwerking aan te passen, samen te "
                    "voegen of netjes te beëindigen.</li></ol>",
                ),
                ("heading", {"text": "Let op de overgangen", "level": "h2"}),
                (
                    "paragraph",
                    "<p>De meeste knelpunten ontstaan bij de overgang van de ene fase naar de "
                    "volgende. Bijvoorbeeld als een netwerk uitgroeit tot een organisatie met "
                    "personeel en een eigen begroting. Dan verandert de rol van de partners: van "
                    "meedenker naar eigenaar en financier. Bespreek zo'n overgang bewust en leg "
                    "de nieuwe rollen vast.</p><p>In de Instrumentenkoffer vindt u een fasescan. "
                    "Daarmee bepaalt u samen met uw partners in welke fase uw samenwerking "
                    "zit.</p>",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "We dachten dat we nog aan het verkennen waren, terwijl onze "
                            "partners al een begroting hadden gemaakt."
                        ),
                        "attribution": (
                            "Beleidsadviseur van een gemeente, tijdens een sessie over rollen"
                        ),
                    },
                ),
            ],
        },
        "en": {
            "title": "The phases of a collaboration",
            "slug": "phases-of-a-collaboration",
            "intro": (
                "Every collaboration goes through phases, and each phase raises different "
                "questions and calls for different roles."
            ),
            "summary": (
                "A collaboration is never finished. From the first exploration to the moment of "
                "adjusting course or stopping, each phase asks something different of "
                "administrators, civil servants and elected representatives. Knowing in time "
                "which phase a collaboration is in prevents many bottlenecks."
            ),
            "team": "Regional Collaboration Team",
            "body": [
                (
                    "paragraph",
                    "<p>Many problems in collaboration are not caused by unwillingness, but by "
                    "partners who think they are in a different phase. One still wants to "
                    "explore, the other already wants to decide. That is why it helps to name "
                    "the phases. We distinguish five.</p>",
                ),
                ("heading", {"text": "Five phases", "level": "h2"}),
                (
                    "paragraph",
                    "<ol><li><b>Exploring.</b> Is there a shared challenge? Who has a stake in "
                    "it, and what does each partner want to achieve? In this phase openness "
                    "matters more than structure.</li><li><b>Shaping.</b> The partners choose a "
                    "form: a covenant, a network or a joint arrangement. They agree on tasks, "
                    "money and control. Councils set the "
                    "frameworks.</li><li><b>Implementing.</b> The collaboration delivers "
                    "results. Administrators steer on the main lines, civil servants work "
                    "together on delivery and elected representatives hold them to "
                    "account.</li><li><b>Evaluating and adjusting.</b> Does the collaboration "
                    "still serve the challenge? Does the form still fit? An evaluation is a good "
                    "moment to discuss roles and agreements again.</li><li><b>Revising or "
                    "winding down.</b> Sometimes the challenge has been met or has changed. Then "
                    "the collaboration needs to be adapted, merged or properly ended.</li></ol>",
                ),
                ("heading", {"text": "Watch the transitions", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Most bottlenecks arise in the transition from one phase to the next, for "
                    "example when a network grows into an organisation with staff and its own "
                    "budget. The partners' role then changes from sounding board to owner and "
                    "funder. Discuss such a transition deliberately and record the new "
                    "roles.</p><p>The Collaboration toolkit includes a phase scan, which helps "
                    "you and your partners determine which phase your collaboration is in.</p>",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "We thought we were still exploring, while our partners had already "
                            "drawn up a budget."
                        ),
                        "attribution": "Municipal policy adviser, during a session on roles",
                    },
                ),
            ],
        },
    },
    # IBT in dialoog (1) ------------------------------------------------------
    {
        "programme_line": 4,
        "audiences": ["bestuurders", "ambtenaren", "volksvertegenwoordigers"],
        "tags": ["toezicht", "dialoog", "financien"],
        "publication_date": "2026-01-20",
        "author": "Redactie Samenwerkingsportaal",
        "nl": {
            "title": "Interbestuurlijk toezicht: eerst het gesprek",
            "slug": "interbestuurlijk-toezicht-eerst-het-gesprek",
            "intro": (
                "Bij interbestuurlijk toezicht kiest de provincie voor het gesprek aan de "
                "voorkant, in plaats van controle achteraf."
            ),
            "summary": (
                "Als toezichthouder kijkt de provincie of gemeenten een aantal wettelijke taken "
                "goed uitvoeren. We doen dat zoveel mogelijk in dialoog: we bespreken risico's "
                "vroeg en maken afspraken op maat. Zwaardere middelen zetten we pas in als het "
                "gesprek niet werkt."
            ),
            "team": "Team Interbestuurlijk Toezicht",
            "body": [
                ("heading", {"text": "Waar houden we toezicht op?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>De provincie houdt toezicht op de manier waarop gemeenten een aantal "
                    "wettelijke taken uitvoeren. Dit heet interbestuurlijk toezicht (IBT). Het "
                    "gaat om:</p><ul><li>de financiën van gemeenten en van gemeenschappelijke "
                    "regelingen;</li><li>archief- en "
                    "informatiebeheer;</li><li>vergunningverlening, toezicht en handhaving in de "
                    "fysieke leefomgeving;</li><li>de huisvesting van vergunninghouders "
                    "(statushouders).</li></ul>",
                ),
                ("heading", {"text": "Zo werkt het gesprek aan de voorkant", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Elk jaar bespreken we met iedere gemeente hoe zij ervoor staat. We "
                    "gebruiken daarvoor informatie die de gemeente al heeft, zoals de begroting, "
                    "de jaarrekening en verslagen aan de raad. We vragen niet meer op dan "
                    "nodig.</p><p>Ziet de gemeente of de provincie een risico? Dan maken we "
                    "samen afspraken, bijvoorbeeld over een verbeterplan, extra ondersteuning of "
                    "een vervolggesprek. Zo houdt de gemeente zelf de regie. De raad blijft de "
                    "eerste die het college controleert; ons toezicht vult dat aan.</p>",
                ),
                (
                    "quote",
                    {
                        "text": "Toezicht werkt het best als een gemeente ons belt voordat er iets "
                        "misgaat, niet erna.",
                        "attribution": "Teamleider Interbestuurlijk Toezicht",
                    },
                ),
                ("heading", {"text": "Als het gesprek niet helpt", "level": "h2"}),
                (
                    "paragraph",
                    "<p>De wet geeft de provincie zwaardere middelen, de zogenoemde "
                    "interventieladder. Na signaleren en het gesprek kan de provincie een "
                    "aanwijzing geven. Het uiterste middel is indeplaatsstelling: dan voert de "
                    "provincie de taak zelf uit, op kosten van de gemeente. Bij het financieel "
                    "toezicht kan de provincie een gemeente onder preventief toezicht plaatsen "
                    "als de begroting niet in evenwicht is. We gebruiken deze middelen zelden, "
                    "en altijd pas na overleg.</p>",
                ),
            ],
        },
        "en": {
            "title": "Inter-administrative supervision: dialogue first",
            "slug": "inter-administrative-supervision-dialogue-first",
            "intro": (
                "In inter-administrative supervision, the province chooses to talk early on rather "
                "than to check afterwards."
            ),
            "summary": (
                "As a supervisor, the province checks whether municipalities carry out a number "
                "of statutory tasks properly. We do this through dialogue as much as possible: "
                "we discuss risks early and make tailored agreements. We only use stronger "
                "measures when the conversation does not work."
            ),
            "team": "Inter-administrative Supervision Team",
            "body": [
                ("heading", {"text": "What do we supervise?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>The province supervises how municipalities carry out a number of statutory "
                    "tasks. This is called inter-administrative supervision (interbestuurlijk "
                    "toezicht, IBT). It covers:</p>"
                    "<ul>"
                    "<li>the finances of municipalities and of joint arrangements;</li>"
                    "<li>records and information management;</li>"
                    "<li>permits, inspection and enforcement in the physical living "
                    "environment;</li>"
                    "<li>housing for refugees with a residence permit (vergunninghouders).</li>"
                    "</ul>",
                ),
                ("heading", {"text": "How the early conversation works", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Every year we discuss with each municipality how it is doing. We use "
                    "information the municipality already has, such as its budget, its annual "
                    "accounts and its reports to the council. We ask for no more than we "
                    "need.</p><p>Does the municipality or the province see a risk? Then we make "
                    "agreements together, for instance about an improvement plan, extra support "
                    "or a follow-up meeting. That way the municipality stays in charge. The "
                    "council remains the first to hold the municipal executive to account; our "
                    "supervision adds to that.</p>",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Supervision works best when a municipality calls us before "
                            "something goes wrong, not after."
                        ),
                        "attribution": "Team leader, Inter-administrative Supervision",
                    },
                ),
                ("heading", {"text": "When the conversation does not help", "level": "h2"}),
                (
                    "paragraph",
                    "<p>The law gives the province stronger measures, known as the intervention "
                    "ladder. After flagging a problem and discussing it, the province can issue a "
                    "formal instruction. The last resort is taking over the task "
                    "(indeplaatsstelling): the province then carries it out itself, at the "
                    "municipality's expense. In financial supervision, the province can place a "
                    "municipality under preventive supervision if its budget is not balanced. We "
                    "rarely use these measures, and always only after consultation.</p>",
                ),
            ],
        },
    },
    # Data delen tussen overheden ---------------------------------------------
    {
        "programme_line": 3,
        "audiences": ["ambtenaren", "partners"],
        "tags": ["data", "samenwerking"],
        "publication_date": "2026-02-24",
        "author": "",
        "nl": {
            "title": "Data delen tussen overheden: wat mag en wat werkt?",
            "slug": "data-delen-tussen-overheden",
            "intro": "Overheden hebben elkaars data nodig, maar data delen gaat niet vanzelf.",
            "summary": (
                "Gemeenten, waterschappen en de provincie werken aan dezelfde opgaven, maar "
                "gebruiken vaak verschillende gegevens. Data delen helpt om samen beter te "
                "plannen. In dit artikel leest u waar u op moet letten: het doel, de afspraken, "
                "privacy en techniek."
            ),
            "team": "Team Data en Onderzoek",
            "body": [
                (
                    "paragraph",
                    "<p>Bij woningbouw, energie of bereikbaarheid hebben gemeenten en provincie "
                    "elkaars gegevens nodig. Toch delen we data vaak per e-mail, in losse "
                    "spreadsheets of helemaal niet. Dat kost tijd en leidt tot verschillende "
                    "cijfers over hetzelfde onderwerp.</p>",
                ),
                ("heading", {"text": "Vier vragen voordat u data deelt", "level": "h2"}),
                (
                    "paragraph",
                    "<ol><li><b>Wat is het doel?</b> Deel data voor een concrete opgave. Dan "
                    "weet iedereen waarom het nodig is en welke gegevens u echt nodig "
                    "hebt.</li><li><b>Gaat het om persoonsgegevens?</b> Veel beleidsdata zijn "
                    "opgeteld per gebied en bevatten geen persoonsgegevens. Is dat wel zo, dan "
                    "gelden de regels van de AVG. Betrek dan vroeg uw privacyadviseur of "
                    "functionaris gegevensbescherming.</li><li><b>Welke afspraken maken we?</b> "
                    "Leg vast wie eigenaar is van de data, hoe vaak ze worden bijgewerkt en wie "
                    "vragen beantwoordt. Een korte samenwerkingsovereenkomst is vaak "
                    "genoeg.</li><li><b>Hoe delen we?</b> Kies waar mogelijk voor open "
                    "standaarden en vaste koppelingen in plaats van losse bestanden. Dan blijven "
                    "de gegevens actueel.</li></ol>",
                ),
                ("heading", {"text": "Open, tenzij", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Het uitgangspunt van de provincie is: data zijn openbaar, tenzij er een "
                    "goede reden is om dat niet te doen, zoals privacy of veiligheid. Openbare "
                    "data zetten we op <a "
                    'href="https://data.overheid.nl/">data.overheid.nl</a>. Dan hoeft u ze '
                    "niet apart op te vragen en kan iedereen ermee werken.</p>",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Sinds we dezelfde woningbouwcijfers gebruiken, gaat het overleg "
                            "over keuzes en niet meer over wiens cijfer klopt."
                        ),
                        "attribution": "Beleidsmedewerker wonen van een regio",
                    },
                ),
            ],
        },
        "en": {
            "title": "Sharing data between governments: what is allowed and what works?",
            "slug": "sharing-data-between-governments",
            "intro": (
                "Governments need each other's data, but sharing it does not happen by itself."
            ),
            "summary": (
                "Municipalities, water authorities and the province work on the same challenges, "
                "but often use different data. Sharing data helps them plan better together. "
                "This article explains what to look out for: purpose, agreements, privacy and "
                "technology."
            ),
            "team": "Data and Research Team",
            "body": [
                (
                    "paragraph",
                    "<p>For housing, energy or accessibility, municipalities and the province "
                    "need each other's data. Yet we often share data by email, in separate "
                    "spreadsheets, or not at all. That takes time and leads to different figures "
                    "on the same subject.</p>",
                ),
                ("heading", {"text": "Four questions before you share data", "level": "h2"}),
                (
                    "paragraph",
                    "<ol><li><b>What is the purpose?</b> Share data for a specific challenge. "
                    "Then everyone knows why it is needed and which data you really "
                    "need.</li><li><b>Are personal data involved?</b> Much policy data is "
                    "aggregated by area and contains no personal data. If it does, the rules of "
                    "the GDPR (AVG in Dutch) apply. Involve your privacy adviser or data "
                    "protection officer early on.</li><li><b>What do we agree?</b> Record who "
                    "owns the data, how often it is updated and who answers questions. A short "
                    "collaboration agreement is often enough.</li><li><b>How do we share?</b> "
                    "Where possible, choose open standards and fixed connections rather than "
                    "separate files. That keeps the data up to date.</li></ol>",
                ),
                ("heading", {"text": "Open, unless", "level": "h2"}),
                (
                    "paragraph",
                    "<p>The province's principle is that data are public unless there is a good "
                    "reason not to publish them, such as privacy or security. We publish open "
                    'data on <a href="https://data.overheid.nl/">data.overheid.nl</a>, the '
                    "Dutch government's open data portal. You then do not need to request the "
                    "data separately, and anyone can work with it.</p>",
                ),
                (
                    "quote",
                    {
                        "text": "Since we started using the same housing figures, our meetings are "
                        "about choices, no longer about whose figure is right.",
                        "attribution": "Regional housing policy officer",
                    },
                ),
            ],
        },
    },
    # Financiële risico's verbonden partijen ------------------------------------
    {
        "programme_line": 5,
        "audiences": ["volksvertegenwoordigers", "bestuurders", "ambtenaren"],
        "tags": ["financien", "wgr"],
        "publication_date": "2026-03-31",
        "author": "Redactie Samenwerkingsportaal",
        "nl": {
            "title": "Financiële risico's van verbonden partijen",
            "slug": "financiele-risicos-verbonden-partijen",
            "intro": (
                "Waar uw organisatie bestuurlijk en financieel bij betrokken is, loopt u ook "
                "risico; de paragraaf verbonden partijen maakt dat zichtbaar."
            ),
            "summary": (
                "Gemeenten en provincies nemen in hun begroting en jaarstukken een paragraaf "
                "verbonden partijen op. Die paragraaf laat zien in welke organisaties u een "
                "bestuurlijk én een financieel belang hebt, en welke risico's daarbij horen. Zo "
                "kunnen raad en Staten hun controlerende rol goed invullen."
            ),
            "team": "Team Verbonden Partijen",
            "body": [
                ("heading", {"text": "Wat is een verbonden partij?", "level": "h2"}),
                (
                    "paragraph",
                    '<p>Het <a href="https://wetten.overheid.nl/BWBR0014606/">Besluit '
                    "begroting en verantwoording provincies en gemeenten (BBV)</a> noemt een "
                    "organisatie een verbonden partij als uw gemeente of provincie er een "
                    "<b>bestuurlijk belang</b> én een <b>financieel belang</b> in heeft. "
                    "Bestuurlijk belang betekent: u hebt zeggenschap, via een zetel in het "
                    "bestuur of via stemrecht. Financieel belang betekent: u bent geld kwijt als "
                    "de organisatie failliet gaat, of u bent aansprakelijk als zij haar "
                    "verplichtingen niet nakomt.</p><p>Voorbeelden zijn gemeenschappelijke "
                    "regelingen met een openbaar lichaam, aandelen in vennootschappen zoals een "
                    "afvalbedrijf, en stichtingen waarin u meebestuurt en geld hebt gestoken.</p>",
                ),
                ("heading", {"text": "Wat staat er in de paragraaf?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>In de paragraaf verbonden partijen staat in elk geval:</p><ul><li>uw "
                    "visie op verbonden partijen: waarom werkt u samen via deze "
                    "organisaties?</li><li>uw plannen met de verbonden partijen;</li><li>een "
                    "lijst met per partij het openbaar belang, uw financiële belang, het eigen "
                    "en vreemd vermogen en het financiële resultaat.</li></ul>",
                ),
                ("heading", {"text": "Waar zitten de risico's?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Bij een gemeenschappelijke regeling staan de deelnemers samen garant. "
                    "Heeft de regeling een tekort, dan betalen de deelnemers bij. Let daarom "
                    "op:</p><ul><li>het weerstandsvermogen van de verbonden partij: kan zij "
                    "tegenvallers zelf opvangen?</li><li>garanties en leningen die uw "
                    "organisatie heeft verstrekt;</li><li>open-einderegelingen, waarbij de "
                    "kosten meegroeien met de vraag, zoals in de jeugdzorg;</li><li>de afspraken "
                    "over uittreding: wat kost het als u wilt stoppen?</li></ul><p>Neem deze "
                    "risico's ook mee in de paragraaf weerstandsvermogen en risicobeheersing van "
                    "uw eigen begroting. Met de Financiële scan helpen we u om de risico's in "
                    "beeld te brengen.</p>",
                ),
            ],
        },
        "en": {
            "title": "The financial risks of affiliated parties",
            "slug": "financial-risks-of-affiliated-parties",
            "intro": (
                "Where your organisation has both a say and money at stake, it also runs a risk; "
                "the budget section on affiliated parties makes that visible."
            ),
            "summary": (
                "Municipalities and provinces include a section on affiliated parties (verbonden "
                "partijen) in their budget and annual accounts. It shows in which organisations "
                "you have both an administrative and a financial interest, and which risks come "
                "with them. This lets councils fulfil their scrutiny role properly."
            ),
            "team": "Affiliated Parties Team",
            "body": [
                ("heading", {"text": "What is an affiliated party?", "level": "h2"}),
                (
                    "paragraph",
                    '<p>The <a href="https://wetten.overheid.nl/BWBR0014606/">Budgeting and '
                    "Accountability Decree for provinces and municipalities (Besluit begroting "
                    "en verantwoording, BBV)</a> defines an affiliated party as an organisation "
                    "in which your municipality or province has both an <b>administrative "
                    "interest</b> and a <b>financial interest</b>. An administrative interest "
                    "means you have a say, through a seat on the board or voting rights. A "
                    "financial interest means you lose money if the organisation goes bankrupt, "
                    "or you are liable if it fails to meet its obligations.</p><p>Examples are "
                    "joint arrangements set up as a public body, shares in companies such as a "
                    "waste management company, and foundations whose board you sit on and in "
                    "which you have invested money.</p>",
                ),
                ("heading", {"text": "What does the section contain?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>The section on affiliated parties contains at least:</p><ul><li>your "
                    "vision on affiliated parties: why do you work through these "
                    "organisations?</li><li>your plans for the affiliated parties;</li><li>a "
                    "list showing, for each party, the public interest it serves, your financial "
                    "interest, its equity and liabilities, and its financial result.</li></ul>",
                ),
                ("heading", {"text": "Where are the risks?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>In a joint arrangement the participants jointly stand surety. If the "
                    "arrangement runs a deficit, the participants pay the difference. So pay "
                    "attention to:</p><ul><li>the affiliated party's risk-absorbing capacity: "
                    "can it absorb setbacks itself?</li><li>guarantees and loans your "
                    "organisation has provided;</li><li>open-ended schemes, where costs rise "
                    "with demand, as in youth care;</li><li>the agreements on withdrawal: what "
                    "does it cost if you want to leave?</li></ul><p>Also include these risks in "
                    "the section on risk-absorbing capacity and risk management of your own "
                    "budget. The Financial scan helps you map the risks.</p>",
                ),
            ],
        },
    },
    # Rollen en rolwisselingen --------------------------------------------------
    {
        "programme_line": 1,
        "audiences": ["bestuurders", "volksvertegenwoordigers", "ambtenaren"],
        "tags": ["rollen", "samenwerking"],
        "publication_date": "2026-05-12",
        "author": "",
        "nl": {
            "title": "Rollen en rolwisselingen in samenwerking",
            "slug": "rollen-en-rolwisselingen",
            "intro": (
                "Wie samenwerkt, heeft vaak meer dan één rol tegelijk; door die rollen te benoemen "
                "voorkomt u spraakverwarring."
            ),
            "summary": (
                "In een samenwerking kan één organisatie tegelijk eigenaar, opdrachtgever, "
                "financier en toezichthouder zijn. Elke rol vraagt om een andere houding. Wie de "
                "rollen benoemt en rolwisselingen hardop maakt, voorkomt misverstanden en "
                "conflicten."
            ),
            "team": "Team Regionale Samenwerking",
            "body": [
                (
                    "paragraph",
                    "<p>Neem een gemeente die deelneemt aan een regionale uitvoeringsdienst. De "
                    "wethouder zit in het algemeen bestuur en is daar mede-eigenaar. Tegelijk is "
                    "de gemeente opdrachtgever: zij neemt diensten af. En de raad controleert "
                    "wat het college in dat bestuur doet. Drie rollen, drie verschillende "
                    "belangen.</p>",
                ),
                ("heading", {"text": "Rollen die vaak door elkaar lopen", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li><b>Eigenaar</b> let op de continuïteit en financiële gezondheid van "
                    "de organisatie.</li><li><b>Opdrachtgever</b> let op de prestaties: krijg ik "
                    "wat ik heb gevraagd, tegen een redelijke prijs?</li><li><b>Financier</b> "
                    "let op de besteding van het geld dat hij "
                    "bijdraagt.</li><li><b>Toezichthouder</b> let op de uitvoering van "
                    "wettelijke taken, zoals de provincie bij interbestuurlijk "
                    "toezicht.</li><li><b>Volksvertegenwoordiger</b> stelt de kaders en "
                    "controleert het eigen bestuur.</li></ul>",
                ),
                ("heading", {"text": "Rolwisselingen hardop maken", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Een rolwisseling is het moment waarop iemand van rol verandert. "
                    "Bijvoorbeeld de gedeputeerde die in het ene overleg partner is en in het "
                    "volgende toezichthouder. Of een ambtenaar die eerst een samenwerking opzet "
                    "en daarna namens de eigenaar de begroting beoordeelt. Zeg aan het begin van "
                    "een overleg in welke rol u aan tafel zit. Dat klinkt formeel, maar het "
                    "helpt.</p><p>Wilt u hiermee aan de slag? In onze sessies over rollen "
                    "oefenen bestuurders, ambtenaren en volksvertegenwoordigers met echte "
                    "casussen.</p>",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Het eerlijkste wat je kunt zeggen is: nu spreek ik als eigenaar, "
                            "niet als opdrachtgever."
                        ),
                        "attribution": "Wethouder, deelnemer aan een sessie over rollen",
                    },
                ),
            ],
        },
        "en": {
            "title": "Roles and role changes in collaboration",
            "slug": "roles-and-role-changes",
            "intro": (
                "When you collaborate you often have more than one role at once; naming those "
                "roles prevents confusion."
            ),
            "summary": (
                "In a collaboration, one organisation can be owner, client, funder and "
                "supervisor at the same time. Each role calls for a different attitude. Naming "
                "the roles and saying out loud when you switch between them prevents "
                "misunderstandings and conflict."
            ),
            "team": "Regional Collaboration Team",
            "body": [
                (
                    "paragraph",
                    "<p>Take a municipality that participates in a regional implementation "
                    "agency. The alderman sits on the general board and is a co-owner there. At "
                    "the same time the municipality is a client: it buys services. And the "
                    "council scrutinises what the municipal executive does on that board. Three "
                    "roles, three different interests.</p>",
                ),
                ("heading", {"text": "Roles that often get mixed up", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li><b>The owner</b> looks after the continuity and financial health of "
                    "the organisation.</li><li><b>The client</b> looks at performance: do I get "
                    "what I asked for, at a reasonable price?</li><li><b>The funder</b> looks at "
                    "how the money it contributes is spent.</li><li><b>The supervisor</b> looks "
                    "at how statutory tasks are carried out, as the province does in "
                    "inter-administrative supervision.</li><li><b>The elected representative</b> "
                    "sets frameworks and holds their own executive to account.</li></ul>",
                ),
                ("heading", {"text": "Saying role changes out loud", "level": "h2"}),
                (
                    "paragraph",
                    "<p>A role change is the moment someone switches roles. For example, the "
                    "provincial executive member who is a partner in one meeting and a "
                    "supervisor in the next. Or a civil servant who first sets up a "
                    "collaboration and then assesses its budget on behalf of the owner. At the "
                    "start of a meeting, say in which role you are at the table. It sounds "
                    "formal, but it helps.</p><p>Want to work on this? In our sessions on roles, "
                    "administrators, civil servants and elected representatives practise with "
                    "real cases.</p>",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "The most honest thing you can say is: right now I am speaking as an "
                            "owner, not as a client."
                        ),
                        "attribution": "Alderman, participant in a session on roles",
                    },
                ),
            ],
        },
    },
    # Accounthouderschap --------------------------------------------------------
    {
        "programme_line": 2,
        "audiences": ["bestuurders", "ambtenaren"],
        "tags": ["netwerk", "samenwerking"],
        "publication_date": "2026-06-23",
        "author": "Redactie Samenwerkingsportaal",
        "nl": {
            "title": "Accounthouderschap: één vast aanspreekpunt bij de provincie",
            "slug": "accounthouderschap",
            "intro": (
                "Elke gemeente heeft een vaste accounthouder bij de provincie, voor bestuurlijke "
                "vragen en voor het onderhouden van de relatie."
            ),
            "summary": (
                "Met accounthouderschap krijgt elke gemeente een vast aanspreekpunt bij de "
                "provincie. De accounthouder kent de gemeente, haar opgaven en haar bestuurders. "
                "Zo bouwen we aan een relatie die niet afhangt van één dossier."
            ),
            "team": "Team Bestuurlijke Relaties",
            "body": [
                (
                    "paragraph",
                    "<p>Gemeenten hebben met veel onderdelen van de provincie te maken: van "
                    "wegen en natuur tot subsidies en toezicht. Wie een bestuurlijke vraag heeft "
                    "die over meerdere onderwerpen gaat, weet niet altijd waar hij moet "
                    "beginnen. Daarom werken we met accounthouders.</p>",
                ),
                ("heading", {"text": "Wat doet een accounthouder?", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li>Is het eerste aanspreekpunt voor de burgemeester, de wethouders en "
                    "de gemeentesecretaris.</li><li>Kent de opgaven en de bestuurlijke agenda "
                    "van de gemeente.</li><li>Zorgt dat vragen bij de juiste collega komen en "
                    "bewaakt dat er antwoord komt.</li><li>Bereidt werkbezoeken en bestuurlijke "
                    "overleggen van gedeputeerden voor.</li><li>Deelt binnen de provincie wat er "
                    "in de gemeente speelt.</li></ul>",
                ),
                ("heading", {"text": "Wat doet een accounthouder niet?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>De accounthouder neemt geen besluiten over subsidies of vergunningen en "
                    "is geen toezichthouder. Wel legt de accounthouder u uit hoe een procedure "
                    "loopt en wie erover beslist. Zo blijven de rollen helder.</p>",
                ),
                ("heading", {"text": "Wie is uw accounthouder?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Uw accounthouder stelt zich voor bij het college en de "
                    "gemeentesecretaris. Weet u niet wie het is? Mail dan naar Team Bestuurlijke "
                    "Relaties via bestuurlijkerelaties@provincie.example.</p>",
                ),
            ],
        },
        "en": {
            "title": "Account management: one dedicated point of contact at the province",
            "slug": "account-management",
            "intro": (
                "Every municipality has a dedicated account manager at the province, for "
                "administrative questions and for maintaining the relationship."
            ),
            "summary": (
                "Through account management (accounthouderschap), every municipality has a "
                "dedicated point of contact at the province. The account manager knows the "
                "municipality, its challenges and its administrators. This is how we build a "
                "relationship that does not depend on a single file."
            ),
            "team": "Administrative Relations Team",
            "body": [
                (
                    "paragraph",
                    "<p>Municipalities deal with many parts of the province, from roads and "
                    "nature to grants and supervision. Someone with an administrative question "
                    "that covers several subjects does not always know where to start. That is "
                    "why we work with account managers.</p>",
                ),
                ("heading", {"text": "What does an account manager do?", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li>Acts as the first point of contact for the mayor, the aldermen and "
                    "the municipal secretary.</li><li>Knows the municipality's challenges and "
                    "administrative agenda.</li><li>Makes sure questions reach the right "
                    "colleague and follows up until there is an answer.</li><li>Prepares working "
                    "visits and administrative meetings for provincial executive "
                    "members.</li><li>Shares within the province what is going on in the "
                    "municipality.</li></ul>",
                ),
                ("heading", {"text": "What an account manager does not do", "level": "h2"}),
                (
                    "paragraph",
                    "<p>The account manager does not decide on grants or permits and is not a "
                    "supervisor. They can, however, explain how a procedure works and who decides. "
                    "That keeps the roles clear.</p>",
                ),
                ("heading", {"text": "Who is your account manager?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Your account manager introduces themselves to the municipal executive "
                    "and the municipal secretary. Not sure who it is? Email the Administrative "
                    "Relations Team at bestuurlijkerelaties@provincie.example.</p>",
                ),
            ],
        },
    },
    # Data zichtbaar maken ------------------------------------------------------
    {
        "programme_line": 3,
        "audiences": ["ambtenaren", "volksvertegenwoordigers", "partners"],
        "tags": ["data"],
        "publication_date": "2026-08-25",
        "author": "",
        "nl": {
            "title": "Data zichtbaar maken: dashboards en open data",
            "slug": "data-zichtbaar-maken",
            "intro": (
                "We maken provinciale data beter vindbaar en bruikbaar, met dashboards voor snel "
                "inzicht en open data voor wie zelf verder wil."
            ),
            "summary": (
                "De provincie heeft veel data over wonen, bevolking, mobiliteit, economie en de "
                "leefomgeving. Met dashboards en open datasets maken we die data toegankelijk voor "
                "gemeenten, volksvertegenwoordigers en andere partners. We beginnen met de "
                "onderwerpen waar het vaakst om gevraagd wordt."
            ),
            "team": "Team Data en Onderzoek",
            "body": [
                ("heading", {"text": "Twee manieren om data te delen", "level": "h2"}),
                (
                    "paragraph",
                    "<p><b>Dashboards</b> zijn bedoeld voor snel inzicht. U ziet in één "
                    "oogopslag hoe uw gemeente of regio ervoor staat, bijvoorbeeld bij de "
                    "woningbouw of de bevolkingsgroei, en hoe dat zich verhoudt tot andere "
                    "gemeenten. Bij elke grafiek staat ook een tabel met dezelfde "
                    "cijfers.</p><p><b>Open data</b> zijn bedoeld voor wie zelf wil rekenen of "
                    "analyseren. U downloadt de gegevens in een open formaat, zoals CSV of "
                    "GeoJSON, of u haalt ze op via een koppeling (API). Geografische data vindt "
                    'u ook via <a href="https://www.pdok.nl/">PDOK</a>.</p>',
                ),
                ("heading", {"text": "Wat u bij elke dataset vindt", "level": "h2"}),
                (
                    "paragraph",
                    "<ul>"
                    "<li>wat de gegevens betekenen en hoe ze zijn verzameld;</li>"
                    "<li>hoe actueel ze zijn en hoe vaak we ze bijwerken;</li>"
                    "<li>op welk schaalniveau ze beschikbaar zijn: provincie, regio, gemeente of "
                    "wijk;</li>"
                    "<li>de beperkingen en onzekerheden die u moet kennen;</li>"
                    "<li>bij welk team u terechtkunt met vragen.</li>"
                    "</ul>",
                ),
                ("heading", {"text": "Denk mee", "level": "h2"}),
                (
                    "paragraph",
                    "<p>We ontwikkelen de dashboards samen met de mensen die ze gebruiken. Mist "
                    "u een onderwerp, of werkt iets niet zoals u verwacht? Laat het ons weten "
                    "via data@provincie.example. Op de netwerkdagen laten we nieuwe dashboards "
                    "zien en vragen we om uw reactie.</p>",
                ),
            ],
        },
        "en": {
            "title": "Making data visible: dashboards and open data",
            "slug": "making-data-visible",
            "intro": (
                "We make provincial data easier to find and use, with dashboards for quick insight "
                "and open data for those who want to dig deeper."
            ),
            "summary": (
                "The province holds a lot of data on housing, population, mobility, the economy "
                "and the living environment. Through dashboards and open datasets we make these "
                "data accessible to municipalities, elected representatives and other partners. "
                "We start with the topics people ask about most."
            ),
            "team": "Data and Research Team",
            "body": [
                ("heading", {"text": "Two ways to share data", "level": "h2"}),
                (
                    "paragraph",
                    "<p><b>Dashboards</b> are meant for quick insight. You can see at a glance "
                    "how your municipality or region is doing, for instance on housing "
                    "construction or population growth, and how it compares with other "
                    "municipalities. Every chart comes with a table showing the same "
                    "figures.</p><p><b>Open data</b> are meant for those who want to do their "
                    "own calculations or analysis. You download the data in an open format, such "
                    "as CSV or GeoJSON, or retrieve them through an API. Geographical data are "
                    'also available through <a href="https://www.pdok.nl/">PDOK</a>, the Dutch '
                    "government's platform for geographical data.</p>",
                ),
                ("heading", {"text": "What you will find with every dataset", "level": "h2"}),
                (
                    "paragraph",
                    "<ul>"
                    "<li>what the data mean and how they were collected;</li>"
                    "<li>how up to date they are and how often we update them;</li>"
                    "<li>the level at which they are available: province, region, municipality or "
                    "neighbourhood;</li>"
                    "<li>the limitations and uncertainties you need to know about;</li>"
                    "<li>which team to contact with questions.</li>"
                    "</ul>",
                ),
                ("heading", {"text": "Help us improve", "level": "h2"}),
                (
                    "paragraph",
                    "<p>We develop the dashboards together with the people who use them. Is a "
                    "topic missing, or does something not work as you expect? Let us know at "
                    "data@provincie.example. At network days we present new dashboards and ask "
                    "for your feedback.</p>",
                ),
            ],
        },
    },
    # IBT in dialoog (2): lessen kennisbijeenkomsten ----------------------------
    {
        "programme_line": 4,
        "audiences": ["ambtenaren"],
        "tags": ["toezicht", "dialoog"],
        "publication_date": "2026-09-15",
        "author": "",
        "nl": {
            "title": "Wat we leerden in de regionale kennisbijeenkomsten over toezicht",
            "slug": "lessen-kennisbijeenkomsten-toezicht",
            "intro": (
                "In 2026 organiseerden we in de regio's kennisbijeenkomsten over interbestuurlijk "
                "toezicht; dit zijn de belangrijkste lessen."
            ),
            "summary": (
                "Ambtenaren van gemeenten en de provincie deelden dit jaar in regionale "
                "bijeenkomsten hun ervaringen met interbestuurlijk toezicht. Terugkerende "
                "thema's waren capaciteit, archiefbeheer en de vraag hoe je het gesprek over "
                "risico's vroeg voert. We zetten de lessen op een rij."
            ),
            "team": "Team Interbestuurlijk Toezicht",
            "body": [
                (
                    "paragraph",
                    "<p>De kennisbijeenkomsten zijn een van de manieren waarop we het "
                    "interbestuurlijk toezicht in dialoog oppakken. Niet de toezichthouder "
                    "vertelt hoe het moet: gemeenten en provincie leren van elkaar. Dit jaar "
                    "kwamen vakspecialisten, toezichtscoördinatoren en controllers van gemeenten "
                    "samen in verschillende regio's.</p>",
                ),
                ("heading", {"text": "Drie lessen", "level": "h2"}),
                (
                    "paragraph",
                    "<h3>1. Capaciteit is het grootste risico</h3><p>Vooral kleinere gemeenten "
                    "hebben moeite om specialistische taken goed te blijven uitvoeren, zoals "
                    "archiefbeheer of toezicht op bouwen. Samenwerken met buurgemeenten helpt, "
                    "maar vraagt duidelijke afspraken over wie verantwoordelijk "
                    "blijft.</p><h3>2. Gebruik informatie die er al is</h3><p>Gemeenten vragen "
                    "ons om geen aparte rapportages te vragen. Daar zijn we het mee eens. We "
                    "gebruiken zoveel mogelijk de stukken die de gemeente al voor de raad "
                    "maakt.</p><h3>3. Het gesprek werkt beter zonder oordeel "
                    "vooraf</h3><p>Deelnemers waarderen het als de toezichthouder eerst vraagt "
                    "hoe het gaat, en pas daarna een oordeel geeft. Een oordeel op papier zonder "
                    "gesprek voelt als een afrekening.</p>",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Het was de eerste keer dat ik met collega's uit andere gemeenten "
                            "over onze archieven sprak. We bleken precies dezelfde problemen te "
                            "hebben."
                        ),
                        "attribution": "Adviseur informatiebeheer van een gemeente",
                    },
                ),
                ("heading", {"text": "Hoe verder?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>We nemen de lessen mee in ons toezichtskader. In 2027 gaan de regionale "
                    "bijeenkomsten door, en organiseren we ook een bijeenkomst voor de hele "
                    "provincie. Hebt u een onderwerp dat u wilt bespreken? Mail naar "
                    "ibt@provincie.example.</p>",
                ),
            ],
        },
        "en": {
            "title": "What we learned from the regional knowledge meetings on supervision",
            "slug": "lessons-knowledge-meetings-supervision",
            "intro": (
                "In 2026 we held knowledge meetings on inter-administrative supervision in the "
                "regions; these are the main lessons."
            ),
            "summary": (
                "This year, civil servants from municipalities and the province shared their "
                "experience of inter-administrative supervision in regional meetings. Recurring "
                "themes were capacity, records management and how to discuss risks at an early "
                "stage. We list the lessons learned."
            ),
            "team": "Inter-administrative Supervision Team",
            "body": [
                (
                    "paragraph",
                    "<p>The knowledge meetings are one of the ways in which we approach "
                    "inter-administrative supervision (interbestuurlijk toezicht, IBT) through "
                    "dialogue. It is not the supervisor who explains how things should be done: "
                    "municipalities and the province learn from each other. This year, "
                    "specialists, supervision coordinators and controllers from municipalities "
                    "met in several regions.</p>",
                ),
                ("heading", {"text": "Three lessons", "level": "h2"}),
                (
                    "paragraph",
                    "<h3>1. Capacity is the biggest risk</h3><p>Smaller municipalities in "
                    "particular struggle to keep specialist tasks up to standard, such as "
                    "records management or building inspection. Working with neighbouring "
                    "municipalities helps, but requires clear agreements on who remains "
                    "responsible.</p><h3>2. Use information that already "
                    "exists</h3><p>Municipalities ask us not to request separate reports. We "
                    "agree. As far as possible we use the documents the municipality already "
                    "prepares for its council.</p><h3>3. The conversation works better without a "
                    "verdict in advance</h3><p>Participants appreciate it when the supervisor "
                    "first asks how things are going and only then gives an assessment. A "
                    "verdict on paper without a conversation feels like being called to "
                    "account.</p>",
                ),
                (
                    "quote",
                    {
                        "text": "It was the first time I talked about our archives with colleagues "
                        "from other municipalities. It turned out we had exactly the same "
                        "problems.",
                        "attribution": "Information management adviser at a municipality",
                    },
                ),
                ("heading", {"text": "What next?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>We are incorporating the lessons into our supervision framework. The "
                    "regional meetings will continue in 2027, and we will also hold a meeting "
                    "for the whole province. Is there a topic you would like to discuss? Email "
                    "ibt@provincie.example.</p>",
                ),
            ],
        },
    },
    # Netwerkdag ----------------------------------------------------------------
    {
        "programme_line": 2,
        "audiences": ["bestuurders", "ambtenaren", "volksvertegenwoordigers"],
        "tags": ["netwerk", "dialoog"],
        "publication_date": "2026-11-10",
        "author": "Redactie Samenwerkingsportaal",
        "nl": {
            "title": "Wat levert een netwerkdag op?",
            "slug": "wat-levert-een-netwerkdag-op",
            "intro": (
                "Netwerkdagen zijn er om elkaar te leren kennen, buiten de vergadertafel en "
                "buiten de dossiers."
            ),
            "summary": (
                "Twee keer per jaar organiseert de provincie een netwerkdag voor bestuurders, "
                "ambtenaren en volksvertegenwoordigers. Deelnemers ontmoeten elkaar rond een "
                "actueel thema, elke keer in een andere regio. We vroegen deelnemers wat het hun "
                "oplevert en wat beter kan."
            ),
            "team": "Team Bestuurlijke Relaties",
            "body": [
                (
                    "paragraph",
                    "<p>Samenwerken gaat makkelijker als u de mensen aan de andere kant van de "
                    "tafel kent. Daarom organiseren we netwerkdagen. Elke netwerkdag vindt "
                    "plaats in een andere regio en heeft een thema dat daar speelt, zoals "
                    "woningbouw, het landelijk gebied of de energietransitie.</p>",
                ),
                ("heading", {"text": "Het programma", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Een netwerkdag duurt meestal een middag en bestaat uit:</p>"
                    "<ul>"
                    "<li>een korte opening door een gedeputeerde en een bestuurder uit de "
                    "gastregio;</li>"
                    "<li>werksessies in kleine groepen, over een vraag die een gemeente of regio "
                    "inbrengt;</li>"
                    "<li>een werkbezoek in de omgeving;</li>"
                    "<li>een informele afsluiting met tijd om bij te praten.</li>"
                    "</ul>",
                ),
                ("heading", {"text": "Wat deelnemers zeggen", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Na elke netwerkdag vragen we deelnemers om hun mening. De meesten noemen "
                    "de nieuwe contacten als belangrijkste opbrengst. Ook de werksessies worden "
                    "gewaardeerd, vooral als er een echte vraag op tafel ligt. Er zijn ook "
                    "verbeterpunten: meer tijd voor ontmoeting, minder presentaties, en een "
                    "tijdstip dat ook voor raads- en Statenleden goed uitkomt.</p><p>Die punten "
                    "nemen we mee. Zo beginnen de volgende netwerkdagen later op de middag, "
                    "zodat volksvertegenwoordigers na hun werk kunnen aansluiten.</p>",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Ik ken nu de mensen met wie ik volgend jaar moet onderhandelen. Dat "
                            "maakt het gesprek een stuk makkelijker."
                        ),
                        "attribution": "Wethouder, deelnemer aan een netwerkdag",
                    },
                ),
            ],
        },
        "en": {
            "title": "What does a network day bring you?",
            "slug": "what-a-network-day-brings",
            "intro": (
                "Network days are there to get to know each other, away from the meeting table and "
                "away from the files."
            ),
            "summary": (
                "Twice a year the province organises a network day for administrators, civil "
                "servants and elected representatives. Participants meet around a current theme, "
                "each time in a different region. We asked participants what they gain from it and "
                "what could be better."
            ),
            "team": "Administrative Relations Team",
            "body": [
                (
                    "paragraph",
                    "<p>Working together is easier when you know the people on the other side of "
                    "the table. That is why we organise network days. Each one takes place in a "
                    "different region and focuses on a theme that matters there, such as "
                    "housing, the rural area or the energy transition.</p>",
                ),
                ("heading", {"text": "The programme", "level": "h2"}),
                (
                    "paragraph",
                    "<p>A network day usually lasts an afternoon and consists of:</p><ul><li>a "
                    "short opening by a provincial executive member and an administrator from "
                    "the host region;</li><li>workshops in small groups on a question brought in "
                    "by a municipality or region;</li><li>a working visit in the "
                    "area;</li><li>an informal close with time to catch up.</li></ul>",
                ),
                ("heading", {"text": "What participants say", "level": "h2"}),
                (
                    "paragraph",
                    "<p>After every network day we ask participants for their views. Most of "
                    "them name the new contacts as the main benefit. The workshops are also "
                    "appreciated, especially when a real question is on the table. There are "
                    "points for improvement too: more time to meet, fewer presentations, and a "
                    "time of day that also suits council members and members of the Provincial "
                    "Council.</p><p>We are acting on these points. For example, the next network "
                    "days will start later in the afternoon, so that elected representatives can "
                    "join after work.</p>",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "I now know the people I will be negotiating with next year. That "
                            "makes the conversation a lot easier."
                        ),
                        "attribution": "Alderman, network day participant",
                    },
                ),
            ],
        },
    },
]

# ---------------------------------------------------------------------------
# Content pages: about, contact, accessibility statement, privacy statement
# ---------------------------------------------------------------------------

CONTENT_PAGES = [
    # About -------------------------------------------------------------------
    {
        "key": "about",
        "nl": {
            "title": "Over dit programma",
            "slug": "over",
            "intro": (
                "Met het programma ‘5 programmalijnen voor een slagvaardige samenwerking in het "
                "openbaar bestuur’ werkt de provincie met gemeenten en andere partners aan betere "
                "samenwerking tussen overheden."
            ),
            "body": [
                ("heading", {"text": "Waarom dit programma?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Steeds meer opgaven houden niet op bij de gemeentegrens: wonen, energie, "
                    "zorg, veiligheid en bereikbaarheid. Overheden werken daarom samen in "
                    "regio's, netwerken en gemeenschappelijke regelingen. Dat levert veel op, "
                    "maar het maakt het openbaar bestuur ook ingewikkelder. Wie beslist "
                    "waarover? Wie betaalt? En hoe houden raden en Staten grip?</p><p>De "
                    "provincie staat tussen het Rijk en de gemeenten in. Met dit programma "
                    "willen we die verbindende rol beter invullen: als partner, als bron van "
                    "kennis en, waar de wet dat vraagt, als toezichthouder.</p>",
                ),
                ("heading", {"text": "Vijf programmalijnen en vier instrumenten", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Het programma bestaat uit vijf programmalijnen:</p>"
                    "<ol>"
                    "<li>Rollen, houding en gemeenschappelijke afspraken</li>"
                    "<li>Relatie en ontmoeten</li>"
                    "<li>Versterken kennispositie overheden</li>"
                    "<li>Doorontwikkelen interbestuurlijk toezicht</li>"
                    "<li>Overzicht samenwerkingsverbanden</li>"
                    "</ol>"
                    "<p>Vier instrumenten ondersteunen alle lijnen: de Instrumentenkoffer, de "
                    "Financiële scan, Stimulans in Samenwerking en Belangenbehartiging richting "
                    "Rijksoverheid.</p>",
                ),
                ("heading", {"text": "Voor wie is dit portaal?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Het portaal is er voor bestuurders, ambtenaren en "
                    "volksvertegenwoordigers van gemeenten, waterschappen en de provincie, en "
                    "voor de partners met wie we samenwerken. Ook inwoners en journalisten zijn "
                    "welkom. U kunt hier:</p><ul><li>lezen wat we per programmalijn "
                    "doen;</li><li>zoeken in het register van "
                    "samenwerkingsverbanden;</li><li>factsheets downloaden als pdf;</li><li>u "
                    "aanmelden voor netwerkdagen en kennisbijeenkomsten.</li></ul>",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Goed openbaar bestuur begint bij samenwerken met open vizier: weten "
                            "welke rol je hebt, wat je van elkaar mag verwachten en waar je "
                            "samen voor staat."
                        ),
                        "attribution": "Gedeputeerde voor bestuur",
                    },
                ),
            ],
        },
        "en": {
            "title": "About this programme",
            "slug": "about",
            "intro": (
                "Through the programme ‘5 programme lines for effective collaboration in public "
                "administration’, the province works with municipalities and other partners to "
                "improve collaboration between governments."
            ),
            "body": [
                ("heading", {"text": "Why this programme?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>More and more challenges do not stop at municipal boundaries: housing, "
                    "energy, care, safety and accessibility. Governments therefore work together "
                    "in regions, networks and joint arrangements (gemeenschappelijke "
                    "regelingen). That brings many benefits, but it also makes public "
                    "administration more complex. Who decides what? Who pays? And how do "
                    "councils stay in control?</p><p>The province sits between central "
                    "government and the municipalities. With this programme we want to fulfil "
                    "that connecting role better: as a partner, as a source of knowledge and, "
                    "where the law requires it, as a supervisor.</p>",
                ),
                ("heading", {"text": "Five programme lines and four instruments", "level": "h2"}),
                (
                    "paragraph",
                    "<p>The programme consists of five programme lines:</p><ol><li>Roles, "
                    "attitude and common agreements</li><li>Relationships and "
                    "meeting</li><li>Strengthening the knowledge position of "
                    "governments</li><li>Further developing inter-administrative "
                    "supervision</li><li>Overview of partnerships</li></ol><p>Four instruments "
                    "support all lines: the Collaboration toolkit, the Financial scan, Stimulus "
                    "for Collaboration and Representing interests to central government.</p>",
                ),
                ("heading", {"text": "Who is this portal for?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>The portal is for administrators, civil servants and elected "
                    "representatives of municipalities, water authorities and the province, and "
                    "for the partners we work with. Residents and journalists are welcome too. "
                    "Here you can:</p><ul><li>read what we do in each programme "
                    "line;</li><li>search the register of partnerships;</li><li>download "
                    "factsheets as PDF;</li><li>register for network days and knowledge "
                    "sessions.</li></ul>",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Good public administration starts with collaborating openly: "
                            "knowing what your role is, what you can expect from each other and "
                            "what you stand for together."
                        ),
                        "attribution": "Provincial executive member for governance",
                    },
                ),
            ],
        },
    },
    # Contact -----------------------------------------------------------------
    {
        "key": "contact",
        "nl": {
            "title": "Contact",
            "slug": "contact",
            "intro": (
                "Hebt u een vraag over het programma, een instrument of een bijeenkomst? Neem "
                "contact met ons op."
            ),
            "body": [
                ("heading", {"text": "Algemene vragen", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Mail naar <b>samenwerkingsportaal@provincie.example</b> of bel <b>088 "
                    "000 12 00</b>. We zijn op werkdagen bereikbaar van 9.00 tot 17.00 uur. U "
                    "krijgt binnen vijf werkdagen antwoord.</p>",
                ),
                ("heading", {"text": "Contact per onderwerp", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li><b>Rollen, sessies, Instrumentenkoffer en Stimulans in "
                    "Samenwerking:</b> Team Regionale Samenwerking, "
                    "samenwerking@provincie.example, 088 000 12 34</li><li><b>Netwerkdagen en "
                    "accounthouderschap:</b> Team Bestuurlijke Relaties, "
                    "bestuurlijkerelaties@provincie.example, 088 000 12 45</li><li><b>Data, "
                    "dashboards en onderzoek:</b> Team Data en Onderzoek, "
                    "data@provincie.example, 088 000 12 56</li><li><b>Interbestuurlijk "
                    "toezicht:</b> Team Interbestuurlijk Toezicht, ibt@provincie.example, 088 "
                    "000 12 40</li><li><b>Register van samenwerkingsverbanden en Financiële "
                    "scan:</b> Team Verbonden Partijen, verbondenpartijen@provincie.example, 088 "
                    "000 12 52</li><li><b>Belangenbehartiging richting Rijk en EU:</b> Team "
                    "Public Affairs, publicaffairs@provincie.example, 088 000 12 74</li></ul>",
                ),
                ("heading", {"text": "Aanmelden voor bijeenkomsten", "level": "h2"}),
                (
                    "paragraph",
                    "<p>U meldt zich aan via de pagina van de bijeenkomst. Hebt u een vraag over "
                    "uw aanmelding, of wilt u zich afmelden? Mail dan naar "
                    "bijeenkomsten@provincie.example.</p>",
                ),
                ("heading", {"text": "Pers", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Bent u journalist? Neem contact op met de woordvoerders van de provincie "
                    "via pers@provincie.example of 088 000 12 99.</p>",
                ),
            ],
        },
        "en": {
            "title": "Contact",
            "slug": "contact",
            "intro": (
                "Do you have a question about the programme, an instrument or an event? Get in "
                "touch with us."
            ),
            "body": [
                ("heading", {"text": "General questions", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Email <b>samenwerkingsportaal@provincie.example</b> or call <b>088 000 "
                    "12 00</b> (from abroad +31 88 000 12 00). We are available on working days "
                    "from 9 am to 5 pm. You will receive an answer within five working days.</p>",
                ),
                ("heading", {"text": "Contact by topic", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li><b>Roles, sessions, Collaboration toolkit and Stimulus for "
                    "Collaboration:</b> Regional Collaboration Team, "
                    "samenwerking@provincie.example, 088 000 12 34</li><li><b>Network days and "
                    "account management:</b> Administrative Relations Team, "
                    "bestuurlijkerelaties@provincie.example, 088 000 12 45</li><li><b>Data, "
                    "dashboards and research:</b> Data and Research Team, "
                    "data@provincie.example, 088 000 12 56</li><li><b>Inter-administrative "
                    "supervision:</b> Inter-administrative Supervision Team, "
                    "ibt@provincie.example, 088 000 12 40</li><li><b>Register of partnerships "
                    "and Financial scan:</b> Affiliated Parties Team, "
                    "verbondenpartijen@provincie.example, 088 000 12 52</li><li><b>Representing "
                    "interests to central government and the EU:</b> Public Affairs Team, "
                    "publicaffairs@provincie.example, 088 000 12 74</li></ul>",
                ),
                ("heading", {"text": "Registering for events", "level": "h2"}),
                (
                    "paragraph",
                    "<p>You register on the page of the event. Do you have a question about your "
                    "registration, or do you want to cancel? Email "
                    "bijeenkomsten@provincie.example.</p>",
                ),
                ("heading", {"text": "Press", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Are you a journalist? Contact the province's press officers at "
                    "pers@provincie.example or 088 000 12 99.</p>",
                ),
            ],
        },
    },
    # Accessibility statement -------------------------------------------------
    {
        "key": "accessibility",
        "nl": {
            "title": "Toegankelijkheidsverklaring",
            "slug": "toegankelijkheid",
            "intro": (
                "We willen dat iedereen dit portaal kan gebruiken, ook mensen met een beperking. "
                "In deze verklaring leest u hoe ver we daarmee zijn."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Provincie Noord-Holland wil dat het Samenwerkingsportaal toegankelijk "
                    "is, zoals het Besluit digitale toegankelijkheid overheid vraagt. Deze "
                    "toegankelijkheidsverklaring geldt voor de inhoud van dit portaal die onder "
                    "dat besluit valt.</p>",
                ),
                ("heading", {"text": "Welke norm volgen we?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>We streven naar naleving van de Web Content Accessibility Guidelines "
                    "(WCAG) 2.1 op niveau AA. Die richtlijnen zijn opgenomen in de Europese norm "
                    "EN 301 549, die voor Nederlandse overheden verplicht is. Meer informatie "
                    "vindt u op <a "
                    'href="https://www.digitoegankelijk.nl/">digitoegankelijk.nl</a>.</p>',
                ),
                ("heading", {"text": "Nalevingsstatus", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Dit portaal voldoet gedeeltelijk aan WCAG 2.1 niveau AA. Hieronder leest u "
                    "welke onderdelen nog niet volledig voldoen, en wat u dan kunt doen.</p>",
                ),
                ("heading", {"text": "Hoe hebben we getest?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>We hebben een steekproef van pagina's onderzocht, met van elk soort "
                    "pagina ten minste één voorbeeld. We deden:</p><ul><li>automatische "
                    "controles met axe-core in een echte browser;</li><li>handmatige controles, "
                    "onder meer van de bediening met alleen het toetsenbord, de zichtbare focus, "
                    "het gebruik met een schermlezer, vergroting tot 400 procent en het "
                    "kleurcontrast.</li></ul><p>Automatische controles vinden niet alle "
                    "problemen. Daarom combineren we ze altijd met handmatige controles.</p>",
                ),
                ("heading", {"text": "Bekende beperkingen", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li><b>Pdf-documenten van partners.</b> Sommige documenten in het "
                    "register, zoals begrotingen en jaarverslagen van samenwerkingsverbanden, "
                    "maken partners zelf. Die pdf's zijn niet altijd toegankelijk. Hebt u een "
                    "document nodig in een andere vorm? Vraag het ons, dan helpen we "
                    "u.</li><li><b>Netwerkweergave van samenwerkingsverbanden.</b> De "
                    "interactieve netwerkweergave is niet voor iedereen goed te gebruiken, "
                    "bijvoorbeeld met een schermlezer. Daarom staat dezelfde informatie ook in "
                    "een tabel.</li></ul>",
                ),
                ("heading", {"text": "Een probleem melden", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Loopt u tegen een probleem aan, of hebt u informatie nodig in een andere "
                    "vorm? Mail naar <b>toegankelijkheid@provincie.example</b>. Vermeld op welke "
                    "pagina het probleem zit en wat er misgaat. U krijgt binnen vijf werkdagen "
                    "een ontvangstbevestiging en binnen drie weken een inhoudelijke "
                    "reactie.</p><p>Bent u niet tevreden over hoe wij uw melding hebben "
                    "afgehandeld? Dan kunt u een klacht indienen bij de provincie. Komen we er "
                    "samen niet uit, dan kunt u terecht bij de <a "
                    'href="https://www.nationaleombudsman.nl/">Nationale ombudsman</a>.</p>',
                ),
                ("heading", {"text": "Datum van deze verklaring", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Deze verklaring is opgesteld op 16 november 2026. We bekijken haar "
                    "minstens één keer per jaar opnieuw, en vaker als het portaal flink "
                    "verandert.</p>",
                ),
            ],
        },
        "en": {
            "title": "Accessibility statement",
            "slug": "accessibility",
            "intro": (
                "We want everyone to be able to use this portal, including people with "
                "disabilities. This statement explains how far we have come."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>The Province of Noord-Holland wants the Samenwerkingsportaal to be "
                    "accessible, as required by the Dutch Government Digital Accessibility "
                    "Decree (Besluit digitale toegankelijkheid overheid). This accessibility "
                    "statement applies to the content of this portal that falls within the scope "
                    "of that decree.</p>",
                ),
                ("heading", {"text": "Which standard do we follow?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>We aim to comply with the Web Content Accessibility Guidelines (WCAG) "
                    "2.1 at level AA. These guidelines are part of the European standard EN 301 "
                    "549, which is mandatory for Dutch public bodies. You can find more "
                    "information (in Dutch) at <a "
                    'href="https://www.digitoegankelijk.nl/">digitoegankelijk.nl</a>.</p>',
                ),
                ("heading", {"text": "Compliance status", "level": "h2"}),
                (
                    "paragraph",
                    "<p>This portal partially complies with WCAG 2.1 level AA. Below you can "
                    "read which parts do not yet fully comply, and what you can do in that "
                    "case.</p>",
                ),
                ("heading", {"text": "How did we test?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>We examined a sample of pages, with at least one example of each type of "
                    "page. We carried out:</p><ul><li>automated checks with axe-core in a real "
                    "browser;</li><li>manual checks, including keyboard-only operation, visible "
                    "focus, use with a screen reader, zooming to 400 percent and colour "
                    "contrast.</li></ul><p>Automated checks do not find every problem. That is "
                    "why we always combine them with manual checks.</p>",
                ),
                ("heading", {"text": "Known limitations", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li><b>PDF documents from partners.</b> Some documents in the register, "
                    "such as budgets and annual reports of partnerships, are produced by the "
                    "partners themselves. These PDFs are not always accessible. Do you need a "
                    "document in another format? Ask us and we will help you.</li><li><b>Network "
                    "view of partnerships.</b> The interactive network view is not easy for "
                    "everyone to use, for example with a screen reader. That is why the same "
                    "information is also available in a table.</li></ul>",
                ),
                ("heading", {"text": "Reporting a problem", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Have you run into a problem, or do you need information in another "
                    "format? Email <b>toegankelijkheid@provincie.example</b>. Tell us on which "
                    "page the problem occurs and what goes wrong. You will receive an "
                    "acknowledgement within five working days and a full response within three "
                    "weeks.</p><p>Are you unhappy with how we handled your report? You can then "
                    "file a complaint with the province. If we cannot resolve it together, you "
                    'can turn to the <a href="https://www.nationaleombudsman.nl/">National '
                    "Ombudsman</a>.</p>",
                ),
                ("heading", {"text": "Date of this statement", "level": "h2"}),
                (
                    "paragraph",
                    "<p>This statement was drawn up on 16 November 2026. We review it at least "
                    "once a year, and more often if the portal changes significantly.</p>",
                ),
            ],
        },
    },
    # Privacy statement -------------------------------------------------------
    {
        "key": "privacy",
        "nl": {
            "title": "Privacyverklaring",
            "slug": "privacy",
            "intro": (
                "We gaan zorgvuldig om met uw gegevens. Dit portaal verzamelt zo weinig mogelijk "
                "en volgt u niet."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Provincie Noord-Holland is verantwoordelijk voor de verwerking van "
                    "persoonsgegevens op dit portaal. We houden ons aan de Algemene verordening "
                    "gegevensbescherming (AVG). In deze verklaring leest u welke gegevens we "
                    "verwerken, waarom we dat doen en hoe lang we ze bewaren.</p>",
                ),
                ("heading", {"text": "Geen tracking, geen statistieken", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li>Dit portaal plaatst geen tracking cookies en geen "
                    "advertentiecookies.</li><li>We gebruiken geen programma's voor "
                    "webstatistieken of analytics.</li><li>We laden niets van andere websites: "
                    "geen lettertypen, scripts, kaarten of video's van andere partijen. Uw "
                    "browser maakt alleen contact met onze eigen server.</li></ul><p>We plaatsen "
                    "alleen een functionele sessiecookie. Die onthoudt uw taalkeuze en zorgt "
                    "ervoor dat formulieren veilig werken. We gebruiken deze cookie niet om u te "
                    "volgen. Voor zo'n functionele cookie is geen toestemming nodig.</p>",
                ),
                ("heading", {"text": "Aanmelden voor een bijeenkomst", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Als u zich aanmeldt voor een netwerkdag of kennisbijeenkomst, vragen "
                    "we:</p><ul><li>uw naam;</li><li>uw e-mailadres;</li><li>uw organisatie en "
                    "functie;</li><li>als u dat wilt: uw wensen op het gebied van "
                    "toegankelijkheid of dieet.</li></ul><p>We gebruiken deze gegevens alleen om "
                    "de bijeenkomst te organiseren. Bijvoorbeeld om u een bevestiging en "
                    "praktische informatie te sturen, een deelnemerslijst te maken en rekening "
                    "te houden met uw wensen. Aan de cateraar of de locatie geven we alleen het "
                    "aantal deelnemers en de dieetwensen door, zonder namen.</p>",
                ),
                ("heading", {"text": "Waarom mogen we deze gegevens gebruiken?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>We verwerken uw aanmeldgegevens omdat dat nodig is voor een taak van "
                    "algemeen belang: het versterken van de samenwerking tussen overheden. "
                    "Wensen over toegankelijkheid of dieet kunnen iets zeggen over uw gezondheid "
                    "of levensovertuiging. Die gegevens verwerken we alleen met uw "
                    "uitdrukkelijke toestemming. U kunt die toestemming altijd intrekken.</p>",
                ),
                ("heading", {"text": "Hoe lang bewaren we uw gegevens?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>We verwijderen of anonimiseren uw aanmeldgegevens uiterlijk 90 dagen na de "
                    "bijeenkomst. Daarna bewaren we alleen nog anonieme aantallen, om onze "
                    "bijeenkomsten te evalueren.</p>",
                ),
                ("heading", {"text": "Uw rechten", "level": "h2"}),
                (
                    "paragraph",
                    "<p>U hebt het recht om:</p><ul><li>uw gegevens in te zien "
                    "(inzage);</li><li>onjuiste gegevens te laten verbeteren "
                    "(correctie);</li><li>uw gegevens te laten verwijderen;</li><li>bezwaar te "
                    "maken tegen het gebruik van uw gegevens, of het gebruik te laten "
                    "beperken.</li></ul><p>Stuur uw verzoek naar privacy@provincie.example. We "
                    "reageren binnen een maand. We kunnen u vragen om aan te tonen wie u bent, "
                    "zodat niemand anders uw gegevens kan opvragen.</p>",
                ),
                ("heading", {"text": "Vragen of klachten", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Hebt u een vraag over privacy, of bent u het niet eens met hoe wij met "
                    "uw gegevens omgaan? Neem dan contact op met onze Functionaris "
                    "Gegevensbescherming via <b>fg@provincie.example</b>. Komen we er samen niet "
                    "uit, dan kunt u een klacht indienen bij de <a "
                    'href="https://autoriteitpersoonsgegevens.nl/">Autoriteit '
                    "Persoonsgegevens</a>.</p><p>Deze privacyverklaring is voor het laatst "
                    "bijgewerkt op 16 november 2026.</p>",
                ),
            ],
        },
        "en": {
            "title": "Privacy statement",
            "slug": "privacy",
            "intro": (
                "We handle your data with care. This portal collects as little as possible and "
                "does not track you."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>The Province of Noord-Holland is responsible for the processing of "
                    "personal data on this portal. We comply with the General Data Protection "
                    "Regulation (GDPR, known in Dutch as the AVG). This statement explains which "
                    "data we process, why we do so and how long we keep them.</p>",
                ),
                ("heading", {"text": "No tracking, no statistics", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li>This portal sets no tracking cookies and no advertising "
                    "cookies.</li><li>We use no web statistics or analytics software.</li><li>We "
                    "load nothing from other websites: no fonts, scripts, maps or videos from "
                    "third parties. Your browser only connects to our own server.</li></ul><p>We "
                    "only set a functional session cookie. It remembers your language choice and "
                    "makes sure forms work securely. We do not use this cookie to track you. No "
                    "consent is needed for a functional cookie like this.</p>",
                ),
                ("heading", {"text": "Registering for an event", "level": "h2"}),
                (
                    "paragraph",
                    "<p>When you register for a network day or knowledge session, we ask "
                    "for:</p><ul><li>your name;</li><li>your email address;</li><li>your "
                    "organisation and job title;</li><li>if you wish: any accessibility or "
                    "dietary requirements.</li></ul><p>We use these data only to organise the "
                    "event, for example to send you a confirmation and practical information, to "
                    "draw up a list of participants and to take your requirements into account. "
                    "We only pass on the number of participants and the dietary requirements to "
                    "the caterer or venue, without names.</p>",
                ),
                ("heading", {"text": "On what basis do we use these data?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>We process your registration data because this is necessary for a task "
                    "carried out in the public interest: strengthening collaboration between "
                    "governments. Accessibility or dietary requirements may reveal something "
                    "about your health or beliefs. We only process those data with your explicit "
                    "consent, which you can withdraw at any time.</p>",
                ),
                ("heading", {"text": "How long do we keep your data?", "level": "h2"}),
                (
                    "paragraph",
                    "<p>We delete or anonymise your registration data no later than 90 days "
                    "after the event. After that we keep only anonymous numbers, to evaluate our "
                    "events.</p>",
                ),
                ("heading", {"text": "Your rights", "level": "h2"}),
                (
                    "paragraph",
                    "<p>You have the right to:</p>"
                    "<ul>"
                    "<li>access your data;</li>"
                    "<li>have incorrect data corrected;</li>"
                    "<li>have your data deleted;</li>"
                    "<li>object to the use of your data, or have its use restricted.</li>"
                    "</ul>"
                    "<p>Send your request to privacy@provincie.example. We will respond within one "
                    "month. We may ask you to prove your identity, so that no one else can request "
                    "your data.</p>",
                ),
                ("heading", {"text": "Questions or complaints", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Do you have a question about privacy, or do you disagree with how we "
                    "handle your data? Contact our Data Protection Officer (Functionaris "
                    "Gegevensbescherming) at <b>fg@provincie.example</b>. If we cannot resolve "
                    "it together, you can file a complaint with the Dutch Data Protection "
                    "Authority, the <a "
                    'href="https://autoriteitpersoonsgegevens.nl/">Autoriteit '
                    "Persoonsgegevens</a>.</p><p>This privacy statement was last updated on 16 "
                    "November 2026.</p>",
                ),
            ],
        },
    },
]

REGISTER_PAGE = {
    "nl": {
        "title": "Register samenwerkingsverbanden",
        "slug": "register",
        "intro": (
            "Alle gemeenschappelijke regelingen en andere samenwerkingsverbanden waarin overheden "
            "samenwerken: wie doet mee, in welke rol, waar en met welk doel."
        ),
    },
    "en": {
        "title": "Register of partnerships",
        "slug": "register",
        "intro": (
            "Every joint arrangement (gemeenschappelijke regeling) and other partnership in which "
            "governments work together: who takes part, in what role, where and for what purpose."
        ),
    },
}
