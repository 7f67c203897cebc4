"""The outcome of a drejebog run with the team, in the course's form: A, B, C and IGLO."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from handleplan.models.base import Base, Timestamped

if TYPE_CHECKING:
    from handleplan.models.plan import Cycle


class DialogueOutcome(Timestamped, Base):
    """One drejebog used in a cycle's Udfør and what came out of the dialogue. It hangs under the cycle,
    so a private initiative keeps it private like the rest of the cycle."""

    __tablename__ = "dialogue_outcome"

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycle.id", ondelete="CASCADE"), index=True)
    # The script's key in the content files ("god_arbejdsdag"), so its title reads in either language.
    script: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    more_of: Mapped[str] = mapped_column(Text, default="")  # A: mere af
    less_of: Mapped[str] = mapped_column(Text, default="")  # B: mindre af
    start_doing: Mapped[str] = mapped_column(Text, default="")  # C: begynde på
    # IGLO: who does what next, on each level
    next_individ: Mapped[str] = mapped_column(Text, default="")
    next_gruppe: Mapped[str] = mapped_column(Text, default="")
    next_leder: Mapped[str] = mapped_column(Text, default="")
    next_organisation: Mapped[str] = mapped_column(Text, default="")

    cycle: Mapped[Cycle] = relationship(back_populates="dialogues")
