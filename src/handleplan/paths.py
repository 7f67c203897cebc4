"""Where Handleplan finds its shipped resources and keeps the leader's data."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Handleplan"
DATA_DIR_ENV = "HANDLEPLAN_DATA_DIR"


def resources_dir() -> Path:
    """The folder holding content/, fonts/ and translations/, installed or from a checkout."""
    packaged = Path(__file__).resolve().parent / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "resources"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: --data-dir, then $HANDLEPLAN_DATA_DIR, then the platform's user data folder.

    Resolved only when asked (never at import), so tests and demos can point elsewhere first.
    """
    if override:
        return Path(override).expanduser().resolve()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=True))


def log_dir(data: Path) -> Path:
    """Logs live beside the data, so an override keeps tests away from the real log folder too."""
    return data / "logs"
