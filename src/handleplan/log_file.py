"""The log file beside the data: details of errors for a helper, while the leader reads a sentence.

Core, not ui/: `handleplan check` writes SQLite's own (English) words about a damaged file here, so its
Danish output can stay Danish (store/damage_words.py).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from pathlib import Path

from handleplan.paths import log_dir
from handleplan.store.files import ensure_private_dir, make_private, touch_private

LOG_NAME = "handleplan.log"


def setup_logging(data_dir: Path) -> None:
    """Details of errors go to a log file beside the data; the leader sees a sentence instead. A folder
    that cannot take the log (read-only, full) leaves the details on stderr: never a reason not to start."""
    root = logging.getLogger()
    try:
        folder = ensure_private_dir(log_dir(data_dir))
    except OSError:
        return
    log_file = folder / LOG_NAME
    if any(getattr(h, "baseFilename", None) == str(log_file) for h in root.handlers):
        return
    # Rotated once per start rather than with logging.handlers, whose imports (socket, pickle …) cost
    # 20 ms before the first paint.
    try:
        if log_file.exists() and log_file.stat().st_size > 1_000_000:
            log_file.replace(log_file.with_suffix(".log.1"))  # a rename keeps the mode: 0600 below
    except OSError:
        pass
    make_private(log_file.with_suffix(".log.1"))  # one an earlier Handleplan wrote 0644
    try:
        if log_file.exists():
            make_private(log_file)
        else:
            touch_private(log_file)  # 0600: the log names files and errors, not for others' eyes
        handler = logging.FileHandler(log_file, encoding="utf-8")
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


@contextlib.contextmanager
def logging_to(data_dir: Path) -> Iterator[None]:
    """The log file for one command line step (`check` naming a damaged file), taken off again after:
    the command line keeps no log open, and a test calling `main` leaves none behind. A folder that
    cannot take the log (read-only) gets the lines nowhere: without a handler Python would print them
    on her terminal, in English, in the middle of a Danish answer."""
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    setup_logging(data_dir)
    if root.handlers == before:
        root.addHandler(logging.NullHandler())
    try:
        yield
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)
