"""The command line on a plan protected with a passphrase ("Beskyt med adgangskode").

In a terminal (a real pseudo-terminal, `tests/terminal.py`) every command that reads the plan asks once with
echo off; the right passphrase does what the command does on a plain plan, a wrong one changes nothing and
exits 1. Without a terminal – a script, a pipe – it says the plan is protected, never "damaged", and
changes nothing; a passphrase piped to stdin is not read.
"""

from __future__ import annotations

import getpass
import os
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pypdf
import pytest
from terminal import run_in_terminal

from handleplan.cli_unlock import unlock_or_say
from handleplan.demo.fill import fill_demo
from handleplan.store import DB_NAME, Store, connect, protect
from handleplan.store.backups import list_backups

PASS = "Tryg hverdag på nattevagten"
PROMPT = {"da": "Adgangskode til handleplanen: ", "en": "Passphrase for the action plan: "}
COMMANDS = {  # every command of cli.py that reads the plan, with what it needs beside the data folder
    "check": [],
    "export-pdf": ["{out}/plan.pdf"],
    "export-ics": ["{out}/plan.ics"],
    "export": ["{out}/plan.handleplan"],
    "import": ["--replace", "{portable}"],
    "backup": [],
    "restore": [],
}
# …and the two that open the window offscreen on the plan: refused before Qt starts without a terminal.
EVERY_COMMAND = {**COMMANDS, "screenshots": ["{out}/shots"], "self-test": []}


@pytest.fixture(autouse=True)
def _no_key_left():
    connect.forget()
    yield
    connect.forget()


