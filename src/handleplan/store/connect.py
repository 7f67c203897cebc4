"""One way to open a store file, plain or protected with a passphrase ("Beskyt med adgangskode").

Every reader and writer of a store file – the first paint's plain reads, the revision, the health
checks, backups, salvage, retention and the SQLAlchemy engine – opens it here, so a protected file is
read the same way everywhere:

- a file that starts with SQLite's own header ("SQLite format 3\\0"), an empty one or none at all is
  plain and opened with the standard `sqlite3`;
- any other file is a SQLCipher file, whose first 16 bytes are its salt. It is opened with `sqlcipher3`
  when the process holds the key for that salt (`unlock`), and otherwise with `sqlite3`, which refuses it
  as "not a database" – what it says of random bytes too, so nothing is read and nothing is guessed.

The key is derived once, at `unlock`, and held in this process's memory only: never written, never
logged (`Key` has no readable repr). Each connection then gives SQLCipher the raw key and the salt
(`PRAGMA key = "x'…'"`), so opening costs no key derivation; the key derivation is the one SQLCipher 4
does itself, PBKDF2-HMAC-SHA512 over the file's salt, so the file also opens with the passphrase in any
SQLCipher 4 tool. The setting: SQLCipher 4's default of 256,000 iterations, kept: it is paid once per
start while the passphrase dialog is open (0.13–0.3 s here, `bench/bench_crypto.py`), not per connection.
Backups and re-encrypted copies are written with the same key and salt, so one passphrase opens them all.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from handleplan.store.drivers import sqlcipher

if TYPE_CHECKING:
    from sqlcipher3 import dbapi2

    Connection = sqlite3.Connection | dbapi2.Connection
else:
    Connection = sqlite3.Connection  # at run time only a name for annotations (sqlcipher3 loads lazily)

HEADER = b"SQLite format 3\x00"  # the first 16 bytes of every plain SQLite file
SALT_BYTES = 16
KEY_BYTES = 32
# SQLCipher 4's own default (PBKDF2-HMAC-SHA512); see the module's text for why it is kept.
KDF_ITERATIONS = 256_000


@dataclass(frozen=True)
class Key:
    """A store's key and salt, as SQLCipher uses them. Its repr and str never show the secret."""

    salt: bytes
    secret: bytes = field(repr=False)

    @classmethod
    def derive(cls, passphrase: str, salt: bytes) -> Key:
        secret = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, KEY_BYTES)
        return cls(salt, secret)

    @classmethod
    def new(cls, passphrase: str) -> Key:
        """A key for a file about to be protected: a fresh random salt."""
        return cls.derive(passphrase, os.urandom(SALT_BYTES))

    def pragma(self) -> str:
        return f"PRAGMA key = \"x'{self.secret.hex()}{self.salt.hex()}'\""


_held: dict[bytes, Key] = {}  # salt -> key, for this process only


def header(path: Path) -> bytes:
    """The file's first 16 bytes; b"" for a missing or empty file."""
    try:
        with open(path, "rb") as f:
            return f.read(SALT_BYTES)
    except (FileNotFoundError, IsADirectoryError):
        return b""


def is_protected(path: Path) -> bool:
    """Whether the file is not plain SQLite: a SQLCipher file (or bytes that are no database at all)."""
    first = header(path)
    return bool(first) and first != HEADER


def hold(key: Key) -> None:
    _held[key.salt] = key


def forget(key: Key | None = None) -> None:
    """Drop one key, or every key the process holds (tests; a lock that must ask again)."""
    if key is None:
        _held.clear()
    else:
        _held.pop(key.salt, None)


def key_for(path: Path) -> Key | None:
    """The held key that opens `path`, or None (a plain file, or a protected one not unlocked)."""
    first = header(path)
    if not first or first == HEADER:
        return None
    return _held.get(first)


def opens_with(path: Path, key: Key) -> bool:
    """Does `key` read `path`? A wrong key fails at the first read, as "file is not a database"."""
    try:
        conn = connect(path, read_only=True, key=key)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlcipher().DatabaseError:
        return False
    return True


def unlock(path: Path, passphrase: str) -> Key | None:
    """Derive the key for the protected file at `path` and hold it if it opens the file; else None."""
    first = header(path)
    if len(first) < SALT_BYTES or first == HEADER:
        return None
    key = Key.derive(passphrase, first)
    if not opens_with(path, key):
        return None
    hold(key)
    return key


def matches(path: Path, passphrase: str) -> bool:
    """Is `passphrase` the one of the protected store at `path`, whose key this process holds? (Asked
    before protection is changed or removed: an unlocked computer alone is not enough.)"""
    held = key_for(path)
    if held is None:
        return False
    return hmac.compare_digest(Key.derive(passphrase, held.salt).secret, held.secret)


def connect(
    path: Path,
    *,
    read_only: bool = False,
    immutable: bool = False,
    key: Key | None = None,
    check_same_thread: bool = True,
) -> Connection:
    """Open `path` with the right driver. `key` is for a file being created protected (a backup, a
    re-encrypted copy); an existing protected file finds its held key by its salt."""
    key = key or key_for(path)
    if read_only:
        target, uri = f"file:{path}?mode=ro{'&immutable=1' if immutable else ''}", True
    else:
        target, uri = str(path), False
    if key is None:
        return sqlite3.connect(target, uri=uri, check_same_thread=check_same_thread)
    conn = sqlcipher().connect(target, uri=uri, check_same_thread=check_same_thread)
    # SQLCipher writes every failed page check to stderr; a wrong key is said to the leader, not there.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(key.pragma())
    return conn
