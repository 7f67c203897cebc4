"""observations and a TRIO meeting's notes can be private, like initiatives and reflections

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 15:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs: no table rebuild, so the search triggers on both tables stay as they are.
    op.add_column(
        "observation", sa.Column("private", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    op.add_column(
        "milestone", sa.Column("notes_private", sa.Boolean(), nullable=False, server_default=sa.false())
    )


def downgrade() -> None:
    with op.batch_alter_table("milestone") as batch:
        batch.drop_column("notes_private")
    with op.batch_alter_table("observation") as batch:
        batch.drop_column("private")
