"""Right-to-left text in the PDF (issue 11 item 13): Hebrew and Arabic drawn in their reading order, Arabic
letters joined, a right-to-left paragraph right-aligned with its first line on top, a name in Arabic read
in place inside a Danish sentence – and Danish untouched.

Read back two ways, each rebuilding the order a reader reads from the glyphs drawn left to right (both
read each Hebrew and Arabic word backwards before): `pdftotext`, and pypdf with each run's position. Both
give a mirrored bracket as the glyph drawn, so "(בערך 14 יום)" reads back as ")בערך 14 יום(".
"""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import pypdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from handleplan.export.pdf import render_pdf
from handleplan.export.pdf_bidi import _python_levels, _rust_levels, visual
from handleplan.export.pdf_styles import Para, Styles, _display_order, clean, paragraphs
from handleplan.export.selection import ExportOptions
from handleplan.export.snapshot import take_snapshot
from handleplan.ops import initiatives as ops
from handleplan.ops import people, reflections
from handleplan.ops.edit import edit
from handleplan.store import Store

NAME = "محمد الأحمد"
DANISH = f"Jeg talte med {NAME} om hans vagtplan i uge 12."
HEBREW = (
    "השבוע דיברנו בצוות על העומס בעבודה. כולם הסכימו שצריך לתכנן את המשמרות מחדש, ושכל אחד יוכל "
    "לבקש עזרה בלי לחשוש. נבדוק שוב בעוד שבועיים (בערך 14 יום) ונראה אם זה עוזר."
)
ARABIC = (
    "تحدثنا هذا الأسبوع في الفريق عن ضغط العمل. اتفق الجميع على أننا بحاجة إلى إعادة تخطيط المناوبات، "
    "وأن يتمكن كل شخص من طلب المساعدة دون خوف."
)
EVERYTHING = ExportOptions(include_private=True)
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def plan_with_rtl(store: Store) -> None:
    """A leader's plan with Arabic and Hebrew where she types: a title, a goal, a task's cells, an
    observation after its date, a reflection."""
    edit(store, people.profile(store), name="Mette Hansen")
    initiative = ops.create_initiative(store, DANISH, goal=HEBREW, why=ARABIC)
    cycle = initiative.current_cycle
    ops.add_task(store, cycle, "Samtale om vagtplanen", NAME, "Uge 1", "Kontoret")
    ops.add_observation(store, cycle, ARABIC, date.today() - timedelta(days=2))
    reflections.write_reflection(store, None, title="Refleksion", text=HEBREW, written_on=date.today())


def reading(text: str) -> str:
    """Text as compared: embedding marks out, presentation forms as their letters, no spaces – pdftotext
    moves the space before a right-to-left run to its other end (محمد الأحمدom), which no reader sees."""
    text = "".join(ch for ch in text if ch not in "\u202a\u202b\u202c\u202d\u202e")
    return "".join(unicodedata.normalize("NFKC", text).split())


