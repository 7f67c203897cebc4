"""A realistic demo plan: Mette Hansen, afdelingsleder in the home care, halfway through the course.

Filled through the operations only (the same calls the screens make), so the demo also exercises them.
Every date is relative to `today`, so the demo always looks current: Opstart seven weeks ago, Modul 1
five weeks ago, a TRIO meeting two weeks ago, Modul 2 in twelve days.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from handleplan.errors import HandleplanError
from handleplan.models import Decision, InitiativeStatus, Level, Milestone, MilestoneKind, Phase, TrioMember
from handleplan.ops import iglo, people, reflections, timeline
from handleplan.ops import initiatives as ops_initiatives
from handleplan.ops.edit import edit
from handleplan.store import Store

# Days relative to today for every milestone of the forløb (the content's default weeks, moved so that
# the leader is between the TRIO meeting and Modul 2).
OPSTART, MODUL1, TRIO1, MODUL2, TRIO2, MODUL3, TRIO3 = -49, -35, -14, 12, 26, 47, 61


@dataclass
class _Role:
    level: Level
    what: str
    who: str = ""
    member: str | None = None  # "amr" or "tr": the TRIO member who owns it
    due: int | None = None  # days from today
    done: bool = False
    agreed_at_trio: bool = False  # also one of the TRIO meeting's agreements


@dataclass
class _Cycle:
    phase: Phase
    fields: dict[str, object]
    questions: list[tuple[str, str, str]] = field(default_factory=list)  # question, prediction, result
    tasks: list[tuple[str, str, str, str, bool]] = field(default_factory=list)  # what, who, when, where, done
    observations: list[tuple[int, str]] = field(default_factory=list)  # days from today, text


@dataclass
class _Initiative:
    key: str
    title: str
    goal: str
    why: str
    tags: list[str]
    status: InitiativeStatus
    cycles: list[_Cycle]
    roles: list[_Role] = field(default_factory=list)


@dataclass
class _Reflection:
    milestone: str | None  # "opstart", "modul1", "trio1" or None for a free reflection
    title: str
    written_on: int
    answers: list[str]
    text: str = ""
    private: bool = False
    initiatives: list[str] = field(default_factory=list)


@dataclass
class _Plan:
    name: str
    organisation: str
    unit: str
    focus: str
    course_title: str
    amr: tuple[str, str]
    tr: tuple[str, str]
    module_place: str
    trio_place: str
    trio_notes: str
    trio_bring: str
    trio_agreement: str  # an agreement of the TRIO meeting that belongs to no initiative
    modul2_points: str
    initiatives: list[_Initiative]
    reflections: list[_Reflection]


def _danish() -> _Plan:
    L = Level  # noqa: N806
    return _Plan(
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
            "Jonas foreslog, at vi tager stresstrappen med i MED-udvalget. Susanne gjorde opmærksom på, at "
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
            _Initiative(
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
                    _Cycle(
                        phase=Phase.DO,
                        fields={
                            "objective": "Bruge stresstrappen som dialogværktøj på de næste fire teammøder "
                            "(hver 14. dag), 15 minutter hver gang.",
                            "measure": "Hvor mange der selv siger, hvor de er på trappen, og hvor mange der "
                            "henvender sig til mig om belastning mellem møderne.",
                            "data_plan": "Jeg noterer efter hvert møde uden navne. Jonas skriver sine "
                            "indtryk ned, og vi sammenligner på TRIO-mødet.",
                            "method": "Drejebogen »Stresstrappen« fra kurset: rammesætning, hver sætter "
                            "anonymt en magnet på trappen, fælles snak om hvad der flytter os mod "
                            "venstre, og 2–3 forslag til de næste uger.",
                            "helpers": "Jonas (AMR) faciliterer sammen med mig. Susanne (TR) samler "
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
                                "Mette og Jonas",
                                "Teammødet i uge 1",
                                "Mødelokalet",
                                True,
                            ),
                            (
                                "Anden dialog – opfølgning på forslagene",
                                "Mette og Jonas",
                                "Teammødet i uge 3",
                                "Mødelokalet",
                                True,
                            ),
                            (
                                "Tredje dialog – også for aftenholdet",
                                "Mette og Susanne",
                                "Næste teammøde",
                                "Mødelokalet, kl. 14.30 ved vagtskiftet",
                                False,
                            ),
                        ],
                        observations=[
                            (
                                -26,
                                "Første gang: 11 af 16 satte deres magnet. De fleste på »opvarmet«. Stille "
                                "stemning, men Karina sagde: »Godt, at vi endelig taler om det.«",
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
                    _Role(
                        L.INDIVID,
                        "Sige til, når jeg mærker, at jeg bevæger mig mod højre på trappen",
                        "Alle medarbejdere",
                    ),
                    _Role(
                        L.GRUPPE,
                        "Holde øje med hinanden og sige til en kollega, hvis man er bekymret",
                        "Team Vest",
                    ),
                    _Role(
                        L.LEDER,
                        "Følge op med en 1:1-samtale inden for en uge, når nogen sætter sig på »overophedet«",
                        "Mette",
                        due=3,
                    ),
                    _Role(
                        L.ORGANISATION,
                        "Tage stresstrappen op i MED-udvalget som mulig fælles praksis",
                        member="amr",
                        due=20,
                        agreed_at_trio=True,
                    ),
                ],
            ),
            _Initiative(
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
                    _Cycle(
                        phase=Phase.STUDY,
                        fields={
                            "objective": "Holde en kort samtale (20 minutter) med seks medarbejdere ud fra "
                            "de seks guldkorn inden Modul 2.",
                            "measure": "Hvor mange guldkorn hver oplever som til stede (0–6), og én ting, vi "
                            "aftaler at styrke.",
                            "data_plan": "Jeg skriver tallet og aftalen ned lige efter hver samtale.",
                            "method": "Guldkornskortene fra kurset. Hver medarbejder vælger på forhånd 1–2 "
                            "guldkorn, der fylder mest lige nu.",
                            "helpers": "Susanne (TR) hjalp med at vælge, hvem jeg starter med, så det ikke "
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
                    _Role(
                        L.INDIVID,
                        "Forberede 1–2 guldkorn, der fylder mest, før samtalen",
                        "Den enkelte medarbejder",
                        done=True,
                    ),
                    _Role(L.LEDER, "Booke de sidste to samtaler med aftenholdet", "Mette", due=-2),
                ],
            ),
            _Initiative(
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
                    _Cycle(
                        phase=Phase.ACT,
                        fields={
                            "objective": "Afprøve ti minutters buffer før frokost på tre af vores ruter i "
                            "tre uger.",
                            "measure": "Antal dage, hvor pausen blev holdt, og overarbejdstimer på de tre "
                            "ruter.",
                            "data_plan": "Planlæggeren trækker overarbejdet. Medarbejderne sætter kryds på "
                            "et ark i bilen, når pausen er holdt.",
                            "method": "Aftale med Birgitte fra planlægningen om at lægge bufferen ind; "
                            "gennemgang på morgenmødet.",
                            "helpers": "Birgitte (planlægningen) og Jonas (AMR).",
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
                            ("Ark til afkrydsning i bilerne", "Jonas", "Uge 1", "Bilerne", True),
                            ("Opgørelse efter tre uger", "Birgitte og Mette", "Uge 4", "Kontoret", True),
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
                    _Cycle(
                        phase=Phase.PLAN,
                        fields={
                            "measure": "Pausen holdt (kryds i bilen) og overarbejde på alle seks ruter; hvor "
                            "mange gange bufferen blev frigivet, og af hvem.",
                        },
                    ),
                ],
                roles=[
                    _Role(L.GRUPPE, "Give besked på morgenmødet, hvis bufferen blev brugt", "Team Vest"),
                    _Role(
                        L.LEDER,
                        "Aftale med vagthavende, hvem der må frigive bufferen",
                        "Mette",
                        due=-7,
                        done=True,
                        agreed_at_trio=True,
                    ),
                    _Role(
                        L.ORGANISATION,
                        "Lægge buffer ind på alle seks ruter",
                        "Birgitte (planlægningen)",
                        due=10,
                    ),
                ],
            ),
            _Initiative(
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
                    _Cycle(
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
                                "Mette og Susanne",
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
                    _Role(
                        L.GRUPPE,
                        "Samle aftenholdets ønsker til overlappet",
                        member="tr",
                        due=4,
                        agreed_at_trio=True,
                    ),
                    _Role(L.LEDER, "Sætte spillereglerne på dagsordenen til personalemødet", "Mette", due=6),
                ],
            ),
            _Initiative(
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
                    _Cycle(
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
                            "helpers": "Susanne (TR) tog stafetten, når jeg ikke var der.",
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
                            "next_step": "Fortsætter som fast punkt. Susanne og Jonas fortæller om det i "
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
                                "Mette og Susanne",
                                "Teammødet",
                                "Mødelokalet",
                                True,
                            ),
                        ],
                        observations=[
                            (
                                -31,
                                "Første stjernestund: Ahmed fortalte om en borger, der for første gang i "
                                "måneder ville i bad. Der blev klappet.",
                            ),
                            (-21, "Nu melder folk sig selv. Jeg har ikke fortalt noget den sidste uge."),
                        ],
                    )
                ],
                roles=[
                    _Role(L.GRUPPE, "Én fortæller hver morgen om en stjernestund", "Team Vest", done=True),
                    _Role(L.ORGANISATION, "Fortælle om stjernestunderne i MED-udvalget", member="tr", due=20),
                ],
            ),
        ],
        reflections=[
            _Reflection(
                milestone="opstart",
                title="Efter opstartsworkshoppen",
                written_on=OPSTART,
                answers=[
                    "Psykologisk tryghed i en hverdag med stort tidspres. Jeg vil gerne blive bedre til at "
                    "opdage, når nogen er ved at køre sur – før de bliver sygemeldt.",
                    "Et fælles sprog for trivsel og belastning, så det ikke kun er mig, der skal have øje "
                    "for det. Og at vi tre faktisk mødes mellem modulerne.",
                    "Jonas og Susanne kan forvente, at jeg lytter og følger op – også når det er "
                    "ubehageligt. Jeg forventer, at de siger det ligeud, når de hører noget på gangen, som "
                    "jeg ikke hører.",
                    "At psykisk arbejdsmiljø ikke er et ekstra projekt, men hænger direkte sammen med vores "
                    "kerneopgave: gode besøg hos borgerne.",
                    "Aftale første TRIO-møde og fortælle teamet, hvad vi er i gang med, så det ikke virker "
                    "hemmeligt.",
                ],
            ),
            _Reflection(
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
                    "Pointen om, at ledere vurderer den psykologiske tryghed omkring 20 % højere end "
                    "medarbejderne. Det gælder nok også mig.",
                    "Starte stjernestunder på morgenmødet, prøve stresstrappen på teammødet og tale med "
                    "planlæggeren om luft i kørelisten.",
                ],
                text="Godt at være afsted med Jonas og Susanne. Vi snakkede hele vejen hjem i toget.",
                initiatives=["trappen", "guldkorn", "koereliste", "stjernestunder"],
            ),
            _Reflection(
                milestone="trio1",
                title="Efter TRIO-mødet",
                written_on=TRIO1,
                answers=[
                    "At bufferen i kørelisten skal beskyttes, at stresstrappen fortsætter på teammøderne, og "
                    "at vi laver spilleregler for vagtskiftet sammen med både dag- og aftenhold.",
                    "Individ: alle siger til, når de rykker mod højre på trappen. Gruppe: Team Vest giver "
                    "besked på morgenmødet, når bufferen er brugt. Leder: jeg følger op 1:1 inden for en uge "
                    "og aftaler med vagthavende, hvem der må frigive bufferen. Organisation: Jonas tager "
                    "stresstrappen med i MED, og Birgitte lægger buffer ind på alle ruter.",
                    "Ja, men Susanne vil gerne have en tydeligere rolle over for aftenholdet, og Jonas har "
                    "bedt om, at vi holder fast i møderne, også når der er travlt. Det har jeg lovet.",
                    "Stjernestunderne er blevet en vane. Bufferen virker, når den ikke bliver brugt op. Det "
                    "tager tid, før folk tør sige højt, hvor de er på trappen – men det er begyndt.",
                    "Hvordan vi får aftenholdet med, og hvordan man beskytter tid i en presset drift.",
                ],
                initiatives=["trappen", "koereliste", "vagtskifte", "stjernestunder"],
            ),
            _Reflection(
                milestone=None,
                title="Bekymring for Lise",
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
                initiatives=["trappen"],
            ),
        ],
    )


def _english() -> _Plan:
    L = Level  # noqa: N806
    return _Plan(
        name="Mette Hansen",
        organisation="Home Care North, Aarhus Municipality",
        unit="Team West – day and evening shifts, 34 health care workers",
        focus=(
            "How do I create more psychological safety and predictability in a working day with heavy time "
            "pressure, last-minute changes to the rota and a lot of sick leave – so that my staff speak up "
            "before they overheat, and not only once they are off sick?"
        ),
        course_title="The leader's role in the psychosocial work environment",
        amr=("Jonas Kristensen", "Safety rep (AMR)"),
        tr=("Susanne Holm", "Union rep (TR)"),
        module_place="The course centre, Aarhus C",
        trio_place="Meeting room, Vestergade",
        trio_notes=(
            "We went through the five initiatives. The star moments now run by themselves – the team keeps "
            "them going even when I am not there. The buffer in the rota works on routes 1 and 2 but was "
            "used up on route 3 when we were short of a temp; we agreed the buffer must be "
            "protected.\n\nJonas suggested we take the stress staircase to the joint consultation committee. "
            "Susanne pointed out that the evening shift feels less heard than the day shift – they are "
            "hardly ever at the team meetings. We must take that seriously when we write ground rules for "
            "the shift handover."
        ),
        trio_bring=(
            "How do you protect time in the rota when you are short of hands?\n"
            "How do we involve the evening shift when we only meet at the handover?\n"
            "Other people's experience with the stress staircase in a busy service."
        ),
        trio_agreement="Book the next TRIO meeting, two weeks after Module 2",
        modul2_points=(
            "How do I build psychological safety in a shift I only see for ten minutes at the handover?\n"
            "Sparring on protecting the buffer in the rota when we are short-staffed.\n"
            "How am I a role model when I am under pressure myself? I can feel that I am running too fast."
        ),
        initiatives=[
            _Initiative(
                key="trappen",
                title="The stress staircase as a fixed item at team meetings",
                goal=(
                    "That we talk about strain before anyone overheats – and that it becomes quite ordinary "
                    "to say: “I'm on my way up the staircase.”"
                ),
                why=(
                    "We have had three long-term sick leaves with stress in the past year. I notice too "
                    "late, and several say they do not want to be “the ones who complain”."
                ),
                tags=["workload", "emotional_demands", "social_stotte", "inkludere"],
                status=InitiativeStatus.ACTIVE,
                cycles=[
                    _Cycle(
                        phase=Phase.DO,
                        fields={
                            "objective": "Use the stress staircase as a dialogue tool at the next four team "
                            "meetings (every other week), 15 minutes each time.",
                            "measure": "How many say themselves where they are on the staircase, and how "
                            "many come to me about strain between meetings.",
                            "data_plan": "I take notes after each meeting without names. Jonas writes down "
                            "his impressions and we compare at the TRIO meeting.",
                            "method": "The “Stress staircase” script from the course: framing, everyone puts "
                            "a magnet on the staircase anonymously, a shared talk about what moves "
                            "us to the left, and 2–3 proposals for the coming weeks.",
                            "helpers": "Jonas (safety rep) facilitates with me. Susanne (union rep) collects "
                            "the proposals and puts them up by the board.",
                            "as_planned": True,
                            "unplanned": "At the second meeting two people wanted to talk about a violent "
                            "episode at a client's home. We took the time and used 25 minutes "
                            "instead of 15 – it was the right thing to do.",
                        },
                        questions=[
                            (
                                "Will staff say out loud where they are on the staircase?",
                                "Only a few the first times; more once they see it has no consequences.",
                                "",
                            ),
                            (
                                "Will more people come to me about strain between meetings?",
                                "Yes, two or three more a month.",
                                "",
                            ),
                        ],
                        tasks=[
                            (
                                "Draw the staircase on the board and buy magnets",
                                "Mette",
                                "Before the first meeting",
                                "Staff room",
                                True,
                            ),
                            (
                                "First dialogue at the team meeting",
                                "Mette and Jonas",
                                "Team meeting, week 1",
                                "Meeting room",
                                True,
                            ),
                            (
                                "Second dialogue – follow-up on the proposals",
                                "Mette and Jonas",
                                "Team meeting, week 3",
                                "Meeting room",
                                True,
                            ),
                            (
                                "Third dialogue – for the evening shift too",
                                "Mette and Susanne",
                                "Next team meeting",
                                "Meeting room, 2.30 pm at the handover",
                                False,
                            ),
                        ],
                        observations=[
                            (
                                -26,
                                "First time: 11 of 16 placed their magnet. Most on “warming up”. A quiet "
                                "mood, but Karina said: “Good that we are finally talking about it.”",
                            ),
                            (
                                -12,
                                "Second time: 14 of 15 took part, two placed themselves on “overheated”. "
                                "Proposals from the group: fixed slack in the rota on Fridays and a buddy "
                                "scheme for new staff.",
                            ),
                            (
                                -5,
                                "Two staff members came by my office afterwards to talk about their "
                                "workload. That is new – it has not happened before.",
                            ),
                        ],
                    )
                ],
                roles=[
                    _Role(
                        L.INDIVID, "Speak up when I notice I am moving right on the staircase", "All staff"
                    ),
                    _Role(
                        L.GRUPPE,
                        "Look out for each other and tell a colleague if you are worried",
                        "Team West",
                    ),
                    _Role(
                        L.LEDER,
                        "Follow up with a 1:1 within a week when someone is on “overheated”",
                        "Mette",
                        due=3,
                    ),
                    _Role(
                        L.ORGANISATION,
                        "Take the stress staircase to the joint consultation committee as a "
                        "possible shared practice",
                        member="amr",
                        due=20,
                        agreed_at_trio=True,
                    ),
                ],
            ),
            _Initiative(
                key="guldkorn",
                title="1:1 conversations about the six gold nuggets",
                goal="To know what gives meaning and energy to each person – and what drains them.",
                why=(
                    "The well-being survey showed low scores on influence and recognition. My appraisal "
                    "interviews are once a year and mostly about courses."
                ),
                tags=["indflydelse", "anerkendelse", "mening", "krav"],
                status=InitiativeStatus.ACTIVE,
                cycles=[
                    _Cycle(
                        phase=Phase.STUDY,
                        fields={
                            "objective": "Hold a short conversation (20 minutes) with six staff members "
                            "based on the six gold nuggets before Module 2.",
                            "measure": "How many gold nuggets each person feels are present (0–6), and one "
                            "thing we agree to strengthen.",
                            "data_plan": "I write down the number and the agreement right after each "
                            "conversation.",
                            "method": "The gold nugget cards from the course. Each person picks 1–2 nuggets "
                            "that matter most right now beforehand.",
                            "helpers": "Susanne (union rep) helped me choose whom to start with, so it is "
                            "not the people I always talk to.",
                            "as_planned": False,
                            "unplanned": "I only managed four of six conversations. Two were cancelled "
                            "because of sickness in the team, and one turned into a talk about "
                            "a conflict on the evening shift.",
                            "learning": "I overestimated how much influence on the rota matters and "
                            "underestimated everyday recognition. Short conversations work – but "
                            "they must be fixed in the calendar, or daily operations push them "
                            "aside.",
                            "comparison": "On average 3.5 gold nuggets present (from 2 to 5). The spring "
                            "well-being survey gave 58 on recognition against 71 for the municipality as a "
                            "whole.",
                        },
                        questions=[
                            (
                                "Which gold nuggets are missing most?",
                                "Influence – especially on the rota.",
                                "Predictability and recognition. What drains people is last-minute changes – "
                                "less the rota itself.",
                            ),
                            (
                                "Do staff find the conversation meaningful?",
                                "Yes, most do, but a couple will think it is “yet another meeting”.",
                                "All four said it was nice to be asked. One said: “It's the first time "
                                "anyone has asked what gives me energy.”",
                            ),
                        ],
                        tasks=[
                            (
                                "Send a short invitation with the six gold nuggets",
                                "Mette",
                                "Week 1",
                                "E-mail and the board",
                                True,
                            ),
                            (
                                "Four conversations with the day shift",
                                "Mette",
                                "Weeks 2–3",
                                "My office",
                                True,
                            ),
                            (
                                "Two conversations with the evening shift",
                                "Mette",
                                "Before Module 2",
                                "My office at 3 pm",
                                False,
                            ),
                        ],
                        observations=[
                            (
                                -20,
                                "Conversations 1 and 2: both chose recognition. A concrete wish: to hear it "
                                "when a difficult visit went well – not only when something goes wrong.",
                            ),
                            (
                                -16,
                                "Conversation 4 was mostly about the conflict on the evening shift. Agreed "
                                "that I talk to both parties separately.",
                            ),
                        ],
                    )
                ],
                roles=[
                    _Role(
                        L.INDIVID,
                        "Prepare the 1–2 gold nuggets that matter most before the conversation",
                        "Each staff member",
                        done=True,
                    ),
                    _Role(L.LEDER, "Book the last two conversations with the evening shift", "Mette", due=-2),
                ],
            ),
            _Initiative(
                key="koereliste",
                title="Slack in the rota",
                goal="Less time pressure on the routes, so there is time to talk with clients and take a "
                "break.",
                why=(
                    "The rotas are planned without any buffer. When one client needs more time, the rest of "
                    "the day suffers and the break disappears."
                ),
                tags=["workload", "krav", "forudsigelighed"],
                status=InitiativeStatus.ACTIVE,
                cycles=[
                    _Cycle(
                        phase=Phase.ACT,
                        fields={
                            "objective": "Try a ten-minute buffer before lunch on three of our routes for "
                            "three weeks.",
                            "measure": "Number of days the break was taken, and overtime hours on the three "
                            "routes.",
                            "data_plan": "The planner pulls the overtime figures. Staff tick a sheet in the "
                            "car when the break was taken.",
                            "method": "Agreement with Birgitte in planning to add the buffer; walk-through "
                            "at the morning meeting.",
                            "helpers": "Birgitte (planning) and Jonas (safety rep).",
                            "as_planned": True,
                            "unplanned": "On route 3 the buffer was used for an extra client when we were "
                            "short of a temp.",
                            "learning": "The buffer works when it is protected. When it is the first thing "
                            "we take when short-staffed, the effect disappears.",
                            "comparison": "Overtime on routes 1 and 2: 11 hours in the three weeks before, 6 "
                            "hours in the three weeks with a buffer. Break taken 13 of 15 days against about "
                            "half before.",
                            "decision": Decision.ADAPT,
                            "decision_reason": "It works on two routes, but the buffer must be protected: it "
                            "may not be used for extra visits without asking me or the "
                            "shift lead.",
                            "next_step": "Extend the buffer to all six routes with a clear rule: the buffer "
                            "is “red” and can only be released by me or the shift lead.",
                        },
                        questions=[
                            (
                                "Is the break taken more often?",
                                "Yes, on at least four out of five days.",
                                "Yes on routes 1 and 2 (13 of 15 days). No on route 3, where the buffer went "
                                "to extra visits.",
                            ),
                            (
                                "Does overtime fall?",
                                "Yes, by about a third.",
                                "From 11 to 6 hours on routes 1 and 2. Route 3 unchanged.",
                            ),
                        ],
                        tasks=[
                            ("Agree the buffer with planning", "Mette", "Week 1", "Planning office", True),
                            ("Tick sheets for the cars", "Jonas", "Week 1", "The cars", True),
                            ("Count-up after three weeks", "Birgitte and Mette", "Week 4", "Office", True),
                        ],
                        observations=[
                            (
                                -30,
                                "First week: break taken every day on routes 1 and 2. Several mentioned it "
                                "at the morning meeting without being asked.",
                            ),
                            (
                                -23,
                                "Route 3: buffer used three days running for an extra client. Nobody told me "
                                "until Friday.",
                            ),
                        ],
                    ),
                    _Cycle(
                        phase=Phase.PLAN,
                        fields={
                            "measure": "Break taken (tick in the car) and overtime on all six routes; how "
                            "often the buffer was released, and by whom.",
                        },
                    ),
                ],
                roles=[
                    _Role(L.GRUPPE, "Say at the morning meeting if the buffer was used", "Team West"),
                    _Role(
                        L.LEDER,
                        "Agree with the shift lead who may release the buffer",
                        "Mette",
                        due=-7,
                        done=True,
                        agreed_at_trio=True,
                    ),
                    _Role(L.ORGANISATION, "Add a buffer to all six routes", "Birgitte (planning)", due=10),
                ],
            ),
            _Initiative(
                key="vagtskifte",
                title="Ground rules for a good shift handover",
                goal=(
                    "A short, calm overlap between day and evening shift, where everyone knows what needs "
                    "saying – and where there is room to say: “This didn't go so well today.”"
                ),
                why=(
                    "The handover is hectic and unpredictable. The evening shift often lacks important "
                    "information, and several have said they do not like mentioning mistakes in front of the "
                    "whole group."
                ),
                tags=["unclear_demands", "forudsigelighed", "bidrage"],
                status=InitiativeStatus.IDEA,
                cycles=[
                    _Cycle(
                        phase=Phase.PLAN,
                        fields={
                            "objective": "Try three shared ground rules for the overlap for two weeks.",
                            "measure": "A short question on the board after each overlap: “Did you get what "
                            "you needed?” (yes/no). The aim is 8 out of 10 yes.",
                        },
                        questions=[
                            (
                                "Does the evening shift feel they get the information they need?",
                                "Yes, if we use a fixed order: clients with changes first.",
                                "",
                            ),
                            (
                                "Do more people dare mention a mistake or a near miss at the overlap?",
                                "Not in the first weeks. It takes me going first and telling about my own "
                                "mistakes.",
                                "",
                            ),
                        ],
                        tasks=[
                            (
                                "Draft three ground rules",
                                "Mette and Susanne",
                                "Before the staff meeting",
                                "Office",
                                False,
                            ),
                            (
                                "Discuss and adjust the draft with both day and evening shift",
                                "All of Team West",
                                "Staff meeting",
                                "Meeting room",
                                False,
                            ),
                        ],
                    )
                ],
                roles=[
                    _Role(
                        L.GRUPPE,
                        "Collect the evening shift's wishes for the overlap",
                        member="tr",
                        due=4,
                        agreed_at_trio=True,
                    ),
                    _Role(L.LEDER, "Put the ground rules on the staff meeting agenda", "Mette", due=6),
                ],
            ),
            _Initiative(
                key="stjernestunder",
                title="Star moments at the morning meeting",
                goal="More everyday recognition and more learning from what works.",
                why=(
                    "The morning meeting was only about sick leave, temps and problems. Several said they "
                    "left with a knot in their stomach."
                ),
                tags=["anerkendelse", "laere", "mening"],
                status=InitiativeStatus.DONE,
                cycles=[
                    _Cycle(
                        phase=Phase.ACT,
                        fields={
                            "objective": "In the first five minutes of the morning meeting, one person tells "
                            "about a star moment from the day before.",
                            "measure": "Whether we manage it every day, and what staff say about the mood "
                            "after three weeks.",
                            "data_plan": "A tick in the calendar on the board; a short round at the team "
                            "meeting after three weeks.",
                            "method": "Star moments from the course's sparring formats. I told the first "
                            "three days myself.",
                            "helpers": "Susanne (union rep) took over when I was not there.",
                            "as_planned": True,
                            "unplanned": "It was hard to get new staff to join in, so we let them tell in "
                            "pairs instead.",
                            "learning": "Small fixed rituals work, and the team takes ownership when I step "
                            "back.",
                            "comparison": "17 of 19 morning meetings with a star moment. Before: no fixed "
                            "recognition at the morning meeting.",
                            "decision": Decision.ADOPT,
                            "decision_reason": "Star moments have become a fixed part of the morning "
                            "meeting, and the team wants to keep them going.",
                            "next_step": "Continues as a fixed item. Susanne and Jonas present it to the "
                            "joint consultation committee so other teams can be inspired.",
                        },
                        questions=[
                            (
                                "Can we keep it up every day?",
                                "Yes, if it takes five minutes at most.",
                                "Yes, 17 of 19 morning meetings.",
                            ),
                            (
                                "Does the mood change?",
                                "A little.",
                                "More than I thought. “You leave with a smile” has been said several times, "
                                "and we hear how others handle difficult visits.",
                            ),
                        ],
                        tasks=[
                            (
                                "Present the idea at the morning meeting",
                                "Mette",
                                "Monday after Module 1",
                                "Morning meeting",
                                True,
                            ),
                            (
                                "Round on the mood after three weeks",
                                "Mette and Susanne",
                                "Team meeting",
                                "Meeting room",
                                True,
                            ),
                        ],
                        observations=[
                            (
                                -31,
                                "First star moment: Ahmed told about a client who wanted a shower for the "
                                "first time in months. People clapped.",
                            ),
                            (-21, "Now people volunteer. I have not told one myself for the last week."),
                        ],
                    )
                ],
                roles=[
                    _Role(L.GRUPPE, "One person tells a star moment every morning", "Team West", done=True),
                    _Role(
                        L.ORGANISATION,
                        "Present the star moments to the joint consultation committee",
                        member="tr",
                        due=20,
                    ),
                ],
            ),
        ],
        reflections=[
            _Reflection(
                milestone="opstart",
                title="After the kick-off workshop",
                written_on=OPSTART,
                answers=[
                    "Psychological safety in a working day with heavy time pressure. I want to get better at "
                    "noticing when someone is running on empty – before they go off sick.",
                    "A shared language for well-being and strain, so it is not only me who keeps an eye on "
                    "it. And that the three of us actually meet between the modules.",
                    "Jonas and Susanne can expect me to listen and follow up – also when it is "
                    "uncomfortable. I expect them to tell me straight when they hear something in the "
                    "corridor that I do not.",
                    "That the psychosocial work environment is not an extra project but tied directly to our "
                    "core task: good visits to our clients.",
                    "Book the first TRIO meeting and tell the team what we are doing, so it does not seem "
                    "secret.",
                ],
            ),
            _Reflection(
                milestone="modul1",
                title="After Module 1",
                written_on=MODUL1,
                answers=[
                    "The link between the six gold nuggets and the core task – and that as a leader I must "
                    "see both resources and strains, not only the problems.",
                    "I am responsible for the framework, but I have thought of the work environment too much "
                    "as something the safety rep handles. I set the tone – also when I am running fast "
                    "myself.",
                    "Honestly: no. I know about those who speak up. I know very little about the quiet ones "
                    "on the evening shift. I will use the stress staircase at team meetings and ask more "
                    "directly in 1:1s.",
                    "Predictability (last-minute changes to the rota) and recognition. We are good at social "
                    "support among colleagues but bad at saying it out loud when something works.",
                    "The point that leaders rate psychological safety about 20 % higher than their staff do. "
                    "That probably goes for me too.",
                    "Start star moments at the morning meeting, try the stress staircase at the team "
                    "meeting, and talk to the planner about slack in the rota.",
                ],
                text="Good to be there with Jonas and Susanne. We talked all the way home on the train.",
                initiatives=["trappen", "guldkorn", "koereliste", "stjernestunder"],
            ),
            _Reflection(
                milestone="trio1",
                title="After the TRIO meeting",
                written_on=TRIO1,
                answers=[
                    "That the buffer in the rota must be protected, that the stress staircase continues at "
                    "team meetings, and that we write ground rules for the handover with both day and "
                    "evening shift.",
                    "Individual: everyone speaks up when they move right on the staircase. Group: Team West "
                    "says at the morning meeting when the buffer was used. Leader: I follow up 1:1 within a "
                    "week and agree with the shift lead who may release the buffer. Organisation: Jonas "
                    "takes the stress staircase to the committee, and Birgitte adds a buffer to all routes.",
                    "Yes, but Susanne would like a clearer role towards the evening shift, and Jonas asked "
                    "that we keep the meetings going even when it is busy. I promised that.",
                    "The star moments have become a habit. The buffer works when it is not used up. It takes "
                    "time before people dare say out loud where they are on the staircase – but it has "
                    "started.",
                    "How we involve the evening shift, and how to protect time in a service under pressure.",
                ],
                initiatives=["trappen", "koereliste", "vagtskifte", "stjernestunder"],
            ),
            _Reflection(
                milestone=None,
                title="Worried about Lise",
                written_on=-9,
                private=True,
                answers=[
                    "Lise from the evening shift. She has put her magnet on “overheated” twice and has been "
                    "off sick three Mondays in a row. She told me she sleeps badly and worries about her "
                    "mother, who is developing dementia.",
                    "She has grown quieter at the handover and keeps away from colleagues at breaks. I do "
                    "not think she will speak up herself.",
                ],
                text=(
                    "I have offered her a conversation on Thursday. Remember: ask openly, listen, and agree "
                    "something concrete – perhaps fewer heavy clients for a while. Tell her about the "
                    "municipality's psychological counselling. Not to be mentioned at the team meeting or in "
                    "the TRIO without her consent."
                ),
                initiatives=["trappen"],
            ),
        ],
    )


def fill_demo(store: Store, lang: str = "da", today: date | None = None) -> None:
    """Fill an empty store with the demo plan, dated around `today` (default: the real today)."""
    today = today or date.today()
    plan = _english() if lang.lower().startswith("en") else _danish()

    def day(offset: int | None) -> date | None:
        return None if offset is None else today + timedelta(days=offset)

    edit(
        store,
        people.profile(store),
        name=plan.name,
        organisation=plan.organisation,
        unit=plan.unit,
        focus=plan.focus,
        course_title=plan.course_title,
        onboarded=True,
    )
    milestones = _forloeb(store, plan, lang, day)
    members: dict[str, TrioMember] = {
        "amr": people.add_trio_member(store, *plan.amr),
        "tr": people.add_trio_member(store, *plan.tr),
    }

    made = {}
    for spec in plan.initiatives:
        initiative = ops_initiatives.create_initiative(
            store, spec.title, goal=spec.goal, why=spec.why, tags=spec.tags, status=spec.status
        )
        for number, cycle_spec in enumerate(spec.cycles, start=1):
            cycle = (
                initiative.cycles[0] if number == 1 else ops_initiatives.start_next_cycle(store, initiative)
            )
            for question, prediction, result in cycle_spec.questions:
                row = ops_initiatives.add_question(store, cycle, question, prediction)
                if result:
                    edit(store, row, result=result)
            for what, who, when, where, done in cycle_spec.tasks:
                task = ops_initiatives.add_task(store, cycle, what, who, when, where)
                if done:
                    edit(store, task, done=True)
            for offset, text in cycle_spec.observations:
                ops_initiatives.add_observation(store, cycle, text, observed_on=day(offset))
            edit(store, cycle, phase=cycle_spec.phase, **cycle_spec.fields)
        for role in spec.roles:
            assigned = iglo.assign(
                store,
                role.level,
                role.what,
                role.who,
                initiative=initiative,
                milestone=milestones["trio1"] if role.agreed_at_trio else None,
                trio_member=members[role.member] if role.member else None,
                due=day(role.due),
            )
            if role.done:
                edit(store, assigned, done=True)
        made[spec.key] = initiative
    iglo.assign(
        store,
        Level.LEDER,
        plan.trio_agreement,
        plan.name.split()[0],
        milestone=milestones["trio1"],
        due=day(MODUL2 + 3),
    )

    for spec in plan.reflections:
        reflections.write_reflection(
            store,
            milestones[spec.milestone] if spec.milestone else None,
            title=spec.title,
            written_on=day(spec.written_on),
            answers=spec.answers,
            text=spec.text,
            private=spec.private,
            initiatives=[made[key] for key in spec.initiatives],
            lang=lang,
        )


def _forloeb(store: Store, plan: _Plan, lang: str, day) -> dict[str, Milestone]:  # noqa: ANN001
    """The content's default forløb, moved so today lies between the first TRIO meeting and Modul 2."""
    seeded = timeline.seed_default_forloeb(store, day(OPSTART), lang)

    def take(kind: MilestoneKind) -> Milestone | None:
        found = next((m for m in seeded if m.kind == kind), None)
        if found is not None:
            seeded.remove(found)
        return found

    wanted = (
        ("opstart", MilestoneKind.OPSTART, OPSTART, plan.module_place),
        ("modul1", MilestoneKind.MODUL1, MODUL1, plan.module_place),
        ("trio1", MilestoneKind.TRIO, TRIO1, plan.trio_place),
        ("modul2", MilestoneKind.MODUL2, MODUL2, plan.module_place),
        ("trio2", MilestoneKind.TRIO, TRIO2, plan.trio_place),
        ("modul3", MilestoneKind.MODUL3, MODUL3, plan.module_place),
        ("trio3", MilestoneKind.TRIO, TRIO3, plan.trio_place),
    )
    result: dict[str, Milestone] = {}
    for key, kind, offset, place in wanted:
        milestone = take(kind)
        if milestone is None:  # the leader's content file has fewer milestones: add what the demo needs
            milestone = timeline.add_milestone(store, kind, kind.value, day(offset), place)
        edit(store, milestone, date=day(offset), place=place)
        result[key] = milestone
    edit(store, result["trio1"], notes=plan.trio_notes, bring_to_next=plan.trio_bring)
    edit(store, result["modul2"], discussion_points=plan.modul2_points)
    return result


def _has_anything(store: Store) -> bool:
    """A plan, a milestone, a TRIO member or a reflection: then the demo must not touch the folder."""
    return (
        people.has_plan(store)
        or bool(timeline.milestones(store))
        or bool(people.trio_members(store))
        or bool(reflections.reflections(store, limit=1))
    )


def run_demo_command(data_dir: Path, lang: str) -> int:
    """`handleplan demo`: fill an empty data folder with the demo plan; refuse if it holds a plan."""
    store = Store.open(data_dir)
    try:
        if _has_anything(store):
            print(HandleplanError("plan_exists", path=str(data_dir)).message(lang), file=sys.stderr)
            return 1
        fill_demo(store, lang)
    finally:
        store.close()
    if lang.lower().startswith("en"):
        print(f'The demo plan is ready in {store.path}.\nOpen it with: handleplan --data-dir "{data_dir}"')
    else:
        print(f'Demo-handleplanen er klar i {store.path}.\nÅbn den med: handleplan --data-dir "{data_dir}"')
    return 0
