"""The PDF the teacher wants, read back with pypdf: the one-page summary first, the last module's Afrunding
even when older than the last TRIO meeting, and each line printed once."""

from __future__ import annotations

from datetime import timedelta

import pytest
from test_pdf_export import START, export, make_plan

from handleplan.content import load_content
from handleplan.export.selection import ExportOptions, listed_reflections, resolve
from handleplan.export.snapshot import take_snapshot
from handleplan.models import Level
from handleplan.ops import iglo, reflections
from handleplan.ops import measurements as m


@pytest.fixture
def plan(store):
    return make_plan(store)


def _measured(store, plan) -> None:
    """A count before and after on the stress staircase's initiative."""
    cycle = plan["stress"].current_cycle
    m.add_measurement(
        store, cycle, "count", "baseline", {"count": 4, "total": 16}, label="satte deres magnet"
    )
    m.add_measurement(
        store, cycle, "count", "follow_up", {"count": 11, "total": 16}, label="satte deres magnet"
    )


def _modul1_with_afrunding(store, plan, private: bool = False):
    prompts = load_content("da").prompts_for("modul1")
    answers = [""] * (len(prompts) - 2) + ["TAGER-MED-FRA-I-DAG", "HJEM-OG-GØRE-STJERNESTUNDER"]
    return reflections.write_reflection(
        store,
        plan["milestones"]["modul1"],
        title="Efter Modul 1",
        written_on=START + timedelta(days=14),
        answers=answers,
        private=private,
    )


# -- the summary page ------------------------------------------------------------------------------------
def test_the_summary_is_the_page_after_the_cover_and_holds_the_plan_on_one_page(store, plan, tmp_path):
    _measured(store, plan)
    _reader, pages = export(store, tmp_path)
    summary = pages[1]
    assert summary.count("Sammenfatning") == 1 and "Indhold" in pages[2]  # one page, then the contents
    assert "Hvordan skaber jeg psykologisk tryghed" in summary  # the focus
    # Each initiative in one row: its title, where it is, the next step and the change measured.
    assert "Stresstrappen som fast punkt på teammødet" in summary
    assert "Runde 2 · Udfør" in summary
    assert "Også for aftenholdet" in summary
    assert "Satte deres magnet: 4 af 16 → 11 af 16 (+7)" in summary
    assert "Luft i kørelisten" in summary and "Mindre tidspres" not in summary  # no goal: one line
    # The course dates still to come, not those held.
    assert "Modul 2" in summary and "Modul 3" in summary
    assert "Det, der er tilbage af forløbet" in summary
    assert "Opstartsworkshop" not in summary
    # The focus is not printed a second time in a section of its own.
    assert " ".join(pages).count("Hvordan skaber jeg psykologisk tryghed") == 1


def test_a_private_initiative_is_in_the_summary_only_when_released(store, plan, tmp_path):
    _reader, pages = export(store, tmp_path, "hidden.pdf")
    assert "Samtale med Lise om fravær" not in " ".join(pages)
    _reader, pages = export(store, tmp_path, "all.pdf", include_private=True)
    assert "Samtale med Lise om fravær" in pages[1]
    chosen = frozenset({plan["secret"].id, plan["stress"].id})
    _reader, pages = export(store, tmp_path, "chosen.pdf", initiative_ids=chosen)
    assert "Samtale med Lise om fravær" in pages[1] and "Luft i kørelisten" not in pages[1]


def test_the_summary_in_english_with_the_same_numbers(store, plan, tmp_path):
    _measured(store, plan)
    _reader, pages = export(store, tmp_path, lang="en")
    summary = pages[1]
    assert "Summary" in summary and "What is left of the course" in summary
    assert "Satte deres magnet: 4 of 16 → 11 of 16 (+7)" in summary
    assert "Cycle 2 · Do" in summary


def test_a_baseline_alone_says_so_and_a_long_focus_gets_its_own_section(store, plan, tmp_path):
    from handleplan.ops import people
    from handleplan.ops.edit import edit

    m.add_measurement(store, plan["buffer"].current_cycle, "guldkorn", "baseline",
                      {"ratings": {k: "present" for k in m.guldkorn_keys(load_content("da"))}})  # fmt: skip
    edit(store, people.profile(store), focus="Et langt fokus. " * 60 + "SLUTNINGEN-AF-FOKUS")
    _reader, pages = export(store, tmp_path)
    assert "De seks guldkorn før: 6 af 6 til stede" in pages[1]
    assert "SLUTNINGEN-AF-FOKUS" not in pages[1]  # shortened, so the page stays one page
    assert "Indhold" in pages[2]
    assert "SLUTNINGEN-AF-FOKUS" in " ".join(pages[3:])  # and whole in "Mit fokus"


# -- the Afrunding of the last module ----------------------------------------------------------------------
def test_the_last_modules_afrunding_is_printed_though_older_than_the_trio_meeting(store, plan, tmp_path):
    _modul1_with_afrunding(store, plan)
    _reader, pages = export(store, tmp_path)  # for Modul 2; the period starts at the TRIO meeting
    text = " ".join(pages)
    assert "Refleksioner siden TRIO-møde" in text
    assert "Afrunding på Modul 1" in text
    assert "Hvad skal jeg hjem og gøre? HJEM-OG-GØRE-STJERNESTUNDER" in text
    assert "Hvad tager jeg særligt med mig fra i dag? TAGER-MED-FRA-I-DAG" in text
    assert text.count("HJEM-OG-GØRE-STJERNESTUNDER") == 1
    assert "GAMMEL-REFLEKSION" not in text  # the rest of the module's reflections stays in its period


