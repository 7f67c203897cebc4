"""The demo plan in Danish: Mette Hansen, afdelingsleder in the home care."""

from __future__ import annotations

from handleplan.demo.sketch import MODUL1, OPSTART, TRIO1, Cycle, Initiative, Plan, Reflection, Role
from handleplan.models import Decision, InitiativeStatus, Level, Phase


def plan() -> Plan:
    L = Level  # noqa: N806
    return Plan(
        name="Mette Hansen",
        organisation="Hjemmeplejen Nord, Aarhus Kommune",
        unit="Team Vest – dag- og aftenvagt, 34 social- og sundhedsmedarbejdere",
        focus=(
            "Hvordan skaber jeg mere psykologisk tryghed og forudsigelighed i en hverdag med stort tidspres, "
            "ændringer i kørelisten og mange sygemeldinger – så mine medarbejdere siger til, før de bliver "
            "overophedede, og ikke først når de er sygemeldt?"
        ),
        course_title="Lederens rolle i psykisk arbejdsmiljø",
        amr=("Jonas Kristensen", "AMR"),
        tr=("Susanne Holm", "TR"),
        module_place="Kursuscentret, Aarhus C",
        trio_place="Mødelokalet på Vestergade",
        trio_notes=(
            "Vi gennemgik de fem tiltag. Stjernestunderne kører nu af sig selv – teamet holder fast i dem, "
            "også når jeg ikke er der. Bufferen i kørelisten virker på rute 1 og 2, men blev brugt op på "
            "rute 3, da vi manglede en vikar; vi var enige om, at bufferen skal beskyttes.\n\n"
            "AMR'en foreslog, at vi tager stresstrappen med i MED-udvalget. TR'en gjorde opmærksom på, at "
            "aftenholdet føler sig mindre hørt end dagholdet – de er næsten aldrig med til teammøderne. Det "
            "skal vi tage alvorligt, når vi laver spilleregler for vagtskiftet."
        ),
        trio_bring=(
            "Hvordan beskytter man tid i kørelisten, når der mangler hænder?\n"
            "Hvordan får vi aftenholdet med, når vi kun ses ved vagtskiftet?\n"
            "Erfaringer fra andre med stresstrappen i en travl drift."
        ),
        trio_agreement="Booke næste TRIO-møde, to uger efter Modul 2",
        modul2_points=(
            "Hvordan skaber jeg psykologisk tryghed på et hold, jeg kun ser ti minutter ved vagtskiftet?\n"
            "Sparring på at beskytte bufferen i kørelisten, når der mangler folk.\n"
            "Hvordan er jeg rollemodel, når jeg selv er presset? Jeg kan mærke, at jeg løber for stærkt."
        ),
        initiatives=[
            Initiative(
                key="trappen",
                title="Stresstrappen som fast punkt på teammødet",
                goal=(
                    "At vi taler om belastning, før nogen bliver overophedede – og at det bliver helt "
                    "almindeligt at sige: »Jeg er på vej op ad trappen.«"
                ),
                why=(
                    "Vi har haft tre langtidssygemeldinger med stress det seneste år. Jeg opdager det for "
                    "sent, og flere siger, at de ikke vil være »dem, der klager«."
                ),
                tags=["workload", "emotional_demands", "social_stotte", "inkludere"],
                status=InitiativeStatus.ACTIVE,
                cycles=[
                    Cycle(
                        phase=Phase.DO,
                        fields={
                            "target": "Mindst 12 af 16 har sat deres magnet inden jul.",
                            "objective": "Bruge stresstrappen som dialogværktøj på de næste fire teammøder "
                            "(hver 14. dag), 15 minutter hver gang.",
                            "measure": "Hvor mange der selv siger, hvor de er på trappen, og hvor mange der "
                            "henvender sig til mig om belastning mellem møderne.",
                            "data_plan": "Jeg noterer efter hvert møde uden navne. AMR'en skriver sine "
                            "indtryk ned, og vi sammenligner på TRIO-mødet.",
                            "method": "Drejebogen »Stresstrappen« fra kurset: rammesætning, hver sætter "
                            "anonymt en magnet på trappen, fælles snak om hvad der flytter os mod "
                            "venstre, og 2–3 forslag til de næste uger.",
                            "helpers": "AMR'en faciliterer sammen med mig. TR'en samler "
                            "forslagene op og hænger dem op ved tavlen.",
                            "as_planned": True,
                            "unplanned": "På andet møde ville to gerne tale om en voldsom episode hos en "
                            "borger. Vi tog os tid til det og brugte 25 minutter i stedet for "
                            "15 – det var det rigtige at gøre.",
                        },
                        questions=[
                            (
                                "Vil medarbejderne sige højt, hvor de er på trappen?",
                                "Kun få de første gange; flere, når de ser, at det ikke får konsekvenser.",
                                "",
                            ),
                            (
                                "Kommer der flere henvendelser til mig om belastning mellem møderne?",
                                "Ja, to-tre flere om måneden.",
                                "",
                            ),
                        ],
                        tasks=[
                            (
                                "Tegne trappen på tavlen og købe magneter",
                                "Mette",
                                "Før første møde",
                                "Personalerummet",
                                True,
                            ),
                            (
                                "Første dialog på teammødet",
                                "Mette og AMR'en",
                                "Teammødet i uge 1",
                                "Mødelokalet",
                                True,
                            ),
                            (
                                "Anden dialog – opfølgning på forslagene",
                                "Mette og AMR'en",
                                "Teammødet i uge 3",
                                "Mødelokalet",
                                True,
                            ),
                            (
                                "Tredje dialog – også for aftenholdet",
                                "Mette og TR'en",
                                "Næste teammøde",
                                "Mødelokalet, kl. 14.30 ved vagtskiftet",
                                False,
                            ),
                        ],
                        dialogue=(
                            "stresstrappen",
                            {
                                "more_of": "At vi taler åbent om belastning på teammødet, og at vi spørger "
                                "ind, når en kollega virker presset.",
                                "less_of": "At vi siger ja til ekstra kørsler uden at tale om, hvad der så "
                                "må vente.",
                                "start_doing": "Fast luft i kørelisten om fredagen og en makker-ordning for "
                                "nye kolleger.",
                                "next_individ": "Hver især siger til på teammødet, når man er på vej op ad "
                                "trappen.",
                                "next_gruppe": "Teamet laver makker-ordningen og prøver den af i en måned.",
                                "next_leder": "Jeg lægger luften ind i kørelisten og følger op 1:1 inden for "
                                "en uge, når nogen er overophedet.",
                                "next_organisation": "AMR tager trappen med i MED-udvalget.",
                            },
                        ),
                        observations=[
                            (
                                -26,
                                "Første gang: 11 af 16 satte deres magnet. De fleste på »opvarmet«. Stille "
                                "stemning, men en medarbejder sagde: »Godt, at vi endelig taler om det.«",
                            ),
                            (
                                -12,
                                "Anden gang: 14 af 15 var med, to satte sig på »overophedet«. Forslag fra "
                                "gruppen: fast luft i kørelisten om fredagen og en makker-ordning for nye.",
                            ),
                            (
                                -5,
                                "To medarbejdere kom bagefter forbi mit kontor for at tale om deres "
                                "arbejdsmængde. Det er nyt – det er ikke sket før.",
                            ),
                        ],
                    )
                ],
                roles=[
                    Role(
                        L.INDIVID,
                        "Sige til, når jeg mærker, at jeg bevæger mig mod højre på trappen",
                        "Alle medarbejdere",
                    ),
                    Role(
                        L.GRUPPE,
                        "Holde øje med hinanden og sige til en kollega, hvis man er bekymret",
                        "Team Vest",
                    ),
                    Role(
                        L.LEDER,
                        "Følge op med en 1:1-samtale inden for en uge, når nogen sætter sig på »overophedet«",
                        "Mette",
                        due=3,
                    ),
                    Role(
                        L.ORGANISATION,
                        "Tage stresstrappen op i MED-udvalget som mulig fælles praksis",
                        member="amr",
                        due=20,
                        agreed_at_trio=True,
                    ),
                ],
            ),
            Initiative(
                key="guldkorn",
                title="1:1-samtaler om de seks guldkorn",
                goal="At jeg ved, hvad der giver mening og energi for den enkelte – og hvad der dræner.",
                why=(
                    "Trivselsmålingen viste lave tal på indflydelse og anerkendelse. Min MUS er én gang om "
                    "året og handler mest om kurser."
                ),
                tags=["indflydelse", "anerkendelse", "mening", "krav"],
                status=InitiativeStatus.ACTIVE,
                cycles=[
                    Cycle(
                        phase=Phase.STUDY,
                        fields={
                            "target": "Seks samtaler holdt inden Modul 2.",
                            "objective": "Holde en kort samtale (20 minutter) med seks medarbejdere ud fra "
                            "de seks guldkorn inden Modul 2.",
                            "measure": "Hvor mange guldkorn hver oplever som til stede (0–6), og én ting, vi "
                            "aftaler at styrke.",
                            "data_plan": "Jeg skriver tallet og aftalen ned lige efter hver samtale.",
                            "method": "Guldkornskortene fra kurset. Hver medarbejder vælger på forhånd 1–2 "
                            "guldkorn, der fylder mest lige nu.",
                            "helpers": "TR'en hjalp med at vælge, hvem jeg starter med, så det ikke "
                            "bliver dem, jeg altid taler med.",
                            "as_planned": False,
                            "unplanned": "Jeg nåede kun fire af seks samtaler. To blev aflyst på grund af "
                            "sygdom i teamet, og én samtale blev til en samtale om en konflikt "
                            "på aftenholdet.",
                            "learning": "Jeg har overvurderet, hvor meget indflydelse på kørelisten betyder, "
                            "og undervurderet anerkendelse i hverdagen. Korte samtaler virker – "
                            "men de skal ligge fast i kalenderen, ellers bliver de skubbet af "
                            "driften.",
                            "comparison": "I gennemsnit 3,5 guldkorn til stede (fra 2 til 5). "
                            "Trivselsmålingen i foråret gav 58 på anerkendelse mod 71 i "
                            "kommunen som helhed.",
                        },
                        questions=[
                            (
                                "Hvilke guldkorn mangler mest?",
                                "Indflydelse – især på kørelisten.",
                                "Forudsigelighed og anerkendelse. Det, der dræner, er ændringer i sidste "
                                "øjeblik – mindre selve kørelisten.",
                            ),
                            (
                                "Oplever medarbejderne samtalen som meningsfuld?",
                                "Ja, de fleste, men et par vil synes, det er »endnu et møde«.",
                                "Alle fire sagde, det var rart at blive spurgt. Én sagde: »Det er første "
                                "gang, nogen spørger, hvad der giver mig energi.«",
                            ),
                        ],
                        tasks=[
                            (
                                "Sende en kort invitation med de seks guldkorn",
                                "Mette",
                                "Uge 1",
                                "Mail og tavlen",
                                True,
                            ),
                            ("Fire samtaler med dagholdet", "Mette", "Uge 2–3", "Mit kontor", True),
                            (
                                "To samtaler med aftenholdet",
                                "Mette",
                                "Inden Modul 2",
                                "Mit kontor kl. 15",
                                False,
                            ),
                        ],
                        observations=[
                            (
                                -20,
                                "Samtale 1 og 2: begge valgte anerkendelse. Konkret ønske: at høre det, når "
                                "et svært besøg er gået godt – ikke kun når noget går galt.",
                            ),
                            (
                                -16,
                                "Samtale 4 handlede mest om konflikten på aftenholdet. Aftalt at jeg tager "
                                "en snak med begge parter hver for sig.",
                            ),
                        ],
                    )
                ],
                roles=[
                    Role(
                        L.INDIVID,
                        "Forberede 1–2 guldkorn, der fylder mest, før samtalen",
                        "Den enkelte medarbejder",
                        done=True,
                    ),
                    Role(L.LEDER, "Booke de sidste to samtaler med aftenholdet", "Mette", due=-2),
                ],
            ),
            Initiative(
                key="koereliste",
                title="Luft i kørelisten",
                goal="Mindre tidspres på ruterne, så der er tid til at tale med borgerne og til at holde "
                "pause.",
                why=(
                    "Kørelisterne er lagt helt uden buffer. Når én borger har brug for mere tid, smitter det "
                    "af på resten af dagen, og pausen ryger."
                ),
                tags=["workload", "krav", "forudsigelighed"],
                status=InitiativeStatus.ACTIVE,
                cycles=[
                    Cycle(
                        phase=Phase.ACT,
                        fields={
                            "target": "Pausen holdt mindst 4 af 5 dage på alle tre ruter i uge 48.",
                            "objective": "Afprøve ti minutters buffer før frokost på tre af vores ruter i "
                            "tre uger.",
                            "measure": "Antal dage, hvor pausen blev holdt, og overarbejdstimer på de tre "
                            "ruter.",
                            "data_plan": "Planlæggeren trækker overarbejdet. Medarbejderne sætter kryds på "
                            "et ark i bilen, når pausen er holdt.",
                            "method": "Aftale med planlæggeren om at lægge bufferen ind; "
                            "gennemgang på morgenmødet.",
                            "helpers": "Planlæggeren og AMR'en.",
                            "as_planned": True,
                            "unplanned": "På rute 3 blev bufferen brugt til en ekstra borger, da vi manglede "
                            "en vikar.",
                            "learning": "Bufferen virker, når den bliver beskyttet. Når den er det første, "
                            "vi tager, når vi mangler folk, forsvinder effekten.",
                            "comparison": "Overarbejde på rute 1 og 2: 11 timer i de tre uger før, 6 timer i "
                            "de tre uger med buffer. Pausen holdt 13 af 15 dage mod cirka "
                            "halvdelen før.",
                            "decision": Decision.ADAPT,
                            "decision_reason": "Det virker på to ruter, men bufferen skal beskyttes: den må "
                            "ikke bruges til ekstra besøg, uden at jeg eller vagthavende "
                            "er spurgt.",
                            "next_step": "Udvide bufferen til alle seks ruter med en klar regel: bufferen er "
                            "»rød« og kan kun frigives af mig eller vagthavende.",
                        },
                        questions=[
                            (
                                "Bliver pausen holdt oftere?",
                                "Ja, på mindst fire ud af fem dage.",
                                "Ja på rute 1 og 2 (13 af 15 dage). Nej på rute 3, hvor bufferen gik til "
                                "ekstra besøg.",
                            ),
                            (
                                "Falder overarbejdet?",
                                "Ja, med cirka en tredjedel.",
                                "Fra 11 til 6 timer på rute 1 og 2. Rute 3 uændret.",
                            ),
                        ],
                        tasks=[
                            ("Aftale buffer med planlægningen", "Mette", "Uge 1", "Planlægningen", True),
                            ("Ark til afkrydsning i bilerne", "AMR'en", "Uge 1", "Bilerne", True),
                            ("Opgørelse efter tre uger", "Planlæggeren og Mette", "Uge 4", "Kontoret", True),
                        ],
                        observations=[
                            (
                                -30,
                                "Første uge: pausen holdt alle dage på rute 1 og 2. Flere nævnte det på "
                                "morgenmødet uden at blive spurgt.",
                            ),
                            (
                                -23,
                                "Rute 3: bufferen brugt tre dage i træk til en ekstra borger. Ingen sagde "
                                "det til mig før fredag.",
                            ),
                        ],
                    ),
                    Cycle(
                        phase=Phase.ACT,
                        fields={
                            "target": "Pausen holdt mindst 4 af 5 dage på alle seks ruter i to uger.",
                            "measure": "Pausen holdt (kryds i bilen) og overarbejde på alle seks ruter; hvor "
                            "mange gange bufferen blev frigivet, og af hvem.",
                            "data_plan": "Samme ark i bilerne. Vagthavende skriver ned, hver gang bufferen "
                            "bliver frigivet.",
                            "method": "Reglen om den »røde« buffer gennemgået på morgenmødet og hængt op i "
                            "bilerne.",
                            "helpers": "Vagthavende og vores planlægger.",
                            "as_planned": False,
                            "unplanned": "Weekendholdet kendte ikke reglen: to lørdage blev bufferen brugt, "
                            "uden at nogen spurgte.",
                            "learning": "Reglen holder på hverdage. Den skal med ud til weekendholdet og ind i "
                            "introduktionen af nye vikarer.",
                            "comparison": "Pausen holdt 13 af 15 dage mod 12 i ugen før. Bufferen blev "
                            "frigivet fire gange, alle af vagthavende.",
                            "decision": Decision.ADAPT,
                            "decision_reason": "Det virker på hverdage; weekenden mangler.",
                            "next_step": "Reglen ud til weekendholdet og ind i introduktionen af nye vikarer.",
                        },
                        observations=[
                            (
                                -11,
                                "Mandag: bufferen frigivet én gang, af vagthavende, til en borger, der var "
                                "faldet. Sådan skal det være.",
                            ),
                            (
                                -8,
                                "Lørdag: bufferen brugt på rute 5 uden at spørge. Weekendholdet havde ikke "
                                "hørt om reglen.",
                            ),
                        ],
                    ),
                    Cycle(
                        phase=Phase.PLAN,
                        fields={
                            "target": "Pausen holdt mindst 4 af 5 dage på alle ruter, også i weekenden, til "
                            "Modul 2.",
                            "measure": "Pausen holdt (kryds i bilen), hverdage og weekend hver for sig.",
                        },
                    ),
                ],
                roles=[
                    Role(L.GRUPPE, "Give besked på morgenmødet, hvis bufferen blev brugt", "Team Vest"),
                    Role(
                        L.LEDER,
                        "Aftale med vagthavende, hvem der må frigive bufferen",
                        "Mette",
                        due=-7,
                        done=True,
                        agreed_at_trio=True,
                    ),
                    Role(
                        L.ORGANISATION,
                        "Lægge buffer ind på alle seks ruter",
                        # A role, not a name: written as one ("Planlæggeren" alone reads as a person's).
                        "Vores planlægger",
                        due=10,
                    ),
                ],
            ),
            Initiative(
                key="vagtskifte",
                title="Spilleregler for det gode vagtskifte",
                goal=(
                    "Et kort og roligt overlap mellem dag- og aftenvagt, hvor alle ved, hvad der skal siges "
                    "– og hvor der er plads til at sige: »Det her gik ikke så godt i dag.«"
                ),
                why=(
                    "Vagtskiftet er hektisk og uforudsigeligt. Aftenvagten mangler ofte vigtige oplysninger, "
                    "og flere har fortalt, at de ikke bryder sig om at nævne fejl foran hele gruppen."
                ),
                tags=["unclear_demands", "forudsigelighed", "bidrage"],
                status=InitiativeStatus.IDEA,
                cycles=[
                    Cycle(
                        phase=Phase.PLAN,
                        fields={
                            "objective": "Afprøve tre fælles spilleregler for overlappet i to uger.",
                            "measure": "Et kort spørgsmål på tavlen efter hvert overlap: »Fik du det, du "
                            "skulle bruge?« (ja/nej). Målet er 8 ud af 10 ja.",
                        },
                        questions=[
                            (
                                "Oplever aftenvagten, at de får de oplysninger, de skal bruge?",
                                "Ja, hvis vi bruger en fast rækkefølge: borgere med ændringer først.",
                                "",
                            ),
                            (
                                "Tør flere nævne en fejl eller en nærved-hændelse ved overlappet?",
                                "Ikke de første uger. Det kræver, at jeg selv går forrest og fortæller om "
                                "mine egne fejl.",
                                "",
                            ),
                        ],
                        tasks=[
                            (
                                "Udkast til tre spilleregler",
                                "Mette og TR'en",
                                "Inden personalemødet",
                                "Kontoret",
                                False,
                            ),
                            (
                                "Drøfte og justere udkastet med både dag- og aftenhold",
                                "Hele Team Vest",
                                "Personalemødet",
                                "Mødelokalet",
                                False,
                            ),
                        ],
                    )
                ],
                roles=[
                    Role(
                        L.GRUPPE,
                        "Samle aftenholdets ønsker til overlappet",
                        member="tr",
                        due=4,
                        agreed_at_trio=True,
                    ),
                    Role(L.LEDER, "Sætte spillereglerne på dagsordenen til personalemødet", "Mette", due=6),
                ],
            ),
            Initiative(
                key="stjernestunder",
                title="Stjernestunder på morgenmødet",
                goal="Mere anerkendelse i hverdagen og mere læring af det, der lykkes.",
                why=(
                    "Morgenmødet handlede kun om sygemeldinger, vikarer og problemer. Flere sagde, at de gik "
                    "ud ad døren med en klump i maven."
                ),
                tags=["anerkendelse", "laere", "mening"],
                status=InitiativeStatus.DONE,
                cycles=[
                    Cycle(
                        phase=Phase.ACT,
                        fields={
                            "objective": "De første fem minutter af morgenmødet fortæller én om en "
                            "stjernestund fra dagen før.",
                            "measure": "Om vi når det hver dag, og hvad medarbejderne siger om stemningen "
                            "efter tre uger.",
                            "data_plan": "Kryds i kalenderen på tavlen; kort runde på teammødet efter tre "
                            "uger.",
                            "method": "Stjernestunder fra kursets sparringsformater. Jeg fortalte selv de "
                            "første tre dage.",
                            "helpers": "TR'en tog stafetten, når jeg ikke var der.",
                            "as_planned": True,
                            "unplanned": "Det var svært at få de nye medarbejdere på banen, så vi lod dem "
                            "fortælle i par i stedet.",
                            "learning": "Små faste ritualer virker, og teamet tager selv ejerskab, når jeg "
                            "træder et skridt tilbage.",
                            "comparison": "17 af 19 morgenmøder med en stjernestund. Før: ingen fast "
                            "anerkendelse på morgenmødet.",
                            "decision": Decision.ADOPT,
                            "decision_reason": "Stjernestunderne er blevet en fast del af morgenmødet, og "
                            "teamet vil selv holde fast i dem.",
                            "next_step": "Fortsætter som fast punkt. TR'en og AMR'en fortæller om det i "
                            "MED-udvalget, så andre teams kan lade sig inspirere.",
                        },
                        questions=[
                            (
                                "Kan vi holde fast i det hver dag?",
                                "Ja, hvis det højst tager fem minutter.",
                                "Ja, 17 af 19 morgenmøder.",
                            ),
                            (
                                "Ændrer stemningen sig?",
                                "Lidt.",
                                "Mere end jeg troede. »Man går ud med et smil« er blevet sagt flere gange, "
                                "og vi hører, hvordan andre løser svære besøg.",
                            ),
                        ],
                        tasks=[
                            (
                                "Fortælle om idéen på morgenmødet",
                                "Mette",
                                "Mandag efter Modul 1",
                                "Morgenmødet",
                                True,
                            ),
                            (
                                "Runde om stemningen efter tre uger",
                                "Mette og TR'en",
                                "Teammødet",
                                "Mødelokalet",
                                True,
                            ),
                        ],
                        observations=[
                            (
                                -31,
                                "Første stjernestund: En medarbejder fortalte om en borger, der for første gang i "
                                "måneder ville i bad. Der blev klappet.",
                            ),
                            (-21, "Nu melder folk sig selv. Jeg har ikke fortalt noget den sidste uge."),
                        ],
                    )
                ],
                roles=[
                    Role(L.GRUPPE, "Én fortæller hver morgen om en stjernestund", "Team Vest", done=True),
                    Role(L.ORGANISATION, "Fortælle om stjernestunderne i MED-udvalget", member="tr", due=20),
                ],
            ),
            Initiative(
                key="stoette",
                title="Støtte til en medarbejder i mistrivsel",
                private=True,
                goal=(
                    "At Lise får en plan, hun selv har været med til at lægge, og at hun ikke bliver "
                    "sygemeldt med stress."
                ),
                why=(
                    "Lise har sat sin magnet på »overophedet« to gange og har været syg tre mandage i træk. "
                    "Hun er bekymret for sin mor og sover dårligt."
                ),
                tags=["workload", "emotional_demands", "social_stotte"],
                status=InitiativeStatus.ACTIVE,
                cycles=[
                    Cycle(
                        phase=Phase.DO,
                        fields={
                            "objective": "Tre korte opfølgende samtaler med Lise over fire uger og færre "
                            "tunge borgere på hendes ruter i en periode.",
                            "measure": "Om Lise selv siger, at det går bedre, og hendes fravær de næste fire "
                            "uger.",
                            "method": "Spørge åbent, lytte og aftale noget konkret. Fortælle om den "
                            "psykologiske rådgivning i kommunen.",
                            "helpers": "Vagthavende fordeler de tunge borgere. Susanne er bisidder, hvis Lise "
                            "ønsker det.",
                            "as_planned": True,
                        },
                        questions=[
                            (
                                "Giver færre tunge borgere Lise mere overskud?",
                                "Ja, hun orker kollegerne i pausen igen.",
                                "",
                            ),
                        ],
                        tasks=[
                            ("Første samtale med Lise", "Mette", "Torsdag", "Mit kontor", True),
                            (
                                "Aftale færre tunge borgere for Lise med vagthavende",
                                "Mette",
                                "Inden næste uge",
                                "Kontoret",
                                False,
                            ),
                        ],
                        observations=[
                            (
                                -6,
                                "Første samtale med Lise: hun var lettet over at blive spurgt. Vi aftalte "
                                "færre tunge borgere i tre uger.",
                            ),
                            (-2, "Lise var på arbejde mandag og sagde, at hun havde sovet bedre."),
                        ],
                    )
                ],
                roles=[
                    Role(L.INDIVID, "Lise siger til, hvis det bliver for meget igen", "Lise"),
                    Role(L.LEDER, "Følge op med Lise hver anden uge", "Mette", due=5),
                    Role(
                        L.GRUPPE,
                        "Susanne er bisidder ved samtalerne med Lise, hvis hun ønsker det",
                        member="tr",
                        due=8,
                        agreed_at_trio=True,
                    ),
                ],
            ),
        ],
        reflections=[
            Reflection(
                milestone="opstart",
                title="Efter opstartsworkshoppen",
                written_on=OPSTART,
                answers=[
                    "Psykologisk tryghed i en hverdag med stort tidspres. Jeg vil gerne blive bedre til at "
                    "opdage, når nogen er ved at køre sur – før de bliver sygemeldt.",
                    "Et fælles sprog for trivsel og belastning, så det ikke kun er mig, der skal have øje "
                    "for det. Og at vi tre faktisk mødes mellem modulerne.",
                    "AMR'en og TR'en kan forvente, at jeg lytter og følger op – også når det er "
                    "ubehageligt. Jeg forventer, at de siger det ligeud, når de hører noget på gangen, som "
                    "jeg ikke hører.",
                    "At psykisk arbejdsmiljø ikke er et ekstra projekt, men hænger direkte sammen med vores "
                    "kerneopgave: gode besøg hos borgerne.",
                    "Aftale første TRIO-møde og fortælle teamet, hvad vi er i gang med, så det ikke virker "
                    "hemmeligt.",
                ],
            ),
            Reflection(
                milestone="modul1",
                title="Efter Modul 1",
                written_on=MODUL1,
                answers=[
                    "Sammenhængen mellem de seks guldkorn og kerneopgaven – og at jeg som leder skal se både "
                    "ressourcer og belastninger, ikke kun problemerne.",
                    "Jeg har ansvaret for rammerne, men har tænkt for meget på psykisk arbejdsmiljø som "
                    "noget, AMR tager sig af. Det er mig, der sætter tonen – også når jeg selv løber stærkt.",
                    "Ærligt talt: nej. Jeg ved det om dem, der siger til. De stille på aftenholdet ved jeg "
                    "meget lidt om. Jeg vil bruge stresstrappen på teammøderne og spørge mere direkte i 1:1.",
                    "Forudsigelighed (ændringer i kørelisten i sidste øjeblik) og anerkendelse. Vi er gode "
                    "til social støtte kollegerne imellem, men dårlige til at sige det højt, når noget "
                    "lykkes.",
                    "At sige det højt, når noget lykkes – det er det, vi er dårligst til, og det koster ingenting.",
                    "Færre fejl, der gemmes af vejen, og at de nye tør spørge, før de kører ud alene.",
                    "På morgenmødet, hvor alle er vant til at sige, hvad der er sket – også når noget gik skævt.",
                    "Når der er travlt, og når aftenholdet og dagholdet skal overlevere til hinanden.",
                    "At sætte scenen: vi har aldrig sagt højt, hvad vi forventer af hinanden ved vagtskiftet.",
                    "Vi har ingen skrevne spilleregler. Vagtskiftet trænger til nogle, som begge hold laver sammen.",
                    "Pointen om, at ledere vurderer den psykologiske tryghed omkring 20 % højere end "
                    "medarbejderne. Det gælder nok også mig.",
                    "Starte stjernestunder på morgenmødet, prøve stresstrappen på teammødet og tale med "
                    "planlæggeren om luft i kørelisten.",
                ],
                text="Godt at være afsted sammen med hele TRIO'en. Vi snakkede hele vejen hjem i toget.",
                initiatives=["trappen", "guldkorn", "koereliste", "stjernestunder"],
            ),
            Reflection(
                milestone="trio1",
                title="Efter TRIO-mødet",
                written_on=TRIO1,
                answers=[
                    "At bufferen i kørelisten skal beskyttes, at stresstrappen fortsætter på teammøderne, og "
                    "at vi laver spilleregler for vagtskiftet sammen med både dag- og aftenhold.",
                    "Individ: alle siger til, når de rykker mod højre på trappen. Gruppe: Team Vest giver "
                    "besked på morgenmødet, når bufferen er brugt. Leder: jeg følger op 1:1 inden for en uge "
                    "og aftaler med vagthavende, hvem der må frigive bufferen. Organisation: AMR'en tager "
                    "stresstrappen med i MED, og planlæggeren lægger buffer ind på alle ruter.",
                    "Ja, men TR'en vil gerne have en tydeligere rolle over for aftenholdet, og AMR'en har "
                    "bedt om, at vi holder fast i møderne, også når der er travlt. Det har jeg lovet.",
                    "Stjernestunderne er blevet en vane. Bufferen virker, når den ikke bliver brugt op. Det "
                    "tager tid, før folk tør sige højt, hvor de er på trappen – men det er begyndt.",
                    "Hvordan vi får aftenholdet med, og hvordan man beskytter tid i en presset drift.",
                ],
                initiatives=["trappen", "koereliste", "vagtskifte", "stjernestunder"],
            ),
            Reflection(
                milestone=None,
                title="Bekymring for en medarbejder",
                written_on=-9,
                private=True,
                answers=[
                    "Lise fra aftenholdet. Hun har sat sin magnet på »overophedet« to gange og har været syg "
                    "tre mandage i træk. Hun har fortalt, at hun sover dårligt og er bekymret for sin mor, "
                    "der er ved at blive dement.",
                    "Hun er blevet mere fåmælt ved vagtskiftet og trækker sig fra kollegerne i pausen. Jeg "
                    "tror ikke, hun selv siger til.",
                ],
                text=(
                    "Jeg har tilbudt hende en samtale torsdag. Husk: spørg åbent, lyt, og aftal noget "
                    "konkret – måske færre tunge borgere i en periode. Fortæl om den psykologiske rådgivning "
                    "i kommunen. Skal ikke nævnes på teammødet eller i TRIO uden hendes accept."
                ),
                initiatives=["trappen", "stoette"],
            ),
        ],
    )
