"""What "slet" costs: a delete through the ops, with the search index merged and the -wal checkpointed after
it (store.forget_deleted), on the demo plan grown by 600 long observations. Prints figures, asserts nothing."""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from handleplan.demo.fill import fill_demo
from handleplan.ops import initiatives, undo
from handleplan.store import Store

TEXT = "Hun sagde, at morgenmødet var blevet bedre, men at vagtplanen stadig pressede. " * 7


def main() -> None:
    folder = Path(tempfile.mkdtemp()) / "data"
    store = Store.open(folder)
    fill_demo(store, "da", today=date(2026, 12, 2))
    cycle = initiatives.initiatives(store)[0].cycles[0]
    rows = [initiatives.add_observation(store, cycle, f"{n}: {TEXT}") for n in range(600)]
    size = (folder / "handleplan.db").stat().st_size
    merge, delete = [], []
    for row in rows[:15]:
        start = time.perf_counter()
        store.forget_deleted()
        merge.append(time.perf_counter() - start)
        start = time.perf_counter()
        undo.delete_record(store, row, "slet")
        delete.append(time.perf_counter() - start)
    store.close()
    print(f"store {size / 1e6:.1f} MB")
    print(f"forget_deleted (merge + checkpoint): median {statistics.median(merge) * 1000:.1f} ms")
    print(f"a whole delete through the ops:      median {statistics.median(delete) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
