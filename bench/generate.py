"""Build a large plan for the benchmarks: many initiatives, cycles, reflections and observations.

    python bench/generate.py --size large DIR  # 100 initiatives × 5 cycles, 1,000 reflections, 5,000 obs.
    python bench/generate.py --size huge DIR   # ten times that

The small, singular parts of a plan (profile, forløb, TRIO) go through the operations, exactly as the app
makes them. The bulk rows are added as ORM objects through the store's own session and committed in
chunks: through the operations every row would be its own fsync'ed commit (synchronous=FULL), which
makes the huge plan take many minutes to build while measuring nothing the leader ever does. The rows
are the same mapped classes with the same defaults and timestamps, so the file is the one the app
would have written.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from handleplan.content import load_content
from handleplan.models import (
    Cycle,
    CycleQuestion,
    CycleTask,
    Decision,
    Initiative,
    InitiativeStatus,
    Level,
    Observation,
    Phase,
    Reflection,
    ReflectionAnswer,
    ReflectionKind,
    RoleAssignment,
)
from handleplan.ops import people, timeline
from handleplan.ops.edit import edit
from handleplan.store import Store

SIZES = {
    "large": {"initiatives": 100, "cycles": 5, "reflections": 1_000, "observations": 5_000},
    "huge": {"initiatives": 1_000, "cycles": 5, "reflections": 10_000, "observations": 50_000},
}
CHUNK = 2_000  # objects per commit in the bulk part

SENTENCES = (
    "Vi har talt om, hvordan vi passer på hinanden, når der er travlt.",
    "Flere medarbejdere placerede sig på »opvarmet« på stresstrappen.",
    "Morgenmødet startede med en stjernestund, og stemningen var god.",
    "Bufferen i kørelisten blev brugt til en ekstra borger på rute 3.",
    "Jeg fulgte op med en kort samtale og aftalte færre tunge besøg i en periode.",
    "Aftenholdet føler sig mindre hørt end dagholdet; det skal vi gøre noget ved.",
    "Jonas tager punktet med i MED-udvalget, og Susanne samler ønskerne op.",
    "Psykologisk tryghed handler om, at man tør sige det, man mener – også om fejl.",
    "Vi brugte drejebogen om de seks guldkorn og talte om indflydelse og mening.",
    "Det var svært at holde fast, da to var sygemeldte samme uge.",
    "Teamet foreslog en makkerordning for nye kolleger de første fire uger.",
    "Jeg skal blive bedre til at sige højt, når noget lykkes.",
    "Overarbejdet faldt fra elleve til seks timer på de to ruter.",
    "Vi aftalte, at ændringer i kørelisten meldes ud senest kl. 14 dagen før.",
    "Det er vigtigt, at vi ikke gør det til endnu et møde, men til en vane.",
)
TAG_KEYS = [tag.key for tag in load_content("da").all_tags()]


def _text(rng: random.Random, sentences: int) -> str:
    return " ".join(rng.choice(SENTENCES) for _ in range(sentences))


def generate(
    store: Store,
    initiatives: int = 100,
    cycles: int = 5,
    reflections: int = 1_000,
    observations: int = 5_000,
    *,
    today: date | None = None,
    seed: int = 7,
) -> None:
    """Fill an empty store with a big plan; deterministic for a given seed."""
    rng = random.Random(seed)
    today = today or date.today()
    session = store.session

    # Through the operations: what a leader has one of.
    edit(store, people.profile(store), name="Mette Hansen", organisation="Hjemmeplejen Nord, Aarhus Kommune",
         unit="Team Vest", focus=_text(rng, 3), onboarded=True)  # fmt: skip
    milestones = timeline.seed_default_forloeb(store, today - timedelta(weeks=7))
    members = [people.add_trio_member(store, "Jonas Kristensen", "AMR"),
               people.add_trio_member(store, "Susanne Holm", "TR")]  # fmt: skip

    # In bulk: initiatives with their cycles, questions, tasks and IGLO roles.
    phases = list(Phase)
    made: list[Initiative] = []
    pending: list[object] = []

    def flush_chunk(force: bool = False) -> None:
        if pending and (force or len(pending) >= CHUNK):
            session.add_all(pending)
            pending.clear()
            store.commit()

    for n in range(initiatives):
        status = rng.choice([InitiativeStatus.IDEA, InitiativeStatus.ACTIVE, InitiativeStatus.ACTIVE,
                             InitiativeStatus.DONE])  # fmt: skip
        initiative = Initiative(
            title=f"Tiltag {n + 1}: {rng.choice(SENTENCES)[:60]}",
            goal=_text(rng, 2),
            why=_text(rng, 2),
            tags=rng.sample(TAG_KEYS, 3),
            status=status,
            position=n + 1,
        )
        for number in range(1, cycles + 1):
            last = number == cycles
            cycle = Cycle(
                number=number,
                phase=rng.choice(phases) if last else Phase.ACT,
                objective=_text(rng, 2), measure=_text(rng, 1), data_plan=_text(rng, 1),
                method=_text(rng, 2), helpers="Jonas og Susanne", as_planned=rng.choice([True, False, None]),
                unplanned=_text(rng, 1), learning=_text(rng, 2), comparison=_text(rng, 1),
                decision=None if last else Decision.ADAPT, decision_reason=_text(rng, 1),
                next_step=_text(rng, 1),
            )  # fmt: skip
            cycle.questions = [
                CycleQuestion(
                    position=p, question=_text(rng, 1), prediction=_text(rng, 1), result=_text(rng, 1)
                )
                for p in range(1, 4)
            ]
            cycle.tasks = [
                CycleTask(position=p, what=_text(rng, 1), who="Mette", when="Uge 12", where="Kontoret",
                          done=rng.random() < 0.5)
                for p in range(1, 4)
            ]  # fmt: skip
            initiative.cycles.append(cycle)
        for p, level in enumerate(Level, start=1):
            due = today + timedelta(days=rng.randint(-30, 60)) if rng.random() < 0.7 else None
            initiative.roles.append(
                RoleAssignment(
                    level=level, what=_text(rng, 1), who="Team Vest", due=due, done=rng.random() < 0.3,
                    trio_member=rng.choice(members) if rng.random() < 0.3 else None,
                    milestone=rng.choice(milestones) if rng.random() < 0.2 else None,
                    position=n * 4 + p,
                )
            )  # fmt: skip
        made.append(initiative)
        pending.append(initiative)
        flush_chunk()
    flush_chunk(force=True)

    # Observations spread over all cycles.
    all_cycles = [c for i in made for c in i.cycles]
    for n in range(observations):
        cycle = all_cycles[n % len(all_cycles)] if all_cycles else None
        if cycle is None:
            break
        pending.append(Observation(cycle=cycle, observed_on=today - timedelta(days=rng.randint(0, 120)),
                                   text=_text(rng, 2)))  # fmt: skip
        flush_chunk()
    flush_chunk(force=True)

    # Reflections with the course's prompts, linked to a few initiatives.
    content = load_content("da")
    for n in range(reflections):
        milestone = rng.choice(milestones) if rng.random() < 0.6 else None
        kind = milestone.kind.value if milestone is not None else "free"
        reflection = Reflection(
            kind=ReflectionKind.FREE if milestone is None else (
                ReflectionKind.TRIO if kind == "trio" else ReflectionKind.MODULE),
            milestone=milestone,
            title=f"Refleksion {n + 1}",
            written_on=today - timedelta(days=rng.randint(0, 365)),
            text=_text(rng, 3),
            private=rng.random() < 0.05,
        )  # fmt: skip
        reflection.answers = [
            ReflectionAnswer(position=p, prompt=prompt, answer=_text(rng, 2))
            for p, prompt in enumerate(content.prompts_for(kind))
        ]
        reflection.initiatives = rng.sample(made, min(2, len(made)))
        pending.append(reflection)
        flush_chunk()
    flush_chunk(force=True)
    store.session.expunge_all()  # the benchmark must not start from a warm identity map


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="large")
    parser.add_argument("dir", metavar="DIR", help="an empty (or new) data folder")
    args = parser.parse_args(argv)
    folder = Path(args.dir)
    store = Store.open(folder)
    try:
        if people.has_plan(store):
            print(f"{folder} already holds a plan; use an empty folder.", file=sys.stderr)
            return 1
        started = time.perf_counter()
        generate(store, **SIZES[args.size])
        took = time.perf_counter() - started
    finally:
        store.close()
    size_mb = store.path.stat().st_size / 1e6
    print(f"{args.size}: {store.path} ({size_mb:.1f} MB) in {took:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
