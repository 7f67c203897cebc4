"""Measurements belong to cycles: averages and bands for known answers, change since last, run-chart median."""

from __future__ import annotations

from datetime import date

import pytest

from handleplan.content import load_content
from handleplan.models import MeasurementKind, MeasurementRole
from handleplan.ops import initiatives as ops
from handleplan.ops import measurements as m
from handleplan.store import Store

# Four anonymous respondents, seven statements each (1 = helt uenig, 10 = helt enig).
ANSWERS = [
    [4, 5, 3, 6, 7, 5, 4],
    [6, 5, 5, 6, 8, 7, 6],
    [5, 4, 4, 7, 7, 6, 5],
    [5, 6, 4, 5, 6, 6, 5],
]
PER_STATEMENT = (5.0, 5.0, 4.0, 6.0, 7.0, 6.0, 5.0)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_averages_and_band_for_known_answers_are_the_same_in_both_languages(lang):
    content = load_content(lang)
    summary = m.safety_summary(
        m.clean_values(MeasurementKind.PSYCH_SAFETY, {"answers": ANSWERS}, content), content
    )
    assert summary.per_statement == PER_STATEMENT
    assert summary.overall == pytest.approx(38 / 7)  # 5.43
    assert summary.respondents == 4 and not summary.few_respondents
    assert summary.band.key == "ok_mere"  # 4 to below 6: the seed's second band


@pytest.mark.parametrize(
    ("score", "band"),
    [
        (1.0, "virkelig_lav"),
        (3.99, "virkelig_lav"),
        (4.0, "ok_mere"),
        (6.0, "styrkes"),
        (8.0, "rigtig_god"),
        (10, "rigtig_god"),
    ],
)
def test_bands_in_the_seeds_order(score, band):
    assert m.band_for(score, load_content("da")).key == band


def test_averages_from_paper_and_fewer_than_three_respondents_warn():
    content = load_content("da")
    values = m.clean_values(
        MeasurementKind.PSYCH_SAFETY, {"averages": [8, 8, 9, 8, 9, 8, 8], "respondents": 2}, content
    )
    summary = m.safety_summary(values, content)
    assert summary.overall == pytest.approx(58 / 7) and summary.band.key == "rigtig_god"
    assert summary.few_respondents
    assert "anonyme" in m.anonymity_warning(values, "da")
    assert "anonymous" in m.anonymity_warning(values, "en")
    two = m.clean_values(MeasurementKind.PSYCH_SAFETY, {"answers": ANSWERS[:2]}, content)
    assert m.anonymity_warning(two) and not m.anonymity_warning({"answers": ANSWERS})


@pytest.mark.parametrize(
    ("kind", "values", "code"),
    [
        (MeasurementKind.PSYCH_SAFETY, {"answers": [[11, 5, 5, 5, 5, 5, 5]]}, "answer_out_of_scale"),
        (MeasurementKind.PSYCH_SAFETY, {"answers": [[5, 5, 5]]}, "answers_per_respondent"),
        (MeasurementKind.PSYCH_SAFETY, {"answers": []}, "no_answers"),
        (MeasurementKind.PSYCH_SAFETY, {"averages": [0.5] * 7}, "average_out_of_scale"),
        (MeasurementKind.STRESS_STAIRCASE, {"counts": [1, 2, 3]}, "staircase_steps"),
        (MeasurementKind.STRESS_STAIRCASE, {"counts": [1, -2, 3, 0, 0]}, "count_not_whole"),
        (MeasurementKind.GULDKORN, {"ratings": {"mening": "maybe"}}, "guldkorn_rating"),
        (MeasurementKind.COUNT, {"count": 17, "total": 16}, "count_above_total"),
        (MeasurementKind.COUNT, {"count": 2.5, "total": None}, "count_not_whole"),
    ],
)
def test_bad_values_are_refused_with_a_sentence(kind, values, code):
    with pytest.raises(m.MeasurementError) as refused:
        m.clean_values(kind, values)
    assert refused.value.code == code and refused.value.message("da") and refused.value.message("en")


