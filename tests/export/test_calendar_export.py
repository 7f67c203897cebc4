"""`handleplan export-ics`: the forløb's milestones and the plan's due dates as an .ics file that a real
RFC 5545 parser (icalendar) reads back – one event per milestone and per dated task or deadline, whole
days on the right dates, stable UIDs, private initiatives left out unless released, 0600."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import icalendar
import pytest

from handleplan.export.calendar import LINE_OCTETS, fold, write_ics
from handleplan.export.command import run_ics_command
from handleplan.export.snapshot import take_snapshot
from handleplan.models import Level, MilestoneKind
from handleplan.ops import iglo, people, timeline
from handleplan.ops import initiatives as ops
from handleplan.ops.edit import edit
from handleplan.privacy import Release


def make_plan(store) -> dict:
    edit(store, people.profile(store), name="Mette Hansen")
    modul2 = timeline.add_milestone(store, MilestoneKind.MODUL2, "Modul 2", date(2026, 11, 18), "Odense")
    trio = timeline.add_milestone(store, MilestoneKind.TRIO, "TRIO-møde", date(2026, 12, 1), "Mødelokale 2")
    timeline.add_milestone(store, MilestoneKind.OTHER, "Udateret")  # no date: no event
    open_ = ops.create_initiative(store, "Trivselssnak")
    cycle = open_.cycles[0]
    booked = ops.add_task(store, cycle, "Book lokale, kaffe; og kage\\", "Mette", "4.11.2026", "Kantinen")
    ops.add_task(store, cycle, "Uden dag", when="uge 3")
    done = ops.add_task(store, cycle, "Klaret", when="5.11.2026")
    edit(store, done, done=True)
    role = iglo.assign(store, Level.GRUPPE, "Tage stresstrappen op på teammødet", "Teamet",
                       initiative=open_, due=date(2026, 11, 10))  # fmt: skip
    agreed = iglo.assign(store, Level.LEDER, "Sende referat", "Mette", milestone=trio, due=date(2026, 12, 3))
    iglo.assign(store, Level.LEDER, "Uden frist", "Mette", initiative=open_)
    secret = ops.create_initiative(store, "Støtte til en medarbejder", private=True)
    ops.add_task(store, secret.cycles[0], "Ring til LISE-HEMMELIG", when="6.11.2026")
    iglo.assign(store, Level.LEDER, "Følg op på LISE-HEMMELIG", initiative=secret, due=date(2026, 11, 7))
    return {"modul2": modul2, "trio": trio, "task": booked, "role": role, "agreed": agreed, "secret": secret}


def events(path: Path) -> list:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return list(calendar.walk("VEVENT"))


def by_summary(path: Path) -> dict[str, icalendar.Event]:
    return {str(e["SUMMARY"]): e for e in events(path)}


@pytest.fixture
def plan_dir(store, data_dir: Path):
    made = make_plan(store)
    return data_dir, made


def test_one_whole_day_event_per_milestone_and_dated_task_and_deadline(plan_dir, tmp_path, capsys):
    folder, made = plan_dir
    out = tmp_path / "handleplan.ics"
    assert run_ics_command(folder, out, False, "da") == 0
    found = by_summary(out)
    assert set(found) == {
        "Modul 2",
        "TRIO-møde",
        "Opgave: Book lokale, kaffe; og kage\\",  # escaped in the file, read back whole
        "Frist: Tage stresstrappen op på teammødet",
        "Frist: Sende referat",
    }
    expected = {
        "Modul 2": date(2026, 11, 18),
        "TRIO-møde": date(2026, 12, 1),
        "Opgave: Book lokale, kaffe; og kage\\": date(2026, 11, 4),
        "Frist: Tage stresstrappen op på teammødet": date(2026, 11, 10),
        "Frist: Sende referat": date(2026, 12, 3),
    }
    for summary, day in expected.items():
        event = found[summary]
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        # A whole day: a date, not a datetime, so no time zone can move it to the day before.
        assert type(start) is date and start == day, summary
        assert type(end) is date and (end - start).days == 1, summary
    assert str(found["Modul 2"]["LOCATION"]) == "Odense"
    assert str(found["Opgave: Book lokale, kaffe; og kage\\"]["LOCATION"]) == "Kantinen"
    task_text = str(found["Opgave: Book lokale, kaffe; og kage\\"]["DESCRIPTION"])
    assert task_text.splitlines() == ["Tiltag: Trivselssnak", "Hvem: Mette", "Hvornår: 4.11.2026"]
    assert "Aftalt på TRIO-møde" in str(found["Frist: Sende referat"]["DESCRIPTION"])
    assert str(found["Frist: Sende referat"]["TRANSP"]) == "TRANSPARENT"  # a deadline is not a meeting
    assert str(found["Modul 2"]["TRANSP"]) == "OPAQUE"
    printed = capsys.readouterr().out
    assert "Kalenderen er gemt" in printed and "5 begivenheder" in printed
    assert "1 privat post er ikke med" in printed


def test_a_private_initiatives_tasks_and_deadlines_stay_home_unless_released(plan_dir, tmp_path):
    folder, made = plan_dir
    out = tmp_path / "plan.ics"
    assert run_ics_command(folder, out, False, "da") == 0
    assert b"LISE-HEMMELIG" not in out.read_bytes()
    assert b"medarbejder" not in out.read_bytes()
    assert run_ics_command(folder, out, True, "da") == 0
    found = by_summary(out)
    assert found["Opgave: Ring til LISE-HEMMELIG"].decoded("DTSTART") == date(2026, 11, 6)
    assert found["Frist: Følg op på LISE-HEMMELIG"].decoded("DTSTART") == date(2026, 11, 7)


def test_released_by_the_same_rule_as_the_pdf(store, tmp_path):
    made = make_plan(store)
    snapshot = take_snapshot(store, lang="da")
    out = tmp_path / "one.ics"
    write_ics(snapshot, out, "da", Release(initiatives=frozenset({made["secret"].id})))
    assert "Opgave: Ring til LISE-HEMMELIG" in by_summary(out)


def test_uids_are_stable_so_a_new_import_updates_the_old_events(plan_dir, tmp_path, store):
    folder, made = plan_dir
    snapshot = take_snapshot(store, lang="da")
    first, second = tmp_path / "first.ics", tmp_path / "second.ics"
    write_ics(snapshot, first, "da", made_at=datetime(2026, 11, 1, 9, 0, tzinfo=UTC))
    edit(store, made["task"], when="5.11.2026")  # moved a day
    write_ics(take_snapshot(store, lang="da"), second, "da", made_at=datetime(2026, 11, 2, 9, 0, tzinfo=UTC))
    old = {str(e["UID"]): e for e in events(first)}
    new = {str(e["UID"]): e for e in events(second)}
    assert set(old) == set(new) and len(new) == 5
    uid = f"handleplan-task-{made['task'].id}@handleplan"
    assert old[uid].decoded("DTSTART") == date(2026, 11, 4) and new[uid].decoded("DTSTART") == date(
        2026, 11, 5
    )
    # A calendar that compares SEQUENCE takes the later file's event as the newer version.
    assert int(new[uid]["SEQUENCE"]) > int(old[uid]["SEQUENCE"])
    assert new[uid].decoded("DTSTAMP") == datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def test_english_summaries_and_the_calendars_name(plan_dir, tmp_path):
    folder, _made = plan_dir
    out = tmp_path / "plan.ics"
    assert run_ics_command(folder, out, False, "en") == 0
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    assert str(calendar["X-WR-CALNAME"]) == "Action plan – Mette Hansen"
    summaries = {str(e["SUMMARY"]) for e in calendar.walk("VEVENT")}
    assert "Task: Book lokale, kaffe; og kage\\" in summaries
    assert "Due: Sende referat" in summaries
    described = " ".join(str(e.get("DESCRIPTION", "")) for e in calendar.walk("VEVENT"))
    assert "IGLO level: " in described and "Agreed at " in described and "Tiltag" not in described


def test_the_file_is_rfc_5545_text_crlf_folded_at_75_octets_and_private(plan_dir, tmp_path):
    folder, _made = plan_dir
    out = tmp_path / "plan.ics"
    assert run_ics_command(folder, out, False, "da") == 0
    raw = out.read_bytes()
    assert raw.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") and raw.endswith(b"END:VCALENDAR\r\n")
    lines = raw.split(b"\r\n")[:-1]
    assert all(b"\n" not in line and len(line) <= LINE_OCTETS for line in lines)
    assert any(line.startswith(b" ") for line in lines)  # the long role was folded
    assert not list(tmp_path.glob(".plan.ics.*"))  # no temporary file left beside it
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_folding_never_splits_a_character():
    line = "SUMMARY:" + "æøå" * 60
    folded = fold(line).encode("utf-8")
    for part in folded.split(b"\r\n"):
        assert len(part) <= LINE_OCTETS
        part.decode("utf-8")  # each line is whole UTF-8 on its own
    assert fold(line).replace("\r\n ", "") == line


def test_no_plan_is_a_sentence_and_no_file(tmp_path, capsys):
    out = tmp_path / "plan.ics"
    assert run_ics_command(tmp_path / "empty", out, False, "da") == 1
    assert "Der er ingen handleplan endnu" in capsys.readouterr().err
    assert not out.exists()


def test_the_command_line(plan_dir, tmp_path):
    folder, _made = plan_dir
    out = tmp_path / "cli.ics"
    done = subprocess.run(
        [sys.executable, "-m", "handleplan", "--data-dir", str(folder), "export-ics", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert len(events(out)) == 5
    helped = subprocess.run(
        [sys.executable, "-m", "handleplan", "export-ics", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "Outlook eller Google Kalender" in helped.stdout
