"""File names for the exported PDF that every platform accepts (Windows is the strictest)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from handleplan.export.words import WORDS
from handleplan.say import say

# Windows refuses these characters; control characters are refused everywhere or cause trouble.
_ILLEGAL = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_SPACES = re.compile(r"\s+")
# Windows' reserved device names, with or without an extension ("CON.pdf" is refused too).
_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    "CONIN$",
    "CONOUT$",
    *(f"COM{n}" for n in (*range(1, 10), "¹", "²", "³")),
    *(f"LPT{n}" for n in (*range(1, 10), "¹", "²", "³")),
}
MAX_STEM = 120  # keeps the full path well under Windows' 260 characters in Documents


def safe_filename(name: str, fallback: str = "Handleplan", suffix: str = ".pdf") -> str:
    """`name` made into a file name that Windows, macOS and Linux all accept, ending in `suffix`.

    Illegal characters become "-", runs of spaces one space, trailing dots and spaces go (Windows strips
    them and then cannot find the file), reserved device names get a "_" in front.
    """
    stem = unicodedata.normalize("NFC", name or "")
    if suffix and stem.lower().endswith(suffix.lower()):
        stem = stem[: -len(suffix)]
    stem = _ILLEGAL.sub("-", stem)
    stem = _SPACES.sub(" ", stem).strip(" .")
    if len(stem) > MAX_STEM:
        stem = stem[:MAX_STEM].rstrip(" .-–")
    if not stem.strip(" .-"):
        stem = fallback
    if stem.split(".")[0].strip().upper() in _RESERVED:
        stem = "_" + stem
    return stem + suffix


def export_filename(leader: str, milestone: str = "", when: date | None = None, lang: str = "da") -> str:
    """ "Handleplan – Mette Hansen – Modul 2.pdf"; a repeated title gets its date ("TRIO-møde 2026-02-04")."""
    parts = [say(WORDS, "doc_title", lang)]
    if leader.strip():
        parts.append(" ".join(leader.split()))
    if milestone.strip():
        title = " ".join(milestone.split())
        parts.append(f"{title} {when.isoformat()}" if when is not None else title)
    return safe_filename(" – ".join(parts))
