"""Phrase banks for the demo caseload: names, places and Danish note fragments.

Everything here is invented. Names mix Danish ones (with æ, ø, å) and names
from the languages families in Denmark speak, so sorting, search, PDFs and
fonts get exercised by realistic text. Placeholders in the fragments:
``{child}``, ``{parent}``, ``{other}`` (the other parent or a network person),
``{inst}`` (vuggestuen/børnehaven/skolen, by the child's age), ``{prof}`` (a
professional's name), ``{worker}``, and pronouns that follow the person's sex:
``{child_pron}`` (han/hun), ``{child_obj}`` (ham/hende), ``{parent_pron}``,
``{parent_noun}`` (mor/far) and ``{parent_call}`` (Mor/Far). Texts about
placement and samvær (see ``PLACEMENT_WORDS``) are kept for families whose
child is placed, or whose setting has samvær.
"""

from __future__ import annotations

#: Words that tie a text to a placed child; other families do not get such texts.
PLACEMENT_WORDS = ("samvær", "plejefamil", "anbring")

# --- names -------------------------------------------------------------------------
# Each origin: (female given names, male given names, family names).

NAME_ORIGINS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "danish": (
        (
            "Åse",
            "Mette",
            "Sørine",
            "Birgitte",
            "Signe",
            "Freja",
            "Ida",
            "Maja",
            "Karoline",
            "Trine",
            "Louise",
            "Pernille",
            "Bodil",
            "Gry",
            "Astrid",
            "Ellen",
            "Lærke",
            "Frøja",
            "Sølvi",
            "Dorthe",
            "Mie",
            "Rikke",
            "Tove",
            "Ane",
        ),
        (
            "Søren",
            "Jørgen",
            "Bjørn",
            "Mads",
            "Rasmus",
            "Anders",
            "Jens",
            "Kasper",
            "Mikkel",
            "Thøger",
            "Nikolaj",
            "Frederik",
            "Bo",
            "Villads",
            "Øjvind",
            "Ebbe",
            "Aksel",
            "Asger",
            "Esben",
            "Torben",
            "Jesper",
            "Kåre",
            "Halfdan",
            "Bent",
        ),
        (
            "Bøgh",
            "Mølgaard",
            "Ærøe",
            "Østergaard",
            "Sørensen",
            "Jørgensen",
            "Kjær",
            "Thygesen",
            "Nørgaard",
            "Fæster",
            "Lykkegård",
            "Dahl",
            "Holm",
            "Brøndum",
            "Skovgård",
            "Væver",
            "Løvstrup",
            "Kjærsgaard",
            "Ravnsbæk",
            "Munkholm",
            "Bækgaard",
            "Grønbech",
            "Aaskov",
            "Frølund",
            "Hjørnholm",
            "Søndergaard",
            "Winther",
            "Ærenlund",
        ),
    ),
    "polish": (
        ("Małgorzata", "Zofia", "Agnieszka", "Katarzyna", "Żaneta", "Joanna"),
        ("Łukasz", "Jędrzej", "Paweł", "Tomasz", "Michał", "Wojciech"),
        ("Wiśniewski", "Kowalczyk", "Wójcik", "Dąbrowski", "Lewandowski", "Zieliński"),
    ),
    "vietnamese": (
        ("Thị Lan", "Thị Hương", "Ngọc Anh", "Thu Trang", "Mai Linh"),
        ("Văn Minh", "Đức Anh", "Quang Huy", "Thành Long", "Văn Hải"),
        ("Nguyễn", "Trần", "Phạm", "Lê", "Hoàng", "Võ"),
    ),
    "arabic": (
        ("Fatima", "Leila", "Aisha", "Mariam", "Nour", "Yasmin", "Rania"),
        ("Ahmed", "Yousef", "Omar", "Khaled", "Mahmoud", "Bilal", "Karim"),
        ("Al-Hassan", "Haddad", "Abdallah", "Khalil", "Mansour", "El-Sayed"),
    ),
    "turkish": (
        ("Sıla", "Çağla", "Elif", "Zeynep", "Gülşen", "Ayşe"),
        ("Emre", "Mehmet", "Oğuz", "Barış", "Can", "Hüseyin"),
        ("Yılmaz", "Öztürk", "Şahin", "Demir", "Çelik", "Aydın"),
    ),
    "nigerian": (
        ("Oluwaseun", "Chidinma", "Adaeze", "Folake", "Ngozi"),
        ("Adebayo", "Chukwuemeka", "Oluwaseun", "Tunde", "Ifeanyi"),
        ("Okonkwo", "Adeyemi", "Okafor", "Balogun", "Eze"),
    ),
    "somali": (
        ("Hodan", "Amina", "Sahra", "Faadumo", "Ifrah"),
        ("Abdirahman", "Mohamed", "Abdullahi", "Hassan", "Liban"),
        ("Warsame", "Farah", "Jama", "Osman", "Hirsi"),
    ),
    "ukrainian": (
        ("Oksana", "Olena", "Iryna", "Yuliia", "Nataliia"),
        ("Dmytro", "Oleksandr", "Andrii", "Serhii", "Taras"),
        ("Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Melnyk"),
    ),
    "greenlandic": (
        ("Nivi", "Paninnguaq", "Aviaja", "Naja", "Ivalo"),
        ("Aputsiaq", "Nuka", "Malik", "Inunnguaq", "Pavia"),
        ("Kleist", "Lynge", "Motzfeldt", "Berthelsen", "Olsen"),
    ),
    "other": (
        ("Zoë", "Chloë", "Siobhán", "Anaïs", "Noémie", "Inés"),
        ("Seán", "José", "Raphaël", "Björn", "Jürgen", "Zoltán"),
        ("O'Connor", "García", "Müller", "Lefèvre", "Nagy", "Ó Briain"),
    ),
}

