"""Checks on what the leader types: rejected with a clear message, or stored exactly as typed."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import TypeVar

from handleplan.errors import MESSAGES, ValidationError
from handleplan.say import Phrase

E = TypeVar("E", bound=StrEnum)

MIN_DATE = date(1900, 1, 1)
MAX_DATE = date(2200, 12, 31)
# `what` names the field in a message: a Phrase (said in the message's language) or a field's own name.
TEXT = Phrase(MESSAGES, "field_text")
DATE = Phrase(MESSAGES, "field_date")


def clean_text(value: object, what: object = TEXT) -> str:
    """Accept any text SQLite can store as UTF-8 – emoji, control characters, 100,000 characters.

    Lone surrogates (from a broken paste) cannot be encoded; they are refused rather than mangled.
    """
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError("invalid_value", what=what, value=type(value).__name__)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValidationError(
            "text_invalid", detail=Phrase(MESSAGES, "half_characters"), what=what, reason=exc.reason
        ) from exc
    return value


def require_title(value: object, what: object) -> str:
    text = clean_text(value, what)
    if not text.strip():
        raise ValidationError("empty_title", what=what)
    return text


def check_date(value: object, what: object = DATE) -> date | None:
    if value is None:
        return None
    if not isinstance(value, date):
        raise ValidationError("invalid_value", what=what, value=repr(value))
    if not MIN_DATE <= value <= MAX_DATE:
        raise ValidationError("date_out_of_range", value=value.isoformat())
    return value


def check_enum(enum: type[E], value: object, what: object) -> E:
    try:
        return enum(value)
    except ValueError as exc:
        raise ValidationError("invalid_value", what=what, value=repr(value)) from exc