@pytest.fixture(scope="module")
def protected_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo plan protected with PASS, made once (the key derivation is slow on purpose) and copied."""
    root = tmp_path_factory.mktemp("protected")
    folder = root / "plan"
    store = Store.open(folder)
    try:
        fill_demo(store, "da")
    finally:
        store.close()
    plain = root / "plain"
    shutil.copytree(folder, plain)
    protect.turn_on(folder, PASS)
    connect.forget()
    return folder


@pytest.fixture
def plan(protected_once: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "plan"
    shutil.copytree(protected_once, folder)
    return folder


@pytest.fixture
def portable(protected_once: Path, tmp_path: Path) -> Path:
    """A portable file of the same plan, written from its plain twin, for `import --replace`."""
    from handleplan.portable import export_portable

    target = tmp_path / "in.handleplan"
    store = Store.open(protected_once.parent / "plain")
    try:
        export_portable(store, target)
    finally:
        store.close()
    return target


def _args(command: str, plan: Path, out: Path, portable: Path, lang: str) -> list[str]:
    extra = [a.format(out=out, portable=portable) for a in EVERY_COMMAND[command]]
    return ["--data-dir", str(plan), "--lang", lang, command, *extra]


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("command", COMMANDS)
def test_a_wrong_passphrase_in_a_terminal_changes_nothing(
    command: str, plan: Path, portable: Path, tmp_path: Path
):
    out = tmp_path / "out"
    out.mkdir()
    before = _files(plan)
    session = run_in_terminal(
        *_args(command, plan, out, portable, "da"), answer="tryg hverdag", wait_for=PROMPT["da"]
    )
    assert session.returncode == 1
    assert "Adgangskoden passer ikke, så intet er åbnet eller ændret" in session.after_answer
    assert "tryg hverdag" not in session.after_answer  # not echoed
    assert "Traceback" not in session.after_answer
    assert _files(plan) == before
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("lang", ["da", "en"])
def test_check_in_a_terminal_says_protected_then_the_same_verdicts_as_a_plain_plan(
    lang: str, protected_once: Path
):
    plain = protected_once.parent / "plain"
    plain_check = subprocess.run(
        [sys.executable, "-m", "handleplan", "--data-dir", str(plain), "--lang", lang, "check"],
        capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert plain_check.returncode == 0
    session = run_in_terminal(
        "--data-dir", str(protected_once), "--lang", lang, "check", answer=PASS, wait_for=PROMPT[lang]
    )
    assert session.returncode == 0, session
    protected_line = {"da": "Beskyttet med adgangskode.", "en": "Protected with a passphrase."}[lang]
    assert protected_line in session.before_answer
    assert PASS not in session.before_answer + session.after_answer  # typed with echo off
    verdicts = [line for line in session.after_answer.splitlines() if line.strip()]
    assert verdicts == plain_check.stdout.splitlines()[1:]  # all but the file's own path


def test_every_command_works_in_a_terminal_with_the_right_passphrase(
    plan: Path, portable: Path, tmp_path: Path
):
    out = tmp_path / "out"
    out.mkdir()
    salt = connect.header(plan / DB_NAME)
    shown = {}
    for command in COMMANDS:
        session = run_in_terminal(
            *_args(command, plan, out, portable, "en"), answer=PASS, wait_for=PROMPT["en"]
        )
        assert session.returncode == 0, (command, session)
        assert PASS not in session.after_answer
        shown[command] = session.after_answer
    pdf = pypdf.PdfReader(str(out / "plan.pdf"))
    assert "Mette Hansen" in "".join(page.extract_text() for page in pdf.pages)
    assert "BEGIN:VCALENDAR" in (out / "plan.ics").read_text()
    assert (out / "plan.handleplan").stat().st_size > 0
    assert "has been restored" in shown["restore"]
    # The plan and every backup (the one made by hand, those before the import and the restore) stay
    # under the one passphrase: nothing was written out plain.
    assert connect.header(plan / DB_NAME) == salt
    backups = list_backups(plan)
    assert {b.reason for b in backups} >= {"manual", "before-import", "before-restore"}
    assert all(connect.header(b.path) == salt for b in backups)
    assert connect.unlock(plan / DB_NAME, PASS) is not None


def test_restore_unlocks_the_backups_when_the_plan_itself_is_gone(plan: Path):
    """The case restore is for: the plan file lost, its backups protected. The passphrase opens them."""
    store = plan / DB_NAME
    store.unlink()
    session = run_in_terminal("--data-dir", str(plan), "restore", answer=PASS, wait_for=PROMPT["da"])
    assert session.returncode == 0, session
    assert "er hentet tilbage" in session.after_answer
    assert connect.unlock(store, PASS) is not None


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("command", EVERY_COMMAND)
def test_without_a_terminal_it_says_protected_and_how_and_changes_nothing(
    command: str, lang: str, plan: Path, portable: Path, tmp_path: Path
):
    out = tmp_path / "out"
    out.mkdir()
    before = _files(plan)
    # A passphrase piped in is not read: a script cannot hand it over that way either.
    done = subprocess.run(
        [sys.executable, "-m", "handleplan", *_args(command, plan, out, portable, lang)],
        capture_output=True, text=True, timeout=120, input=PASS + "\n",
        env={**os.environ, "HANDLEPLAN_PASSPHRASE": PASS},
    )  # fmt: skip
    assert done.returncode == 1
    said = {
        "da": "er beskyttet med adgangskode, og her er ingen terminal at spørge i. Kør kommandoen i et "
        "terminalvindue",
        "en": "is protected with a passphrase, and there is no terminal to ask in. Run the command in a "
        "terminal window",
    }[lang]
    assert said in done.stderr
    assert not any(
        word in (done.stdout + done.stderr).lower() for word in ("beskadiget", "damaged", "traceback")
    )
    assert _files(plan) == before
    assert list(out.iterdir()) == []


def test_a_prompt_that_would_echo_is_refused(plan: Path, capsys: pytest.CaptureFixture[str]):
    """getpass warns and echoes when it cannot turn echo off: that is taken as no terminal."""

    def echoing(prompt: str) -> str:
        warnings.warn("Can not control echo on the terminal.", getpass.GetPassWarning, stacklevel=2)
        return PASS

    assert unlock_or_say([plan / DB_NAME], "en", plan, ask=echoing, is_terminal=lambda: True) == 1
    assert "no terminal to ask in" in capsys.readouterr().err
    assert connect.key_for(plan / DB_NAME) is None


@pytest.mark.parametrize("typed", ["", EOFError, KeyboardInterrupt])
def test_no_passphrase_typed_opens_nothing(plan: Path, typed, capsys: pytest.CaptureFixture[str]):
    def ask(prompt: str) -> str:
        if isinstance(typed, str):
            return typed
        raise typed

    assert unlock_or_say([plan / DB_NAME], "da", plan, ask=ask, is_terminal=lambda: True) == 1
    assert "Ingen adgangskode – intet er åbnet eller ændret." in capsys.readouterr().err
    assert connect.key_for(plan / DB_NAME) is None


def test_a_plain_plan_is_never_asked_about(tmp_path: Path):
    def never(prompt: str) -> str:
        raise AssertionError("asked for a passphrase on a plain plan")

    store = Store.open(tmp_path / "plain")
    store.close()
    path = tmp_path / "plain" / DB_NAME
    assert (
        unlock_or_say([path, tmp_path / "missing.db"], "da", tmp_path, ask=never, is_terminal=lambda: True)
        is None
    )
