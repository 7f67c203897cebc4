"""Mark an entry private by its kind and id: the export's warning says "Gør privat" about what it found.

The kinds are those the privacy rule knows (`handleplan.privacy`): an initiative, a reflection, an
observation, or a TRIO meeting's notes (the milestone's `notes_private`). The write goes through
`ops.edit`, so the edit whitelist (`handleplan.fields`) and the commit's notice to the screens apply.
"""

from __future__ import annotations

from handleplan.errors import MESSAGES, HandleplanError
from handleplan.ops.edit import edit
from handleplan.say import Phrase
from handleplan.store import Store

# kind → (model name in handleplan.models, the attribute that marks it private, its name in a message)
MARKS: dict[str, tuple[str, str, str]] = {
    "initiative": ("Initiative", "private", "initiative_no"),
    "reflection": ("Reflection", "private", "reflection_no"),
    "observation": ("Observation", "private", "observation_no"),
    "notes": ("Milestone", "notes_private", "milestone_no"),
}


def make_private(store: Store, kind: str, entry_id: int) -> bool:
    """Mark it private; False when it already was. An entry deleted meanwhile is said as not found."""
    from handleplan import models

    model_name, attribute, called = MARKS[kind]
    record = store.session.get(getattr(models, model_name), entry_id)
    if record is None:
        raise HandleplanError("not_found", what=Phrase(MESSAGES, called, {"id": entry_id}))
    return bool(edit(store, record, **{attribute: True}))
