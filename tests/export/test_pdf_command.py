"""`handleplan export-pdf`: exit codes, messages, milestone choice, privacy, and never a half file."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest
from test_pdf_export import make_plan

from handleplan.export.command import run_export_command
from handleplan.store import DB_NAME


def pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(str(path))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


@pytest.fixture
def plan_dir(store, data_dir: Path) -> Path:
    make_plan(store)
    return data_dir


def test_exports_for_the_next_milestone_and_exits_0(plan_dir, tmp_path, capsys):
    out = tmp_path / "plan.pdf"
    assert run_export_command(plan_dir, out, None, False, "da") == 0
    text = pdf_text(out)
    assert "Til Modul 2" in text and "Mette Hansen" in text
    assert "PRIVAT-NOTE" not in text
    printed = capsys.readouterr()
    assert "PDF'en er gemt" in printed.out and str(out) in printed.out
    assert "1 privat post er ikke med" in printed.out or "private poster er ikke med" in printed.out


def test_include_private_puts_the_private_reflection_in(plan_dir, tmp_path):
    out = tmp_path / "all.pdf"
    assert run_export_command(plan_dir, out, None, True, "da") == 0
    assert "PRIVAT-NOTE" in pdf_text(out)


def test_milestone_by_title_case_insensitive_and_by_id(plan_dir, tmp_path):
    out = tmp_path / "m3.pdf"
    assert run_export_command(plan_dir, out, "modul 3", False, "da") == 0
    assert "Til Modul 3" in pdf_text(out)
    assert run_export_command(plan_dir, tmp_path / "m1.pdf", "2", False, "da") == 0
    assert "Til Modul 1" in pdf_text(tmp_path / "m1.pdf")


def test_unknown_milestone_exits_2_with_the_choices_and_no_file(plan_dir, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert run_export_command(plan_dir, out, "Modul 9", False, "da") == 2
    err = capsys.readouterr().err
    assert "Modul 9" in err and "Modul 2" in err
    assert not out.exists()


def test_no_plan_yet_says_so_and_creates_nothing(tmp_path, capsys):
    folder = tmp_path / "nothing-here"
    assert run_export_command(folder, tmp_path / "x.pdf", None, False, "da") == 1
    assert "Der er ingen handleplan endnu" in capsys.readouterr().err
    assert not (folder / DB_NAME).exists() and not (tmp_path / "x.pdf").exists()


def test_an_empty_store_is_no_plan_either(store, data_dir, tmp_path, capsys):
    assert run_export_command(data_dir, tmp_path / "x.pdf", None, False, "en") == 1
    assert "There is no action plan yet" in capsys.readouterr().err


def test_unwritable_target_exits_1_with_a_sentence_and_no_file(plan_dir, tmp_path, capsys, monkeypatch):
    import tempfile

    def refused(*args, **kwargs):  # noqa: ANN002, ANN003
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    out = tmp_path / "x.pdf"
    assert run_export_command(plan_dir, out, None, False, "da") == 1
    err = capsys.readouterr().err
    assert "må ikke gemme i mappen" in err and "Traceback" not in err
    assert not out.exists()


def test_missing_folder_in_english(plan_dir, tmp_path, capsys):
    assert run_export_command(plan_dir, tmp_path / "no" / "x.pdf", None, False, "en") == 1
    assert "does not exist" in capsys.readouterr().err


def test_the_command_line_entry_point_end_to_end(plan_dir, tmp_path):
    out = tmp_path / "cli.pdf"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "handleplan",
            "--data-dir",
            str(plan_dir),
            "export-pdf",
            str(out),
            "--for",
            "modul 2",
            "--include-private",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    text = pdf_text(out)
    assert "Til Modul 2" in text and "PRIVAT-NOTE" in text and "Side 1 af" in text


def test_an_english_pdf_names_the_course_default_milestones_in_english(store, data_dir, tmp_path):
    from datetime import date

    from handleplan.ops import initiatives, timeline

    timeline.seed_default_forloeb(store, date(2026, 10, 14), lang="da")
    initiatives.create_initiative(store, "Tjek ind på teammødet")
    out = tmp_path / "plan.pdf"
    assert run_export_command(data_dir, out, None, False, "en") == 0
    text = pdf_text(out)
    assert "TRIO meeting" in text and "TRIO-møde" not in text and "Module 2" in text


def test_an_ambiguous_name_is_refused_with_the_candidates_and_a_date_is_taken(plan_dir, tmp_path, capsys):
    from datetime import timedelta

    from test_pdf_export import START

    out = tmp_path / "plan.pdf"
    assert run_export_command(plan_dir, out, "TRIO-møde", False, "da") == 2
    said = capsys.readouterr().err
    assert "Flere milepæle hedder »TRIO-møde«" in said and said.count("TRIO-møde (") == 2
    assert not out.exists()
    trio1 = (START + timedelta(days=28)).isoformat()
    assert run_export_command(plan_dir, out, trio1, False, "da") == 0
    assert "Til TRIO-møde" in pdf_text(out)