# Weights for the origin of a family's first parent.
ORIGIN_WEIGHTS: tuple[tuple[str, int], ...] = (
    ("danish", 55),
    ("polish", 6),
    ("vietnamese", 5),
    ("arabic", 8),
    ("turkish", 6),
    ("nigerian", 4),
    ("somali", 5),
    ("ukrainian", 5),
    ("greenlandic", 3),
    ("other", 3),
)

CHILD_NAMES_F = (
    "Alma",
    "Ella",
    "Liva",
    "Asta",
    "Lærke",
    "Frøya",
    "Ida",
    "Nora",
    "Sofie",
    "Aya",
    "Zoë",
    "Emilie",
    "Høgni",
    "Åsta",
    "Mynte",
)
CHILD_NAMES_M = (
    "Noah",
    "Oscar",
    "Aksel",
    "Bertram",
    "Sofus",
    "Storm",
    "Malthe",
    "Valdemar",
    "Elias",
    "Yusuf",
    "Bjørn",
    "Søren",
    "Ali",
    "Kåre",
    "Øgir",
)

WORKERS = (
    "Mette Kjærgaard",
    "Jonas Østergaard",
    "Line Åberg",
    "Hassan Demir",
    "Birgitte Sønderby",
    "Kristoffer Bækholm",
    "Zeynep Aydın Holm",
)

MUNICIPALITIES = (
    "Aarhus",
    "Odense",
    "Aalborg",
    "Esbjerg",
    "Randers",
    "Køge",
    "Næstved",
    "Frederikshavn",
    "Ærø",
    "Sønderborg",
    "Hjørring",
    "Høje-Taastrup",
    "Fanø",
)

SCHOOLS = (
    "Bøgeskolen",
    "Søndervangskolen",
    "Ålykkeskolen",
    "Skovbrynet Skole",
    "Kærhøjskolen",
    "Nørre Skole",
    "Frederiksbjerg Skole",
    "Højvangskolen",
)

STREETS = (
    "Bøgevej",
    "Søndergade",
    "Østerbrogade",
    "Æblehaven",
    "Møllevangen",
    "Kærvej",
    "Skovbrynet",
    "Åbrinken",
    "Ringkøbingvej",
    "Lærkevej",
    "Tværgade",
    "Fælledvej",
    "Hørgården",
    "Grønnegade",
    "Præstevænget",
)

PLACEMENT_SITES: dict[str, tuple[str, ...]] = {
    "foster-family": (
        "Plejefamilien Lund, Bjerringbro",
        "Plejefamilien Thøgersen, Skærbæk",
        "Plejefamilien Hald, Ringe",
    ),
    "network-foster-family": (
        "Mormor og morfar (netværksplejefamilie)",
        "Faster Ulla (netværksplejefamilie)",
    ),
    "residential-institution": (
        "Døgninstitutionen Solsikken",
        "Børnehjemmet Kildebakken",
        "Ungehuset Fyrtårnet",
    ),
    "socio-educational-home": (
        "Opholdsstedet Egeløkke",
        "Opholdsstedet Havørnen",
        "Det socialpædagogiske opholdssted Vesterled",
    ),
    "own-room": ("Eget værelse med støtte, Vestergade",),
    "other": ("Efterskole med særlig støtte", "Kost- og friskole Løgstør"),
}

RESIDENTIAL_SITES = (
    "Familieinstitutionen Havbrisen",
    "Familiecentret Lindehuset",
    "Mødre- og familiehjemmet Ågården",
)

PROGRAMMES_BY_SETTING: dict[str, tuple[str | None, ...]] = {
    "home": ("PMTO", "MST", "FFT", "De Utrolige År", None, None),
    "residential": (None, None, "MultifunC", "De Utrolige År – Baby"),
    "placed-child-parent-support": ("KEEP", "MTFC", None, None),
    "preventive": ("De Utrolige År", "De Utrolige År – Baby", "PMTO", "VIDA", None),
}

LEGAL_BASIS: dict[str, str] = {
    "home": "Barnets lov – støttende indsats: familiebehandling i hjemmet",
    "residential": "Barnets lov – døgnophold for hele familien",
    "placed-child-parent-support": "Barnets lov – støtte til forældre under barnets anbringelse",
    "preventive": "Barnets lov – forebyggende indsats",
}

PURPOSES: dict[str, tuple[str, ...]] = {
    "home": (
        "At forebygge anbringelse ved at skabe en mere stabil og forudsigelig hverdag for {child}.",
        "At styrke forældrenes kompetencer, så {child} kan blive boende hjemme.",
    ),
    "residential": (
        "At forældrene under døgnopholdet lærer at aflæse og dække {child}s "
        "behov, så familien kan flytte hjem sammen.",
    ),
    "placed-child-parent-support": (
        "At {parent} får det bedre og kan bruge samværet med {child} godt.",
        "At styrke samarbejdet mellem forældre og anbringelsessted til gavn for {child}.",
    ),
    "preventive": (
        "At give familien redskaber tidligt, før vanskelighederne vokser.",
        "At styrke samspillet mellem forældre og {child}.",
    ),
}

