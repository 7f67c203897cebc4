"""the outcome of a drejebog in a cycle's Udfør: mere af / mindre af / begynde på and IGLO

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04 15:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from handleplan.store import search_index

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

TEXTS = (
    "script", "more_of", "less_of", "start_doing",
    "next_individ", "next_gruppe", "next_leder", "next_organisation",
)  # fmt: skip


def _driver():  # noqa: ANN202
    # The plain sqlite3 connection under Alembic's, in the transaction the store's upgrade holds open.
    return op.get_bind().connection.driver_connection


def upgrade() -> None:
    op.create_table(
        "dialogue_outcome",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cycle_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        *(sa.Column(name, sa.Text(), nullable=False) for name in TEXTS),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cycle_id"], ["cycle.id"], name="fk_dialogue_outcome_cycle_id_cycle", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_dialogue_outcome"),
    )
    op.create_index("ix_dialogue_outcome_cycle_id", "dialogue_outcome", ["cycle_id"])
    op.create_index("ix_dialogue_outcome_updated_at", "dialogue_outcome", ["updated_at"])
    # The outcome is searched: the index gains its table and triggers.
    search_index.install(_driver())


def downgrade() -> None:
    op.drop_index("ix_dialogue_outcome_updated_at", table_name="dialogue_outcome")
    op.drop_index("ix_dialogue_outcome_cycle_id", table_name="dialogue_outcome")
    op.drop_table("dialogue_outcome")
    search_index.install(_driver())
