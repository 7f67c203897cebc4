"""measurements attached to a cycle: psychological safety, the stress staircase, the guldkorn, counts

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 23:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "measurement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cycle_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("measured_on", sa.Date(), nullable=True),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("values", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cycle_id"], ["cycle.id"], name="fk_measurement_cycle_id_cycle", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_measurement"),
    )
    op.create_index("ix_measurement_cycle_id", "measurement", ["cycle_id"])
    op.create_index("ix_measurement_updated_at", "measurement", ["updated_at"])


def downgrade() -> None:
    op.drop_index("ix_measurement_updated_at", table_name="measurement")
    op.drop_index("ix_measurement_cycle_id", table_name="measurement")
    op.drop_table("measurement")
