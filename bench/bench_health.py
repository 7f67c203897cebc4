"""What the look at the door costs: `quick_check` at every start, `integrity_check` after an unclean end
(store/health.py), on the demo and the large plan (add huge with --sizes), file in the page cache.
Prints figures, asserts nothing.

    python bench/bench_health.py [--runs 5] [--sizes demo,large,huge]
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

from handleplan.demo.fill import fill_demo  # noqa: E402
from handleplan.store import DB_NAME, Store  # noqa: E402
from handleplan.store.health import damage  # noqa: E402


def make(folder: Path, size: str) -> Path:
    store = Store.open(folder)
    try:
        if size == "demo":
            fill_demo(store)
            store.commit()
        else:
            generate(store, **SIZES[size])
    finally:
        store.close()
    return folder / DB_NAME


def timed(path: Path, full: bool) -> float:
    started = time.perf_counter()
    assert damage(path, full=full) is None
    return (time.perf_counter() - started) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="demo,large")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes.split(","):
            path = make(Path(tmp) / size, size)
            mb = path.stat().st_size / 1e6
            for full, name in ((False, "quick_check"), (True, "integrity_check")):
                values = [timed(path, full) for _ in range(args.runs)]
                print(
                    f"{size:6} {mb:6.1f} MB  {name:16} median {statistics.median(values):7.1f} ms   "
                    f"max {max(values):7.1f} ms   ({args.runs} runs)"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
