"""A drejebog's outcome in the PDF: under the cycle's Udfør, with the headings fields.py declares, in both
languages; nothing printed while it is empty; and left out with a private initiative (read back with pypdf)."""

from __future__ import annotations

from pathlib import Path

import pypdf

from handleplan.export.pdf import write_pdf
from handleplan.export.selection import ExportOptions
from handleplan.export.snapshot import take_snapshot
from handleplan.ops import dialogues
from handleplan.ops import initiatives as ops
from handleplan.ops.edit import edit
from handleplan.store import Store


def _export(store: Store, tmp_path: Path, lang: str, **options) -> str:
    target = tmp_path / f"plan-{lang}.pdf"
    write_pdf(take_snapshot(store), ExportOptions(lang=lang, **options), target)
    reader = pypdf.PdfReader(str(target))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def _plan(store: Store) -> None:
    cycle = ops.create_initiative(store, "Den gode arbejdsdag i teamet").cycles[0]
    edit(store, cycle, phase="do")
    outcome = dialogues.use_script(store, cycle, "god_arbejdsdag")
    edit(
        store,
        outcome,
        more_of="Korte tjek-ind om morgenen",
        less_of="Mails efter klokken 17",
        start_doing="En fast fokustime om tirsdagen",
        next_leder="Lederen sætter fokustimen i kalenderen",
        next_gruppe="Teamet evaluerer på næste personalemøde",
    )
    dialogues.use_script(store, cycle, "seks_guldkorn")  # chosen, nothing written: not printed
    secret = ops.create_initiative(store, "Samtale med Per", private=True).cycles[0]
    edit(store, secret, phase="do")
    hidden = dialogues.use_script(store, secret, "stresstrappen")
    edit(store, hidden, more_of="HEMMELIG-DREJEBOG")


def test_the_outcome_is_under_the_cycle_with_its_declared_headings(store, tmp_path):
    _plan(store)
    danish = _export(store, tmp_path, "da")
    assert "Drejebog til dialogen: Den gode arbejdsdag" in danish
    for text in (
        "A: Mere af Korte tjek-ind om morgenen",
        "B: Mindre af Mails efter klokken 17",
        "C: Begynde på En fast fokustime om tirsdagen",
        "Hvem gør hvad nu? Gruppe: Teamet evaluerer på næste personalemøde "
        "Leder: Lederen sætter fokustimen i kalenderen",
    ):
        assert text in danish
    # Under Udfør: after the phase's heading, before Evaluér would begin.
    assert danish.index("Udfør") < danish.index("A: Mere af")
    assert "Drejebog til dialogen: De seks guldkorn" not in danish
    assert "HEMMELIG-DREJEBOG" not in danish  # the private initiative's cycle stays in the app

    english = _export(store, tmp_path, "en")
    assert "Dialogue script: The good working day" in english
    assert "A: More of Korte tjek-ind om morgenen" in english
    assert "Who does what next? Group: Teamet evaluerer" in english
    assert "Leader: Lederen sætter fokustimen i kalenderen" in english


def test_a_released_private_initiative_brings_its_outcome(store, tmp_path):
    _plan(store)
    assert "HEMMELIG-DREJEBOG" in _export(store, tmp_path, "da", include_private=True)
