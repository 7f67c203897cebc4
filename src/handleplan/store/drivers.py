"""The two SQLite drivers' error classes, as tuples every `except` can name.

A protected store is read through `sqlcipher3` (SQLCipher), a plain one through the standard `sqlite3`.
Their error classes share no base, so catching `sqlite3.Error` alone would let a protected store's damage
or full disk slip past every handler. No handleplan import here: `errors.py` and `store/connect.py` both
need it.
"""

from __future__ import annotations

import sqlite3

from sqlcipher3 import dbapi2 as sqlcipher

Error = (sqlite3.Error, sqlcipher.Error)
DatabaseError = (sqlite3.DatabaseError, sqlcipher.DatabaseError)
OperationalError = (sqlite3.OperationalError, sqlcipher.OperationalError)
