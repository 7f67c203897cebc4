"""The store opens, creates its schema with the current revision, and files are private."""

from __future__ import annotations

import os
import stat

from handleplan.store import Store
from handleplan.store.schema import HEAD_REVISION, read_revision


def test_new_store_is_current_and_private(data_dir):
    store = Store.open(data_dir)
    store.close()
    assert read_revision(data_dir / "handleplan.db") == HEAD_REVISION
    if os.name == "posix":
        assert stat.S_IMODE(os.stat(data_dir).st_mode) == 0o700
        assert stat.S_IMODE(os.stat(data_dir / "handleplan.db").st_mode) == 0o600
