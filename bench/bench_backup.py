"""Does an automatic backup stop her typing? The app's own path (ui/backup_timer.back_up on its worker
pool) while the event loop runs a 5 ms timer and the autosave commits an edit every 200 ms, against the
same loop with no backup. Prints, per plan size: the backup's wall time, the longest gap in the event
loop and the slowest autosave commit, with and without the backup. Asserts nothing.

    QT_QPA_PLATFORM=offscreen python bench/bench_backup.py [--sizes demo,large,huge] [--seconds 3]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_health import make  # noqa: E402
from PySide6.QtCore import QThreadPool, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from handleplan.ops.edit import edit  # noqa: E402
from handleplan.ops.initiatives import create_initiative  # noqa: E402
from handleplan.store import Store  # noqa: E402
from handleplan.ui.backup_timer import back_up  # noqa: E402


def run_loop(app: QApplication, store: Store, seconds: float, with_backup: bool) -> dict[str, float]:
    initiative = create_initiative(store, "Tiltag under backup")
    gaps: list[float] = []
    commits: list[float] = []
    last = [time.perf_counter()]
    typed = [0]
    backup_ms = [0.0]
    pool = QThreadPool()
    pool.setMaxThreadCount(1)

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    def type_and_save() -> None:
        typed[0] += 1
        started = time.perf_counter()
        edit(store, initiative, goal="Alle siger noget hver morgen " * typed[0])
        commits.append((time.perf_counter() - started) * 1000)

    def backup() -> None:
        started = time.perf_counter()
        back_up(store.path, "automatic")
        backup_ms[0] = (time.perf_counter() - started) * 1000

    ticker, typer = QTimer(), QTimer()
    ticker.timeout.connect(tick)
    typer.timeout.connect(type_and_save)
    ticker.start(5)
    typer.start(200)
    if with_backup:
        QTimer.singleShot(300, lambda: pool.start(backup))
    deadline = time.perf_counter() + seconds
    # With a backup, the loop is measured until it is done, however long that takes.
    while time.perf_counter() < deadline or (with_backup and not backup_ms[0]):
        app.processEvents()
        time.sleep(0.001)
    ticker.stop()
    typer.stop()
    pool.waitForDone()
    return {"gap": max(gaps), "commit": max(commits), "backup": backup_ms[0]}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="demo,large")
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes.split(","):
            path = make(Path(tmp) / size, size)
            store = Store.open(path.parent)
            try:
                quiet = run_loop(app, store, args.seconds, with_backup=False)
                busy = run_loop(app, store, args.seconds, with_backup=True)
            finally:
                store.close()
            mb = path.stat().st_size / 1e6
            print(
                f"{size:6} {mb:6.1f} MB  backup {busy['backup']:7.1f} ms   longest loop gap "
                f"{quiet['gap']:6.1f} ms without / {busy['gap']:6.1f} ms with   slowest autosave commit "
                f"{quiet['commit']:6.1f} / {busy['commit']:6.1f} ms"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
