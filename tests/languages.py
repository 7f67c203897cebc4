"""Telling Danish from English in a text, for the tests of the catalogs and the course content.

Not a language detector: the letters æ, ø, å and a few of each language's commonest short words, which a
forgotten translation nearly always carries. The lists are tuned on the real texts; add to them when a
slip gets through, never to make a real slip pass.
"""

from __future__ import annotations

import re

# Danish words meant to stand in English text, each with why.
DANISH_IN_ENGLISH_ALLOWED = {
    "psykisk": "the course's Danish name, quoted in the English content (*psykisk arbejdsmiljø*)",
    "arbejdsmiljø": "the course's Danish name, quoted in the English content",
}
# Common Danish words (as whole words, any case) that never belong in English text.
DANISH_WORDS = re.compile(
    r"\b(og|ikke|det|den|af|til|er|med|der|jeg|du|dine?|eller|kan|skal|har|som|fil|filen|gemt|gemmes|"
    r"mappe|mappen|tiltag\w*|milepæl\w*|refleksion\w*|handleplanen|kommando|tilvalg)\b",
    re.IGNORECASE,
)
DANISH_LETTERS = re.compile(r"\w*[æøåÆØÅ]\w*")
# Common English words that never belong in Danish text (Danish has none of these as words of its own).
ENGLISH_WORDS = re.compile(
    r"\b(the|and|not|file|folder|please|saved?|your|you|with|cannot|could|has|was|been|of|is|it|"
    r"this|that|there|what|which|error|usage|options|arguments|required|invalid|show|exit)\b",
    re.IGNORECASE,
)
# Option names, environment variables and argparse's fields are the same in every language.
_OPTION = re.compile(r"--[\w-]+|\$\w+|%\(\w+\)\w|\{\w*\}")


def danish_in_english(text: str) -> list[str]:
    """The Danish words and letters in an English `text` (empty when it reads as English)."""
    found = [m.group(0) for m in DANISH_WORDS.finditer(_OPTION.sub(" ", text))]
    found += [word for word in DANISH_LETTERS.findall(text) if word.lower() not in DANISH_IN_ENGLISH_ALLOWED]
    return found


def english_in_danish(text: str) -> list[str]:
    """The English words in a Danish `text` (option names like --include-private left out)."""
    return [m.group(0) for m in ENGLISH_WORDS.finditer(_OPTION.sub(" ", text))]
