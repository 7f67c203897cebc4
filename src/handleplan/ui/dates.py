"""Dates the way a leader writes them, in the UI's language: "4. dec. 2026" in Danish, "4 Dec 2026" in
English. Month names come from QLocale (its default is set to the UI language before any widget is made);
only the punctuation after the day differs, which Qt's own short formats ("04.12.2026", "04/12/2026")
do not give."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale


def _day() -> str:
    # Danish writes an ordinal day with a full stop ("4. dec."); English does not.
    return "d." if QLocale().language() == QLocale.Language.Danish else "d"


def day_month_format() -> str:
    """ "4. dec." / "4 Dec": the timeline strip and lists within one forløb."""
    return f"{_day()} MMM"


def date_format() -> str:
    """ "4. dec. 2026" / "4 Dec 2026": date fields and search hits."""
    return f"{_day()} MMM yyyy"


def day_month(when: date) -> str:
    return QLocale().toString(QDate(when), day_month_format())


def medium_date(when: date) -> str:
    return QLocale().toString(QDate(when), date_format())


def long_date(when: date | None) -> str:
    """ "7. marts 2025" / "7 March 2025"; "" for no date."""
    return QLocale().toString(QDate(when), f"{_day()} MMMM yyyy") if when else ""
