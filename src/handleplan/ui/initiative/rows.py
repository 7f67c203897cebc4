"""Editable rows for a cycle's questions, tasks and observations, and a list that reuses them on rebinding."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from handleplan.typed_dates import read_typed_date
from handleplan.ui.context import AppContext
from handleplan.ui.fields import CheckField, DateField, LineField, LockField, TextField
from handleplan.ui.initiative.form import bold, help_label, set_read_only
from handleplan.ui.initiative.people import PeopleCompleter
from handleplan.ui.widgets.auto_height import grow_with_text
from handleplan.ui.widgets.date_hint import DateHint

DeleteHandler = Callable[[object, str], None]


def short(text: str, limit: int = 40) -> str:
    """A record's text cut down for an undo label ("Slet opgave »Book lokale…«")."""
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Rows", text)


class Row(QWidget):
    """One record's fields plus a delete button. Subclasses fill `fields` and lay them out."""

    def __init__(self, ctx: AppContext, on_delete: DeleteHandler) -> None:
        super().__init__()
        self.ctx = ctx
        self.record: object | None = None
        self.fields: list[QWidget] = []
        self._on_delete = on_delete
        self.delete_button = QToolButton(self)
        self.delete_button.setText(_tr("Slet"))
        self.delete_button.setAutoRaise(True)
        self.delete_button.clicked.connect(self._delete)

    def bind(self, record: object | None) -> None:
        self.record = record
        for field in self.fields:
            field.bind(record)  # type: ignore[attr-defined]

    def refresh(self) -> None:
        for field in self.fields:
            field.binding.refresh()  # type: ignore[attr-defined]

    def set_read_only(self, read_only: bool) -> None:
        for field in self.fields:
            set_read_only(field, read_only)
        self.delete_button.setVisible(not read_only)

    def set_index(self, number: int) -> None:
        """Accessible names carry the row number, so a screen reader says which row is which."""

    def focus_first(self) -> None:
        if self.fields:
            self.fields[0].setFocus()

    def delete_label(self) -> str:
        return _tr("Slet række")

    def _delete(self) -> None:
        if self.record is not None:
            self._on_delete(self.record, self.delete_label())


class QuestionRow(Row):
    """Plan: a question and the prediction made before trying."""

    def __init__(self, ctx: AppContext, on_delete: DeleteHandler) -> None:
        super().__init__(ctx, on_delete)
        self.question = TextField(ctx, "question")
        self.prediction = TextField(ctx, "prediction")
        for edit in (self.question, self.prediction):
            grow_with_text(edit, 2, 8)
        self.fields = [self.question, self.prediction]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.question, 1)
        layout.addWidget(self.prediction, 1)
        layout.addWidget(self.delete_button)

    def set_index(self, number: int) -> None:
        self.question.setAccessibleName(_tr("Spørgsmål %1").replace("%1", str(number)))
        self.prediction.setAccessibleName(_tr("Forudsigelse til spørgsmål %1").replace("%1", str(number)))
        self.delete_button.setAccessibleName(_tr("Slet spørgsmål %1").replace("%1", str(number)))

    def delete_label(self) -> str:
        return _tr("Slet spørgsmål »%1«").replace("%1", short(self.question.toPlainText()))


