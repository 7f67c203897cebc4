"""a task's date: what its "Hvornår" names, beside the text (filled for rows whose text is a date)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 08:30:00
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from alembic import op

from handleplan.typed_dates import read_typed_date

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: no table rebuild, so the search triggers on cycle_task stay as they are.
    op.add_column("cycle_task", sa.Column("due", sa.Date(), nullable=True))
    op.create_index("ix_cycle_task_due", "cycle_task", ["due"])
    conn = op.get_bind()
    rows = conn.execute(
        sa.text("SELECT id, when_text, updated_at FROM cycle_task WHERE trim(when_text) != ''")
    )
    for task_id, when_text, updated_at in rows.fetchall():
        # "4/11" and "i morgen" are read as of the day they were last written, as the app reads them now.
        written = date.fromisoformat(str(updated_at)[:10]) if updated_at else date.today()
        due = read_typed_date(when_text, written)
        if due is not None:
            conn.execute(
                sa.text("UPDATE cycle_task SET due = :due WHERE id = :id"),
                {"due": due.isoformat(), "id": task_id},
            )


def downgrade() -> None:
    op.drop_index("ix_cycle_task_due", "cycle_task")
    with op.batch_alter_table("cycle_task") as batch:
        batch.drop_column("due")
