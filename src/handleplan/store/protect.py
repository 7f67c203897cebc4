"""Turning passphrase protection on, changing the passphrase, turning it off – never in place.

Each change writes the whole plan again through a checked copy:

1. a backup of the store as it is ("before-protection"),
2. `sqlcipher_export` of the store into a temporary file beside it, keyed with the new key (or none),
3. that copy opened with the new key: `integrity_check` and every table's row count against the store,
4. fsync, then the copy renamed over the store; the old file's blocks overwritten (best effort: a
   journaling or copy-on-write file system, or an SSD, may keep old blocks elsewhere),
5. every backup re-keyed the same way, so no plain backup is left beside a protected store and no backup
   needs a passphrase the leader no longer uses.

A crash or a kill at any step leaves the store as it was or as it is meant to be, both whole: the rename
is the one moment it changes. What a crash leaves (a temporary file; backups not yet re-keyed) is
finished by the next change or the next unlock (`tidy`). The store
must be closed by its owner first (the app closes it, see ui/dialogs/passphrase.py).
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from pathlib import Path

from handleplan.errors import HandleplanError
from handleplan.store import connect, drivers
from handleplan.store.backups import BackupError, list_backups, make_backup
from handleplan.store.files import PRIVATE_FILE_MODE, fsync_dir, fsync_file
from handleplan.store.schema import DB_NAME
from handleplan.store.search_index import fold

log = logging.getLogger(__name__)

TMP_PREFIX = ".handleplan-protect-"
TMP_SUFFIX = ".db.tmp"
SHRED_CHUNK = 1 << 20


class ProtectError(HandleplanError):
    """Protection could not be changed; the store is as it was."""


def turn_on(data_dir: Path, passphrase: str) -> connect.Key:
    """Protect the plain store in `data_dir` with `passphrase`; returns the key, held for this process."""
    db = data_dir / DB_NAME
    if connect.is_protected(db):
        raise ProtectError("protect_already_on")
    key = connect.Key.new(passphrase)
    _rekey(data_dir, key)
    return key


def change(data_dir: Path, passphrase: str) -> connect.Key:
    """A new passphrase (and a new salt) for the protected, unlocked store in `data_dir`."""
    _must_be_protected(data_dir)
    key = connect.Key.new(passphrase)
    _rekey(data_dir, key)
    return key


def turn_off(data_dir: Path) -> None:
    """Write the protected, unlocked store in `data_dir` and its backups out plain again."""
    _must_be_protected(data_dir)
    _rekey(data_dir, None)


def _must_be_protected(data_dir: Path) -> None:
    if not connect.is_protected(data_dir / DB_NAME):
        raise ProtectError("protect_failed", detail="not protected")


def _rekey(data_dir: Path, key: connect.Key | None) -> None:
    db = data_dir / DB_NAME
    old = connect.key_for(db)
    if connect.is_protected(db) and old is None:
        raise ProtectError("protect_locked")
    remove_leftovers(data_dir)
    _checkpoint(db)
    try:
        make_backup(db, "before-protection")
    except BackupError as exc:  # no change without its backup: the store stays as it is
        raise ProtectError("protect_failed", detail=exc.code) from exc
    try:
        replace_with_copy(db, db, key)
    except drivers.Error as exc:
        raise ProtectError("protect_failed", detail=str(exc)) from exc
    if key is not None:
        connect.hold(key)
    kept = rekey_backups(data_dir, key)
    if old is not None and (key is None or old.salt != key.salt):
        connect.forget(old)
    log.info("protection %s; %s backups left as they were", "on" if key else "off", kept)


def tidy(data_dir: Path) -> int:
    """After an unlock: finish what a change cut short (a crash after the rename) – temporary copies
    removed, backups still plain (or under another held key) written under the store's key. Cheap when
    there is nothing to do: 16 bytes read per backup. Returns how many backups could not be."""
    remove_leftovers(data_dir)
    return rekey_backups(data_dir, connect.key_for(data_dir / DB_NAME))


def rekey_backups(data_dir: Path, key: connect.Key | None) -> int:
    """Every backup this process can read, written again with `key` (None: plain). Returns how many could
    not be (protected with a passphrase not held now); they are left as they are."""
    kept = 0
    for backup in list_backups(data_dir):
        wanted = key.salt if key else connect.HEADER
        if connect.header(backup.path) == wanted:
            continue
        if connect.is_protected(backup.path) and connect.key_for(backup.path) is None:
            kept += 1
            continue
        try:
            replace_with_copy(backup.path, backup.path, key)
        except (*drivers.Error, ProtectError):
            log.warning("a backup could not be re-keyed: %s", backup.path.name, exc_info=True)
            kept += 1
    return kept


def replace_with_copy(source: Path, target: Path, key: connect.Key | None) -> None:
    """`source` copied into a temporary file beside `target` under `key`, checked, fsynced, then renamed
    over `target`. Raises ProtectError (or a driver error) with `target` untouched."""
    fd, name = tempfile.mkstemp(prefix=TMP_PREFIX, suffix=TMP_SUFFIX, dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        os.chmod(tmp, PRIVATE_FILE_MODE)  # mkstemp's 0600, kept: SQLite writes into the empty file
        _export(source, tmp, key)
        _verify(source, tmp, key)
        fsync_file(tmp)
        _swap(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _export(source: Path, tmp: Path, key: connect.Key | None) -> None:
    """The copy stands alone in rollback-journal mode (no -wal or -shm beside a temporary file); the
    store's engine puts it back in WAL at its next open (store/engine.py)."""
    # sqlcipher3 reads a plain file too, and only SQLCipher has sqlcipher_export.
    conn = connect.sqlcipher().connect(str(source))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        held = connect.key_for(source)
        if held is not None:
            conn.execute(held.pragma())
        conn.create_function("hp_fold", 1, fold, deterministic=True)
        literal = f"x'{key.secret.hex()}{key.salt.hex()}'" if key else ""
        conn.execute("ATTACH DATABASE ? AS copy KEY ?", (str(tmp), literal))
        conn.execute("SELECT sqlcipher_export('copy')")
        conn.execute("DETACH DATABASE copy")
    finally:
        conn.close()