def test_measurements_attach_to_cycles_and_show_the_change_since_last(store: Store):
    initiative = ops.create_initiative(store, "Psykologisk tryghed på teammødet")
    first = initiative.current_cycle
    baseline = m.add_measurement(
        store, first, "psych_safety", "baseline", {"answers": ANSWERS}, measured_on=date(2026, 10, 1)
    )
    follow = m.add_measurement(
        store, first, MeasurementKind.PSYCH_SAFETY, MeasurementRole.FOLLOW_UP,
        {"averages": [6, 6, 5, 7, 7, 7, 6], "respondents": 5}, measured_on=date(2026, 11, 1),
    )  # fmt: skip
    store.session.expire_all()
    assert [(x.role, x.kind) for x in first.measurements] == [
        (MeasurementRole.BASELINE, MeasurementKind.PSYCH_SAFETY),
        (MeasurementRole.FOLLOW_UP, MeasurementKind.PSYCH_SAFETY),
    ]
    content = load_content("da")
    assert m.change_since_last(baseline, content) is None
    assert m.change_since_last(follow, content) == pytest.approx(44 / 7 - 38 / 7)
    assert m.of_cycle(first, MeasurementRole.FOLLOW_UP) == [follow]


def test_a_count_over_three_cycles_is_a_run_with_its_median(store: Store):
    initiative = ops.create_initiative(store, "Magnettavlen")
    for number, (count, total) in enumerate([(5, 16), (11, 16), (9, 15)], start=1):
        cycle = initiative.current_cycle if number == 1 else ops.start_next_cycle(store, initiative)
        m.add_measurement(
            store, cycle, "count", "follow_up", {"count": count, "total": total}, label="magnet"
        )
    m.add_measurement(
        store, initiative.cycles[0], "count", "baseline", {"count": 3, "total": 16}, label="magnet"
    )
    m.add_measurement(
        store, initiative.cycles[0], "count", "baseline", {"count": 99, "total": None}, label="andet"
    )
    run = m.series(initiative, MeasurementKind.COUNT, "magnet")
    content = load_content("da")
    scores = [m.score(x, content) for x in run]
    assert scores == [3, 5, 11, 9]  # the baseline before the follow-up of cycle 1
    assert m.run_median(scores) == 7.0
    assert m.change_since_last(run[-1], content) == -2


def test_staircase_options_for_the_occupied_steps_and_guldkorn_to_strengthen(store: Store):
    content = load_content("da")
    counts = m.clean_values(MeasurementKind.STRESS_STAIRCASE, {"counts": [6, 4, 2, 0, 0]}, content)
    options = m.options_for_occupied(counts, content)
    assert [title for title, _ in options] == ["Tempereret", "Opvarmet", "Overophedet"]
    assert "Gør pausen legitim" in options[1][1]
    rated = m.clean_values(
        MeasurementKind.GULDKORN,
        {
            "scope": "one_to_one",
            "ratings": {"krav": "strengthen", "mening": "present", "anerkendelse": "strengthen"},
        },
        content,
    )
    assert m.to_strengthen(rated, content) == ["anerkendelse", "krav"]  # the course's order


def test_deleting_a_cycle_deletes_its_measurements(store: Store):
    initiative = ops.create_initiative(store, "Trappen")
    m.add_measurement(
        store, initiative.current_cycle, "stress_staircase", "baseline", {"counts": [1, 1, 1, 0, 0]}
    )
    store.session.delete(initiative)
    store.commit()
    from sqlalchemy import func, select

    from handleplan.models import Measurement

    assert store.session.scalar(select(func.count()).select_from(Measurement)) == 0


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_demo_plan_has_every_kind_of_measurement_attached_to_cycles(store: Store, lang):
    from handleplan.demo import fill_demo

    fill_demo(store, lang)
    found = [x for i in ops.initiatives(store) for c in i.cycles for x in c.measurements]
    assert {x.kind for x in found} == set(MeasurementKind)
    safety = [x for x in found if x.kind == MeasurementKind.PSYCH_SAFETY]
    assert {x.role for x in safety} == {MeasurementRole.BASELINE, MeasurementRole.FOLLOW_UP}
    assert safety[0].cycle is safety[1].cycle
    content = load_content(lang)
    assert m.change_since_last(safety[1], content) > 0  # the star moments moved something
    counts = [x for x in found if x.kind == MeasurementKind.COUNT]
    run = m.series(counts[0].cycle.initiative, MeasurementKind.COUNT)
    assert [m.score(x, content) for x in run] == [4, 11, 12, 13, 13]  # a run over three cycles (15.10)
    assert len({x.cycle.number for x in run}) == 3
