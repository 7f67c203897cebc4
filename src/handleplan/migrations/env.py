"""Alembic environment: runs on the connection the store hands over (no alembic.ini, no URL)."""

from __future__ import annotations

from alembic import context

from handleplan.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when someone runs the alembic CLI by hand
    raise RuntimeError("Handleplan's migrations run from the app: open the store with handleplan.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch copies the table
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