def test_the_afrunding_is_printed_once_when_it_lies_in_the_period(store, plan, tmp_path):
    _modul1_with_afrunding(store, plan)
    trio = plan["milestones"]["trio1"].id  # the period since Modul 1 holds the reflection itself
    _reader, pages = export(store, tmp_path, milestone_id=trio)
    text = " ".join(pages)
    assert text.count("HJEM-OG-GØRE-STJERNESTUNDER") == 1
    assert "Afrunding på Modul 1" not in text


def test_a_private_afrunding_follows_the_privacy_rule_and_the_dialog_lists_it(store, plan, tmp_path):
    refl = _modul1_with_afrunding(store, plan, private=True)
    snapshot = take_snapshot(store)
    contents = resolve(snapshot, ExportOptions())
    assert contents.afrunding is None and contents.private_left_out == 3  # tiltag, note, afrunding
    assert refl.id in {r.id for r in listed_reflections(snapshot, contents.milestone)}
    _reader, pages = export(store, tmp_path, "default.pdf")
    assert "HJEM-OG-GØRE-STJERNESTUNDER" not in " ".join(pages)
    _reader, pages = export(store, tmp_path, "chosen.pdf", reflection_ids=frozenset({refl.id}))
    assert "HJEM-OG-GØRE-STJERNESTUNDER" in " ".join(pages)


def test_the_afrunding_stays_out_with_the_reflections_section(store, plan, tmp_path):
    _modul1_with_afrunding(store, plan)
    sections = frozenset({"focus", "overview", "initiatives", "trio", "discussion"})
    _reader, pages = export(store, tmp_path, sections=sections)
    assert "HJEM-OG-GØRE-STJERNESTUNDER" not in " ".join(pages)


# -- each line once ----------------------------------------------------------------------------------------
def test_a_trio_agreement_about_an_initiative_and_what_goes_to_the_module_print_once(store, plan, tmp_path):
    iglo.assign(store, Level.GRUPPE, "AFTALE-OM-TRAPPEN", "Team Vest",
                initiative=plan["stress"], milestone=plan["milestones"]["trio1"])  # fmt: skip
    _reader, pages = export(store, tmp_path)
    text = " ".join(pages)
    assert text.count("AFTALE-OM-TRAPPEN") == 1  # in the initiative's IGLO table
    assert "Aftalerne om et tiltag står under tiltaget: Stresstrappen som fast punkt på teammødet." in text
    assert text.count("Tage stresstrappen op i MED-udvalget") == 1  # the meeting's own agreement
    assert text.count("Hvordan får vi aftenholdet med?") == 1  # under "Det vil jeg gerne drøfte"
    assert "Det tager vi med til næste modul: står under »Det vil jeg gerne drøfte«." in text


def test_without_the_sections_that_hold_them_the_trio_meeting_prints_them(store, plan, tmp_path):
    iglo.assign(store, Level.GRUPPE, "AFTALE-OM-TRAPPEN", "Team Vest",
                initiative=plan["stress"], milestone=plan["milestones"]["trio1"])  # fmt: skip
    _reader, pages = export(store, tmp_path, sections=frozenset({"trio"}))
    text = " ".join(pages)
    assert text.count("AFTALE-OM-TRAPPEN") == 1
    assert text.count("Hvordan får vi aftenholdet med?") == 1
    assert "står under" not in text


def test_a_text_the_next_cycle_kept_is_printed_once_and_named(store, plan, tmp_path):
    from handleplan.models import Phase
    from handleplan.ops import initiatives as ops
    from handleplan.ops.edit import edit

    buffer = plan["buffer"]
    data = "Planlæggeren trækker overarbejdet, og medarbejderne sætter kryds i bilen."
    step = "Udvide bufferen til alle seks ruter med en klar regel om, hvem der frigiver den."
    edit(store, buffer.current_cycle, data_plan=data, next_step=step, phase=Phase.ACT)
    second = ops.start_next_cycle(store, buffer)
    edit(store, second, objective=step, data_plan=data)
    _reader, pages = export(store, tmp_path, sections=frozenset({"initiatives"}))
    text = " ".join(pages)
    assert text.count(data) == 1 and text.count(step) == 1
    assert "Plan for data Som »Plan for data« i runde 2." in text
    assert "Næste skridt Som »Formål med cyklussen« i runde 2." in text


def test_a_dozen_initiatives_still_fit_the_summary_on_one_page(store, plan, tmp_path):
    from handleplan.ops import initiatives as ops
    from handleplan.ops.edit import edit

    for n in range(8):
        ini = ops.create_initiative(store, f"Ekstra tiltag nummer {n} med en titel af almindelig længde")
        edit(store, ini.current_cycle, objective="Et formål, der fylder to linjer i tabellen. " * 4)
    _reader, pages = export(store, tmp_path)
    assert "Ekstra tiltag nummer 7" in pages[1] and "Det, der er tilbage af forløbet" in pages[1]
    assert "Indhold" in pages[2]
