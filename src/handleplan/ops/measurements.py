"""Measurements of a cycle: validated values per kind, averages and bands, change since last, run charts.

Values are stored as JSON per kind, never with names:
- psych_safety: {"answers": [[1–10 × 7], …]} (one list per anonymous respondent), or, when the team
  answered on paper or in another tool, {"averages": [7 numbers], "respondents": n}
- stress_staircase: {"counts": [5 whole numbers]} – how many on each step, left to right
- guldkorn: {"scope": "team" | "one_to_one", "ratings": {guldkorn key: "present" | "strengthen"}}
- count: {"count": n, "total": m or null} – the leader's own count, named by the measurement's label
"""

from __future__ import annotations

from datetime import date
from statistics import median as _median
from typing import Any, NamedTuple

from handleplan.content import CourseContent, SafetyBand, load_content
from handleplan.errors import ValidationError
from handleplan.models import Cycle, Initiative, Measurement, MeasurementKind, MeasurementRole
from handleplan.ops.measure_words import MEASURE_WORDS
from handleplan.ops.validate import check_date, check_enum, clean_text
from handleplan.say import say
from handleplan.store import Store

FEW_RESPONDENTS = 3  # fewer than this and the leader may know who answered what
GULDKORN_GROUP = "guldkorn"
RATINGS = ("present", "strengthen")
SCOPES = ("team", "one_to_one")


class MeasurementError(ValidationError):
    catalog = MEASURE_WORDS


# -- validation -----------------------------------------------------------------------------------
def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def clean_values(kind: MeasurementKind, values: Any, content: CourseContent | None = None) -> dict[str, Any]:
    """`values` checked for `kind` and returned in their stored shape; MeasurementError says what is wrong."""
    content = content or load_content()
    if not isinstance(values, dict):
        raise MeasurementError("no_answers")
    if kind == MeasurementKind.PSYCH_SAFETY:
        return _clean_safety(values, content)
    if kind == MeasurementKind.STRESS_STAIRCASE:
        counts = values.get("counts")
        if not isinstance(counts, list) or len(counts) != len(content.staircase):
            raise MeasurementError("staircase_steps")
        if not all(_whole(c) and c >= 0 for c in counts):
            raise MeasurementError("count_not_whole")
        return {"counts": list(counts)}
    if kind == MeasurementKind.GULDKORN:
        keys = guldkorn_keys(content)
        ratings = values.get("ratings")
        scope = values.get("scope", "team")
        if not isinstance(ratings, dict) or scope not in SCOPES:
            raise MeasurementError("guldkorn_rating")
        if any(k not in keys or v not in RATINGS for k, v in ratings.items()):
            raise MeasurementError("guldkorn_rating")
        return {"scope": scope, "ratings": {k: ratings[k] for k in keys if k in ratings}}
    count, total = values.get("count"), values.get("total")
    if not _whole(count) or count < 0 or (total is not None and (not _whole(total) or total < 0)):
        raise MeasurementError("count_not_whole")
    if total is not None and count > total:
        raise MeasurementError("count_above_total", count=count, total=total)
    return {"count": count, "total": total}


def _clean_safety(values: dict[str, Any], content: CourseContent) -> dict[str, Any]:
    safety = content.psych_safety
    n, low, high = len(safety.statements), safety.scale_min, safety.scale_max
    if "averages" in values:
        averages, respondents = values.get("averages"), values.get("respondents")
        if not isinstance(averages, list) or len(averages) != n:
            raise MeasurementError("average_out_of_scale", low=low, high=high, count=n)
        if not all(_number(a) and low <= a <= high for a in averages):
            raise MeasurementError("average_out_of_scale", low=low, high=high, count=n)
        if respondents is not None and (not _whole(respondents) or respondents < 1):
            raise MeasurementError("count_not_whole")
        return {"averages": [float(a) for a in averages], "respondents": respondents}
    answers = values.get("answers")
    if not isinstance(answers, list) or not answers:
        raise MeasurementError("no_answers")
    for one in answers:
        if not isinstance(one, list) or len(one) != n:
            raise MeasurementError("answers_per_respondent", count=n)
        for position, answer in enumerate(one, start=1):
            if not _whole(answer) or not low <= answer <= high:
                raise MeasurementError("answer_out_of_scale", low=low, high=high, position=position)
    return {"answers": [list(one) for one in answers]}


def guldkorn_keys(content: CourseContent) -> tuple[str, ...]:
    group = next(g for g in content.tag_groups if g.key == GULDKORN_GROUP)
    return tuple(tag.key for tag in group.tags)


# -- writing --------------------------------------------------------------------------------------
def add_measurement(
    store: Store,
    cycle: Cycle,
    kind: MeasurementKind | str,
    role: MeasurementRole | str,
    values: dict[str, Any],
    *,
    measured_on: date | None = None,
    label: str = "",
    note: str = "",
    lang: str = "da",
) -> Measurement:
    """A new measurement of `cycle` as its baseline (Planlæg) or follow-up (Evaluér)."""
    kind = check_enum(MeasurementKind, kind, "kind")
    role = check_enum(MeasurementRole, role, "role")
    measurement = Measurement(
        kind=kind,
        role=role,
        position=len(cycle.measurements),
        measured_on=check_date(measured_on if measured_on is not None else date.today()),
        label=clean_text(label),
        values=clean_values(kind, values, load_content(lang)),
        note=clean_text(note),
    )
    cycle.measurements.append(measurement)
    store.commit()
    return measurement


