"""The bar of "Nothing is lost": killed (SIGKILL) while she types without a pause, 50 times, the app
loses at most the last 2 seconds of typing, and the store opens intact every time. The real save path
in a child process (`bench/bench_crash.py`, which runs 500 cycles and prints the figures)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "bench_crash.py"


def load_bench():  # noqa: ANN201
    spec = importlib.util.spec_from_file_location("bench_crash", BENCH)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.mark.timeout(600)  # about 2 minutes here; more on a loaded machine
def test_a_crash_while_typing_loses_at_most_two_seconds(tmp_path: Path) -> None:
    bench = load_bench()
    figures = bench.run(50, tmp_path / "plan", seed=2026, kill_after=(0.3, 2.7))
    assert figures.cycles == 50, figures.problems
    assert figures.open_failures == 0, figures.problems
    assert figures.integrity_failures == 0, figures.problems
    assert figures.wrong_text == 0, figures.problems
    assert figures.lost_beyond_promise == 0, figures.problems
    assert figures.problems == []
    assert figures.found > 0  # there was something to lose: kills came late enough to check the promise
