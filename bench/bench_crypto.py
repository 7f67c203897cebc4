"""What "Beskyt med adgangskode" costs at start (store/connect.py, store/protect.py): the one key
derivation at unlock for a few iteration counts, then per connection and for the first paint, plain
against protected, on the demo and the large plan; and how long turning protection on takes.
Prints figures, asserts nothing.

    python bench/bench_crypto.py [--runs 5] [--sizes demo,large]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_health import make  # noqa: E402  (the same demo and large plans)

from handleplan.ops.overview import load_overview  # noqa: E402
from handleplan.store import Store, connect, protect  # noqa: E402
from handleplan.store.health import damage  # noqa: E402
from handleplan.store.schema import read_revision  # noqa: E402

PASS = "en lang og god adgangskode"


def ms(action, runs: int) -> tuple[float, float]:  # noqa: ANN001
    values = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        values.append((time.perf_counter() - started) * 1000)
    return statistics.median(values), max(values)


def start_reads(db: Path) -> None:
    """What a start reads before the first paint: the revision, quick_check, the Overblik."""
    read_revision(db)
    damage(db)
    load_overview(db)


def open_store(folder: Path) -> None:
    Store.open(folder).close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="demo,large")
    args = parser.parse_args()
    salt = os.urandom(connect.SALT_BYTES)
    for iterations in (256_000, 64_000, 10_000):
        med, top = ms(lambda i=iterations: _derive(salt, i), args.runs)
        print(f"unlock: PBKDF2-HMAC-SHA512 {iterations:7,} iterations   median {med:7.1f} ms  max {top:7.1f} ms")
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes.split(","):
            folder = Path(tmp) / size
            db = make(folder, size)
            rows = {}
            for state in ("plain", "protected"):
                if state == "protected":
                    started = time.perf_counter()
                    protect.turn_on(folder, PASS)
                    print(f"{size:6} turning protection on: {(time.perf_counter() - started) * 1000:7.0f} ms")
                mb = db.stat().st_size / 1e6
                one, _ = ms(lambda db=db: connect.connect(db, read_only=True).close(), args.runs)
                first, first_top = ms(lambda db=db: start_reads(db), args.runs)
                whole, whole_top = ms(lambda folder=folder: open_store(folder), args.runs)
                rows[state] = first
                print(
                    f"{size:6} {mb:6.1f} MB {state:9}  connect {one:6.2f} ms   revision+quick_check+Overblik "
                    f"{first:7.1f} ms (max {first_top:6.1f})   Store.open+close {whole:7.1f} ms (max {whole_top:6.1f})"
                )
            print(f"{size:6} first-paint reads protected/plain: {rows['protected'] / rows['plain']:.2f}×")
            _portable(folder, size, args.runs)
            connect.forget()
    return 0


def _portable(folder: Path, size: str, runs: int) -> None:
    """The .handleplan file plain and sealed (scrypt N=2^17 + AES-GCM, portable/sealed.py)."""
    from handleplan.portable import export_portable
    from handleplan.portable.read import read_portable

    store = Store.open(folder)
    try:
        for sealed in (None, PASS):
            out = folder.parent / f"{size}-{'sealed' if sealed else 'plain'}.handleplan"
            write, _ = ms(lambda out=out, sealed=sealed: export_portable(store, out, passphrase=sealed), runs)
            read, _ = ms(lambda out=out, sealed=sealed: read_portable(out, sealed), runs)
            kind = "sealed" if sealed else "plain"
            print(f"{size:6} portable file {kind:6}  write {write:7.1f} ms   read {read:7.1f} ms")
    finally:
        store.close()


def _derive(salt: bytes, iterations: int) -> None:
    import hashlib

    hashlib.pbkdf2_hmac("sha512", PASS.encode(), salt, iterations, connect.KEY_BYTES)


if __name__ == "__main__":
    raise SystemExit(main())
