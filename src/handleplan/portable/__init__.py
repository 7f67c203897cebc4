"""The portable file (`.handleplan`): the whole plan, private entries included, to move or keep elsewhere.

`format.py` says what the file is, `write.py` makes it from a store, `read.py` opens one with limits and
checks every value, `load.py` puts a checked plan into a store (all or nothing).
"""

from handleplan.portable.format import PortableError
from handleplan.portable.load import ImportSummary, import_portable, store_is_empty
from handleplan.portable.write import ExportSummary, export_portable

__all__ = [
    "ExportSummary",
    "ImportSummary",
    "PortableError",
    "export_portable",
    "import_portable",
    "store_is_empty",
]
