"""Names and sensitive words in what a PDF would share, and where they stand.

Before a PDF leaves the app the dialog warns when the text to be shared names the leader's own staff,
as she typed them as TRIO members and in the IGLO rows' "Hvem", or holds a word she listed as sensitive.
Only what the current selection shares is read (`selection.resolve`, itself released by the one privacy
rule): a private entry that stays home is never scanned, a private one she ticked is.

Words are found whole (a name inside another word is not a hit: "Lise" is not in "Elisenlund"), folded as
search folds them (case and accents off; æ, ø and å stay letters of their own). Qt-free: the dialog says
the findings in its language, from the record and field named here (`handleplan.fields`).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import accumulate

from handleplan import fields
from handleplan.export.selection import ExportContents
from handleplan.export.snapshot import PlanSnapshot
from handleplan.store.search_index import _MARKS

# Never read: a reflection answer's prompt is the course's words, not hers.
NOT_SCANNED = frozenset({("reflection_answer", "prompt")})
# The "Hvem" columns print too; a TRIO member there is the TRIO's own agreement, not a finding.
WHO_FIELDS = frozenset({("cycle_task", "who"), ("role_assignment", "who")})

_WORD = re.compile(r"\w")

Entry = tuple[str, object]  # the export dialog's entry: ("initiative", id), ("section", "focus") …


@dataclass(frozen=True)
class Finding:
    """`word` (as she typed it) stands in `record`'s `field` of the text `entry` shares.

    `private` is what "Gør privat" would mark ("initiative", "reflection", "observation" or "notes", id);
    None where nothing smaller than the entry can be private (a meeting's agreements, her focus)."""

    word: str
    is_name: bool
    record: str
    field: str
    entry: Entry
    private: tuple[str, int] | None


def fold(text: str) -> str:
    """Folded as search folds (`store.search_index.fold`: case off, accents off, æ ø å kept), without
    its turning control characters into spaces, which only FTS5 needs and which costs a third of the
    time here; a line break is whitespace to the patterns anyway."""
    folded = text.casefold()
    if not folded.isascii():
        folded = _MARKS.sub("", unicodedata.normalize("NFKD", folded).replace("a\u030a", "å"))
    return folded


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))


def _written_as_name(text: str) -> bool:
    """Every word begins with a capital letter ("Lise", "Jonas Kristensen", "Anne-Mette (AMR)")."""
    return all(word[0].isupper() for word in re.findall(r"[^\W\d_][\w-]*", text))


def staff_names(snapshot: PlanSnapshot) -> list[str]:
    """The names of her staff as she typed them: TRIO members, and each IGLO row's "Hvem".

    Left out: her own name (she is on the cover), and a "Hvem" that is not written as a person's name –
    a word in lower case ("alle", "Alle medarbejdere", "Den enkelte medarbejder"), or her own unit or
    organisation ("Team Vest")."""
    own = set(_words(snapshot.profile.name))
    place = " ".join(_words(f"{snapshot.profile.unit} {snapshot.profile.organisation}"))
    roles = [r for i in snapshot.initiatives for r in i.roles]
    roles += [r for m in snapshot.milestones for r in m.agreements]
    typed = [m.name for m in snapshot.trio] + [r.who for r in roles]
    found: dict[str, str] = {}
    for name in (" ".join(t.split()) for t in typed):
        words = _words(name)
        if not words or not _written_as_name(name) or set(words) <= own:
            continue
        if f" {' '.join(words)} " in f" {place} ":
            continue
        found.setdefault(" ".join(words), name)
    return list(found.values())


def read_sensitive_words(text: str) -> list[str]:
    """The leader's list as she keeps it (one word or phrase a line), blank lines and repeats dropped."""
    found: dict[str, str] = {}
    for line in text.splitlines():
        word = " ".join(line.split())
        if word:
            found.setdefault(" ".join(_words(word)), word)
    return [w for key, w in found.items() if key]


class WordFinder:
    """Whole words and names in folded text; a name of several words also by its first (how she writes
    "Jonas" for "Jonas Kristensen")."""

    def __init__(self, names: Iterable[str], sensitive: Iterable[str], own_name: str = "") -> None:
        own = set(_words(own_name))
        self.terms: dict[str, tuple[str, bool]] = {}  # folded term → (as typed, is a name)
        for word in sensitive:
            self._add(word, False)
        for name in names:
            self._add(name, True)
            first = _words(name)
            if len(first) > 1 and len(first[0]) > 1 and first[0] not in own:
                self._add(name.split()[0], True)
        parts = sorted(self.terms, key=len, reverse=True)  # the longest first: "Jonas Kristensen" wins
        alternatives = "|".join(r"\s+".join(map(re.escape, t.split())) for t in parts)
        # The terms first, so the scan can skip ahead on their first letters; the word boundary before a
        # match is checked after (a lookbehind in front made the scan ten times slower).
        self.pattern = re.compile(rf"(?:{alternatives})(?!\w)") if parts else None

    def _add(self, word: str, is_name: bool) -> None:
        key = " ".join(_words(word))
        if key:
            self.terms.setdefault(key, (" ".join(word.split()), is_name))

    def find(self, text: str) -> list[tuple[str, bool]]:
        """The terms in `text`, each once, in the order they stand."""
        seen: dict[str, tuple[str, bool]] = {}
        for _start, key in self.scan(fold(text)):
            seen.setdefault(key, self.terms[key])
        return list(seen.values())

    def scan(self, folded: str) -> Iterator[tuple[int, str]]:
        """(where, folded term) for each whole term in folded text."""
        if self.pattern is None:
            return
        pos = 0
        while (match := self.pattern.search(folded, pos)) is not None:
            start = match.start()
            if start and _WORD.match(folded, start - 1):  # inside a word: look again one letter on
                pos = start + 1
                continue
            yield start, " ".join(match.group(0).split())
            pos = match.end()