PLAN_TITLES = (
    "Forældrehandleplan",
    "Forældrehandleplan – forandringsfasen",
    "Forældrehandleplan – vedligehold",
    "Fælles plan for familien",
    "Handleplan for samvær og hverdag",
)

PARENTS_OWN_WORDS = (
    "»Vi vil gerne have, at aftenerne bliver rolige, så {child} ikke falder i søvn grædende.«",
    "»Jeg vil være en {parent_noun}, {child} kan regne med – også når jeg har det svært.«",
    "»Vi råber for meget. Vi vil lære at sige tingene, før det eksploderer.«",
    "»Jeg vil gerne kunne holde samværet uden at bryde sammen bagefter.«",
    "»Vi vil have styr på mad, sengetid og at komme afsted om morgenen.«",
    "»Jeg ønsker, at {child} kommer i skole hver dag og har en madpakke med.«",
    "»Jeg vil gerne forstå, hvorfor {child} bliver så vred, og hvad jeg kan gøre.«",
    "»Vi skal blive bedre til at tale med skolen i stedet for at undgå dem.«",
)

RESOURCES = (
    "{parent} er meget engageret og møder op til alle aftaler. Mormor hjælper med hentning.",
    "Forældrene er varme over for {child} og gode til leg. Stærkt netværk via moskéen.",
    "{parent} har tidligere haft fast arbejde og ved, hvad der skal til for at holde en rytme.",
    "{child} har en god relation til sin klasselærer og går til fodbold.",
    "Familien har en nær veninde, der kan tage {child} en weekend om måneden.",
    "{parent} er ærlig om egne vanskeligheder og beder selv om hjælp.",
)

CONCERNS = (
    "Uro og konflikter ved sengetid; {child} sover ofte først efter kl. 23.",
    "Højt fravær i {inst}. {child} kommer flere dage uden madpakke.",
    "{parent}s psykiske sårbarhed i perioder med stress; risiko for at trække sig.",
    "Skænderier mellem de voksne, som {child} overhører.",
    "Samværet aflyses ofte med kort varsel, hvilket gør {child} utryg.",
    "Økonomiske problemer og risiko for udsættelse fra lejligheden.",
)

CRISIS_NOTES = (
    "Anbringelsen opleves af {parent} som et chok. Der arbejdes kriseinformeret: korte "
    "samtaler, gentagelse af aftaler skriftligt og fokus på, hvad {parent} kan nu.",
    "{parent} beskriver søvnløshed og skyld efter anbringelsen. Vi tager udgangspunkt i "
    "{parent}s egne ressourcer og tempo.",
    "Familien har været igennem flugt og mange flytninger. Tryghed og forudsigelighed "
    "prioriteres før forandringsarbejdet.",
    "Ingen akut krise aktuelt. Vi holder øje med tegn på overbelastning hos {parent}.",
)

SUPPORT = (
    "Ugentlige hjemmebesøg, telefonisk kontakt efter behov og deltagelse i netværksmøder.",
    "Samtaler hver 14. dag, støtte før og efter samvær, ledsagelse til møder med kommunen.",
    "Familiebehandling to gange om ugen i hjemmet; forældregruppe hver anden torsdag.",
    "Samtaler på kontoret, samarbejde med sundhedsplejersken og skolen.",
)

