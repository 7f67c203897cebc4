"""A realistic demo plan: Mette Hansen, afdelingsleder in the home care, halfway through the course.

Filled through the operations only (the same calls the screens make), so the demo also exercises them.
Every date is relative to `today`, so the demo always looks current: Opstart seven weeks ago, Modul 1
five weeks ago, a TRIO meeting two weeks ago, Modul 2 in twelve days.
"""

from __future__ import annotations

from handleplan.demo.fill import fill_demo, run_demo_command

__all__ = ["fill_demo", "run_demo_command"]
