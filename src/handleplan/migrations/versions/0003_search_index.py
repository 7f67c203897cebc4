"""search index: FTS5 trigram over the folded text, kept in step by triggers

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 22:40:00.000000
"""

from __future__ import annotations

from alembic import op

from handleplan.store import search_index

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _driver():  # noqa: ANN202
    # The plain sqlite3 connection under Alembic's: the index is filled with executemany, in the same
    # transaction the store's upgrade holds open.
    return op.get_bind().connection.driver_connection


def upgrade() -> None:
    search_index.install(_driver())


def downgrade() -> None:
    search_index.uninstall(_driver())
