"""The PDF exporter read back: content, privacy, typography safety, bookmarks, metadata and safe writing."""

from __future__ import annotations

import errno
import os
import re
import shutil
import subprocess
import threading
from datetime import date, timedelta
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import text as text_sql

from handleplan.export.errors import ExportError
from handleplan.export.filenames import export_filename, safe_filename
from handleplan.export.pdf import render_pdf, write_pdf
from handleplan.export.pdf_styles import REPLACEMENT, split_text
from handleplan.export.selection import ExportOptions, candidate_reflections, match_milestone, resolve
from handleplan.export.snapshot import take_snapshot
from handleplan.models import Decision, Level, MilestoneKind, Phase
from handleplan.ops import iglo, people, reflections, timeline
from handleplan.ops import initiatives as ops
from handleplan.ops.edit import edit

TODAY = date.today()
START = TODAY - timedelta(days=35)  # Opstart; Modul 2 is a week from today


def make_plan(store) -> dict:
    """A small but realistic plan, written through the operations: Mette between the TRIO and Modul 2."""
    edit(
        store,
        people.profile(store),
        name="Mette Hansen",
        organisation="Hjemmeplejen Nord, Aarhus Kommune",
        unit="Team Vest – dag- og aftenvagt",
        focus="Hvordan skaber jeg psykologisk tryghed, så mine medarbejdere siger til, før de bliver "
        "overophedede? Særligt om ændringer i kørelisten og sygefravær.",
        course_title="Lederens rolle i psykisk arbejdsmiljø",
    )
    amr = people.add_trio_member(store, "Jonas Kristensen", "AMR")
    people.add_trio_member(store, "Susanne Holm", "TR")
    ms = {
        "opstart": timeline.add_milestone(store, MilestoneKind.OPSTART, "Opstartsworkshop", START),
        "modul1": timeline.add_milestone(store, MilestoneKind.MODUL1, "Modul 1", START + timedelta(days=14)),
        "trio1": timeline.add_milestone(store, MilestoneKind.TRIO, "TRIO-møde", START + timedelta(days=28)),
        "modul2": timeline.add_milestone(store, MilestoneKind.MODUL2, "Modul 2", START + timedelta(days=42)),
        "trio2": timeline.add_milestone(store, MilestoneKind.TRIO, "TRIO-møde", START + timedelta(days=56)),
        "modul3": timeline.add_milestone(store, MilestoneKind.MODUL3, "Modul 3", START + timedelta(days=70)),
    }
    edit(
        store,
        ms["trio1"],
        notes="Vi gennemgik tiltagene. Bufferen virker på rute 1 og 2.",
        bring_to_next="Hvordan får vi aftenholdet med?",
    )
    edit(
        store,
        ms["modul2"],
        discussion_points="Hvordan beskytter jeg bufferen i kørelisten?\n"
        "Hvordan er jeg rollemodel, når jeg selv er presset?",
    )
    iglo.assign(
        store,
        Level.ORGANISATION,
        "Tage stresstrappen op i MED-udvalget",
        trio_member=amr,
        milestone=ms["trio1"],
        due=TODAY + timedelta(days=10),
    )

    stress = ops.create_initiative(
        store,
        "Stresstrappen som fast punkt på teammødet",
        goal="At vi taler om belastning, før nogen bliver overophedede.",
        why="Tre langtidssygemeldinger med stress det seneste år.",
        tags=["workload", "social_stotte"],
    )
    first = stress.current_cycle
    edit(
        store,
        first,
        objective="Prøve trappen på to teammøder.",
        method="Drejebogen om stresstrappen.",
        as_planned=True,
        learning="Det virker, når jeg selv går forrest.",
        decision=Decision.ADAPT,
        decision_reason="Aftenholdet var ikke med.",
        next_step="Også for aftenholdet",
        phase=Phase.ACT,
    )
    second = ops.start_next_cycle(store, stress)
    edit(store, second, phase=Phase.DO, helpers="Jonas (AMR) og Susanne (TR)")
    ops.add_question(store, second, "Vil medarbejderne sige højt, hvor de er?", "Kun få første gang")
    ops.add_task(store, second, "Tegne trappen på tavlen", "Mette", "Uge 1", "Personalerummet")
    ops.add_observation(store, second, "11 af 16 satte deres magnet.", TODAY - timedelta(days=3))
    iglo.assign(store, Level.LEDER, "Følge op med 1:1-samtale", "Mette", initiative=stress)
    iglo.assign(store, Level.GRUPPE, "Holde øje med hinanden", "Team Vest", initiative=stress)

    buffer = ops.create_initiative(store, "Luft i kørelisten", goal="Mindre tidspres på ruterne.")
    markup = ops.create_initiative(
        store, "Møder <kl. 8> & pauser", goal="Pauser før <b>alt</b> andet & mere."
    )
    secret = ops.create_initiative(store, "Samtale med Lise om fravær", goal="HEMMELIGT-TILTAG", private=True)

    old = reflections.write_reflection(
        store, ms["modul1"], written_on=START + timedelta(days=14), answers=["GAMMEL-REFLEKSION"]
    )
    after_trio = reflections.write_reflection(
        store,
        ms["trio1"],
        written_on=START + timedelta(days=29),
        answers=["Bufferen skal beskyttes, og aftenholdet skal med."],
        text="Jonas tager det med i MED.",
        initiatives=[buffer, secret],
    )
    private = reflections.write_reflection(
        store,
        None,
        title="Bekymring for en medarbejder",
        written_on=TODAY - timedelta(days=2),
        text="PRIVAT-NOTE om Lises trivsel.",
        private=True,
    )
    return {
        "milestones": ms,
        "stress": stress,
        "buffer": buffer,
        "markup": markup,
        "secret": secret,
        "old": old,
        "after_trio": after_trio,
        "private": private,
    }


