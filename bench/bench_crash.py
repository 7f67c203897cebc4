"""Crash while typing: a leader types without a pause, the app is killed (SIGKILL), and started again.

    python bench/bench_crash.py [--cycles 500] [--dir D]

Each cycle starts a child Python that opens the store as the app does (`Store.open`), reports what the
file holds and `PRAGMA integrity_check`, makes a new tiltag and types into its goal: a real `TextField`,
focused, bound through an `AppContext`, keys sent with `QTest.keyClicks` two at a time on a QTimer, so
the event loop runs between them as it does for a person, never pausing. After each step it prints
(and flushes) how many characters are in the field, with the time. The parent kills it at a random
moment, then the next child opens the store again. Checked every cycle: the store opens, the integrity
check says ok, every character typed more than 2 s before the kill is in the store, nothing that was
not typed is, and what earlier cycles left is unchanged.

Prints: characters typed, characters found, the longest loss in seconds (from the first character
missing to the kill), characters missing although typed more than 2 s before the kill, integrity and
open failures. `tests/ui/test_crash_typing.py` runs 50 cycles of it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

# keyClicks turns each character into a key; ASCII only (QTest aborts on "ø" or "–").
TEXT = "Alle i teamet siger noget hver morgen, ogsaa de nye: en runde, saa spoergsmaal. "
PROMISE_S = 2.0  # a crash loses at most the last 2 seconds of typing
STEP_MS = 25  # two keys every 25 ms: about 80 characters a second, never a pause


def typed(n: int) -> str:
    return (TEXT * (n // len(TEXT) + 1))[:n]


# -- the child: the app's save path, typing until it is killed ----------------------------------------
def child(folder: Path, title: str | None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from handleplan.ops.initiatives import create_initiative, initiatives
    from handleplan.store import Store
    from handleplan.ui.context import AppContext
    from handleplan.ui.fields import TextField

    def say(**what: object) -> None:
        print(json.dumps(what, ensure_ascii=False), flush=True)

    app = QApplication([])
    # Started while the previous run still types, so the imports cost no cycle time; the store is opened
    # only once the parent says the previous run is dead.
    if sys.stdin.readline() != "go\n":
        return 0  # the parent is gone
    try:
        store = Store.open(folder)
        report = store.check()
        say(open="ok", integrity=report.integrity, texts={i.title: i.goal for i in initiatives(store)})
    except Exception as exc:  # noqa: BLE001 - the parent counts it as a failed open
        say(open="failed", error=repr(exc))
        return 3
    if title is None:
        store.close()
        return 0
    initiative = create_initiative(store, title)
    ctx = AppContext(store, "da", QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    field = TextField(ctx, "goal", "Mål")
    field.bind(initiative)
    field.show()
    field.activateWindow()
    field.setFocus()
    count = 0

    def step() -> None:
        nonlocal count
        QTest.keyClicks(field, typed(count + 2)[count:])
        count += 2
        say(t=time.monotonic(), n=len(field.toPlainText()))

    timer = QTimer()
    timer.timeout.connect(step)
    timer.start(STEP_MS)
    say(record=title, t=time.monotonic())
    return app.exec()


# -- the parent ------------------------------------------------------------------------------------------
@dataclass
class Figures:
    cycles: int = 0
    typed: int = 0
    found: int = 0
    longest_loss_s: float = 0.0
    lost_beyond_promise: int = 0  # characters typed > 2 s before the kill and not in the store
    wrong_text: int = 0  # cycles whose stored text is not what was typed, or changed afterwards
    integrity_failures: int = 0
    open_failures: int = 0
    problems: list[str] = field(default_factory=list)


def _start(folder: Path, title: str | None) -> tuple[subprocess.Popen[str], list[tuple[dict, float]]]:
    args = [sys.executable, __file__, "--child", str(folder)] + ([title] if title else [])
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    lines: list[tuple[dict, float]] = []

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append((json.loads(line), time.monotonic()))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    proc.reader = reader  # type: ignore[attr-defined]
    return proc, lines


def _wait_for(proc: subprocess.Popen[str], lines: list[tuple[dict, float]], wanted) -> None:  # noqa: ANN001
    deadline = time.monotonic() + 60
    while not any(wanted(msg) for msg, _at in list(lines)):
        if proc.poll() is not None:
            proc.reader.join(5)  # type: ignore[attr-defined]
            return
        if time.monotonic() > deadline:
            proc.kill()
            proc.wait()
            return
        time.sleep(0.01)


def _opened(
    lines: list[tuple[dict, float]], figures: Figures, expected: dict[str, str], cycle: int
) -> dict[str, str] | None:
    """Check what the child found on opening: the store opened, is intact, and holds what it should."""
    report = lines[0][0] if lines else {"open": "no answer"}
    if report.get("open") != "ok":
        figures.open_failures += 1
        figures.problems.append(f"cycle {cycle}: the store did not open: {report}")
        return None
    if report["integrity"] != ["ok"]:
        figures.integrity_failures += 1
        figures.problems.append(f"cycle {cycle}: integrity_check {report['integrity']}")
    for title, text in expected.items():
        if report["texts"].get(title) != text:
            figures.wrong_text += 1
            figures.problems.append(f"cycle {cycle}: {title} changed after it was checked")
    return report["texts"]


def run(
    cycles: int, folder: Path, seed: int | None = None, kill_after: tuple[float, float] = (0.5, 3.0), out=None
) -> Figures:  # noqa: ANN001
    """`cycles` kills while typing into the store in `folder`; the figures of what was lost."""
    rng = random.Random(seed)
    figures = Figures()
    expected: dict[str, str] = {}  # tiltag title -> goal as found after its kill (must stay so)
    last: tuple[str, list[tuple[dict, float]], float] | None = None
    waiting: tuple[subprocess.Popen[str], list[tuple[dict, float]]] | None = None  # the next run, started
    for cycle in range(cycles + 1):
        title = f"Forsøg {cycle + 1}" if cycle < cycles else None
        proc, lines = waiting if waiting is not None else _start(folder, title)
        proc.stdin.write("go\n")  # type: ignore[union-attr]
        proc.stdin.flush()  # type: ignore[union-attr]
        waiting = _start(folder, f"Forsøg {cycle + 2}" if cycle + 1 < cycles else None) if title else None
        _wait_for(proc, lines, lambda msg: True)
        texts = _opened(lines, figures, expected, cycle + 1)
        if texts is not None and last is not None:
            _check_cycle(last, texts, figures, expected)
        last = None
        if title is None:
            proc.wait()
            break
        _wait_for(proc, lines, lambda msg: "n" in msg)
        if proc.poll() is not None:
            err = proc.stderr.read() if proc.stderr else ""
            figures.problems.append(f"cycle {cycle + 1}: the child ended by itself: {err[-500:]}")
            continue
        time.sleep(rng.uniform(*kill_after))
        killed_at = time.monotonic()
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.reader.join(5)  # type: ignore[attr-defined]
        if proc.stderr:
            proc.stderr.close()
        last = (title, lines, killed_at)
        figures.cycles += 1
        if out is not None and (cycle + 1) % 25 == 0:
            print(f"  {cycle + 1} cycles …", file=out, flush=True)
    return figures


def _check_cycle(
    last: tuple[str, list[tuple[dict, float]], float],
    texts: dict[str, str],
    figures: Figures,
    expected: dict[str, str],
) -> None:
    """What the killed cycle typed against what the next start found in the store."""
    title, lines, killed_at = last
    steps = [(msg["t"], msg["n"]) for msg, _at in lines if "n" in msg]
    total = max((n for _t, n in steps), default=0)
    promised = max((n for t, n in steps if t < killed_at - PROMISE_S), default=0)
    found = texts.get(title)
    if found is None:  # killed before the tiltag was committed: nothing typed into it can be there
        if promised:
            figures.lost_beyond_promise += promised
            figures.problems.append(f"{title}: missing altogether")
        return
    expected[title] = found
    figures.typed += total
    figures.found += len(found)
    if found != typed(len(found)) or len(found) > total:
        figures.wrong_text += 1
        figures.problems.append(f"{title}: the store holds text that was not typed")
        return
    if len(found) < promised:
        figures.lost_beyond_promise += promised - len(found)
        figures.problems.append(
            f"{title}: {promised - len(found)} characters typed > 2 s before the kill lost"
        )
    first_missing = next((t for t, n in steps if n > len(found)), None)
    if first_missing is not None:
        figures.longest_loss_s = max(figures.longest_loss_s, killed_at - first_missing)


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        return child(Path(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else None)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=500)
    parser.add_argument("--dir", type=Path, help="the data folder (default: a new temporary one)")
    parser.add_argument("--seed", type=int)
    args = parser.parse_args()
    folder = args.dir or Path(tempfile.mkdtemp(prefix="handleplan-crash-")) / "plan"
    started = time.monotonic()
    figures = run(args.cycles, folder, args.seed, out=sys.stdout)
    print(
        f"cycles                          {figures.cycles} in {time.monotonic() - started:.0f} s ({folder})"
    )
    print(f"characters typed                {figures.typed}")
    print(f"characters found                {figures.found}")
    print(f"longest loss                    {figures.longest_loss_s:.2f} s (promise: {PROMISE_S:.0f} s)")
    print(f"lost beyond the promise         {figures.lost_beyond_promise} characters")
    print(f"wrong or changed text           {figures.wrong_text}")
    print(f"integrity failures              {figures.integrity_failures}")
    print(f"open failures                   {figures.open_failures}")
    for problem in figures.problems[:20]:
        print("  " + problem)
    bad = (
        figures.lost_beyond_promise
        or figures.wrong_text
        or figures.integrity_failures
        or figures.open_failures
    )
    return 1 if bad or figures.problems else 0


if __name__ == "__main__":
    sys.exit(main())
