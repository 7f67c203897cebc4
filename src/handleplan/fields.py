"""Every field the leader edits, declared once: its record and attribute, its words, and what reads it.

The edit whitelist (`ops/edit.py`), search and its labels, "what is still empty", the PDF's headings and
the widgets' labels all read this table, so a field added to a record touches the model, a migration
and one line here. Records are named by table, so this module imports neither SQLAlchemy nor Qt and the
first paint can use it.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

Kind = Literal["text", "line", "choice", "flag", "date", "link", "tags", "rows"]
Words = dict[str, str]  # {"da": …, "en": …}


class Field(NamedTuple):
    record: str  # the table's name, e.g. "cycle"
    name: str  # the attribute, or for kind "rows" the relationship the phase page lists
    label: Words
    kind: Kind = "text"
    help: Words | None = None  # the line beside the field on its page
    phase: str | None = None  # for a cycle: the PDSA page that shows it ("plan", "do", "study", "act")
    searched: bool = False
    counted: bool = False  # part of the cycle's "Endnu tomt" count
    in_pdf: bool = False  # printed under its label in the PDF
    derived_from: str | None = None  # read from another field of the record on every edit, never typed

    @property
    def editable(self) -> bool:
        """Set through `ops.edit`; rows have their own add and delete operations, and a derived field
        follows the field it is read from."""
        return self.kind != "rows" and self.derived_from is None

    def say(self, lang: str) -> str:
        return self.label.get(lang) or self.label["da"]

    def explain(self, lang: str) -> str:
        return (self.help or {}).get(lang) or (self.help or {}).get("da", "")


def _w(da: str, en: str) -> Words:
    return {"da": da, "en": en}


def _cycle(name: str, phase: str, label: Words, help_: Words, kind: Kind = "text", **flags: bool) -> Field:
    flags.setdefault("searched", kind in ("text", "line"))
    flags.setdefault("in_pdf", kind in ("text", "line"))
    return Field("cycle", name, label, kind, help_, phase, **flags)


FIELDS: tuple[Field, ...] = (
    # -- the leader ------------------------------------------------------------------------------
    Field("profile", "name", _w("Dit navn", "Your name"), "line", searched=True),
    Field("profile", "organisation", _w("Organisation", "Organisation"), "line", searched=True),
    Field("profile", "unit", _w("Enhed", "Unit"), "line", searched=True),
    Field("profile", "focus", _w("Fokus/tema", "Focus/theme"), searched=True, in_pdf=True),
    Field("profile", "course_title", _w("Forløbets titel", "Course title"), "line"),
    Field("profile", "onboarded", _w("Velkomsten er gennemført", "Welcome completed"), "flag"),
    # -- the forløb and the TRIO -----------------------------------------------------------------
    Field("milestone", "title", _w("Navn", "Name"), "line", searched=True),
    Field("milestone", "kind", _w("Slags", "Kind"), "choice"),
    Field("milestone", "date", _w("Dato", "Date"), "date"),
    Field("milestone", "place", _w("Sted", "Place"), "line", searched=True),
    Field("milestone", "notes", _w("Noter fra mødet", "Notes from the meeting"), searched=True, in_pdf=True),
    Field("milestone", "notes_private", _w("Noterne er private", "The notes are private"), "flag"),
    Field(
        "milestone",
        "discussion_points",
        _w("Det vil jeg gerne drøfte", "What I would like to discuss"),
        searched=True,
        in_pdf=True,
    ),
    Field(
        "milestone",
        "bring_to_next",
        _w("Det tager vi med til næste modul", "What we bring to the next module"),
        searched=True,
        in_pdf=True,
    ),
    Field("trio_member", "name", _w("Navn", "Name"), "line", searched=True),
    Field("trio_member", "role", _w("Rolle", "Role"), "line", searched=True),
    # -- tiltag ----------------------------------------------------------------------------------
    Field("initiative", "title", _w("Titel", "Title"), "line", searched=True),
    Field(
        "initiative",
        "goal",
        _w("Hvad vil jeg opnå?", "What do I want to achieve?"),
        help=_w(
            "Beskriv, hvad der er anderledes for dig og dine medarbejdere, når tiltaget virker.",
            "Describe what will be different for you and your staff when the initiative works.",
        ),
        searched=True,
        in_pdf=True,
    ),
    Field(
        "initiative",
        "why",
        _w("Hvorfor dette tiltag?", "Why this initiative?"),
        help=_w(
            "Hvilken belastning vil du mindske, eller hvilken ressource vil du styrke? Sæt gerne flueben "
            "herunder.",
            "Which strain do you want to reduce, or which resource do you want to strengthen? Tick any that "
            "apply below.",
        ),
        searched=True,
        in_pdf=True,
    ),
    Field("initiative", "tags", _w("Det handler om", "What it is about"), "tags"),
    Field("initiative", "status", _w("Status", "Status"), "choice"),
    Field("initiative", "private", _w("Privat", "Private"), "flag"),
    # -- a PDSA cycle: the phase it is in, then its fields page by page, in the pages' order -------
    Field("cycle", "phase", _w("Fase", "Phase"), "choice"),
    _cycle(
        "objective",
        "plan",
        _w("Formål med cyklussen", "Objective of this cycle"),
        _w(
            "Hvad vil du opnå med netop denne cyklus? Skriv det kort og konkret, fx »Alle på teammødet "
            "har sagt noget om, hvad der belaster dem«.",
            "What do you want to achieve in this particular cycle? Keep it short and concrete, e.g. "
            '"Everyone at the team meeting has said something about what puts a strain on them".',
        ),
        counted=True,
    ),
    _cycle(
        "target",
        "plan",
        _w("Hvor meget, til hvornår", "How much, by when"),
        _w(
            "Gør formålet målbart: hvor meget skal ændre sig, og til hvornår? Fx »12 af 16 har sagt "
            "noget inden 1. marts«.",
            'Make the objective measurable: how much should change, and by when? E.g. "12 of 16 have '
            'spoken up by 1 March".',
        ),
        kind="line",
    ),
    _cycle(
        "questions",
        "plan",
        _w("Spørgsmål og forudsigelser", "Questions and predictions"),
        _w(
            "Hvad vil du gerne blive klogere på i denne cyklus? Skriv for hvert spørgsmål, hvad du "
            "tror, der sker – din forudsigelse.",
            "What do you want to find out in this cycle? For each question, write down what you think "
            "will happen – your prediction.",
        ),
        kind="rows",
        counted=True,
    ),
    _cycle(
        "tasks",
        "plan",
        _w("Opgaver", "Tasks"),
        _w(
            "Hvad skal der gøres for at gennemføre cyklussen? Skriv for hver opgave hvad, hvem, hvornår "
            "og hvor.",
            "What needs doing to carry out the cycle? For each task, note what, who, when and where.",
        ),
        kind="rows",
        counted=True,
    ),
    _cycle(
        "measure",
        "plan",
        _w("Tegn på forbedring", "Signs of improvement"),
        _w(
            "Hvordan ved I, at det er en forbedring? Fx gennemsnittet i jeres måling af psykologisk "
            "tryghed, færre sygedage eller medarbejdernes egne ord.",
            "How will you know it is an improvement? For example the average from your psychological "
            "safety survey, fewer sick days, or what staff say in their own words.",
        ),
        counted=True,
    ),
    _cycle(
        "data_plan",
        "plan",
        _w("Plan for data", "Data plan"),
        _w(
            "Hvilke tal eller iagttagelser samler I, hvem gør det, og hvornår? Tænk på, hvordan I måler "
            "før og efter.",
            "Which numbers or observations will you collect, who collects them, and when? Think about "
            "how you will measure before and after.",
        ),
        counted=True,
    ),
    _cycle(
        "method",
        "do",
        _w("Metode og redskaber", "Method and tools"),
        _w(
            "Hvilket redskab eller hvilken metode bruger du? Fx drejebogen om de seks guldkorn på "
            "personalemødet.",
            "Which tool or method are you using? For example the dialogue script on the six gold "
            "nuggets at the staff meeting.",
        ),
        counted=True,
    ),
    _cycle(
        "dialogues",
        "do",
        _w("Drejebog til dialogen", "Dialogue script"),
        _w(
            "Vælg en af kursets drejebøger: dens trin bliver til opgaver, og her skriver du, hvad I kom "
            "frem til – mere af, mindre af, begynde på – og hvem der gør hvad.",
            "Choose one of the course's dialogue scripts: its steps become tasks, and here you write what "
            "you arrived at – more of, less of, start doing – and who does what.",
        ),
        kind="rows",
        counted=True,  # only once a drejebog is chosen: its outcome is then still to be written
    ),
    _cycle(
        "helpers",
        "do",
        _w("Hvem hjælper mig?", "Who helps me?"),
        _w(
            "Hvem skal hjælpe dig? Tænk på din TRIO, AMR, TR, kolleger og HR.",
            "Who will help you? Think of your TRIO, the safety rep, the union rep, colleagues and HR.",
        ),
        counted=True,
    ),
    _cycle(
        "as_planned",
        "do",
        _w("Gik det som planlagt?", "Did it go as planned?"),
        _w(
            "Blev cyklussen gennemført, som du havde planlagt? Hvis ikke: hvad blev anderledes?",
            "Was the cycle carried out as planned? If not, what changed?",
        ),
        kind="flag",
        counted=True,
    ),
    _cycle(
        "observations",
        "do",
        _w("Iagttagelser undervejs", "Observations along the way"),
        _w(
            "Hvad lagde du mærke til undervejs? Sæt dato på, så du kan følge udviklingen.",
            "What did you notice along the way? Add the date so you can follow how things develop.",
        ),
        kind="rows",
        counted=True,
    ),
    _cycle(
        "unplanned",
        "do",
        _w("Det, jeg ikke havde planlagt", "What I had not planned"),
        _w(
            "Skete der noget, du ikke havde planlagt – godt eller skidt?",
            "Did anything happen that you had not planned – good or bad?",
        ),
    ),
    _cycle(
        "results",
        "study",
        _w("Resultater", "Results"),
        _w(
            "Hvad blev resultatet? Sæt det ved siden af dine forudsigelser.",
            "What was the result? Put it next to your predictions.",
        ),
        kind="rows",
        counted=True,
    ),
    _cycle(
        "learning",
        "study",
        _w("Hvad har jeg lært?", "What have I learnt?"),
        _w(
            "Hvad har du lært – om tiltaget, om teamet og om dig selv som leder?",
            "What have you learned – about the initiative, about the team and about yourself as a leader?",
        ),
        counted=True,
    ),
    _cycle(
        "comparison",
        "study",
        _w("Sammenligning med før", "Comparison with before"),
        _w(
            "Hvordan ser det ud i forhold til før? Sammenlign gerne jeres målinger før og efter.",
            "How does it compare with before? Feel free to compare your before and after measurements.",
        ),
    ),
    _cycle(
        "decision",
        "act",
        _w("Beslutning", "Decision"),
        _w(
            "Vælg, om du vil fastholde, justere eller opgive tiltaget.",
            "Choose whether to adopt, adapt or abandon the initiative.",
        ),
        kind="choice",
        counted=True,
    ),
    _cycle(
        "decision_reason",
        "act",
        _w("Begrundelse", "Reason"),
        _w(
            "Hvorfor træffer du netop den beslutning? Hvad i resultaterne peger i den retning?",
            "Why are you making this decision? What in the results points that way?",
        ),
        counted=True,
    ),
    _cycle(
        "next_step",
        "act",
        _w("Næste skridt", "Next step"),
        _w(
            "Hvad er næste skridt? Det bliver udgangspunktet for din næste cyklus.",
            "What is the next step? It becomes the starting point for your next cycle.",
        ),
        counted=True,
    ),
    # -- rows inside a cycle ---------------------------------------------------------------------
    Field("cycle_question", "question", _w("Spørgsmål", "Question"), searched=True),
    Field("cycle_question", "prediction", _w("Min forudsigelse", "My prediction"), searched=True),
    Field("cycle_question", "result", _w("Resultat", "Result"), searched=True),
    Field("cycle_task", "what", _w("Hvad", "What"), searched=True),
    Field("cycle_task", "who", _w("Hvem", "Who"), "line", searched=True),
    Field("cycle_task", "when", _w("Hvornår", "When"), "line", searched=True),
    # The date the "Hvornår" text names: never typed itself, ops.edit reads it from `when` (typed_dates).
    Field("cycle_task", "due", _w("Dato", "Date"), "date", derived_from="when"),
    Field("cycle_task", "where", _w("Hvor", "Where"), "line", searched=True),
    Field("cycle_task", "done", _w("Udført", "Done"), "flag"),
    Field("observation", "observed_on", _w("Dato", "Date"), "date"),
    Field("observation", "text", _w("Iagttagelse", "Observation"), searched=True),
    Field("observation", "private", _w("Privat", "Private"), "flag"),
    # -- the outcome of a drejebog, in the course's form (A, B, C and IGLO) -------------------------
    # Which script: a key from the content files, set when it is chosen (ops.dialogues), its title shown.
    Field("dialogue_outcome", "script", _w("Drejebog", "Dialogue script"), "choice"),
    Field("dialogue_outcome", "more_of", _w("A: Mere af", "A: More of"), searched=True, in_pdf=True),
    Field("dialogue_outcome", "less_of", _w("B: Mindre af", "B: Less of"), searched=True, in_pdf=True),
    Field(
        "dialogue_outcome", "start_doing", _w("C: Begynde på", "C: Start doing"), searched=True, in_pdf=True
    ),
    Field(
        "dialogue_outcome", "next_individ", _w("Individ", "Individual"), "line", searched=True, in_pdf=True
    ),
    Field("dialogue_outcome", "next_gruppe", _w("Gruppe", "Group"), "line", searched=True, in_pdf=True),
    Field("dialogue_outcome", "next_leder", _w("Leder", "Leader"), "line", searched=True, in_pdf=True),
    Field(
        "dialogue_outcome",
        "next_organisation",
        _w("Organisation", "Organisation"),
        "line",
        searched=True,
        in_pdf=True,
    ),
    # -- IGLO roles and TRIO agreements ----------------------------------------------------------
    Field("role_assignment", "level", _w("Niveau", "Level"), "choice"),
    Field("role_assignment", "who", _w("Hvem", "Who"), "line", searched=True),
    Field("role_assignment", "trio_member_id", _w("TRIO-medlem", "TRIO member"), "link"),
    Field("role_assignment", "what", _w("Hvad", "What"), searched=True),
    Field("role_assignment", "due", _w("Frist", "Due"), "date"),
    Field("role_assignment", "done", _w("Udført", "Done"), "flag"),
    Field("role_assignment", "initiative_id", _w("Tiltag", "Initiative"), "link"),
    # -- reflections -----------------------------------------------------------------------------
    Field("reflection", "title", _w("Overskrift", "Heading"), "line", searched=True),
    Field("reflection", "written_on", _w("Skrevet", "Written"), "date"),
    Field("reflection", "text", _w("Egne noter", "My own notes"), searched=True, in_pdf=True),
    Field("reflection", "private", _w("Privat", "Private"), "flag"),
    Field("reflection", "kind", _w("Slags", "Kind"), "choice"),
    Field("reflection", "milestone_id", _w("Milepæl", "Milestone"), "link"),
    Field("reflection_answer", "answer", _w("Svar", "Answer"), searched=True),
    Field("reflection_answer", "prompt", _w("Spørgsmål", "Question"), "line"),
    # -- measurements of a cycle (saved whole by ops.measurements, with their values checked per kind) --
    Field("measurement", "measured_on", _w("Dato", "Date"), "date"),
    Field("measurement", "label", _w("Hvad du tæller", "What you count"), "line"),
    Field("measurement", "note", _w("Note", "Note"), "line"),
)

PHASES: tuple[str, ...] = ("plan", "do", "study", "act")
# The declarations' words as a catalog of say.py (registered in `CATALOGS`), so the test of every
# message's two languages reads them too.
FIELD_WORDS: dict[str, Words] = {
    **{f"{f.record}.{f.name}": f.label for f in FIELDS},
    **{f"{f.record}.{f.name}.help": f.help for f in FIELDS if f.help},
}
_BY_KEY: dict[tuple[str, str], Field] = {(f.record, f.name): f for f in FIELDS}


def field(record: str, name: str) -> Field:
    """The declaration of `record.name`; a KeyError names a field nobody declared."""
    return _BY_KEY[(record, name)]


def of(record: str) -> tuple[Field, ...]:
    return tuple(f for f in FIELDS if f.record == record)


def editable(record: str) -> frozenset[str]:
    return frozenset(f.name for f in of(record) if f.editable)


def derived(record: str) -> dict[str, str]:
    """{source field: derived field} for a record, e.g. {"when": "due"} for a task."""
    return {f.derived_from: f.name for f in of(record) if f.derived_from}


def searched(record: str) -> tuple[str, ...]:
    return tuple(f.name for f in of(record) if f.searched)


def on_page(phase: str) -> tuple[Field, ...]:
    """A cycle's fields on one PDSA page, in the page's order."""
    return tuple(f for f in of("cycle") if f.phase == phase)


def label(record: str, name: str, lang: str) -> str:
    return field(record, name).say(lang)
