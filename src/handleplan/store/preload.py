"""SQLAlchemy, the models and the operations, imported on a worker thread (the GUI starts it after its
first paint).

The window paints before SQLAlchemy is imported (see ARCHITECTURE.md, "Start-up"), but then the store
has to open, and importing SQLAlchemy and mapping the models held the window still for 0.6–1 s just
after it appeared: a scroll or a click then waited. On a worker thread the import runs while the window
goes on answering; the store itself opens on the UI thread once the modules are in.

Opening the store waits for the worker (`wait`). An import the UI thread starts meanwhile (a click
that needs an operation) waits on Python's per-module import locks, which is safe on two conditions:
- the worker imports only Qt-free core modules, and none of them imports a widget module, so the
  threads cannot wait on each other in a circle through our modules;
- every module of ours imports the `sqlalchemy` package itself before any of its submodules. Python
  waits for a package still being imported by another thread only when the package itself is asked
  for; a submodule asked for first would be run against a half-made package (CPython gh-83065).
  `tests/test_import_order.py` holds every module to that.
Garbage collection is off on the worker: a Qt object it collected would be deleted on the wrong thread.
"""

from __future__ import annotations

import gc
import importlib
import logging
import threading

log = logging.getLogger(__name__)

MODULES = (
    "handleplan.store.store",
    "handleplan.models.plan",
    "handleplan.ops.edit",
    "handleplan.ops.initiatives",
    "handleplan.ops.iglo",
    "handleplan.ops.people",
    "handleplan.ops.reflections",
    "handleplan.ops.timeline",
    "handleplan.ops.undo",
    "handleplan.ops.search",
)


class OrmLoader:
    def __init__(self) -> None:
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._load, name="handleplan-orm-import", daemon=True)
            self._thread.start()

    def _load(self) -> None:
        collecting = gc.isenabled()
        gc.disable()
        try:
            for name in MODULES:
                importlib.import_module(name)
            import sqlalchemy  # noqa: F401 - imported above already; the package first, as everywhere
            from sqlalchemy.orm import configure_mappers

            configure_mappers()
        except Exception:  # noqa: BLE001 - the UI thread imports again as it opens the store, and says why
            log.exception("importing the ORM ahead failed")
        finally:
            if collecting:
                # What the import made lives as long as the app (as at the first paint, see
                # commands.collect_garbage_again): out of later collections, which stay short.
                gc.freeze()
                gc.enable()

    @property
    def loading(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wait(self) -> None:
        """Until the worker is done (at once if it never started or has finished)."""
        if self._thread is not None:
            self._thread.join()