@pytest.fixture
def plan(store):
    return make_plan(store)


def read_pdf(path: Path) -> tuple[pypdf.PdfReader, list[str]]:
    reader = pypdf.PdfReader(str(path))
    return reader, [" ".join(page.extract_text().split()) for page in reader.pages]


def export(store, tmp_path: Path, name: str = "plan.pdf", **options) -> tuple[pypdf.PdfReader, list[str]]:
    target = tmp_path / name
    write_pdf(take_snapshot(store), ExportOptions(**options), target)
    return read_pdf(target)


# -- content ---------------------------------------------------------------------------------------------
def test_pdf_holds_the_leader_the_titles_and_danish_letters_intact(store, plan, tmp_path):
    _reader, pages = export(store, tmp_path)
    text = " ".join(pages)
    assert "Mette Hansen" in pages[0]
    assert "Til Modul 2" in pages[0] and "Fortroligt".upper() in pages[0]
    for title in ("Stresstrappen som fast punkt på teammødet", "Luft i kørelisten", "Møder <kl. 8> & pauser"):
        assert title in text
    for word in ("Hjemmeplejen Nord", "overophedede", "Særligt", "kørelisten", "højt", "Planlæg", "Udfør"):
        assert word in text


def test_every_page_has_the_footer_with_page_x_of_y_name_and_date(store, plan, tmp_path):
    _reader, pages = export(store, tmp_path)
    total = len(pages)
    assert total >= 5
    for number, page in enumerate(pages, start=1):
        assert f"Side {number} af {total}" in page
        assert "Mette Hansen" in page
        assert "Udarbejdet" in page


def test_initiative_section_has_phases_course_questions_decision_earlier_cycles_and_iglo(
    store, plan, tmp_path
):
    _reader, pages = export(store, tmp_path)
    text = " ".join(pages)
    assert "Runde 2" in text and "Hvordan skal jeg gøre det?" in text  # the course's question for Udfør
    assert "Forudsigelse" in text and "Kun få første gang" in text
    # Cycle 1 was worked on since the last milestone: in full, its learning and decision beside cycle 2.
    assert "Runde 1 – Beslutning: Justér" in text and "Det virker, når jeg selv går forrest." in text
    assert "Aftenholdet var ikke med." in text
    assert "Hvem gør hvad (IGLO)" in text and "Følge op med 1:1-samtale" in text
    assert "Det vil jeg gerne drøfte" in text and "Hvordan beskytter jeg bufferen" in text
    assert "Hvordan får vi aftenholdet med?" in text  # what the TRIO meeting brings to Modul 2
    assert "Tage stresstrappen op i MED-udvalget" in text  # the TRIO agreement


