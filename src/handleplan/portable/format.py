"""What a `.handleplan` file is: a zip of two members, a manifest and the plan's data, both JSON.

manifest.json: {"format": "handleplan-portable", "format_version": 1, "app_version", "schema_revision",
"created_at", "encryption": null, "counts": {table: rows}, "data_sha256"}.
plan.json: {"tables": {table: [{column: value}, …]}}, rows in primary-key order, with their ids.

`encryption` is null, or for a file sealed with a passphrase the scheme and its parameters
(portable/sealed.py), with plan.json encrypted: a reader tells at once which kind it holds (and an older
one refuses a sealed file as newer).
"""

from __future__ import annotations

from handleplan.errors import HandleplanError

FORMAT_NAME = "handleplan-portable"
FORMAT_VERSION = 1
SUFFIX = ".handleplan"
MANIFEST = "manifest.json"
DATA = "plan.json"
MEMBERS = (MANIFEST, DATA)

# Limits an honest file is far below (the demo plan is ~100 kB of JSON; a leader's plan of years, a few
# MB). A hostile file meets them before it costs memory: checked in the zip's headers and while reading.
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_MANIFEST_BYTES = 64 * 1024
MAX_DATA_BYTES = 256 * 1024 * 1024
MAX_TEXT_CHARS = 1_000_000
MAX_ROWS = 1_000_000


class PortableError(HandleplanError):
    """A portable file that could not be written or read; the store is unchanged."""