class TaskRow(Row):
    """Plan: what, who, when, where – and a mark when it is done. Under "Hvornår" the day it names, read
    as she types ("tirsdag 4. november 2026"); a free text like "uge 3" names none and shows nothing."""

    STRETCH = (4, 2, 2, 2)

    def __init__(self, ctx: AppContext, on_delete: DeleteHandler) -> None:
        super().__init__(ctx, on_delete)
        self.what = TextField(ctx, "what")
        grow_with_text(self.what, 1, 6)
        self.who = LineField(ctx, "who")
        self.who_people = PeopleCompleter(ctx, self.who)
        self.when = LineField(ctx, "when")
        self.when.setToolTip(
            _tr(
                "Skriv en dato – fx 4/11, 4. nov. eller i morgen – så kommer opgaven med på Overblik og i din "
                "kalender. Fri tekst som »uge 3« går også."
            )  # fmt: skip
        )
        self.when_day = DateHint()
        self.when.textEdited.connect(lambda text: self.when_day.set_day(read_typed_date(text)))
        self.where = LineField(ctx, "where")
        self.done = CheckField(ctx, "done", _tr("Gjort"))
        self.fields = [self.what, self.who, self.when, self.where, self.done]
        when_column = QWidget()
        column = QVBoxLayout(when_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(self.when)
        column.addWidget(self.when_day)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = Qt.AlignmentFlag.AlignTop
        for field, stretch in zip((self.what, self.who, when_column, self.where), self.STRETCH, strict=True):
            field.setMinimumWidth(40)
            layout.addWidget(field, stretch, top if field is not self.what else Qt.AlignmentFlag(0))
        layout.addWidget(self.done, 0, top)
        layout.addWidget(self.delete_button, 0, top)

    def bind(self, record: object | None) -> None:
        super().bind(record)
        self._show_day()

    def refresh(self) -> None:
        super().refresh()
        self._show_day()

    def _show_day(self) -> None:
        # While she types, the day her text names; otherwise the day saved with it (read on the day it
        # was typed, so "i morgen" written yesterday still shows yesterday's tomorrow).
        if self.when.hasFocus() or self.when.binding.dirty:
            self.when_day.set_day(read_typed_date(self.when.text()))
        else:
            self.when_day.set_day(getattr(self.record, "due", None))

    def set_index(self, number: int) -> None:
        n = str(number)
        self.what.setAccessibleName(_tr("Opgave %1: hvad").replace("%1", n))
        self.who.setAccessibleName(_tr("Opgave %1: hvem").replace("%1", n))
        self.when.setAccessibleName(_tr("Opgave %1: hvornår").replace("%1", n))
        self.where.setAccessibleName(_tr("Opgave %1: hvor").replace("%1", n))
        self.done.setAccessibleName(_tr("Opgave %1 er gjort").replace("%1", n))
        self.delete_button.setAccessibleName(_tr("Slet opgave %1").replace("%1", n))

    def delete_label(self) -> str:
        return _tr("Slet opgave »%1«").replace("%1", short(self.what.toPlainText()))


def task_header() -> QWidget:
    """Column titles lined up with TaskRow: invisible twins of the check box and button keep the widths."""
    header = QWidget()
    layout = QHBoxLayout(header)
    layout.setContentsMargins(0, 0, 0, 0)
    for text, stretch in zip(
        (_tr("Hvad"), _tr("Hvem"), _tr("Hvornår"), _tr("Hvor")), TaskRow.STRETCH, strict=True
    ):
        label = bold(QLabel(text))
        label.setMinimumWidth(40)
        layout.addWidget(label, stretch)
    for twin in (QCheckBox(_tr("Gjort")), QToolButton()):
        if isinstance(twin, QToolButton):
            twin.setText(_tr("Slet"))
            twin.setAutoRaise(True)
        policy = twin.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        twin.setSizePolicy(policy)
        twin.hide()
        layout.addWidget(twin)
    return header


def pair_header(left: str, right: str) -> QWidget:
    """Two column titles over rows of two equal columns (questions, results)."""
    header = QWidget()
    layout = QHBoxLayout(header)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(bold(QLabel(left)), 1)
    layout.addWidget(bold(QLabel(right)), 1)
    spacer = QToolButton()
    spacer.setText(_tr("Slet"))
    spacer.setAutoRaise(True)
    policy = spacer.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    spacer.setSizePolicy(policy)
    spacer.hide()
    layout.addWidget(spacer)
    return header


class ObservationRow(Row):
    """Do: a dated note of what was seen along the way. An observation about one employee can be private
    (the padlock): it then stays out of every export unless ticked, whatever its initiative is."""

    def __init__(self, ctx: AppContext, on_delete: DeleteHandler) -> None:
        super().__init__(ctx, on_delete)
        self.date = DateField(ctx, "observed_on")
        self.text = TextField(ctx, "text")
        grow_with_text(self.text, 2, 10)
        self.private = LockField(ctx, "private", _tr("Iagttagelsen er privat"), icon_only=True)
        self.private.setToolTip(_tr("Privat: kommer kun med i en PDF, hvis du selv sætter flueben ved den"))
        self.fields = [self.date, self.text, self.private]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.private, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.delete_button)
        self.date.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_index(self, number: int) -> None:
        n = str(number)
        self.date.setAccessibleName(_tr("Dato for iagttagelse %1").replace("%1", n))
        self.text.setAccessibleName(_tr("Iagttagelse %1").replace("%1", n))
        self.private.setAccessibleName(_tr("Iagttagelse %1 er privat").replace("%1", n))
        self.delete_button.setAccessibleName(_tr("Slet iagttagelse %1").replace("%1", n))

    def focus_first(self) -> None:
        self.text.setFocus()

    def delete_label(self) -> str:
        return _tr("Slet iagttagelse »%1«").replace("%1", short(self.text.toPlainText()))


