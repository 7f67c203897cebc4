"""The PDF's measurements of an initiative: one line per measurement, and a run chart per series drawn
with ReportLab's graphics (vector drawing operations, never a raster image)."""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, String
from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether

from handleplan.content import CourseContent
from handleplan.export.pdf_styles import FONT, PHASE_COLOURS
from handleplan.export.snapshot import InitiativeSnap, MeasurementSnap
from handleplan.ops import measurements as ops
from handleplan.ops.measure_words import MEASURE_WORDS
from handleplan.say import say

CHART_HEIGHT = 120


def number(value: float, lang: str) -> str:
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", say(MEASURE_WORDS, "decimal_mark", lang))


class _Series:
    """A measurement's place in its initiative: the cycle number beside it (a snapshot has no parent)."""

    def __init__(self, ini: InitiativeSnap) -> None:
        self.rows = [(cycle.number, m) for cycle in ini.cycles for m in cycle.measurements]

    def key(self, m: MeasurementSnap) -> tuple:
        return (m.kind, m.label if m.kind == "count" else None)

    def run(self, key: tuple) -> list[tuple[int, MeasurementSnap]]:
        found = [(n, m) for n, m in self.rows if self.key(m) == key]
        return sorted(found, key=lambda nm: (nm[0], nm[1].role != "baseline", nm[1].measured_on or 0))

    def keys(self) -> list[tuple]:
        seen: list[tuple] = []
        for _n, m in self.rows:
            if self.key(m) not in seen:
                seen.append(self.key(m))
        return seen


def describe(m: MeasurementSnap, content: CourseContent, lang: str) -> str:
    def mw(code: str, **params: object) -> str:
        return say(MEASURE_WORDS, code, lang, **params)

    name = m.label if m.kind == "count" and m.label else mw(f"kind_{m.kind}")
    values = m.values
    if m.kind == "psych_safety":
        summary = ops.safety_summary(values, content)
        result = f"{number(summary.overall, lang)} – {summary.band.label}"
        if summary.respondents is not None:
            result += f" ({mw('pdf_respondents', n=summary.respondents)})"
    elif m.kind == "stress_staircase":
        steps = content.staircase
        result = ", ".join(f"{steps[i].title} {n}" for i, n in ops.occupied_steps(values, content))
    elif m.kind == "guldkorn":
        group = next(g for g in content.tag_groups if g.key == "guldkorn")
        labels = {t.key: t.label for t in group.tags}
        chosen = [labels[k] for k in ops.to_strengthen(values, content)]
        result = mw("pdf_strengthen", which=", ".join(chosen)) if chosen else mw("pdf_all_present")
    else:
        total = values.get("total")
        result = (
            mw("pdf_of", count=values["count"], total=total) if total is not None else str(values["count"])
        )
    return f"{name}: {result}"


def run_chart(points: list[tuple[str, float, bool]], low: float, high: float, median: float | None,
              median_text: str, width: float, lang: str) -> Drawing:  # fmt: skip
    """The run chart as vector shapes: grid lines, the points joined in time order, the dashed median."""
    drawing = Drawing(width, CHART_HEIGHT)
    left, bottom, top = 28, 30, CHART_HEIGHT - 12
    right = width - 12
    high = max(high, low + 1)

    def y(value: float) -> float:
        return bottom + (value - low) / (high - low) * (top - bottom)

    inset = 40  # room for the first and last label ("Runde 1 · før") beside the axis
    span = right - left - 2 * inset

    def x(index: int) -> float:
        return left + inset + (index * span / (len(points) - 1) if len(points) > 1 else span / 2)

    for tick in (low, (low + high) / 2, high):
        drawing.add(
            Line(left, y(tick), right, y(tick), strokeColor=colors.HexColor("#d0d0d0"), strokeWidth=0.5)
        )
        drawing.add(String(left - 4, y(tick) - 3, number(tick, lang),
                           fontName=FONT, fontSize=7, textAnchor="end"))  # fmt: skip
    colour = PHASE_COLOURS["study"]
    if median is not None:
        drawing.add(Line(left, y(median), right, y(median), strokeColor=PHASE_COLOURS["act"], strokeWidth=1,
                         strokeDashArray=[4, 3]))  # fmt: skip
        drawing.add(String(right, y(median) - 9, median_text, fontName=FONT, fontSize=7, textAnchor="end",
                           fillColor=PHASE_COLOURS["act"]))  # fmt: skip
    if len(points) > 1:
        coords = [c for i, (_l, v, _f) in enumerate(points) for c in (x(i), y(v))]
        drawing.add(PolyLine(coords, strokeColor=colour, strokeWidth=1.5))
    for i, (label, value, follow_up) in enumerate(points):
        drawing.add(Circle(x(i), y(value), 3, strokeColor=colour, strokeWidth=1.2,
                           fillColor=colour if follow_up else colors.white))  # fmt: skip
        drawing.add(String(x(i), y(value) + 6, number(value, lang),
                           fontName=FONT, fontSize=7, textAnchor="middle"))  # fmt: skip
        drawing.add(String(x(i), bottom - 14, label, fontName=FONT, fontSize=7, textAnchor="middle"))
    return drawing


def measurement_story(sections, ini: InitiativeSnap) -> list[Flowable]:  # noqa: ANN001 (pdf_sections.Sections)
    """The initiative's measurements after its cycles: a line each, then a run chart per series."""
    series = _Series(ini)
    if not series.rows:
        return []
    content, lang = sections.content, sections.w.lang

    def mw(code: str, **params: object) -> str:
        return say(MEASURE_WORDS, code, lang, **params)

    story: list[Flowable] = []
    heading = [sections.p(mw("pdf_measurements"), sections.st.h3)]  # kept with the first chart
    for key in series.keys():
        run = series.run(key)
        lines = []
        scores = []
        points = []
        previous = None
        for n, m in run:
            value = ops.score(m, content)
            scores.append(value)
            role = mw("pdf_baseline") if m.role == "baseline" else mw("pdf_follow_up")
            label = mw("pdf_cycle_role", n=n, role=role)
            points.append((label, value, m.role != "baseline"))
            text = f"{label} · {sections.w.date(m.measured_on)} · {describe(m, content, lang)}"
            if previous is not None:
                change = value - previous
                text += " · " + mw("pdf_change", change=("+" if change > 0 else "") + number(change, lang))
            if m.note:
                text += f" – {m.note}"
            previous = value
            lines.append(sections.p(text, sections.st.body))
        kind, label = key
        what = label or mw(f"kind_{kind}")
        what = what[:1].upper() + what[1:]  # the leader's own label ("dage, hvor …") begins the line
        median = ops.run_median(scores)
        safety = content.psych_safety
        low = safety.scale_min if kind == "psych_safety" else 0
        high = ops.chart_top([m for _n, m in run], content)
        if len(run) < 2:
            # One measurement is a starting point, not a run: a chart of one dot with a "median" of
            # itself told the teacher nothing (seen in the demo's PDF).
            story.append(KeepTogether([*heading, *lines]))
            heading = []
            continue
        chart = run_chart(points, low, high, median, mw("pdf_median", value=number(median or 0, lang)),
                          min(sections.width, 16 * 28.35), lang)  # fmt: skip
        title = mw("pdf_over_cycles", what=what)
        if kind in ("stress_staircase", "guldkorn"):  # the chart's number is not on the line above
            title += " " + mw(f"pdf_chart_{kind}")
        story.append(KeepTogether([*heading, sections.p(title, sections.st.body), *lines, chart]))
        heading = []
    return story