def update_measurement(
    store: Store,
    measurement: Measurement,
    *,
    values: dict[str, Any] | None = None,
    measured_on: date | None = None,
    label: str | None = None,
    note: str | None = None,
    lang: str = "da",
) -> None:
    """Change what was measured; checked as a new one is, and nothing changes if any of it is refused."""
    cleaned = clean_values(measurement.kind, values, load_content(lang)) if values is not None else None
    day = check_date(measured_on) if measured_on is not None else None
    text = clean_text(label) if label is not None else None
    remark = clean_text(note) if note is not None else None
    if cleaned is not None:
        measurement.values = cleaned
    if day is not None:
        measurement.measured_on = day
    if text is not None:
        measurement.label = text
    if remark is not None:
        measurement.note = remark
    store.commit()


# -- reading --------------------------------------------------------------------------------------
class SafetySummary(NamedTuple):
    per_statement: tuple[float, ...]  # the average of each of the seven statements
    overall: float
    respondents: int | None  # None: averages entered without the number who answered
    band: SafetyBand
    few_respondents: bool  # fewer than three: the answers may not be anonymous


def band_for(score: float, content: CourseContent) -> SafetyBand:
    """The course's descriptive band for an average (the ranges are Handleplan's own, see ranges_note)."""
    bands = content.psych_safety.bands
    return next((b for b in reversed(bands) if score >= b.lower), bands[0])


def safety_summary(values: dict[str, Any], content: CourseContent) -> SafetySummary:
    if "averages" in values:
        per_statement = tuple(float(a) for a in values["averages"])
        respondents = values.get("respondents")
    else:
        answers = values["answers"]
        per_statement = tuple(sum(column) / len(answers) for column in zip(*answers, strict=True))
        respondents = len(answers)
    overall = sum(per_statement) / len(per_statement)
    return SafetySummary(
        per_statement=per_statement,
        overall=overall,
        respondents=respondents,
        band=band_for(overall, content),
        few_respondents=respondents is not None and respondents < FEW_RESPONDENTS,
    )


def anonymity_warning(values: dict[str, Any], lang: str = "da") -> str:
    """The warning to show beside a psychological-safety measurement, or ""."""
    summary = safety_summary(values, load_content(lang))
    return say(MEASURE_WORDS, "few_respondents", lang) if summary.few_respondents else ""


def occupied_steps(values: dict[str, Any], content: CourseContent) -> list[tuple[int, int]]:
    """(step index, how many) for each step someone stands on, left to right."""
    return [(i, n) for i, n in enumerate(values["counts"]) if n > 0 and i < len(content.staircase)]


def options_for_occupied(values: dict[str, Any], content: CourseContent) -> list[tuple[str, tuple[str, ...]]]:
    """The leader's handlemuligheder for each occupied step: (step title, options)."""
    return [
        (content.staircase[i].title, content.staircase[i].options)
        for i, _n in occupied_steps(values, content)
    ]


def to_strengthen(values: dict[str, Any], content: CourseContent) -> list[str]:
    """The guldkorn rated "to strengthen", in the course's order: the ones to work on."""
    return [k for k in guldkorn_keys(content) if values["ratings"].get(k) == "strengthen"]


def score(measurement: Measurement, content: CourseContent) -> float:
    """The one number a chart shows: the overall average; the count; how many stand on the two left
    steps of the staircase (trivsel and begyndende pres); how many guldkorn are present."""
    values = measurement.values
    if measurement.kind == MeasurementKind.PSYCH_SAFETY:
        return safety_summary(values, content).overall
    if measurement.kind == MeasurementKind.STRESS_STAIRCASE:
        return float(sum(values["counts"][:2]))
    if measurement.kind == MeasurementKind.GULDKORN:
        return float(sum(1 for v in values["ratings"].values() if v == "present"))
    return float(values["count"])


def chart_top(run: list, content: CourseContent) -> float:
    """The top of a chart's scale: the scale's own top, the team's size, six guldkorn, or the largest
    total counted – so a rise shows against what was possible, not against itself."""
    if not run:
        return 1.0
    kind = run[0].kind
    if kind == MeasurementKind.PSYCH_SAFETY:
        return float(content.psych_safety.scale_max)
    if kind == MeasurementKind.GULDKORN:
        return float(len(guldkorn_keys(content)))
    if kind == MeasurementKind.STRESS_STAIRCASE:
        return float(max(max(sum(m.values["counts"]) for m in run), 1))
    return float(max(max(m.values.get("total") or m.values["count"] for m in run), 1))


def _order(measurement: Measurement) -> tuple:
    role = 0 if measurement.role == MeasurementRole.BASELINE else 1
    return (measurement.cycle.number, role, measurement.measured_on or date.min, measurement.id or 0)


def series(initiative: Initiative, kind: MeasurementKind, label: str | None = None) -> list[Measurement]:
    """Every measurement of `kind` over the initiative's cycles, oldest first (counts: with that label)."""
    found = [
        m
        for cycle in initiative.cycles
        for m in cycle.measurements
        if m.kind == kind and (label is None or m.label == label)
    ]
    return sorted(found, key=_order)


def previous(measurement: Measurement) -> Measurement | None:
    """The measurement of the same kind (and label) just before this one in the initiative."""
    label = measurement.label if measurement.kind == MeasurementKind.COUNT else None
    run = series(measurement.cycle.initiative, measurement.kind, label)
    index = run.index(measurement)
    return run[index - 1] if index > 0 else None


def change_since_last(measurement: Measurement, content: CourseContent) -> float | None:
    """How much the score moved since the previous measurement; None for the first."""
    before = previous(measurement)
    return None if before is None else score(measurement, content) - score(before, content)


def run_median(scores: list[float]) -> float | None:
    """The centre line of a run chart (the IHI's way of seeing a change): the median, not the mean."""
    return float(_median(scores)) if scores else None


def of_cycle(cycle: Cycle, role: MeasurementRole | None = None) -> list[Measurement]:
    return [m for m in cycle.measurements if role is None or m.role == role]
