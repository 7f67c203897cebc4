"""A measurement attached to a PDSA cycle: its kind, baseline or follow-up, and its values as JSON."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, Date, ForeignKey, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from handleplan.models.base import Base, Timestamped
from handleplan.models.enums import MeasurementKind, MeasurementRole
from handleplan.models.plan import key_enum

if TYPE_CHECKING:
    from handleplan.models.plan import Cycle


class Measurement(Timestamped, Base):
    """One measurement of a cycle. The values' shape depends on the kind and is checked by
    `ops.measurements` (never names: answers and counts only)."""

    __tablename__ = "measurement"

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycle.id", ondelete="CASCADE"), index=True)
    kind: Mapped[MeasurementKind] = mapped_column(key_enum(MeasurementKind))
    role: Mapped[MeasurementRole] = mapped_column(key_enum(MeasurementRole), default=MeasurementRole.BASELINE)
    position: Mapped[int] = mapped_column(Integer, default=0)
    measured_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    label: Mapped[str] = mapped_column(Text, default="")  # what a count counts ("satte deres magnet")
    values: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    note: Mapped[str] = mapped_column(Text, default="")

    cycle: Mapped[Cycle] = relationship(back_populates="measurements")
