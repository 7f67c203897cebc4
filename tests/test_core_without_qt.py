"""The core runs without Qt: importing every module outside ui/ leaves PySide6 out of sys.modules."""

from __future__ import annotations

import subprocess
import sys

# A fresh interpreter, so nothing another test imported counts.
SCRIPT = """
import importlib, pkgutil, sys
import handleplan
names = [m.name for m in pkgutil.walk_packages(handleplan.__path__, "handleplan.")
         if not m.name.startswith(("handleplan.ui", "handleplan.migrations"))]
for name in names:
    importlib.import_module(name)
for package in ("handleplan.ops", "handleplan.store", "handleplan.export", "handleplan.models"):
    assert package in sys.modules, package
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(len(names), qt)
"""


def test_importing_the_core_leaves_pyside6_out():
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    count, qt = done.stdout.strip().split(" ", 1)
    assert int(count) > 30  # every module of the core, not an empty walk
    assert qt == "[]", f"the core imported Qt: {qt}"