# Goals: (ICS dimension, title in the parents' words, success criteria).
# Goals: (ICS dimension, title in the parents' words, success criteria, steps towards it).
GOALS = (
    (
        "safe-care",
        "»{child} skal have en fast sengetid, og vi skal holde den.«",
        "{child} er i seng senest kl. 20 fem ud af syv aftener.",
        (
            "Lave et billedskema over aftenrutinen sammen med {child}",
            "Fast godnathistorie kl. 19.30",
            "Slukke skærme kl. 19 – også de voksnes",
            "Skrive sengetiden i kalenderen hver aften og vise den ved hjemmebesøget",
        ),
    ),
    (
        "school",
        "»{child} skal komme i {inst} hver dag.«",
        "Fraværet er under 5 % i en hel måned.",
        (
            "Ringe til {inst} og aftale en fast ugentlig besked",
            "Lægge tøj og taske frem aftenen før",
            "Vække {child} kl. 6.45 med vækkeur i stedet for mobilen",
            "Holde møde med {inst} og sagsbehandler om fraværet",
        ),
    ),
    (
        "relationships",
        "»Vi vil tale pænt til hinanden foran børnene.«",
        "Forældrene bruger en aftalt pause ved konflikt; ingen råb registreret i en uge.",
        (
            "Øve »pausen« ved konflikter – gennemgås ved hvert hjemmebesøg",
            "Aftale et fast tidspunkt om ugen til at tale om det svære, uden børnene",
            "Skrive de situationer ned, der ender i skænderi",
        ),
    ),
    (
        "stimulation-guidance",
        "»Jeg vil lege med {child} hver dag i 15 minutter.«",
        "Daglig legetid noteres i kalenderen i fire uger.",
        (
            "Lade {child} vælge legen og følge {child_obj}",
            "Sætte en fast legetid efter aftensmaden",
            "Låne spil på biblioteket",
        ),
    ),
    (
        "health",
        "»{child} skal til tandlæge og læge, når der er indkaldt.«",
        "Alle indkaldelser er overholdt i et halvt år.",
        (
            "Booke tid hos tandlægen",
            "Sætte indkaldelser op på køleskabet og i mobilens kalender",
            "Tage med {child} til børneundersøgelsen hos egen læge",
        ),
    ),
    (
        "development-behaviour",
        "»Jeg vil kunne berolige {child}, når raseriet kommer.«",
        "Forælderen bruger den aftalte strategi, og udbrud varer kortere end før.",
        (
            "Øve den rolige stemme og at gå ned i knæ",
            "Aftale et »roligt hjørne« med {child}",
            "Deltage i forældregruppen hver anden torsdag",
            "Notere hvornår udbruddene kommer, og hvad der gik forud",
        ),
    ),
    (
        "leisure-friends",
        "»{child} skal have en fritidsaktivitet og en ven med hjem.«",
        "{child} går til en aktivitet hver uge og har haft besøg af en ven.",
        (
            "Invitere en klassekammerat hjem en fredag",
            "Søge fritidspas hos kommunen",
            "Prøvetræne i den lokale fodboldklub",
        ),
    ),
    (
        "housing-work-finances",
        "»Vi vil have styr på regningerne, så vi ikke bliver sat ud.«",
        "Budget lavet sammen med rådgiver; huslejen betalt til tiden tre måneder i træk.",
        (
            "Lave budget sammen med økonomisk rådgiver",
            "Oprette betalingsservice for husleje og el",
            "Sortere posten sammen med familiebehandleren hver anden uge",
        ),
    ),
    (
        "network",
        "»Jeg vil have nogen at ringe til, når det bliver for meget.«",
        "Mindst to personer i netværket har sagt ja til at hjælpe og er skrevet på listen.",
        (
            "Skrive netværkslisten og hænge den på køleskabet",
            "Aftale med mormor, at hun henter om onsdagen",
            "Invitere netværket til et netværksmøde",
        ),
    ),
    (
        "family-background",
        "»Jeg vil forstå, hvordan min egen opvækst påvirker mig som {parent_noun}.«",
        "{parent} kan beskrive to mønstre og hvad {parent_pron} gør i stedet.",
        (
            "Tale om egen barndom i tre samtaler med familiebehandleren",
            "Henvises til samtaleforløb hos psykolog",
        ),
    ),
    (
        "relationships",
        "»Samværet med {child} skal blive godt for os begge.«",
        "Samvær gennemføres som aftalt; {child} falder til ro efter samværet.",
        (
            "Forberede samværet sammen med familiebehandleren dagen før",
            "Tage en ting med hjemmefra, som {child} kender",
            "Afslutte samværet på samme måde hver gang",
        ),
    ),
    (
        "safe-care",
        "»Der skal være en madpakke med hver dag.«",
        "Madpakke med alle skoledage i fire uger.",
        (
            "Smøre madpakke aftenen før og lægge den i køleskabet",
            "Skrive indkøbsliste søndag sammen med {child}",
        ),
    ),
)

REVIEW_SUMMARIES = (
    "Forældrene oplever fremgang med aftenrutinen. Skolen melder om færre fraværsdage.",
    "Blandet periode: sengetiden holder, men konflikterne er tiltaget i forbindelse med "
    "flytning. Planen fortsætter uændret.",
    "Samværene er gennemført som aftalt, og {child} falder hurtigere til ro bagefter.",
    "Målene er i vid udstrækning nået. Vi aftaler at gå over i vedligeholdelsesfasen.",
    "{parent} har haft en svær periode med sygdom; et delmål justeres, så det er realistisk.",
)

# --- session notes ---------------------------------------------------------------------

SUMMARIES_BY_KIND: dict[str, tuple[str, ...]] = {
    "home-visit": (
        "Hjemmebesøg – aftenrutine og sengetid",
        "Hjemmebesøg – morgensituationen",
        "Hjemmebesøg – opfølgning på planen",
        "Hjemmebesøg – leg og samspil",
        "Hjemmebesøg ved aftensmad",
    ),
    "office": (
        "Samtale på kontoret med {parent}",
        "Forældresamtale – status på målene",
        "Samtale om samarbejdet med skolen",
    ),
    "phone": (
        "Telefonsamtale med {parent}",
        "Opringning fra {parent} efter konflikt",
        "Kort telefonisk opfølgning",
    ),
    "video": ("Videosamtale med {parent}", "Videomøde – forberedelse af netværksmøde"),
    "supervised-contact": (
        "Overvåget samvær mellem {parent} og {child}",
        "Støttet samvær – legeplads og is",
        "Samvær i familiehuset",
    ),
    "network-meeting": (
        "Netværksmøde med skole og sagsbehandler",
        "Netværksmøde – status før opfølgning",
        "Møde med netværket",
    ),
    "placement-site": (
        "Besøg på anbringelsesstedet",
        "Møde med plejefamilien",
        "Samarbejdsmøde på anbringelsesstedet",
    ),
    "group": (
        "Forældregruppe – grænser uden råb",
        "Forældregruppe – ros og opmærksomhed",
        "Forældregruppe – at tale med sit barn om anbringelsen",
    ),
}

