"""Helper for bench_gui.py: opens the window on a store and times screen switches and opening an
initiative. Run in its own process so its peak memory can be read by the parent."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication


def settle() -> None:
    QApplication.processEvents()


def main(folder: Path) -> None:
    from handleplan.ops import initiatives as initiative_ops
    from handleplan.ui.app import Language, get_app, settings_for
    from handleplan.ui.controller import AppController
    from handleplan.ui.main_window import SCREEN_KEYS

    app = get_app()
    language = Language(app)
    language.switch("da")
    from handleplan.ui.controller import store_opener

    controller = AppController(
        app, store_opener(folder, "da"), settings_for(folder), language, db_path=folder / "handleplan.db"
    )
    window = controller.show(welcome=False)
    window.resize(1280, 800)
    settle()

    # As in real use: the store (and SQLAlchemy) is opened 250 ms after the first paint, then the other
    # screens and the editors' spare rows are built while the leader reads the Overblik; give that its
    # few seconds, so that it does not run inside the timings below.
    deadline = time.perf_counter() + 8.0
    while time.perf_counter() < deadline and not controller.warmed_up:
        settle()
        time.sleep(0.01)

    first: dict[str, float] = {}
    later: dict[str, list[float]] = {k: [] for k in SCREEN_KEYS}
    for round_ in range(6):
        for key in SCREEN_KEYS:
            start = time.perf_counter()
            window.open_screen(key)
            settle()
            elapsed = time.perf_counter() - start
            if round_ == 0:
                first[key] = elapsed
            else:
                later[key].append(elapsed)
    print("  screen switch (first visit, after the start-up warm-up / median of later visits):")
    for key in SCREEN_KEYS:
        print(f"    {key:12} {first[key] * 1000:7.1f} ms / {statistics.median(later[key]) * 1000:6.1f} ms")

    store = controller.ctx.store
    with_five = [i for i in initiative_ops.initiatives(store) if len(i.cycles) >= 5]
    opened = []
    for initiative in with_five[:20]:
        start = time.perf_counter()
        window.open_screen("initiatives", {"initiative_id": initiative.id})
        settle()
        opened.append(time.perf_counter() - start)
    if opened:
        print(
            f"  open an initiative with 5 cycles  : {statistics.median(opened) * 1000:7.1f} ms median "
            f"(max {max(opened) * 1000:.1f} ms, {len(opened)} opened)"
        )
    window.close()
    controller.shutdown()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
