"""Build hook: compile the Qt Linguist sources (resources/translations/*.ts) to .qm with lrelease.

The .ts files are what translators edit and what the repository keeps; the .qm files the app loads
are made here, so the wheel always carries translations that match the sources.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

LRELEASE = (
    "import sys; from PySide6.scripts.pyside_tool import lrelease; "
    "sys.argv = ['lrelease', '-silent', sys.argv[1], '-qm', sys.argv[2]]; lrelease()"
)


def compile_ts(ts: Path, qm: Path) -> None:
    subprocess.run([sys.executable, "-c", LRELEASE, str(ts), str(qm)], check=True)


class TranslationsBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        # Compiled beside the .ts (git-ignored): the wheel takes them with the rest of resources/, and an
        # editable install running from the checkout finds them there too.
        for ts in sorted(Path(self.root, "resources", "translations").glob("*.ts")):
            compile_ts(ts, ts.with_suffix(".qm"))