# Observations and parents' words, split by how the visit went: later in a case,
# good visits become likelier (the demo shows gradual improvement).
OBSERVATIONS_GOOD = (
    "Ved ankomst var {child} ved at spise aftensmad; {parent} sad ved bordet og spurgte ind "
    "til dagen i {inst}.",
    "{parent} havde lavet et billedskema over sengetiden og hængt det op på køleskabet.",
    "Lejligheden fremstod ryddelig. Der lå en færdigsmurt madpakke klar til i morgen.",
    "{child} legede med LEGO på gulvet og viste stolt et tårn frem.",
    "Under samværet satte {parent} sig på gulvet og legede med {child} i ca. 20 minutter.",
    "{child} søgte flere gange øjenkontakt med {parent} og smilede, da de byggede sammen.",
    "Da det blev tid til at gå, græd {child}, og {parent} trøstede med en rolig stemme.",
    "Aftenrutinen blev gennemført: bad, tandbørstning, godnathistorie. {child} lå i sengen "
    "kl. 19.50.",
    "{parent} satte en klar grænse, da {child} kastede med legetøj, og holdt den uden at råbe.",
    "{prof} fortalte, at {child} har været mere rolig i {inst} de seneste uger.",
    "{other} deltog en del af tiden og tog over med opvasken, så {parent} kunne tale.",
)

OBSERVATIONS_HARD = (
    "Der var høj stemning i stuen ved ankomst; {other} gik ud på altanen for at ryge.",
    "{parent} virkede træt og fortalte at have sovet dårligt de sidste nætter.",
    "{parent} kom 15 minutter for sent til samværet og var synligt stresset.",
    "{child} havde ikke madpakke med og havde ikke spist morgenmad, oplyste {inst}.",
    "Der lå flere ubetalte regninger på bordet; {parent} bad selv om hjælp til at sortere dem.",
    "Sengetiden trak ud; {child} var oppe til kl. 22.30, og {parent} opgav at holde skemaet.",
    "{child} slog ud efter {parent}, da fjernsynet blev slukket; {parent} hævede stemmen.",
)

# What is seen and heard depends on where it happens: a phone call is no home visit.
# (good, hard) per session kind; a kind's phrases that do not fit the family (placement
# words where no child is placed) fall back to the home visit's.
OBSERVATIONS_BY_KIND: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "home-visit": (
        tuple(o for o in OBSERVATIONS_GOOD if "samvær" not in o),
        tuple(o for o in OBSERVATIONS_HARD if "samvær" not in o),
    ),
    "phone": (
        (
            "{parent} ringede som aftalt og fortalte, at morgenen var gået roligt; {child} kom "
            "i {inst} til tiden.",
            "Kort opfølgning i telefonen: billedskemaet bruges stadig, og {parent} har selv "
            "ringet til {inst} om et forældremøde.",
            "{parent} fortalte i telefonen, at sengetiden er holdt fire af ugens aftener.",
        ),
        (
            "{parent} ringede ophidset efter en konflikt om lektier. Samtalen blev brugt til at "
            "finde ro, og {parent} ville tage en pause, før {parent_pron} talte med {child} igen.",
            "{parent} tog ikke telefonen første gang; ved andet opkald lød {parent_pron} træt "
            "og fortalte om flere dårlige nætter.",
            "I telefonen fortalte {parent}, at {inst} havde ringet om {child}s fravær.",
        ),
    ),
    "video": (
        (
            "{parent} var klar ved skærmen til tiden; vi gennemgik ugens aftaler og skemaet "
            "for morgenen.",
            "Over video viste {parent} det nye billedskema, som {child} selv har hjulpet med.",
        ),
        (
            "Forbindelsen faldt ud to gange; {parent} var distraheret og sagde, at ugen havde "
            "været kaotisk.",
            "{parent} sad i bilen under videosamtalen og havde svært ved at tale frit.",
        ),
    ),
    "office": (
        (
            "{parent} mødte til tiden på kontoret. Vi gennemgik målene i planen, og {parent} "
            "vurderede selv, at morgenerne går bedre.",
            "{parent} havde skrevet spørgsmål ned hjemmefra og brugte dem til at styre samtalen.",
        ),
        (
            "{parent} kom for sent og var vred over et brev fra kommunen; vi brugte det meste "
            "af tiden på at forstå brevet sammen.",
            "{parent} sagde, at det er svært at se fremskridt, og var i tvivl om, hvad "
            "{parent_pron} skulle arbejde med.",
        ),
    ),
    "supervised-contact": (
        (
            "Under samværet satte {parent} sig på gulvet og legede med {child} i ca. 20 minutter.",
            "{child} løb {parent} i møde ved ankomsten; de spiste medbragt frugt og læste en "
            "bog sammen under samværet.",
            "Ved samværets afslutning sagde {parent} roligt farvel og fortalte {child}, hvornår "
            "de ses igen.",
            "{child} og {parent} mødtes i familiehuset; {parent} havde taget et spil med, og "
            "de spillede sammen det meste af tiden.",
        ),
        (
            "{parent} kom 15 minutter for sent til samværet og var synligt stresset.",
            "{child} var stille i starten af samværet og holdt sig tæt til plejemor; det tog "
            "en halv time, før {child_pron} gik hen til {parent}.",
            "{parent} talte med {child} om at flytte hjem; samværet blev kort afbrudt, og vi "
            "talte bagefter om, hvad der er godt at sige til {child}.",
            "{child} ville ikke sige farvel og græd ved afslutningen; {parent} blev rolig og "
            "lovede at komme igen på fredag.",
        ),
    ),
    "network-meeting": (
        (
            "På mødet fortalte {prof}, at {child} er faldet bedre til i {inst}; {parent} fik "
            "ros for at møde op til alle aftaler.",
            "Netværket aftalte en fælles plan for morgenerne; {other} henter fast om onsdagen.",
        ),
        (
            "{inst} oplyste om stigende fravær; {parent} følte sig angrebet, og mødet blev "
            "brugt på at finde en fælles forståelse.",
            "Sagsbehandleren kunne ikke deltage; mødet blev kortere, og flere punkter blev udsat.",
        ),
    ),
    "placement-site": (
        (
            "Plejefamilien fortalte, at {child} sover bedre og selv har valgt en fritidsaktivitet.",
            "Ved besøget på anbringelsesstedet viste {child} sit værelse frem for {parent}.",
            "Personalet på stedet fortalte, at {child} er faldet godt til og spiser med ved "
            "fællesbordet.",
        ),
        (
            "Plejefamilien oplevede, at {child} var urolig dagene efter samvær; vi aftalte at "
            "tale om overgangene.",
            "{parent} og plejemor talte forbi hinanden om tøj og lommepenge; vi aftalte en fast "
            "ugentlig besked på anbringelsesstedet.",
            "Personalet på stedet fortalte om uro ved sengetid; vi aftalte at følge op i næste "
            "uge.",
        ),
    ),
    "group": (
        (
            "I gruppen fortalte {parent} om en aften, hvor pausen virkede; de andre forældre "
            "spurgte interesseret ind.",
            "{parent} deltog aktivt i rollespillet om at sætte grænser uden at råbe.",
        ),
        (
            "{parent} sad stille det meste af gangen og sagde bagefter, at det var svært at "
            "tale foran de andre.",
            "{parent} gik tidligt fra gruppen for at hente {child}.",
        ),
    ),
}
#: Kinds where the child is usually there to be heard in the note.
CHILD_PRESENT_KINDS = ("home-visit", "supervised-contact", "placement-site")

