"""Right-to-left text (Hebrew, Arabic, Persian, Urdu) in the PDF in its reading order, Arabic joined.

A PDF draws glyphs left to right in the order given; it knows nothing of writing direction or of the
forms an Arabic letter takes beside its neighbours. So, only where the text has a right-to-left letter:

- Arabic letters are given their joined forms (`shape`, arabic-reshaper: the Unicode presentation
  forms, which DejaVu Sans has) while the text is still in typed (logical) order, so ReportLab measures
  and wraps the words as they will be drawn;
- each line ReportLab broke is put in display order just before it is drawn (`visual`), by the Unicode
  bidirectional algorithm with the paragraph's own direction: per line, not per paragraph, so a Hebrew
  paragraph's first line holds the start of the text. Digits and punctuation follow the algorithm,
  brackets are mirrored, and a combining mark (niqqud, harakat) stays after its letter.

Why not ReportLab's own route: it needs rlbidi, which the package index here lacks. Why not uharfbuzz:
ReportLab shapes each word in logical order with it (a word's glyphs come out right) but still sets the
words of a line left to right, and shaping text already in display order reverses it twice; reordering
words around HarfBuzz's output would be our own bidi code on top of a compiled dependency.

The levels come from python-bidi (UAX #9 with bracket pairs, in Rust), read per character, because
only they tell which typed character lands where – what keeps a line's bold and plain runs, and each
mark, with their own letters – and its `get_display` does not mirror brackets.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

import arabic_reshaper
import bidi
from arabic_reshaper.ligatures import LIGATURES
from bidi import algorithm
from bidi.mirror import MIRRORED

# Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic, Arabic Extended; the presentation forms;
# the right-to-left marks and embeddings. Anything else takes the fast path untouched.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f\u202b\u202e\u2067]")
# The marks and embeddings steer the algorithm and are drawn as nothing (DejaVu's are empty and zero wide).
_CONTROLS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e")
_LABEL_END = re.compile(r"(?:&nbsp;|\s)*$")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")

# Keep the harakat a leader typed; of the ligatures only lam-alef, which Arabic requires. The others
# (ﷲ and the like) are optional and mostly missing from DejaVu Sans.
_reshaper = arabic_reshaper.ArabicReshaper(
    configuration={
        "delete_harakat": False,
        "support_ligatures": True,
        **{name: "LAM WITH ALEF" in name for name, _forms in LIGATURES},
    }
)


def has_rtl(text: str) -> bool:
    """Whether `text` has any right-to-left character (the quick check that keeps Danish untouched)."""
    return _RTL.search(text) is not None


def shape(text: str, drawable: Callable[[int], bool]) -> str:
    """Arabic letters in their joined forms, still in logical order. A joined form the font lacks
    falls back to the plain letter: unjoined, but never lost to a □."""
    if not _ARABIC.search(text):
        return text
    shaped = _reshaper.reshape(text)
    if all(drawable(ord(ch)) for ch in shaped):
        return shaped
    return "".join(ch if drawable(ord(ch)) else unicodedata.normalize("NFKC", ch) for ch in shaped)


def base_level(text: str) -> int:
    """1 if the paragraph reads right to left (its first strong letter is Hebrew or Arabic), else 0."""
    return algorithm.get_base_level(text) if has_rtl(text) else 0


_LEVEL = re.compile(r"Level\(\s*(\d+),\s*\)")


def _levels(text: str, base: int) -> list[int]:
    """The resolved level of each character of one paragraph (UAX #9 up to rule I), then rule L1:
    whitespace at the end of the line takes the paragraph's level, so it stays at the end."""
    levels = _rust_levels(text, base) or _python_levels(text, base)
    for n in range(len(text) - 1, -1, -1):
        if not text[n].isspace():
            break
        levels[n] = base
    return levels


def _rust_levels(text: str, base: int) -> list[int] | None:
    """The levels of python-bidi's Rust implementation (unicode-bidi: UAX #9 with bracket pairs and
    isolates). Its API returns only the reordered string – without mirroring and without saying which
    character went where – so the levels are read from its debug report, one per UTF-8 byte. Should a
    later version report them otherwise, the count will not match and the Python implementation
    answers instead (tests/export/test_pdf_rtl.py holds both to the same readings)."""
    report = bidi.get_display(text, base_dir="LR"[base], debug=True)
    start, end = report.find("levels: ["), report.find("paragraphs:")
    per_byte = [int(level) for level in _LEVEL.findall(report, start, end)] if 0 <= start < end else []
    if len(per_byte) != len(text.encode("utf-8")):
        return None
    levels, offset = [], 0
    for char in text:
        levels.append(per_byte[offset])
        offset += len(char.encode("utf-8"))
    return levels


def _python_levels(text: str, base: int) -> list[int]:
    """The levels of python-bidi's Python implementation (an older UAX #9: no bracket pairs), step by
    step; the explicit embeddings it drops (X9) keep the level before them."""
    storage = algorithm.get_empty_storage()
    storage["base_level"] = base
    storage["base_dir"] = "LR"[base]
    algorithm.get_embedding_levels(text, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    levels = [base] * len(text)
    kept = {char["index"]: char["level"] for char in storage["chars"]}
    for n in range(len(text)):
        levels[n] = kept.get(n, levels[n - 1] if n else base)
    return levels


def order(text: str, base: int) -> list[tuple[int, str]]:
    """One line in display order, left to right: (logical index, character as drawn) – rule L2 over
    clusters (a letter and the combining marks after it) and L4 (mirrored brackets)."""
    clusters: list[list[tuple[int, int]]] = []
    for index, level in enumerate(_levels(text, base)):
        if clusters and unicodedata.combining(text[index]):
            clusters[-1].append((index, level))
        else:
            clusters.append([(index, level)])
    cluster_levels = [cluster[0][1] for cluster in clusters]
    highest = max(cluster_levels, default=0)
    lowest_odd = min((level for level in cluster_levels if level % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        start = None
        for n in range(len(clusters) + 1):
            inside = n < len(clusters) and cluster_levels[n] >= level
            if inside and start is None:
                start = n
            elif not inside and start is not None:
                clusters[start:n] = clusters[start:n][::-1]
                cluster_levels[start:n] = cluster_levels[start:n][::-1]
                start = None
    drawn = []
    for cluster in clusters:
        for index, level in cluster:
            char = text[index]
            if char in _CONTROLS:
                continue
            drawn.append((index, MIRRORED.get(char, char) if level % 2 else char))
    return drawn


def ltr_label(markup: str) -> str:
    """Our own label (a date, "Lav:") before right-to-left text as one left-to-right embedding, so it
    reads "8. november 2026" at the line's start; the spaces after it stay outside, between it and the
    text."""
    end = _LABEL_END.search(markup).start()
    return f"\u202a{markup[:end]}\u202c{markup[end:]}"


def visual(text: str, base: int) -> str:
    """One line of plain text in display order."""
    return "".join(char for _index, char in order(text, base))


def visual_frags(frags: list, base: int) -> list | None:
    """One line of styled fragments (bold label, plain text) in display order: the characters reordered
    as one line, then regrouped into fragments of their own style. None if the line has anything but
    text (an image, a link anchor): left as it is."""
    if any(not hasattr(frag, "text") or hasattr(frag, "cbDefn") for frag in frags):
        return None
    owner = [n for n, frag in enumerate(frags) for _char in frag.text]
    text = "".join(frag.text for frag in frags)
    result: list = []
    run: list[str] = []
    current = -1
    for index, char in order(text, base):
        if owner[index] != current and run:
            result.append(frags[current].clone(text="".join(run)))
            run = []
        current = owner[index]
        run.append(char)
    if run:
        result.append(frags[current].clone(text="".join(run)))
    return result


def display_line(text: str) -> str:
    """A line drawn straight on the page (the footer's name and title), in display order."""
    return visual(text, base_level(text)) if has_rtl(text) else text
