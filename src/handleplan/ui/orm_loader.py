"""SQLAlchemy and the models, imported on a worker thread after the first paint.

The window paints before SQLAlchemy is imported (see ARCHITECTURE.md, "Start-up"), but then the store
has to open, and importing SQLAlchemy and mapping the models held the window still for 0.6–1 s just
after it appeared: a scroll or a click then waited. On a worker thread the import runs while the window
goes on answering; the store itself opens on the UI thread once the modules are in.

Only Qt-free core modules are imported here. No core module imports a widget module, so an import the
UI thread starts meanwhile (a click that needs the store) can only wait for the worker's, never wait on
it in a circle; and whatever needs the store waits for the worker first (`wait`).
"""

from __future__ import annotations

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
        try:
            for name in MODULES:
                importlib.import_module(name)
            from sqlalchemy.orm import configure_mappers

            configure_mappers()
        except Exception:  # noqa: BLE001 - the UI thread imports again as it opens the store, and says why
            log.exception("importing the ORM ahead failed")

    @property
    def loading(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wait(self) -> None:
        """Until the worker is done (at once if it never started or has finished)."""
        if self._thread is not None:
            self._thread.join()