PARENT_QUOTES_GOOD = (
    "»Jeg har holdt sengetiden hver aften i denne uge – det har jeg aldrig gjort før.«",
    "»Jeg prøvede det med pausen, og det virkede faktisk.«",
    "»Vi har ikke råbt én eneste gang siden sidst.«",
    "»Det hjælper at have det skrevet ned, så jeg kan huske det.«",
    "»Vi var i skoven i weekenden, og {child} var så glad.«",
)

PARENT_QUOTES_HARD = (
    "»Jeg er så træt om aftenen, at jeg giver op, når {child_pron} ikke vil i seng.«",
    "»Samværet var svært i dag. Jeg savner {child} hele tiden.«",
    "»Skolen ringer kun, når der er noget galt.«",
    "»Jeg er bange for, at kommunen tager {child_obj}, hvis jeg siger, hvordan det er.«",
    "»Jeg føler, at plejefamilien ser ned på mig.«",
)

CHILD_QUOTES = (
    "»Jeg kan bedst lide, når du henter mig i {inst}.«",
    "»{parent_call}, må jeg sove hos dig i nat?«",
    "»Jeg vil ikke i {inst} i morgen, de andre driller.«",
    "»Se, jeg har tegnet vores hus!«",
    "»Hvornår skal jeg se dig igen?«",
    "»Far råber ikke så meget mere.«",
    "»Jeg har selv smurt min madpakke.«",
    "»Jeg er ikke træt!« (kl. 21.15)",
    "»Må jeg blive lidt længere?«",
)

ASSESSMENTS = (
    "Det er min faglige vurdering, at {parent} er i gang med at etablere en mere stabil "
    "aftenrutine, og at {child} profiterer af forudsigeligheden.",
    "Jeg vurderer, at samspillet mellem {parent} og {child} er præget af varme, men at "
    "{parent} har svært ved at fastholde grænser, når {parent_pron} selv er presset.",
    "Samlet vurderer jeg, at familien fortsat har behov for intensiv støtte; fremgangen er "
    "skrøbelig og afhænger af {parent}s psykiske tilstand.",
    "Min vurdering er, at samværet var godt for {child}; {parent} aflæste barnets signaler "
    "og tilpassede legen.",
    "Jeg er bekymret for {child}s trivsel, idet fraværet fra {inst} er steget, og "
    "{parent} ikke har overblik over morgensituationen.",
    "Jeg vurderer, at forældrene samarbejder bedre om opdragelsen og bruger de aftalte "
    "strategier uden påmindelse.",
)

AGREEMENTS = (
    "{parent} fortsætter med billedskemaet. Næste hjemmebesøg torsdag kl. 17.",
    "Familiebehandler kontakter {inst} vedr. fravær. {parent} ringer, hvis noget opstår.",
    "Samvær fortsætter hver anden lørdag. Vi forbereder det sammen fredagen før.",
    "{parent} booker tandlægetid inden næste møde.",
    "Vi mødes igen om 14 dage på kontoret; {other} inviteres med.",
    "Ingen nye aftaler; planen fortsætter uændret.",
)

CONCERN_NOTES = (
    "{child} fortalte, at {other} havde slået i døren og råbt, så {child_pron} blev bange. Jeg har "
    "orienteret sagsbehandler {prof} samme dag.",
    "{child} havde et blåt mærke på armen og sagde: »Jeg faldt på trappen.« Underretning "
    "drøftet med leder; sagsbehandler orienteret.",
    "{parent} var påvirket ved samværet, som blev afbrudt. Sagsbehandler orienteret.",
)