def test_reflections_are_those_since_the_previous_milestone(store, plan, tmp_path):
    _reader, pages = export(store, tmp_path)
    text = " ".join(pages)
    assert "Bufferen skal beskyttes" in text
    assert "GAMMEL-REFLEKSION" not in text


# -- privacy -----------------------------------------------------------------------------------------------
def test_private_entries_are_left_out_by_default(store, plan, tmp_path):
    _reader, pages = export(store, tmp_path)
    text = " ".join(pages)
    assert "PRIVAT-NOTE" not in text
    assert "HEMMELIGT-TILTAG" not in text
    # A reflection linked to the private initiative must not name it either.
    assert "Samtale med Lise" not in text


def test_include_private_brings_every_private_entry(store, plan, tmp_path):
    _reader, pages = export(store, tmp_path, include_private=True)
    text = " ".join(pages)
    assert "PRIVAT-NOTE" in text and "HEMMELIGT-TILTAG" in text


def test_a_private_entry_can_be_chosen_on_its_own(store, plan, tmp_path):
    snapshot = take_snapshot(store)
    ids = frozenset(i.id for i in snapshot.initiatives if not i.private)
    options = ExportOptions(initiative_ids=ids, reflection_ids=frozenset({plan["private"].id}))
    contents = resolve(snapshot, options)
    assert [r.id for r in contents.reflections] == [plan["private"].id]
    assert contents.private_included == 1 and contents.private_left_out == 1
    write_pdf(snapshot, options, tmp_path / "one.pdf")
    text = " ".join(read_pdf(tmp_path / "one.pdf")[1])
    assert "PRIVAT-NOTE" in text and "HEMMELIGT-TILTAG" not in text


def test_sections_can_be_left_out(store, plan, tmp_path):
    _reader, pages = export(store, tmp_path, sections=frozenset({"overview"}))
    text = " ".join(pages)
    assert "Overblik" in text
    assert "Mit fokus" not in text and "Det vil jeg gerne drøfte" not in text
    assert "Hvad ønsker jeg at opnå hermed?" not in text  # no initiative sections


# -- what the leader typed ---------------------------------------------------------------------------------
def test_markup_characters_print_as_typed(store, plan, tmp_path):
    _reader, pages = export(store, tmp_path)
    assert "Pauser før <b>alt</b> andet & mere." in " ".join(pages)


def test_characters_the_font_lacks_become_a_visible_box_and_the_rest_survives(store, plan, tmp_path):
    edit(store, plan["buffer"], goal="Kinesisk 中文 midt i teksten\x07 og resten står der også.")
    _reader, pages = export(store, tmp_path)
    text = " ".join(pages)
    assert f"Kinesisk {REPLACEMENT}{REPLACEMENT} midt i teksten{REPLACEMENT} og resten står der også." in text


def test_emoji_never_breaks_the_export(store, plan, tmp_path):
    edit(
        store,
        plan["buffer"],
        title="Luft i kørelisten 👍🏽❤️😀",
        goal="Tak 🙏 til alle – også ZWJ 👨‍👩‍👧 familier.",
    )
    _reader, pages = export(store, tmp_path)
    text = " ".join(pages)
    assert "til alle – også ZWJ" in text and "familier." in text


def test_long_text_is_split_into_paragraphs_and_flows_over_pages(store, plan, tmp_path):
    sentence = "Medarbejderne fortalte om travlhed og pauser på ruterne. "
    note = (sentence * 1500) + "SIDSTE-ORD"  # ~85,000 characters on one line
    edit(store, plan["after_trio"], text=note)
    _reader, pages = export(store, tmp_path)
    assert len(pages) > 20
    assert "SIDSTE-ORD" in pages[-3] or "SIDSTE-ORD" in " ".join(pages[-5:])


def test_split_text_keeps_every_character_and_the_line_breaks():
    text = "Første linje\nanden linje\n\n" + ("ord " * 600) + "\n  - indrykket punkt"
    pieces = split_text(text, limit=1000)
    assert all(len(piece) <= 1000 for piece, _ in pieces)
    assert [p for p, _ in pieces][:2] == ["Første linje", "anden linje"]
    assert pieces[1][1] is True  # "anden linje" ends its block (a blank line follows)
    joined = " ".join(p for p, _ in pieces)
    assert joined.split() == text.replace("\u00a0", " ").split()
    assert pieces[-1][0] == "\u00a0\u00a0- indrykket punkt"  # indentation kept


