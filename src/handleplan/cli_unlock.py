"""The passphrase of a protected plan, asked on the command line before a command reads it.

A command that reads the plan first names the files it will open (`files_to_open`). When one of them is
protected and this process holds no key for it, the leader is asked once with `getpass` – never echoed –
and the key is derived and held through `store/connect.py`, exactly as the app's unlock dialog does. The
passphrase is read from the terminal only: never from the command line (other users can read a
process's arguments) nor from the environment (inherited by every child, often logged). So without a
terminal – a script, CI, a pipe – the command says the plan is protected and stops, before anything is
opened or changed; a wrong passphrase stops it the same way.
"""

from __future__ import annotations

import getpass
import sys
import warnings
from collections.abc import Callable
from pathlib import Path

from handleplan.cli_words import CLI_WORDS
from handleplan.say import say
from handleplan.store import connect
from handleplan.store.backups import backup_folder
from handleplan.store.schema import DB_NAME

# The commands that write into the data folder: after an unlock they first finish what a protection change
# cut short (store/protect.tidy), as the app does after its unlock dialog. Reading commands change nothing.
WRITERS = ("backup", "restore", "import")


def files_to_open(command: str, folder: Path, source: Path | None = None) -> list[Path]:
    """The files `command` reads. `restore` also backs the store up first, and without FILE looks for the
    newest good backup: the backups count only when none can be read without a passphrase."""
    store = folder / DB_NAME
    if command != "restore":
        return [store]
    if source is not None:
        return [store, source]
    from handleplan.store.backups import list_backups, newest_good_backup

    if not locked([store]) and newest_good_backup(folder) is not None:
        return [store]
    return [store, *(backup.path for backup in list_backups(folder))]


def locked(paths: list[Path]) -> list[Path]:
    """The protected files among `paths` that this process cannot read yet."""
    return [p for p in paths if connect.is_protected(p) and connect.key_for(p) is None]


def unlock_command(command: str, folder: Path, source: Path | None, lang: str) -> int | None:
    """Everything `command` reads made readable (asking once if need be), or the exit code after saying
    why not. Then, for a command that writes into the folder, what the app also does after an unlock."""
    code = unlock_or_say(files_to_open(command, folder, source), lang, folder)
    if code is None:
        tidy_after_unlock(command, folder)
    return code


def unlock_or_say(
    paths: list[Path],
    lang: str,
    folder: Path,
    *,
    ask: Callable[[str], str] = getpass.getpass,
    is_terminal: Callable[[], bool] | None = None,
) -> int | None:
    """None when every file in `paths` can be read now; otherwise the exit code, after saying why not on
    stderr. Asks for the passphrase only when one is protected and stdin is a terminal. `folder` is the
    data folder, whose backups a wrong passphrase's sentence points to."""
    waiting = locked(paths)
    if not waiting:
        return None
    terminal = is_terminal() if is_terminal is not None else _stdin_is_a_terminal()
    if not terminal:
        _say("cli_protected_no_terminal", lang, path=waiting[0])
        return 1
    try:
        with warnings.catch_warnings():
            # getpass falls back to an echoing prompt when it cannot turn echo off: refuse instead.
            warnings.simplefilter("error", getpass.GetPassWarning)
            passphrase = ask(say(CLI_WORDS, "cli_passphrase_prompt", lang))
    except getpass.GetPassWarning:
        _say("cli_protected_no_terminal", lang, path=waiting[0])
        return 1
    except (EOFError, KeyboardInterrupt):
        print(file=sys.stderr)  # the prompt's line, ended
        _say("cli_passphrase_none", lang)
        return 1
    if not passphrase:
        _say("cli_passphrase_none", lang)
        return 1
    opened = _unlock(waiting, passphrase)
    del passphrase
    if not opened:
        _say("cli_passphrase_wrong", lang, folder=backup_folder(folder))
        return 1
    return None


def tidy_after_unlock(command: str, folder: Path) -> None:
    """What the app does after its unlock: a protection change cut short by a crash finished. Only for a
    command that writes into the folder anyway, and only under the store's own held key (never writing
    backups out plain because the store happens to be)."""
    store = folder / DB_NAME
    if command in WRITERS and connect.key_for(store) is not None:
        from handleplan.store.protect import tidy

        tidy(folder)


def _unlock(paths: list[Path], passphrase: str) -> bool:
    """Hold the key of every salt among `paths` that `passphrase` opens; True when at least one opened.
    One key derivation per salt (a store and its backups share theirs), not one per file."""
    by_salt: dict[bytes, list[Path]] = {}
    for path in paths:
        by_salt.setdefault(connect.header(path), []).append(path)
    opened = False
    for salt, same in by_salt.items():
        if len(salt) < connect.SALT_BYTES:
            continue
        key = connect.Key.derive(passphrase, salt)
        if any(connect.opens_with(path, key) for path in same):
            connect.hold(key)
            opened = True
    return opened


def _stdin_is_a_terminal() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):  # no stdin at all, or a closed one
        return False


def _say(code: str, lang: str, **fields: object) -> None:
    print(say(CLI_WORDS, code, lang, **fields), file=sys.stderr)