CANCELLED_NOTES = (
    "Aflyst af {parent} pga. sygdom. Ny tid aftalt.",
    "Aflyst af familiebehandler pga. kursus. {parent} orienteret pr. sms.",
    "Aflyst – {child} syg med feber.",
    "Aflyst af anbringelsesstedet; samværet flyttes til næste uge.",
)

NO_SHOW_NOTES = (
    "{parent} var ikke hjemme ved det aftalte besøg. Ringet to gange uden svar; sms sendt.",
    "{parent} mødte ikke op på kontoret. Kontakt genoptaget telefonisk dagen efter.",
    "Ingen åbnede. {parent} skrev senere, at {parent_pron} havde glemt aftalen.",
)
#: A missed contact told as it was missed: nobody home, nobody on the line, nobody came.
NO_SHOW_BY_KIND: dict[str, tuple[str, ...]] = {
    "home-visit": (NO_SHOW_NOTES[0], NO_SHOW_NOTES[2]),
    "office": (NO_SHOW_NOTES[1],),
    "phone": (
        "{parent} tog ikke telefonen på det aftalte tidspunkt; sms sendt med tilbud om ny tid.",
    ),
    "video": ("{parent} loggede ikke på videomødet. Ringet op uden svar; ny tid tilbudt pr. sms.",),
}
#: What is written when nobody came to a contact of any other kind.
NO_SHOW_ELSEWHERE = "{parent} mødte ikke op. Kontakt genoptaget telefonisk dagen efter."

PLANNED_NOTES = (
    "Fokus: opfølgning på sengetid og madpakker.",
    "Forberedelse af netværksmødet; gennemgå planens mål.",
    "Samvær – husk at tage spillet med, som {child} bad om.",
    "",
)

ADDENDA = (
    "Rettelse: samværet sluttede kl. 15.30, ikke kl. 16.00 som skrevet.",
    "Tilføjelse: {parent} har efterfølgende oplyst, at {inst} var orienteret om fraværet.",
    "Rettelse af navn: det var {other}, ikke {parent}, der hentede {child}.",
    "Tilføjelse efter samtale med {prof}: oplysningen om skoleskift er bekræftet.",
)

LOCATIONS_BY_KIND: dict[str, tuple[str, ...]] = {
    "home-visit": ("I hjemmet",),
    "office": (
        "Familiehuset, samtalerum 2",
        "Familiecentret, mødelokale Ø",
        "Kontoret, Åboulevarden",
    ),
    "phone": ("Telefon",),
    "video": ("Video (sikker forbindelse)",),
    "supervised-contact": (
        "Familiehuset, samværslejligheden",
        "Legepladsen ved Søparken",
        "Samværsrummet, Familiecentret",
    ),
    "network-meeting": ("{inst_cap}", "Rådhuset, mødelokale 3", "Familiecentret"),
    "placement-site": ("Anbringelsesstedet",),
    "group": ("Familiecentret, gruppelokalet", "Medborgerhuset, sal 1"),
}

FAMILY_NOTES = (
    "Henvist af kommunen efter underretninger fra {inst}.",
    "Familien ønsker selv hjælp; henvist via sundhedsplejersken.",
    "Tolk ved længere samtaler. Familien foretrækker hjemmebesøg om eftermiddagen.",
    "Mor og far bor hver for sig; samarbejdet om {child} er anstrengt.",
    "Barnet er anbragt; fokus på forældrenes trivsel og samværet.",
    "",
)

#: The plan's section for the child's perspective (Barnets perspektiv).
CHILD_PERSPECTIVES = (
    "{child} siger, at det bedste er, når der er ro om aftenen.",
    "{child} fortæller, at det er svært, når de voksne skændes.",
    "{child} vil gerne have, at der er faste aftaler om, hvem der henter.",
    "{child} har tegnet sin familie og fortalt om, hvem der er vigtige.",
)
#: A session's concern: what it was about, and who was told.
CONCERN_WHAT = "Bekymring for {child}s trivsel; se notatet."
CONCERN_TOLD_WHO = "Sagsbehandler i kommunen"

# --- the placement match and the child's voice (all fictitious) ---------------------------

#: What each kind of site in the register is good at (Kompetencer).
SITE_COMPETENCES: dict[str, tuple[str, ...]] = {
    "foster-family": (
        "Erfaring med små børn og tilknytning; tæt samarbejde med forældrene om samvær.",
        "Skolebørn 6-12 år; struktur i hverdagen, lektiehjælp, fritidsinteresser.",
        "Børn med uro i kroppen; rolige rammer på landet, dyr og natur.",
    ),
    "network-foster-family": (
        "Kender barnet i forvejen; bor tæt på skole og venner.",
        "Familiens eget netværk; støttes af kommunens netværksplejefamiliekonsulent.",
    ),
    "residential-institution": (
        "Børn 6-14 år med udadreagerende adfærd; intern skole; døgnbemanding.",
        "Traumebevidst pædagogik; psykologtilknytning; skærmede pladser.",
        "Unge 13-17 år; udslusning til egen bolig.",
    ),
    "socio-educational-home": (
        "Små grupper med faste voksne; særligt tilbud til børn med ADHD og autisme.",
        "Unge piger 12-17 år; selvskade og spiseforstyrrelser; samarbejde med børnepsykiatrien.",
        "Landligt opholdssted med dyr; egen skole med 8 elever.",
    ),
    "own-room": ("Eget værelse med daglig støtte fra kontaktperson; unge 16-17 år.",),
    "other": (
        "Efterskole med særlig pædagogisk støtte og tæt kontakt til hjemmet.",
        "Kostskole med lektiecafé og mentorordning.",
    ),
}
#: How many children each kind of site takes, at most (a range to draw from).
SITE_CAPACITY: dict[str, tuple[int, int]] = {
    "foster-family": (1, 3),
    "network-foster-family": (1, 2),
    "residential-institution": (6, 16),
    "socio-educational-home": (4, 9),
    "own-room": (1, 1),
    "other": (20, 60),
}

