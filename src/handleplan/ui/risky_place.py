"""Once per data folder: a calm word when it lies in a synced cloud folder or on a network drive."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from handleplan.store.places import risky_place
from handleplan.ui.context import AppContext

SEEN_KEY = "warned/risky_place"


def _tr(text: str) -> str:
    return QCoreApplication.translate("RiskyPlace", text)


def risky_place_text(ctx: AppContext) -> str | None:
    """The sentence to show, or None: a safe place, or one already named for this folder."""
    folder = ctx.db_path.parent
    found = risky_place(folder)
    if found is None or ctx.settings.value(SEEN_KEY, "") == str(folder):
        return None
    kind, name = found
    if kind == "cloud":
        where = _tr("Mappen med dine data ligger i %1, som synkroniseres med en sky-tjeneste.").replace(
            "%1", name
        )
        why = _tr(
            "Synkroniseringen kan kopiere filen halvt færdig eller uden de sidste ændringer og på den måde "
            "beskadige din handleplan. Dine notater kommer også ud på tjenesten."
        )
    else:
        where = _tr("Mappen med dine data ligger på et netværksdrev.")
        why = _tr("Over netværket kan Handleplan ikke låse filen sikkert, og den kan blive beskadiget.")
    move = _tr(
        "Flyt mappen til din egen computer, fx din brugers datamappe, og start Handleplan med den. "
        "Mappen er: %1"
    ).replace("%1", str(folder))
    return f"{where} {why}\n\n{move}"


def warn_once(ctx: AppContext, parent: QWidget) -> None:
    text = risky_place_text(ctx)
    if text is None:
        return
    ctx.settings.setValue(SEEN_KEY, str(ctx.db_path.parent))
    QMessageBox.warning(parent, _tr("Dine data ligger et usikkert sted"), text)
