"""PDF benchmark: the demo plan, a large plan, twice the content, and one 400,000-character note.

    python bench/bench_pdf.py [--runs 3] [--keep DIR]

Prints (never asserts) the figures the PDF issue sets bars for:
- the demo plan's PDF (bar 0.5 s), rendered from a snapshot, fonts already loaded;
- a large plan: 100 initiatives × 5 cycles, 1,000 reflections over the forløb (bar 10 s);
- twice that content (200 initiatives, 2,000 reflections): time ratio (bar 2.2×);
- one reflection with a 400,000-character note (bar 2 s).
The large plans are built as snapshots directly (the PDF renders from a snapshot, so building 10,000
rows through the store would only time SQLite); if bench/generate.py exists, its large store is timed
too, through the store as the app does it. --keep DIR writes the PDFs there to look at.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from handleplan.export.pdf import render_pdf
from handleplan.export.pdf_styles import register_fonts
from handleplan.export.selection import ExportOptions
from handleplan.export.snapshot import (
    AnswerSnap,
    CycleSnap,
    InitiativeSnap,
    MilestoneSnap,
    ObservationSnap,
    PlanSnapshot,
    ProfileSnap,
    QuestionSnap,
    ReflectionSnap,
    RoleSnap,
    TaskSnap,
    TrioMemberSnap,
)

HERE = Path(__file__).resolve().parent
TODAY = date(2026, 1, 2)
WORDS = (
    "medarbejderne teamet trivsel belastning pauser kørelisten aftenholdet psykologisk tryghed stresstrappen "
    "guldkorn anerkendelse indflydelse forudsigelighed møde dialog opfølgning samtale ansvar rolle kultur "
    "tillid prioritering arbejdsmængde tidspres sygefravær ændringer spilleregler feedback fællesskab læring"
).split()


def sentence(rnd: random.Random, low: int = 6, high: int = 18) -> str:
    words = [rnd.choice(WORDS) for _ in range(rnd.randint(low, high))]
    return " ".join(words).capitalize() + "."


def text(rnd: random.Random, sentences: int) -> str:
    return " ".join(sentence(rnd) for _ in range(sentences))


def large_snapshot(initiatives: int = 100, reflections: int = 1000, seed: int = 1) -> PlanSnapshot:
    rnd = random.Random(seed)
    start = TODAY - timedelta(days=70)
    kinds = [
        ("opstart", "Opstartsworkshop", 0),
        ("modul1", "Modul 1", 14),
        ("trio", "TRIO-møde", 28),
        ("modul2", "Modul 2", 42),
        ("trio", "TRIO-møde", 56),
        ("modul3", "Modul 3", 77),
    ]
    milestones = []
    for n, (kind, title, offset) in enumerate(kinds, start=1):
        agreements = tuple(
            RoleSnap(
                10_000 + n * 10 + k,
                rnd.choice(("individ", "gruppe", "leder", "organisation")),
                "Jonas Kristensen",
                sentence(rnd),
                start + timedelta(days=offset + 14),
                k % 2 == 0,
                None,
                n,
            )
            for k in range(4 if kind == "trio" else 0)
        )
        milestones.append(
            MilestoneSnap(
                n,
                kind,
                title,
                start + timedelta(days=offset),
                "Mødelokalet",
                text(rnd, 4) if kind == "trio" else "",
                text(rnd, 3),
                text(rnd, 2) if kind == "trio" else "",
                agreements,
            )
        )
    phases = ("plan", "do", "study", "act")
    inis = []
    for i in range(1, initiatives + 1):
        cycles = []
        for c in range(1, 6):
            cycles.append(
                CycleSnap(
                    number=c,
                    phase=phases[(c + i) % 4],
                    texts={  # the cycle's texts go by their declarations (handleplan.fields)
                        "objective": text(rnd, 2),
                        "measure": text(rnd, 2),
                        "data_plan": text(rnd, 2),
                        "method": text(rnd, 3),
                        "helpers": sentence(rnd),
                        "unplanned": text(rnd, 2),
                        "learning": text(rnd, 3),
                        "comparison": text(rnd, 2),
                        "decision_reason": text(rnd, 2),
                        "next_step": sentence(rnd),
                    },
                    as_planned=c % 2 == 0,
                    decision=("adopt", "adapt", "abandon")[c % 3] if c < 5 else None,
                    questions=tuple(
                        QuestionSnap(sentence(rnd), sentence(rnd), sentence(rnd)) for _ in range(3)
                    ),
                    tasks=tuple(
                        TaskSnap(sentence(rnd, 4, 10), "Mette", f"Uge {k}", "Mødelokalet", k % 2 == 0)
                        for k in range(1, 5)
                    ),
                    observations=tuple(
                        ObservationSnap(TODAY - timedelta(days=k * 3), text(rnd, 2)) for k in range(3)
                    ),
                )
            )
        roles = tuple(
            RoleSnap(
                i * 100 + k,
                ("individ", "gruppe", "leder", "organisation")[k % 4],
                f"Person {k}",
                sentence(rnd),
                TODAY + timedelta(days=k),
                k % 3 == 0,
                i,
                None,
            )
            for k in range(6)
        )
        inis.append(
            InitiativeSnap(
                i,
                f"Tiltag {i}: {sentence(rnd, 3, 7)}",
                text(rnd, 3),
                text(rnd, 2),
                ("workload", "mening"),
                ("idea", "active", "done")[i % 3],
                i % 10 == 0,
                tuple(cycles),
                roles,
            )
        )
    refls = []
    for r in range(1, reflections + 1):
        written = start + timedelta(days=r * 77 // reflections)
        refls.append(
            ReflectionSnap(
                r,
                "free",
                None,
                f"Refleksion {r}",
                written,
                text(rnd, 4),
                r % 7 == 0,
                tuple(AnswerSnap(sentence(rnd), text(rnd, 3)) for _ in range(3)),
                (1 + r % initiatives,),
            )
        )
    refls.sort(key=lambda x: (x.written_on, x.id))
    return PlanSnapshot(
        profile=ProfileSnap("Mette Hansen", "Hjemmeplejen Nord", "Team Vest", text(rnd, 4), "Lederens rolle"),
        milestones=tuple(milestones),
        initiatives=tuple(inis),
        reflections=tuple(refls),
        trio=(TrioMemberSnap("Jonas Kristensen", "AMR"), TrioMemberSnap("Susanne Holm", "TR")),
        taken_on=TODAY,
    )


def note_snapshot(chars: int = 400_000) -> PlanSnapshot:
    rnd = random.Random(2)
    lines, size = [], 0
    while size < chars:
        line = text(rnd, rnd.randint(1, 3))
        lines.append(line)
        size += len(line) + 1
    note = "\n".join(lines)[:chars]
    m = MilestoneSnap(1, "modul2", "Modul 2", TODAY + timedelta(days=7), "", "", "", "")
    refl = ReflectionSnap(1, "free", None, "Lang note", TODAY, note, False)
    return PlanSnapshot(
        profile=ProfileSnap(name="Mette Hansen"), milestones=(m,), reflections=(refl,), taken_on=TODAY
    )


def demo_snapshot() -> PlanSnapshot:
    from handleplan.demo import fill_demo
    from handleplan.export.snapshot import take_snapshot
    from handleplan.store import Store

    store = Store.open(Path(tempfile.mkdtemp(prefix="handleplan-bench-pdf-")))
    try:
        fill_demo(store)
        return take_snapshot(store)
    finally:
        store.close()


def timed(
    snapshot: PlanSnapshot, runs: int, keep: Path | None, name: str, options: ExportOptions | None = None
) -> tuple[float, int]:
    options = options or ExportOptions()
    times, pages = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        data, pages, _contents = render_pdf(snapshot, options)
        times.append(time.perf_counter() - start)
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        (keep / f"{name}.pdf").write_bytes(data)
    return statistics.median(times), pages


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, default=None, help="write the PDFs to this folder")
    args = parser.parse_args()
    start = time.perf_counter()
    register_fonts()
    print(f"Fonts loaded once per process: {time.perf_counter() - start:.2f} s (not in the figures below)")
    print(f"Median of {args.runs} runs, snapshot to finished PDF bytes:")

    def line(label: str, seconds: float, pages: int, bar: float) -> None:
        verdict = "ok" if seconds <= bar else "OVER"
        print(f"  {label:52} {seconds:6.2f} s  {pages:4d} pages  (bar {bar} s: {verdict})")

    demo = demo_snapshot()
    seconds, pages = timed(demo, max(args.runs, 5), args.keep, "demo")
    line("demo plan", seconds, pages, 0.5)

    # Everything the large plan has, for its last milestone (all 1,000 reflections) and for the next one.
    large = large_snapshot(100, 1000)
    everything = ExportOptions(include_private=True, milestone_id=None)
    one, pages_one = timed(large, args.runs, args.keep, "large", everything)
    line("large plan (100 initiatives, for the next module)", one, pages_one, 10)
    double = large_snapshot(200, 2000)
    two, pages_two = timed(double, args.runs, args.keep, "large-x2", everything)
    line("twice the content (200 initiatives)", two, pages_two, 20)
    ratio = two / one
    print(
        f"  {'ratio, twice the content / once':52} {ratio:6.2f} ×  (pages {pages_two / pages_one:.2f} ×; "
        f"bar 2.2 ×: {'ok' if ratio <= 2.2 else 'OVER'})"
    )

    note = note_snapshot()
    seconds, pages = timed(note, args.runs, args.keep, "note-400k")
    line("one 400,000-character note", seconds, pages, 2)

    if (HERE / "generate.py").exists():
        sys.path.insert(0, str(HERE))
        try:
            from generate import generate  # noqa: PLC0415

            from handleplan.export.snapshot import take_snapshot
            from handleplan.store import Store

            store = Store.open(Path(tempfile.mkdtemp(prefix="handleplan-bench-pdf-gen-")))
            try:
                generate(store)
                start = time.perf_counter()
                snapshot = take_snapshot(store)
                taken = time.perf_counter() - start
            finally:
                store.close()
            seconds, pages = timed(snapshot, args.runs, args.keep, "generate")
            line(f"bench/generate.py's large store (+{taken:.2f} s snapshot)", seconds, pages, 10)
        except Exception as exc:  # the generator belongs to another benchmark; report, do not fail
            print(f"  bench/generate.py could not be used: {exc!r}")


if __name__ == "__main__":
    main()