def _verify(source: Path, tmp: Path, key: connect.Key | None) -> None:
    src = connect.connect(source, read_only=True)
    copy = connect.connect(tmp, read_only=True, key=key)
    try:
        result = copy.execute("PRAGMA integrity_check").fetchall()
        if result != [("ok",)]:
            raise ProtectError("protect_failed", detail=str(result[:3]))
        tables = [r[0] for r in src.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            want = src.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            got = copy.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            if want != got:
                raise ProtectError("protect_failed", detail=f"{table}: {got} of {want} rows")
    finally:
        copy.close()
        src.close()


def _swap(tmp: Path, target: Path) -> None:
    """Rename `tmp` over `target`. Its -wal and -shm go first: a -wal left beside the new file would be
    played into it (the store was checkpointed and closed, so they hold nothing)."""
    for side in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            target.with_name(target.name + side).unlink()
    old = None
    if os.name == "posix":  # Windows cannot rename over an open file
        with contextlib.suppress(OSError):
            old = os.open(target, os.O_RDWR)
    try:
        os.replace(tmp, target)
        fsync_dir(target.parent)
        if old is not None and os.fstat(old).st_nlink == 0:  # no other name still needs these bytes
            _shred(old)
    finally:
        if old is not None:
            os.close(old)


def _shred(fd: int) -> None:
    """Zeros over the replaced file (open only through `fd` now), so its text is not left readable in the
    blocks it used, where the file system writes in place."""
    size = os.fstat(fd).st_size
    os.lseek(fd, 0, os.SEEK_SET)
    zeros = bytes(SHRED_CHUNK)
    for start in range(0, size, SHRED_CHUNK):
        os.write(fd, zeros[: min(SHRED_CHUNK, size - start)])
    os.fsync(fd)


def _checkpoint(db: Path) -> None:
    conn = connect.connect(db)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def remove_leftovers(data_dir: Path) -> None:
    """Temporary copies a crash left (in the data folder and in backups/), their -journal too."""
    for folder in (data_dir, data_dir / "backups"):
        for tmp in folder.glob(f"{TMP_PREFIX}*"):
            with contextlib.suppress(OSError):
                tmp.unlink()
