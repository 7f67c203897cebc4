"""A drejebog chosen in Udfør: its steps become tasks, its outcome is saved, searched and counted."""

from __future__ import annotations

import pytest

from handleplan import fields
from handleplan.content import load_content
from handleplan.models import Phase
from handleplan.ops import dialogues
from handleplan.ops import initiatives as ops
from handleplan.ops.edit import edit
from handleplan.ops.records import missing_fields
from handleplan.ops.search import search
from handleplan.store import Store


def test_the_four_drejeboeger_are_in_both_languages():
    for lang in ("da", "en"):
        scripts = load_content(lang).dialogue_scripts
        assert [s.key for s in scripts] == [
            "god_arbejdsdag",
            "psykologisk_tryghed",
            "stresstrappen",
            "seks_guldkorn",
        ]
        assert all(len(s.steps) == 5 for s in scripts)
    assert load_content("da").dialogue_script("god_arbejdsdag").title == "Den gode arbejdsdag"


def test_choosing_a_drejebog_adds_its_steps_as_tasks_and_an_outcome(store: Store):
    cycle = ops.create_initiative(store, "Trivselssnak").cycles[0]
    ops.add_task(store, cycle, "Book lokale")
    outcome = dialogues.use_script(store, cycle, "god_arbejdsdag")
    whats = [t.what for t in cycle.tasks]
    assert whats[0] == "Book lokale" and len(whats) == 6
    assert whats[1].startswith("Rammesætning: »Jeg vil gerne tale med jer om den gode arbejdsdag")
    assert cycle.method == "Den gode arbejdsdag"
    assert cycle.dialogues == [outcome] and outcome.script == "god_arbejdsdag"
    assert "dialogues" in missing_fields(cycle)[Phase.DO]  # chosen, outcome not written yet

    edit(store, outcome, more_of="Korte tjek-ind om morgenen", next_leder="Mette booker møderne")
    assert "dialogues" not in missing_fields(cycle)[Phase.DO]
    hits = search(store, "tjek-ind")
    assert [(h.record, h.field, h.cycle_id) for h in hits] == [("dialogue_outcome", "more_of", cycle.id)]
    assert search(store, "booker møderne")[0].field == "next_leder"


def test_a_cycle_without_a_drejebog_has_nothing_to_fill_for_it(store: Store):
    cycle = ops.create_initiative(store, "Trivselssnak").cycles[0]
    assert "dialogues" not in missing_fields(cycle)[Phase.DO]


def test_an_initiative_started_from_a_drejebog(store: Store):
    initiative = dialogues.start_from_script(store, "stresstrappen", "en")
    assert initiative.title == "The stress staircase" and initiative.id is not None
    [cycle] = initiative.cycles
    assert cycle.phase == Phase.PLAN and cycle.method == "The stress staircase"
    assert [t.what for t in cycle.tasks] == list(load_content("en").dialogue_script("stresstrappen").steps)
    assert [d.script for d in cycle.dialogues] == ["stresstrappen"]


def test_a_wrong_drejebog_starts_nothing(store: Store):
    from handleplan.errors import ValidationError

    with pytest.raises(ValidationError):
        dialogues.start_from_script(store, "findes_ikke")
    assert ops.initiatives(store) == []


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_demo_plan_holds_a_drejebog_with_its_outcome(store: Store, lang, tmp_path):
    import pypdf

    from handleplan.demo import danish, english, fill_demo
    from handleplan.export.pdf import write_pdf
    from handleplan.export.selection import ExportOptions
    from handleplan.export.snapshot import take_snapshot

    fill_demo(store, lang)
    used = [(i, c) for i in ops.initiatives(store) for c in i.cycles if c.dialogues]
    [(initiative, cycle)] = used
    assert not initiative.private
    [outcome] = cycle.dialogues
    assert outcome.script == "stresstrappen"
    written = [getattr(outcome, f.name) for f in fields.of("dialogue_outcome") if f.name != "script"]
    assert all(text.strip() for text in written)
    steps = load_content(lang).dialogue_script("stresstrappen").steps
    assert [t.done for t in cycle.tasks if t.what in steps] == [True] * 5
    # No one on the team is named in what the PDF and search show: only "jeg", the team and the roles.
    plan = english.plan() if lang == "en" else danish.plan()
    names = {plan.name.split()[0], plan.amr[0].split()[0], plan.tr[0].split()[0]}
    assert not [n for n in names for text in written if n in text]

    target = tmp_path / "demo.pdf"
    write_pdf(take_snapshot(store), ExportOptions(lang=lang), target)
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(str(target)).pages)
    assert " ".join(outcome.start_doing.split()) in text
