"""How fast the core is on a large and a huge plan: the Overblik, the Tiltag list, one edit, the file size.

    python bench/bench_core.py                  # large and huge, in a temp folder kept between runs
    python bench/bench_core.py --sizes large    # only the large plan
    python bench/bench_core.py --dir D --fresh  # plans in D, rebuilt

Bars: the Overblik as the window reads it (`ops.overview`, plain sqlite3) ≤ 100 ms on the huge plan;
open with the ORM and everything the overview used to read through it ≤ 200 ms on the large plan;
median committed edit ≤ 10 ms; search ≤ 30 ms on the huge plan.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import SIZES, generate  # noqa: E402

from handleplan.ops import iglo, people, reflections, search, timeline  # noqa: E402
from handleplan.ops import initiatives as ops  # noqa: E402
from handleplan.ops.edit import edit  # noqa: E402
from handleplan.ops.overview import load_overview as read_overblik  # noqa: E402
from handleplan.store import DB_NAME, Store  # noqa: E402

OVERVIEW_BAR_MS = 200.0
OVERBLIK_BAR_MS = 100.0  # the huge plan
EDIT_BAR_MS = 10.0


def ensure_plan(folder: Path, size: str, fresh: bool) -> float | None:
    """Build the plan unless a complete one is there; returns the build time, or None when reused."""
    marker = folder / f"complete-{size}"
    if marker.exists() and (folder / DB_NAME).exists() and not fresh:
        return None
    if folder.exists():
        for path in folder.iterdir():
            if path.is_file():
                path.unlink()
    started = time.perf_counter()
    store = Store.open(folder)
    try:
        generate(store, **SIZES[size])
    finally:
        store.close()
    marker.touch()
    return time.perf_counter() - started


def load_overview(folder: Path, steps: dict[str, float] | None = None) -> tuple[Store, dict[str, object]]:
    """What the first screen shows: open the store, then everything on the overview.

    `steps` (if given) receives the milliseconds each step took.
    """
    steps = {} if steps is None else steps
    clock = [time.perf_counter()]

    def lap(name: str) -> None:
        now = time.perf_counter()
        steps[name] = steps.get(name, 0.0) + (now - clock[0]) * 1000
        clock[0] = now

    today = date.today()
    store = Store.open(folder)
    lap("open")
    profile = people.profile(store)
    lap("profile")
    milestones = timeline.milestones(store)
    upcoming = timeline.next_milestone(store, today)
    lap("milestones")
    plan = ops.initiatives(store)
    phases = [(i.title, i.status, i.current_cycle.phase if i.current_cycle else None) for i in plan]
    lap("initiatives")
    due = iglo.open_due(store, today + timedelta(days=14))
    due_labels = [(r.what, r.who_label, r.initiative.title if r.initiative else "") for r in due]
    lap("open_due")
    latest = reflections.reflections(store, limit=5)
    latest_labels = [(r.title, len(r.answers), len(r.initiatives)) for r in latest]
    lap("reflections")
    return store, {
        "profile": profile.name,
        "milestones": len(milestones),
        "next": upcoming.title if upcoming else None,
        "initiatives": len(phases),
        "due": len(due_labels),
        "reflections": len(latest_labels),
    }


def time_overview(folder: Path, repeat: int) -> tuple[list[float], dict[str, object], dict[str, float]]:
    """Total times of `repeat` cold opens, the overview's counts, and the median run's per-step times."""
    runs: list[tuple[float, dict[str, float]]] = []
    summary: dict[str, object] = {}
    for _ in range(repeat):
        gc.collect()
        steps: dict[str, float] = {}
        started = time.perf_counter()
        store, summary = load_overview(folder, steps)
        runs.append(((time.perf_counter() - started) * 1000, steps))
        store.close()
    middle = sorted(runs[1:] or runs, key=lambda run: run[0])[len(runs[1:] or runs) // 2]
    return [total for total, _ in runs], summary, middle[1]


def time_screens(folder: Path, repeat: int) -> tuple[float, float]:
    """Medians of what the two first screens read: the Overblik's read model on a cold read-only
    connection (what the window paints first), and the Tiltag list through the ORM on an open store."""
    overblik = []
    for _ in range(repeat):
        started = time.perf_counter()
        read_overblik(folder / DB_NAME, date.today())
        overblik.append((time.perf_counter() - started) * 1000)
    store = Store.open(folder)
    try:
        listing = []
        for _ in range(repeat):
            store.session.expunge_all()  # each read builds its objects again, as a fresh screen would
            started = time.perf_counter()
            ops.initiative_list(store)
            listing.append((time.perf_counter() - started) * 1000)
    finally:
        store.close()
    return statistics.median(overblik), statistics.median(listing)


def time_edits(folder: Path, repeat: int) -> tuple[list[float], list[float]]:
    """One committed edit at a time, as the UI's autosave makes them, on a store showing its overview."""
    store, _ = load_overview(folder)
    try:
        plan = ops.initiatives(store)
        initiative = plan[len(plan) // 2]
        cycle = initiative.current_cycle
        titles, cycle_times = [], []
        for n in range(repeat):
            started = time.perf_counter()
            changed = edit(store, initiative, title=f"Luft i kørelisten ({n})")
            titles.append((time.perf_counter() - started) * 1000)
            assert changed
            started = time.perf_counter()
            edit(store, cycle, learning=f"Bufferen skal beskyttes – måling {n}")
            cycle_times.append((time.perf_counter() - started) * 1000)
        return titles, cycle_times
    finally:
        store.close()


SEARCHES = ("findes-ingen-steder", "trivs", "bufferen", "på")  # nowhere, part of a word, 200 hits, short
SEARCH_BAR_MS = 30.0  # the huge plan, every query


def time_search(folder: Path, repeat: int = 5) -> tuple[float, int, dict[str, float]]:
    """Median per query through the index: a word that is nowhere, part of a word, a word with the full
    200 hits (each read from its table for the snippet), two letters (scanned); returns the slowest."""
    store = Store.open(folder)
    try:
        medians, hits = {}, 0
        for query in SEARCHES:
            times = []
            for _ in range(repeat):
                started = time.perf_counter()
                found = len(search.search(store, query))
                times.append((time.perf_counter() - started) * 1000)
            medians[query] = statistics.median(times)
            hits = max(hits, found)
        return max(medians.values()), hits, medians
    finally:
        store.close()


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark the Handleplan core on generated plans.")
    parser.add_argument("--sizes", nargs="+", choices=sorted(SIZES), default=["large", "huge"])
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "handleplan-bench")
    parser.add_argument("--fresh", action="store_true", help="rebuild the plans even if they exist")
    parser.add_argument("--edits", type=int, default=200)
    parser.add_argument("--overview-repeat", type=int, default=7)
    args = parser.parse_args(argv)

    rows = []
    for size in args.sizes:
        folder = args.dir / size
        built = ensure_plan(folder, size, args.fresh)
        overview, summary, steps = time_overview(folder, args.overview_repeat)
        overblik, listing = time_screens(folder, args.overview_repeat)
        titles, cycle_edits = time_edits(folder, args.edits)
        search_ms, hits, searches = time_search(folder)
        store = Store.open(folder)  # close() checkpoints: the size is the whole plan in one file
        store.close()
        rows.append(
            {
                "size": size,
                "built": "reused" if built is None else f"{built:.1f} s",
                "first": overview[0],
                "overview": statistics.median(overview[1:] or overview),
                "overblik": overblik,
                "listing": listing,
                "title": statistics.median(titles),
                "title95": p95(titles),
                "cycle": statistics.median(cycle_edits),
                "cycle95": p95(cycle_edits),
                "search": search_ms,
                "hits": hits,
                "searches": searches,
                "mb": (folder / DB_NAME).stat().st_size / 1e6,
                "summary": summary,
                "steps": steps,
            }
        )

    print()
    print(f"Handleplan core benchmark – plans in {args.dir}")
    header = (
        f"{'plan':<6} {'built':>8} {'open+overview':>14} {'(1st run)':>10} {'edit title':>11} {'p95':>7} "
        f"{'edit cycle':>11} {'p95':>7} {'search (max)':>14} {'file':>8}"
    )
    print(header)
    print("-" * len(header))
    for r in rows:
        print(
            f"{r['size']:<6} {r['built']:>8} {r['overview']:>11.1f} ms {r['first']:>7.1f} ms "
            f"{r['title']:>8.2f} ms {r['title95']:>4.1f} ms {r['cycle']:>8.2f} ms {r['cycle95']:>4.1f} ms "
            f"{r['search']:>11.0f} ms {r['mb']:>5.1f} MB"
        )
    print()
    for r in rows:
        s = r["summary"]
        print(
            f"{r['size']}: {s['initiatives']} initiatives on the overview, {s['milestones']} milestones, "
            f"{s['due']} roles due within 14 days, {s['reflections']} latest reflections"
        )
        print("   overview steps: " + ", ".join(f"{name} {ms:.1f} ms" for name, ms in r["steps"].items()))
        print(f"   Overblik read model {r['overblik']:.1f} ms, Tiltag list {r['listing']:.1f} ms")
        print("   search: " + ", ".join(f"»{q}« {ms:.1f} ms" for q, ms in r["searches"].items()))
    failed = False
    for r in rows:
        if r["size"] == "huge":
            verdict = "ok" if r["search"] <= SEARCH_BAR_MS else "OVER THE BAR"
            failed |= r["search"] > SEARCH_BAR_MS
            print(f"huge plan search: {r['search']:.1f} ms (bar {SEARCH_BAR_MS:.0f} ms) – {verdict}")
            verdict = "ok" if r["overblik"] <= OVERBLIK_BAR_MS else "OVER THE BAR"
            failed |= r["overblik"] > OVERBLIK_BAR_MS
            print(f"huge plan Overblik: {r['overblik']:.1f} ms (bar {OVERBLIK_BAR_MS:.0f} ms) – {verdict}")
        if r["size"] != "large":
            continue
        bars = (
            ("overview", r["overview"], OVERVIEW_BAR_MS),
            ("edit", r["title"], EDIT_BAR_MS),
            ("cycle edit", r["cycle"], EDIT_BAR_MS),
        )
        for label, value, bar in bars:
            verdict = "ok" if value <= bar else "OVER THE BAR"
            failed |= value > bar
            print(f"large plan {label}: {value:.1f} ms (bar {bar:.0f} ms) – {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
