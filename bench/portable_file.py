"""How long the portable file takes for the demo plan: export, import into an empty store, and its size.
Prints figures; run with `.venv/bin/python bench/portable_file.py`."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from handleplan.demo import fill_demo
from handleplan.portable import export_portable, import_portable
from handleplan.store import Store


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        source = Store.open(base / "a")
        fill_demo(source, "da")
        start = time.perf_counter()
        export_portable(source, base / "plan.handleplan")
        exported = time.perf_counter() - start
        source.close()
        target = Store.open(base / "b")
        start = time.perf_counter()
        import_portable(target, base / "plan.handleplan")
        imported = time.perf_counter() - start
        target.close()
        size = (base / "plan.handleplan").stat().st_size
        print(
            f"demo plan: export {exported * 1000:.0f} ms, import {imported * 1000:.0f} ms, file {size} bytes"
        )


if __name__ == "__main__":
    main()
