"""After the first paint SQLAlchemy is imported on a worker thread, so the window goes on answering."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

# Notes which thread first imports SQLAlchemy and when the store opens, then quits once it has.
WATCH = textwrap.dedent(
    """
    import builtins, sys, threading
    first = {}
    real_import = builtins.__import__

    def watching(name, *args, **kwargs):
        if name.startswith("sqlalchemy") and "thread" not in first:
            first["thread"] = threading.current_thread().name
        return real_import(name, *args, **kwargs)

    builtins.__import__ = watching

    from PySide6.QtWidgets import QApplication
    from handleplan.ui.context import AppContext

    attach = AppContext._attach

    def attached(self, store):
        attach(self, store)
        print(first.get("thread"), threading.current_thread().name, flush=True)
        QApplication.quit()

    AppContext._attach = attached
    from handleplan.cli import main
    main(["--data-dir", sys.argv[1]])
    """
)


def test_the_worker_imports_sqlalchemy_and_maps_the_models():
    code = textwrap.dedent(
        """
        import sys
        from handleplan.store.preload import OrmLoader
        loader = OrmLoader()
        assert not loader.loading
        loader.start()
        loader.wait()
        from sqlalchemy import inspect
        from handleplan.models import Initiative
        print("sqlalchemy.orm" in sys.modules, inspect(Initiative).configured, loader.loading)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "True", "False"]


@pytest.mark.parametrize("last_screen", ["overview", "initiatives"])
def test_after_the_first_paint_sqlalchemy_loads_on_the_worker_and_the_store_opens_on_the_ui_thread(
    app_left_on, demo_folder: Path, last_screen: str
):
    done = app_left_on(demo_folder, last_screen, WATCH)
    assert done.stdout.split() == ["handleplan-orm-import", "MainThread"], done.stdout + done.stderr