class ResultRow(Row):
    """Study: the question, and its prediction (read from Plan) beside the result found."""

    def __init__(self, ctx: AppContext, on_delete: DeleteHandler) -> None:
        super().__init__(ctx, on_delete)
        self.question = bold(QLabel())
        self.question.setWordWrap(True)
        self.prediction_title = QLabel(_tr("Min forudsigelse"))
        self.prediction = help_label()
        self.result_title = QLabel(_tr("Resultat"))
        self.result = TextField(ctx, "result")
        self.result.setPlaceholderText(_tr("Hvad blev resultatet?"))
        grow_with_text(self.result, 2, 10)
        self.fields = [self.result]
        self.delete_button.hide()  # results belong to the questions; they are deleted in Planlæg
        self.result_title.setBuddy(self.result)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.setVerticalSpacing(2)
        layout.addWidget(self.question, 0, 0, 1, 2)
        layout.addWidget(self.prediction_title, 1, 0)
        layout.addWidget(self.result_title, 1, 1)
        layout.addWidget(self.prediction, 2, 0)
        layout.addWidget(self.result, 2, 1)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)
        layout.setRowStretch(2, 1)
        self.prediction.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

    def bind(self, record: object | None) -> None:
        super().bind(record)
        self._show_texts()

    def refresh(self) -> None:
        super().refresh()
        self._show_texts()

    def _show_texts(self) -> None:
        question = getattr(self.record, "question", "") or _tr("(spørgsmålet er ikke skrevet endnu)")
        prediction = getattr(self.record, "prediction", "") or _tr("(ingen forudsigelse)")
        self.question.setText(question)
        self.prediction.setText(prediction)
        self.result.setAccessibleName(_tr("Resultat: %1").replace("%1", short(question, 80)))
        self.prediction.setAccessibleName(_tr("Forudsigelse: %1").replace("%1", short(prediction, 80)))

    def set_read_only(self, read_only: bool) -> None:
        set_read_only(self.result, read_only)


class RowList(QWidget):
    """A vertical list of rows for a list of records. Rows are reused when rebinding, so switching cycle
    or adding one row does not rebuild the others (and a row being typed in keeps its focus). Rows no
    longer needed are hidden and kept for the next cycle or initiative with more records: building a
    row costs more than the rest of opening an initiative."""

    def __init__(
        self,
        make_row: Callable[[], Row],
        header: QWidget | None = None,
        empty_text: str = "",
    ) -> None:
        super().__init__()
        self._make_row = make_row
        self.rows: list[Row] = []  # shown, one per record
        self._spare: list[Row] = []  # hidden, unbound, in layout order right after the shown ones
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.header = header
        if header is not None:
            self._layout.addWidget(header)
        self.empty = help_label(empty_text)
        self._layout.addWidget(self.empty)

    def set_records(self, records: Sequence[object], read_only: bool = False) -> None:
        records = list(records)
        for index, record in enumerate(records):
            if index < len(self.rows):
                row = self.rows[index]
            else:
                row = self._spare.pop(0) if self._spare else self._new_row()
                row.show()
                self.rows.append(row)
            # Identity, not id: after an undo the same id comes back as a new object.
            if row.record is not record:
                row.bind(record)
                row.set_index(index + 1)
            else:
                row.refresh()
            row.set_read_only(read_only)
        unused = self.rows[len(records) :]
        for row in unused:
            row.bind(None)
            row.hide()
        self._spare[:0] = unused
        del self.rows[len(records) :]
        if self.header is not None:
            self.header.setVisible(bool(records))
        self.empty.setVisible(not records and bool(self.empty.text()))

    def capacity(self) -> int:
        """How many records the list can show without building a row."""
        return len(self.rows) + len(self._spare)

    def reserve(self, count: int) -> None:
        """Build hidden rows ahead, so that showing up to `count` records builds none."""
        while self.capacity() < count:
            row = self._new_row()
            row.hide()
            row.ensurePolished()
            self._spare.append(row)

    def _new_row(self) -> Row:
        row = self._make_row()
        self._layout.addWidget(row)
        return row

    def row_for(self, record: object) -> Row | None:
        return next((row for row in self.rows if row.record is record), None)
