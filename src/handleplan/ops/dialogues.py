"""Drejebøger in Udfør: a chosen script's steps become the cycle's tasks, with a place for its outcome."""

from __future__ import annotations

from handleplan.content import load_content
from handleplan.errors import ValidationError
from handleplan.models import Cycle, CycleTask, DialogueOutcome, Initiative
from handleplan.store import Store


def use_script(store: Store, cycle: Cycle, key: str, lang: str = "da") -> DialogueOutcome:
    """Add the script's steps as tasks after the cycle's own, and an empty outcome to write into.

    "Metode og redskaber" names the script when the leader has written nothing there yet."""
    script = load_content(lang).dialogue_script(key)
    if script is None:
        raise ValidationError("invalid_value", what="script", value=repr(key))
    start = max((t.position for t in cycle.tasks), default=0)
    for offset, step in enumerate(script.steps, start=1):
        cycle.tasks.append(CycleTask(position=start + offset, what=step))
    outcome = DialogueOutcome(script=key, position=max((d.position for d in cycle.dialogues), default=0) + 1)
    cycle.dialogues.append(outcome)
    if not (cycle.method or "").strip():
        cycle.method = script.title
    store.commit()
    return outcome


def start_from_script(store: Store, key: str, lang: str = "da") -> Initiative:
    """A new initiative from a drejebog as its template: named after it, its first cycle in Planlæg with
    the steps as tasks and the script chosen in Udfør, ready for the outcome."""
    from handleplan.ops.initiatives import create_initiative

    script = load_content(lang).dialogue_script(key)
    if script is None:  # asked before anything is made, so a wrong key leaves no empty initiative
        raise ValidationError("invalid_value", what="script", value=repr(key))
    initiative = create_initiative(store, script.title)
    use_script(store, initiative.cycles[0], key, lang)
    return initiative


def script_title(key: str, lang: str) -> str:
    """The script's title in `lang`, or its key when the content no longer has it."""
    script = load_content(lang).dialogue_script(key)
    return script.title if script is not None else key
