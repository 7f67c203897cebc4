"""The local SQLite store: engine, schema revisions, migrations, files."""

from handleplan.store.store import DB_NAME, HealthReport, Store, check_file

__all__ = ["DB_NAME", "HealthReport", "Store", "check_file"]
