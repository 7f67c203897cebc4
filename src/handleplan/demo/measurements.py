"""The demo plan's measurements, so every tool's screen and the PDF's charts show without typing: a
psychological-safety baseline and follow-up, a stress-staircase check-in, a guldkorn rating, and a run of
counts. The numbers are the same in both languages; only the leader's own count is worded in hers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from handleplan.demo.sketch import MODUL1, TRIO1
from handleplan.models import Initiative
from handleplan.ops import measurements as ops
from handleplan.store import Store

# Six anonymous respondents on the morning meeting's team, before the star moments began …
SAFETY_BEFORE = [
    [5, 6, 4, 6, 7, 5, 6],
    [4, 5, 3, 5, 6, 5, 5],
    [6, 6, 5, 7, 7, 6, 6],
    [3, 4, 3, 5, 6, 4, 5],
    [5, 5, 4, 6, 7, 5, 6],
    [4, 5, 4, 6, 6, 5, 5],
]
# … and three weeks after, from the paper forms: only the averages.
SAFETY_AFTER = {"averages": [6.3, 6.5, 5.2, 6.8, 7.2, 6.2, 6.5], "respondents": 7}
STAIRCASE = {"counts": [5, 4, 2, 1, 0]}  # twelve on the team meeting, counts only
GULDKORN = {
    "scope": "team",
    "ratings": {
        "indflydelse": "present",
        "mening": "present",
        "forudsigelighed": "strengthen",
        "social_stotte": "present",
        "anerkendelse": "strengthen",
        "krav": "present",
    },
}
# A run over three cycles: three routes, then all six, then the weekend too (days of 15 the break was kept).
BREAKS = [
    (1, "baseline", 4, MODUL1 + 1),
    (1, "follow_up", 11, TRIO1 - 2),
    (2, "baseline", 12, TRIO1 + 2),
    (2, "follow_up", 13, -6),
    (3, "baseline", 13, -2),
]
BREAK_LABEL = {False: "dage, hvor pausen blev holdt", True: "days the break was kept"}


def add_demo_measurements(
    store: Store, made: dict[str, Initiative], day: Callable[[int], date], english: bool
) -> None:
    stars = made["stjernestunder"].cycles[0]
    ops.add_measurement(
        store, stars, "psych_safety", "baseline", {"answers": SAFETY_BEFORE}, measured_on=day(MODUL1 + 2)
    )
    ops.add_measurement(store, stars, "psych_safety", "follow_up", SAFETY_AFTER, measured_on=day(TRIO1 - 1))
    ops.add_measurement(store, made["trappen"].cycles[0], "stress_staircase", "baseline", STAIRCASE,
                        measured_on=day(MODUL1 + 5))  # fmt: skip
    ops.add_measurement(store, made["guldkorn"].cycles[0], "guldkorn", "baseline", GULDKORN,
                        measured_on=day(MODUL1 + 6))  # fmt: skip
    route = made["koereliste"]
    for number, role, count, offset in BREAKS:
        ops.add_measurement(store, route.cycles[number - 1], "count", role, {"count": count, "total": 15},
                            measured_on=day(offset), label=BREAK_LABEL[english])  # fmt: skip