def test_a_table_row_taller_than_a_page_splits_instead_of_failing(store, plan, tmp_path):
    long_task = "Meget lang opgave. " * 600 + "OPGAVE-SLUT"
    ops.add_task(store, plan["stress"].current_cycle, long_task, "Mette", "Uge 2", "Kontoret")
    _reader, pages = export(store, tmp_path)
    assert "OPGAVE-SLUT" in " ".join(pages)


# -- structure and metadata ---------------------------------------------------------------------------------
def _outline_titles(reader: pypdf.PdfReader) -> list[tuple[str, int]]:
    found = []

    def walk(items) -> None:  # noqa: ANN001
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                found.append((item.title, reader.get_destination_page_number(item)))

    walk(reader.outline)
    return found


def test_bookmarks_point_at_the_pages_of_every_section_and_initiative(store, plan, tmp_path):
    reader, pages = export(store, tmp_path)
    outline = dict(_outline_titles(reader))
    for title in (
        "Sammenfatning",
        "Indhold",
        "Tiltag",
        "Det vil jeg gerne drøfte",
        "Stresstrappen som fast punkt på teammødet",
        "Luft i kørelisten",
        "Møder <kl. 8> & pauser",
    ):
        assert title in outline, title
    assert (
        "Stresstrappen som fast punkt på teammødet"
        in pages[outline["Stresstrappen som fast punkt på teammødet"]]
    )
    assert "Luft i kørelisten" in pages[outline["Luft i kørelisten"]]
    # The summary straight after the cover, then the contents.
    assert (
        outline["Luft i kørelisten"] > outline["Tiltag"] > outline["Indhold"] > outline["Sammenfatning"] == 1
    )


def test_the_contents_page_lists_the_right_page_numbers(store, plan, tmp_path):
    reader, pages = export(store, tmp_path)
    outline = dict(_outline_titles(reader))
    contents = pages[2]
    assert "Indhold" in contents
    match = re.search(r"Luft i kørelisten (\d+)", contents)
    assert match, contents
    assert int(match.group(1)) == outline["Luft i kørelisten"] + 1


def test_metadata_title_author_subject_and_language(store, plan, tmp_path):
    reader, _pages = export(store, tmp_path)
    meta = reader.metadata
    assert meta.title == "Handleplan – Mette Hansen – Modul 2"
    assert meta.author == "Mette Hansen"
    assert "Modul 2" in meta.subject
    assert reader.trailer["/Root"]["/Lang"] == "da-DK"


def test_english_pdf_uses_english_words_and_course_texts(store, plan, tmp_path):
    reader, pages = export(store, tmp_path, lang="en")
    text = " ".join(pages)
    assert f"Page 1 of {len(pages)}" in pages[0]
    assert "Contents" in text and "What I would like to discuss" in text and "Confidential" in text
    assert "Who will help me?" in text  # the course's Do question from en.json
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"


def test_every_font_is_embedded(store, plan, tmp_path):
    target = tmp_path / "fonts.pdf"
    write_pdf(take_snapshot(store), ExportOptions(), target)
    reader = pypdf.PdfReader(str(target))
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            names.add(font["/BaseFont"])
            descriptor = (
                font.get("/FontDescriptor") or font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            )
            assert any(key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3"))
    assert names and all("DejaVuSans" in str(name) for name in names)
    if shutil.which("pdffonts"):
        listing = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True, check=True).stdout
        rows = listing.splitlines()[2:]
        assert rows and all(row.split()[-5] == "yes" for row in rows), listing  # the "emb" column


def test_a_plan_without_milestones_or_anything_still_exports(store, tmp_path):
    _reader, pages = export(store, tmp_path)
    assert "Side 1 af" in pages[0]


def test_snapshot_can_be_taken_in_a_worker_thread(store, plan):
    found = []
    worker = threading.Thread(target=lambda: found.append(take_snapshot(store)))
    worker.start()
    worker.join(30)
    assert found and found[0].profile.name == "Mette Hansen"
    assert {i.title for i in found[0].initiatives} >= {"Luft i kørelisten"}


