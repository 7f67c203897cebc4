"""a cycle's target: how much, by when (the SMART line beside the objective)

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 22:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cycle") as batch:
        batch.add_column(sa.Column("target", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("cycle") as batch:
        batch.drop_column("target")
