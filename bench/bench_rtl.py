"""Right-to-left text in the PDF: the demo plan with Hebrew and Arabic typed into it, rendered, timed and
read back.

    python bench/bench_rtl.py [--out DIR] [--runs 5]

Puts (a) a Danish sentence with an Arabic name inside, (b) a Hebrew paragraph of several lines and (c)
an Arabic paragraph of several lines into the demo plan's first initiative (its title and goal, a task's
cells in the Gør table, an observation after its date) and into a reflection, renders the PDF, and prints
the render time beside the unchanged demo plan's and what `pdftotext` reads back on the lines that hold
right-to-left letters. With --out it writes rtl.pdf and a PNG of each page that holds such text
(`pdftoppm -r 80`), to look at. Prints figures, never asserts.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from handleplan.export.pdf import render_pdf
from handleplan.export.pdf_styles import register_fonts
from handleplan.export.selection import ExportOptions
from handleplan.export.snapshot import PlanSnapshot

DANISH_WITH_ARABIC = "Jeg talte med محمد الأحمد om hans vagtplan i uge 12."
HEBREW = (
    "השבוע דיברנו בצוות על העומס בעבודה. כולם הסכימו שצריך לתכנן את המשמרות מחדש, ושכל אחד יוכל "
    "לבקש עזרה בלי לחשוש. נבדוק שוב בעוד שבועיים (בערך 14 יום) ונראה אם זה עוזר."
)
ARABIC = (
    "تحدثنا هذا الأسبوع في الفريق عن ضغط العمل. اتفق الجميع على أننا بحاجة إلى إعادة تخطيط المناوبات، "
    "وأن يتمكن كل شخص من طلب المساعدة دون خوف. سنراجع الأمر بعد أسبوعين (حوالي 14 يومًا) لنرى إن كان "
    "ذلك يساعد."
)
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def demo_snapshot() -> PlanSnapshot:
    from handleplan.demo import fill_demo
    from handleplan.export.snapshot import take_snapshot
    from handleplan.store import Store

    store = Store.open(Path(tempfile.mkdtemp(prefix="handleplan-bench-rtl-")))
    try:
        fill_demo(store)
        return take_snapshot(store)
    finally:
        store.close()


def with_rtl(snapshot: PlanSnapshot) -> PlanSnapshot:
    """The demo plan with the three texts where the leader could have typed them."""
    first, *rest = snapshot.initiatives
    cycle = first.cycles[0]
    tasks = list(cycle.tasks)
    tasks[0] = dataclasses.replace(tasks[0], what=DANISH_WITH_ARABIC, who="محمد الأحمد")
    tasks[1:2] = [dataclasses.replace(tasks[1], what=HEBREW, who="דנה כהן")]
    observations = list(cycle.observations)
    if observations:
        observations[0] = dataclasses.replace(observations[0], text=ARABIC)
    cycle = dataclasses.replace(cycle, tasks=tuple(tasks), observations=tuple(observations))
    first = dataclasses.replace(
        first, title=DANISH_WITH_ARABIC, goal=HEBREW, why=ARABIC, cycles=(cycle, *first.cycles[1:])
    )
    reflection, *others = snapshot.reflections
    reflection = dataclasses.replace(reflection, text=f"{HEBREW}\n\n{ARABIC}\n\n{DANISH_WITH_ARABIC}")
    return dataclasses.replace(snapshot, initiatives=(first, *rest), reflections=(reflection, *others))


def timed(snapshot: PlanSnapshot, runs: int) -> tuple[float, bytes]:
    times, data = [], b""
    for _ in range(runs):
        start = time.perf_counter()
        data, _pages, _contents = render_pdf(snapshot, ExportOptions(include_private=True))
        times.append(time.perf_counter() - start)
    return statistics.median(times), data


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=None, help="write rtl.pdf and PNGs of its pages here")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    register_fonts()
    demo = demo_snapshot()
    plain, _ = timed(demo, args.runs)
    mixed, data = timed(with_rtl(demo), args.runs)
    print(
        f"Median of {args.runs} renders: demo plan {plain:.3f} s, the same with the RTL texts {mixed:.3f} s"
    )
    out = args.out or Path(tempfile.mkdtemp(prefix="handleplan-rtl-"))
    out.mkdir(parents=True, exist_ok=True)
    pdf = out / "rtl.pdf"
    pdf.write_bytes(data)
    if not shutil.which("pdftotext"):
        print("pdftotext not found (poppler-utils): nothing read back")
        return
    pages = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    print("pdftotext, the lines with right-to-left letters (page: line):")
    for number, page in enumerate(pages.split("\f"), start=1):
        lines = [line.strip() for line in page.splitlines() if _RTL.search(line)]
        for line in lines:
            print(f"  {number:3}: {line}")
        if lines and args.out is not None and shutil.which("pdftoppm"):
            stem = str(out / f"page-{number:02}")
            subprocess.run(
                [
                    "pdftoppm",
                    "-png",
                    "-r",
                    "80",
                    "-f",
                    str(number),
                    "-l",
                    str(number),
                    "-singlefile",
                    str(pdf),
                    stem,
                ],
                check=True,
            )
    print(f"PDF: {pdf}")


if __name__ == "__main__":
    sys.exit(main())