# -- choosing the milestone --------------------------------------------------------------------------------
def test_default_milestone_is_the_next_by_date_and_titles_match_case_insensitively(store, plan):
    snapshot = take_snapshot(store)
    assert snapshot.default_milestone().title == "Modul 2"
    assert match_milestone(snapshot, "modul 3").title == "Modul 3"
    assert match_milestone(snapshot, str(plan["milestones"]["modul1"].id)).title == "Modul 1"
    # Two "TRIO-møde": the next one from today, not the first.
    assert match_milestone(snapshot, "trio-møde") is None  # two of them: she must say which
    assert match_milestone(snapshot, "Modul 9") is None


def test_reflections_for_an_earlier_milestone_are_the_ones_before_it(store, plan):
    snapshot = take_snapshot(store)
    trio1 = snapshot.milestone(plan["milestones"]["trio1"].id)
    ids = {r.id for r in candidate_reflections(snapshot, trio1)}
    assert plan["old"].id in ids and plan["private"].id not in ids


def test_a_pdf_made_before_the_meeting_between_covers_the_time_since_the_last_milestone_held(store, plan):
    """Made for Modul 2 while the TRIO meeting before it is still to come: "since last time" is since
    Modul 1 (the reflection after it, the cycle worked on since), not the days after that meeting."""
    ms = plan["milestones"]
    early = take_snapshot(store, today=ms["trio1"].date - timedelta(days=3))
    modul2 = early.milestone(ms["modul2"].id)
    assert early.previous_milestone(modul2).id == ms["modul1"].id
    held = take_snapshot(store, today=ms["trio1"].date)
    assert held.previous_milestone(held.milestone(ms["modul2"].id)).id == ms["trio1"].id
    before_it_all = take_snapshot(store, today=ms["opstart"].date - timedelta(days=1))
    assert before_it_all.previous_milestone(before_it_all.milestone(ms["modul2"].id)) is None


# -- safe writing -------------------------------------------------------------------------------------------
def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_a_locked_target_gives_a_clear_message_and_keeps_the_old_file(store, plan, tmp_path, monkeypatch):
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old pdf")

    def locked(src, dst):  # noqa: ANN001
        raise PermissionError(errno.EACCES, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(ExportError) as caught:
        write_pdf(take_snapshot(store), ExportOptions(), target)
    assert caught.value.code == "export_locked"
    assert "åben i et andet program" in caught.value.message("da")
    assert target.read_bytes() == b"old pdf"
    assert _leftovers(tmp_path) == []


def test_a_full_disk_leaves_no_half_file(store, plan, tmp_path, monkeypatch):
    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, handle) -> None:  # noqa: ANN001
            self.handle = handle

        def __enter__(self):  # noqa: ANN204
            return self

        def __exit__(self, *exc) -> None:  # noqa: ANN002
            self.handle.close()

        def write(self, data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fdopen", lambda fd, mode: FullDisk(real_fdopen(fd, mode)))
    with pytest.raises(ExportError) as caught:
        write_pdf(take_snapshot(store), ExportOptions(), tmp_path / "plan.pdf")
    assert caught.value.code == "export_disk_full"
    assert not (tmp_path / "plan.pdf").exists() and _leftovers(tmp_path) == []


def test_an_unwritable_folder_says_so(store, plan, tmp_path, monkeypatch):
    import tempfile

    def refused(*args, **kwargs):  # noqa: ANN002, ANN003
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    with pytest.raises(ExportError) as caught:
        write_pdf(take_snapshot(store), ExportOptions(), tmp_path / "plan.pdf")
    assert caught.value.code == "export_unwritable"
    assert str(tmp_path) in caught.value.message("da")


def test_a_missing_folder_says_so(store, plan, tmp_path):
    with pytest.raises(ExportError) as caught:
        write_pdf(take_snapshot(store), ExportOptions(), tmp_path / "nope" / "plan.pdf")
    assert caught.value.code == "export_folder_missing"
    assert "findes ikke" in caught.value.message("da") and "does not exist" in caught.value.message("en")


def test_a_rendering_bug_becomes_a_sentence_not_a_traceback(store, plan, tmp_path, monkeypatch):
    import handleplan.export.pdf as pdf

    def broken(*_args, **_kwargs):  # noqa: ANN002, ANN003
        raise ValueError("boom")

    monkeypatch.setattr(pdf, "render_pdf", broken)
    with pytest.raises(ExportError) as caught:
        pdf.write_pdf(take_snapshot(store), ExportOptions(), tmp_path / "plan.pdf")
    assert caught.value.code == "export_render_failed"
    assert not (tmp_path / "plan.pdf").exists()


def test_render_returns_bytes_and_page_count(store, plan):
    data, pages, contents = render_pdf(take_snapshot(store), ExportOptions())
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    assert pages >= 5 and contents.milestone.title == "Modul 2"


# -- file names ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Handleplan – Mette Hansen – Modul 2", "Handleplan – Mette Hansen – Modul 2.pdf"),
        ('Modul 2: "kultur" <og> a/b\\c|d?e*f', "Modul 2- -kultur- -og- a-b-c-d-e-f.pdf"),
        ("CON", "_CON.pdf"),
        ("nul.txt", "_nul.txt.pdf"),
        ("LPT9", "_LPT9.pdf"),
        ("CONOUT$", "_CONOUT$.pdf"),
        ("Slut med punktum. . ", "Slut med punktum.pdf"),
        ("   ", "Handleplan.pdf"),
        ("plan.PDF", "plan.pdf"),
        ("tab\tog\nlinje", "tab-og-linje.pdf"),
    ],
)
def test_safe_filename_is_valid_on_windows(name, expected):
    assert safe_filename(name) == expected