def pdftotext(data: bytes, tmp_path: Path) -> str:
    pdf = tmp_path / "rtl.pdf"
    pdf.write_bytes(data)
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def drawn_lines(data: bytes) -> list[tuple[float, float, str]]:
    """Each run of text as pypdf reads it: (x where it starts, y, text), top of the page first, pages in
    order; y goes on down across pages (the first page is above 0)."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    runs: list[tuple[float, float, str]] = []
    for number, page in enumerate(reader.pages):
        found: list[tuple[float, float, str]] = []

        def visit(text, cm, tm, _font, _size, found=found):  # noqa: ANN001
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                found.append((x, y, text))

        page.extract_text(visitor_text=visit)
        runs += [(x, y - 1000 * number, text) for x, y, text in found]  # pages are 842 pt high
    return sorted(runs, key=lambda run: (-run[1], run[0]))


@needs_poppler
def test_hebrew_and_an_arabic_name_read_in_their_order(store: Store, tmp_path: Path):
    plan_with_rtl(store)
    data, _pages, _contents = render_pdf(take_snapshot(store), EVERYTHING)
    text = reading(pdftotext(data, tmp_path))
    assert reading(DANISH) in text  # the name read in place, inside the Danish sentence
    assert reading("השבוע דיברנו בצוות על העומס בעבודה.") in text
    assert reading("تحدثنا هذا الأسبوع في الفريق عن ضغط العمل.") in text
    assert reading(")בערך 14 יום(") in text  # digits where the bidi algorithm puts them, brackets mirrored
    assert reading(NAME)[::-1] not in text and "השבוע"[::-1] not in text


def test_arabic_letters_are_drawn_joined(store: Store):
    plan_with_rtl(store)
    data, _pages, _contents = render_pdf(take_snapshot(store), EVERYTHING)
    drawn = "".join(text for _x, _y, text in drawn_lines(data))
    assert "\ufee3\ufea4\ufee4\ufeaa" in drawn  # محمد in its joined forms: initial, medial, medial, final
    assert "محمد" not in drawn and "دمحم" not in drawn  # never the isolated letters, as before


def test_a_hebrew_paragraph_starts_on_its_first_line_at_the_right(store: Store):
    plan_with_rtl(store)
    data, _pages, _contents = render_pdf(take_snapshot(store), EVERYTHING)
    lines = drawn_lines(data)
    at = next(n for n, (_x, _y, text) in enumerate(lines) if text.startswith("השבוע דיברנו"))
    x1, y1, first = lines[at]
    hebrew = [(x, y, text) for x, y, text in lines[at + 1 : at + 5] if any("א" <= c <= "ת" for c in text)]
    below = [(x, text) for x, y, text in hebrew if y < y1]
    # The top line holds the beginning of the text, the line below it the end.
    assert len(first) > 40 and HEBREW.startswith(first.strip())
    assert "עוזר" in " ".join(text for _x, text in below) and "עוזר" not in first
    # Right-aligned: the shorter last line starts further right than the full first one.
    assert below and all(x > x1 + 20 for x, _text in below)


def test_a_hebrew_name_on_the_cover_stays_beside_its_label(store: Store):
    edit(store, people.profile(store), name="דנה כהן", organisation="Hjemmeplejen Nord")
    data, _pages, _contents = render_pdf(take_snapshot(store), EVERYTHING)
    cover: dict[str, float] = {}
    for x, y, text in drawn_lines(data):
        if y > 0:  # the first page, the value before the footer's name
            cover.setdefault(text.strip(), x)
    assert abs(cover["דנה כהן"] - cover["Hjemmeplejen Nord"]) < 1  # the value column's left edge


def test_danish_text_is_drawn_as_before():
    styles = Styles()
    text = "Æbler, øl og »citater« (1-2 gange) – 12. marts: 3 af 16 satte magnet."
    [para] = paragraphs(text, styles.body)
    assert para.bidi() == (False, 0)
    para.wrap(200, 1000)
    assert [" ".join(words) for _space, words in para.blPara.lines] == [
        " ".join(words) for _space, words in Para(text, styles.body).breakLines([200]).lines
    ]
    assert clean(text) == text


def test_a_hebrew_answer_after_a_bold_danish_label_is_reordered_in_place():
    para = Para("<b>Beslutning:</b> שלום עולם 12", Styles().body)
    para.wrap(400, 100)  # breaking styled lines empties the fragments the direction was read from
    assert para.bidi() == (True, 0)
    [line] = _display_order(para.blPara, 0).lines
    assert [(f.fontName, f.text) for f in line.words] == [
        ("DejaVuSans-Bold", "Beslutning:"),
        ("DejaVuSans", " 12 םלוע םולש"),  # drawn left to right: read from the right, שלום עולם 12
    ]


def test_a_right_to_left_paragraph_split_across_pages_keeps_its_direction():
    styles = Styles()
    [para] = paragraphs(f"{HEBREW} Team Vest {HEBREW}", styles.body)
    assert para.bidi() == (True, 1)  # its first strong letter is Hebrew
    para.wrap(150, 1000)
    parts = para.split(150, 60)
    assert len(parts) == 2 and all(part.bidi() == (True, 1) for part in parts)


def test_both_bidi_implementations_agree_on_everyday_text():
    for text, base in [(DANISH, 0), (HEBREW, 1), (ARABIC, 1), ("Mødet med דנה כהן: 3 af 16 (AMR).", 0)]:
        assert _rust_levels(text, base) == _python_levels(text, base)
    # Where they differ the Rust one has bracket pairs; ours mirrors the brackets it leaves reversed.
    assert visual("שלום (abc) 12.", 1) == ".12 (abc) םולש"


def test_marks_stay_on_their_letters():
    assert visual("שָׁלוֹם", 1) == "םוֹלשָׁ"  # each letter followed by its own points, right to left


MIXED = st.text(
    alphabet=st.sampled_from(
        list("אבגשלוםעית")
        + list("محمدالأبتسلام")
        + list("abcæøå ÆØ")
        + list("0123456789")
        + list(" .,:;!?()[]«»-–/%\"'\n")
        + ["\u064e", "\u05b8", "\u200c", "\u200f", "\u202b", "\u202c", "ـ"]
    ),
    max_size=400,
)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=MIXED, goal=MIXED, note=MIXED)
def test_the_export_never_fails_on_any_mix(store: Store, title: str, goal: str, note: str):
    # One store for all examples (a new one each would be most of the time): the initiatives add up.
    initiative = ops.create_initiative(store, title.strip() or "Tiltag", goal=goal, why=note)
    ops.add_task(store, initiative.current_cycle, title, note, goal, "")
    ops.add_observation(store, initiative.current_cycle, note or "x", date.today())
    data, pages, _contents = render_pdf(take_snapshot(store), EVERYTHING)
    assert data.startswith(b"%PDF-") and pages >= 2
    drawn = "".join(text for _x, _y, text in drawn_lines(data))
    for word in goal.split():
        if word.isalpha() and len(word) < 15 and not any("\u0590" <= ch <= "\u08ff" for ch in word):
            assert word in drawn  # a left-to-right word drawn as typed, wherever it stands
