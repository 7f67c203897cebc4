"""How long the export warning takes to look again after a tick: resolve the selection, then find her
staff's names and her sensitive words in what it shares (`export/names.py`).

    python bench/bench_names.py                # the demo plan and the large plan, in a temp folder
    python bench/bench_names.py --dir D        # plans kept in D between runs

It runs on every tick in the export dialog: within a frame (16 ms) on the demo plan, and bearable
(≤ 300 ms) on the large one, ten times any real plan (100 tiltag, 5000 observations, 1000 reflections);
the snapshot is read once per dialog, not per tick.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import SIZES, generate  # noqa: E402

from handleplan.demo import fill_demo  # noqa: E402
from handleplan.export.names import find_sensitive, staff_names  # noqa: E402
from handleplan.export.selection import ExportOptions, resolve  # noqa: E402
from handleplan.export.snapshot import take_snapshot  # noqa: E402
from handleplan.ops import people  # noqa: E402
from handleplan.store import Store  # noqa: E402

WORDS = ["stress", "sygemeldt", "sygemelding", "angst", "depression", "misbrug", "skilsmisse", "konflikt"]
BAR_DEMO_MS = 16.0
BAR_LARGE_MS = 300.0


def ms(run, repeat: int = 7) -> float:  # noqa: ANN001
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def measure(name: str, store: Store) -> float:
    snapshot_ms = ms(lambda: take_snapshot(store), repeat=3)
    snapshot = take_snapshot(store)
    options = ExportOptions()
    contents = resolve(snapshot, options)
    resolve_ms = ms(lambda: resolve(snapshot, options))
    find_ms = ms(lambda: find_sensitive(snapshot, contents, WORDS))
    found = find_sensitive(snapshot, contents, WORDS)
    print(
        f"{name:>6}: snapshot {snapshot_ms:7.1f} ms (once per dialog) · per tick: resolve {resolve_ms:6.1f} ms"
        f" + find {find_ms:6.1f} ms · {len(staff_names(snapshot))} names, {len(WORDS)} words, {len(found)} found"
    )
    return resolve_ms + find_ms


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args(argv)
    root = args.dir or Path(tempfile.mkdtemp(prefix="hp-bench-names-"))
    demo = Store.open(root / "demo")
    if not people.has_plan(demo):
        fill_demo(demo)
    per_tick_demo = measure("demo", demo)
    demo.close()
    large = Store.open(root / "large")
    if not people.has_plan(large):
        generate(large, **SIZES["large"])
        for n in range(10):
            people.add_trio_member(large, f"Medarbejder{n} Efternavn", "")
    per_tick = measure("large", large)
    large.close()
    for name, value, bar in (("demo", per_tick_demo, BAR_DEMO_MS), ("large", per_tick, BAR_LARGE_MS)):
        print(f"bar: per tick on the {name} plan ≤ {bar:.0f} ms: {'ok' if value <= bar else 'OVER'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