@cache
def _text_fields(record: str) -> tuple[str, ...]:
    return tuple(
        f.name
        for f in fields.of(record)
        if f.kind in ("text", "line") and (record, f.name) not in NOT_SCANNED
    )


def _texts(record: str, snap: object) -> Iterator[tuple[str, str]]:
    """Each declared text field of `snap` with its text (a cycle keeps its texts in a dict)."""
    for name in _text_fields(record):
        if record == "cycle":
            value = snap.texts.get(name, "")  # type: ignore[attr-defined]
        else:
            value = getattr(snap, name, None)
        if isinstance(value, str) and value.strip():
            yield name, value


def _shared(contents: ExportContents, plan: PlanSnapshot) -> Iterator[tuple[str, str, str, Entry, object]]:
    """(record, field, text, entry, private mark) for every text the PDF would print."""
    if "focus" in contents.sections:
        for name, text in _texts("profile", plan.profile):
            yield "profile", name, text, ("section", "focus"), None
    for ini in contents.initiatives:
        entry, mark = ("initiative", ini.id), ("initiative", ini.id)
        for name, text in _texts("initiative", ini):
            yield "initiative", name, text, entry, None if ini.private else mark
        for cycle in ini.cycles:
            for name, text in _texts("cycle", cycle):
                yield "cycle", name, text, entry, None if ini.private else mark
            for record, rows in (("cycle_question", cycle.questions), ("cycle_task", cycle.tasks)):
                for row in rows:
                    for name, text in _texts(record, row):
                        yield record, name, text, entry, None if ini.private else mark
            for obs in cycle.observations:
                # A private observation here was ticked: taking it out is unticking it alone.
                own = ("observation", obs.id)
                for name, text in _texts("observation", obs):
                    yield (
                        "observation",
                        name,
                        text,
                        own if obs.private else entry,
                        None if obs.private else own,
                    )
        for role in ini.roles:
            for name, text in _texts("role_assignment", role):
                yield "role_assignment", name, text, entry, None if ini.private else mark
    for refl in (*contents.reflections, *((contents.afrunding,) if contents.afrunding else ())):
        entry = ("reflection", refl.id)
        for name, text in _texts("reflection", refl):
            yield "reflection", name, text, entry, None if refl.private else entry
        for answer in refl.answers:
            for name, text in _texts("reflection_answer", answer):
                yield "reflection_answer", name, text, entry, None if refl.private else entry
    for meeting in contents.trio_meetings:
        entry = ("trio", meeting.id)
        for name, text in _texts("milestone", meeting):
            if name == "notes":
                notes = ("notes", meeting.id)
                yield (
                    "milestone",
                    name,
                    text,
                    notes if meeting.notes_private else entry,
                    (None if meeting.notes_private else notes),
                )
            elif name != "discussion_points":  # printed under "Det vil jeg gerne drøfte", for its milestone
                yield "milestone", name, text, entry, None
        for role in meeting.agreements:
            for name, text in _texts("role_assignment", role):
                yield "role_assignment", name, text, entry, None
    for item in contents.discussion:
        name = "bring_to_next" if item.from_trio else "discussion_points"
        yield "milestone", name, item.text, ("section", "discussion"), None


def find_sensitive(
    snapshot: PlanSnapshot, contents: ExportContents, sensitive: Iterable[str] = ()
) -> list[Finding]:
    """Every name of her staff and every sensitive word in what `contents` (resolved from `snapshot`)
    would print, and where. The names are read from the whole snapshot: a name typed only in a private
    tiltag's IGLO rows is still one of her staff's."""
    plan = contents.plan
    if plan is None:
        return []
    finder = WordFinder(staff_names(snapshot), sensitive, snapshot.profile.name)
    if finder.pattern is None:
        return []
    trio = set(WordFinder([m.name for m in snapshot.trio], [], snapshot.profile.name).terms)
    shared = list(_shared(contents, plan))
    # Folded and scanned in one go, NUL between the texts (folding leaves it alone, and no term spans
    # it): one pass over the plan instead of thousands of small ones.
    texts = [text.replace("\0", " ") for _r, _n, text, _e, _m in shared]
    folded = fold("\0".join(texts))
    starts = list(accumulate((len(piece) + 1 for piece in folded.split("\0")[:-1]), initial=0))
    found: dict[tuple, Finding] = {}
    for where, key in finder.scan(folded):
        record, name, _text, entry, mark = shared[bisect_right(starts, where) - 1]
        if (record, name) in WHO_FIELDS and key in trio:
            continue
        word, is_name = finder.terms[key]
        finding = Finding(word, is_name, record, name, entry, mark)  # type: ignore[arg-type]
        found.setdefault((word, record, name, entry), finding)
    return list(found.values())