#: The child's needs in one ICS dimension, as a match describes them.
MATCH_NEEDS: dict[str, tuple[str, ...]] = {
    "health": (
        "Har astma og skal have hjælp til sin medicin morgen og aften.",
        "Sover uroligt og har brug for faste rutiner ved sengetid.",
    ),
    "development-behaviour": (
        "Reagerer med vrede, når planer ændres; har brug for at blive forberedt.",
        "Trækker sig, når der er mange mennesker; har brug for en fast voksen.",
    ),
    "school": (
        "Skal blive i sin klasse på {inst}; går til specialundervisning i dansk.",
        "Har meget fravær og brug for en voksen, der følger op hver morgen.",
    ),
    "leisure-friends": (
        "Går til fodbold to gange om ugen og vil gerne fortsætte.",
        "Har få venner og brug for hjælp til at komme med i fællesskaber.",
    ),
    "safe-care": ("Har brug for voksne, der er forudsigelige og rolige, også om natten.",),
    "relationships": (
        "Samvær med {parent_noun} hver uge er vigtigt for {child_obj}.",
        "Har tæt kontakt til sine søskende, som skal bevares.",
    ),
    "network": ("Mormor er en vigtig voksen og skal kunne besøge {child_obj}.",),
}
#: The child's own view of the match (from the børnesamtale), and for a small child.
MATCH_CHILD_VIEWS = (
    "{child} siger, at {child_pron} gerne vil bo et sted, hvor der er dyr.",
    "{child} vil gerne blive på sin skole og se sine venner.",
    "{child} siger, at {child_pron} vil bo tæt på {parent_noun}.",
    "{child} er bange for at skulle flytte langt væk og vil gerne besøge stedet først.",
)
MATCH_CHILD_VIEW_SMALL = (
    "{child} er for lille til at sige det med ord; {child_pron} falder til ro hos faste voksne."
)
MATCH_PARENTS_VIEWS = (
    "{parent_call} ønsker en plejefamilie tæt på, så samværet kan fortsætte.",
    "{parent_call} er ked af anbringelsen, men vil gerne have, at {child} bliver på sin skole.",
    "{parent_call} ønsker, at {child} kommer et sted hen, hvor de voksne har tid.",
)
MATCH_ASSESSMENTS_GOOD = (
    "Stedet kan rumme {child}s behov og ligger tæt på skolen.",
    "Gode erfaringer med børn på {child}s alder; har plads til samvær i hjemmet.",
    "Stabile voksne og rolige rammer; har sagt ja til at støtte samværet.",
)
MATCH_ASSESSMENTS_POOR = (
    "Ligger langt fra {child}s skole og netværk.",
    "Har ikke erfaring med børn med {child}s behov.",
    "Har plads, men mange børn i forvejen.",
)
MATCH_REASONS = (
    "Stedet matcher bedst {child}s behov for ro og for at blive på sin skole; {child}s og "
    "{parent_noun}s ønsker er hørt.",
    "Stedet har erfaring med børn i {child}s situation og kan støtte samværet med {parent_noun}.",
)
FOLLOW_UP_NOTES = (
    "{child} er faldet godt til og har fået en fast voksen.",
    "{child} savner {parent_noun}, men samværet fungerer.",
    "Der har været uro ved sengetid; plejeforældrene har fået vejledning.",
    "{child} trives i skolen og er begyndt til fodbold.",
)
FOLLOW_UP_NOTES_HARD = (
    "{child} har haft flere voldsomme konflikter med de voksne.",
    "Plejeforældrene giver udtryk for, at de er ved at være slidt op.",
)
BREAKDOWN_NOTES = (
    "Stedet kunne ikke rumme {child}s udadreagerende adfærd; {child} flyttede akut.",
)

#: Børnesamtaler (Barnets lov § 5): who supported the child, what the child said, the summary.
SUPPORT_PERSONS = ("Moster Hanne", "Bisidder fra Børns Vilkår", "Lærer på {inst}", "")
CONVERSATION_WORDS = (
    "Jeg vil gerne bo et sted med en hund.",
    "Jeg vil ikke skifte skole. Mine venner er der.",
    "Jeg savner {parent_noun} om aftenen.",
    "Det er godt at være hos dem. De råber ikke.",
    "Jeg vil gerne se {parent_noun} hver weekend.",
)
CONVERSATION_SUMMARIES = (
    "Samtalen foregik i {child}s værelse; {child_pron} tegnede undervejs.",
    "{child} var åben og fortalte om sine ønsker til hverdagen.",
    "{child} var stille i starten, men fortalte om skolen og vennerne.",
)
CONVERSATION_DECLINED = "{child} ønskede ikke at tale med os i dag; vi aftalte at prøve igen."
CONVERSATION_PRESENT = "{child} og familiebehandler {worker}"