def test_safe_filename_keeps_danish_letters_and_limits_length():
    assert safe_filename("Æblegrød på ø") == "Æblegrød på ø.pdf"
    assert len(safe_filename("x" * 400)) <= 124


def test_export_filename_names_leader_and_milestone_and_dates_repeated_titles():
    assert export_filename("Mette  Hansen", "Modul 2") == "Handleplan – Mette Hansen – Modul 2.pdf"
    assert export_filename("", "TRIO-møde", date(2026, 2, 4)) == "Handleplan – TRIO-møde 2026-02-04.pdf"
    assert export_filename("Mette", "", lang="en") == "Action plan – Mette.pdf"


def test_a_finished_cycle_stays_whole_and_a_new_one_has_no_filler(store, plan, tmp_path):
    """The issue's journey: cycle 1 run through all four phases, cycle 2 just started from it."""
    stress = plan["stress"]
    first, second = stress.cycles
    edit(store, second, phase=Phase.PLAN)
    ops.add_observation(store, first, "Kun dagholdet var med.", TODAY - timedelta(days=20))
    edit(store, first.questions[0] if first.questions else ops.add_question(store, first, "Siger de noget?", "Ja"),
         result="6 af 10")  # fmt: skip
    edit(store, first, unplanned="En vikar tog ordet.", comparison="Før: ingen. Efter: seks.")
    _reader, pages = export(store, tmp_path)
    text = " ".join(pages)
    for learning in ("Kun dagholdet var med.", "6 af 10", "En vikar tog ordet.", "Før: ingen. Efter: seks.",
                     "Aftenholdet var ikke med."):  # fmt: skip
        assert learning in text
    assert "Runde 2 – nu i fasen Planlæg" in text
    assert "Ikke udfyldt endnu" not in text
    cycle2 = text[text.index("Runde 2 – nu i fasen Planlæg") : text.index("Runde 1 – Beslutning: Justér")]
    assert "Hvordan skal jeg gøre det?" not in cycle2 and "Resultat" not in cycle2  # Udfør not reached
    assert "Kun få første gang" in cycle2  # what is planned: the question and its prediction
    overview = text[text.index("Overblik") :]
    assert "Også for aftenholdet" in overview  # Næste skridt: the Act step's


def test_a_cycle_untouched_since_the_previous_milestone_is_one_line(store, plan, tmp_path):
    first = plan["stress"].cycles[0]
    long_ago = "2020-01-01 08:00:00.000000"
    for table, key in (("cycle", "id"), ("cycle_question", "cycle_id"), ("cycle_task", "cycle_id"),
                       ("observation", "cycle_id")):  # fmt: skip
        store.session.execute(text_sql(f"UPDATE {table} SET updated_at = :t WHERE {key} = :id"),
                              {"t": long_ago, "id": first.id})  # fmt: skip
    store.commit()
    _reader, pages = export(store, tmp_path)
    text = " ".join(pages)
    assert "Tidligere runder" in text and "Runde 1 · Justér" in text
    assert "Runde 1 – Beslutning: Justér" not in text
