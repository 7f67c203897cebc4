"""What goes into the PDF: the tree of sections and entries with their ticks, and what they add up to.

The export dialog (`export.py`) says where the PDF goes and writes it; this widget says what is in it.
Private entries start unticked and ticking one asks first: the PDF is the one thing other people see.
The tree lists the same candidates `export/selection.py` resolves, so what the leader ticks is what prints.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from handleplan.export.selection import (
    ExportOptions,
    candidate_reflections,
    candidate_trio_meetings,
    listed_reflections,
)
from handleplan.export.snapshot import MilestoneSnap, PlanSnapshot
from handleplan.export.words import Words
from handleplan.privacy import rule_for
from handleplan.ui.style import set_role
from handleplan.ui.widgets.lock_icon import lock_icon

# ("section", key), or (kind, id) for an entry: "initiative", "reflection", "trio" (a meeting), and under
# them the private parts ticked one by one: "observation" (under its initiative), "notes" (under its meeting).
KIND_ROLE = Qt.ItemDataRole.UserRole
PRIVATE_ROLE = Qt.ItemDataRole.UserRole + 1


class ExportEntries(QWidget):
    """The "Indhold" tree for one milestone; `changed` fires whenever a tick changes what goes in."""

    changed = Signal()

    def __init__(self, snapshot: PlanSnapshot, words: Words, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.snapshot = snapshot
        self.words = words
        self.milestone: MilestoneSnap | None = None
        self._rule = rule_for(snapshot)  # what is marked private, asked for every entry
        self._updating = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Indhold"))
        set_role(heading, "h2")
        layout.addWidget(heading)
        self.tree = QTreeWidget()
        self.tree.setObjectName("export-contents")
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Det, der kommer med i PDF'en"))
        self.tree.itemChanged.connect(self._item_changed)
        layout.addWidget(self.tree, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Opsummering af indholdet"))
        # The dialog puts its own buttons beside the counts (`summary_row`).
        self.summary_row = QHBoxLayout()
        self.summary_row.addWidget(self.summary, 1)
        layout.addLayout(self.summary_row)

    # -- the tree ---------------------------------------------------------------------------------------
    def _section_states(self) -> dict[str, bool]:
        states = {}
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            kind, key = item.data(0, KIND_ROLE)
            states[key] = item.checkState(0) == Qt.CheckState.Checked
        return states

    def _entries(self) -> list[QTreeWidgetItem]:
        """Every entry below the sections, the private parts under their entry included."""
        found: list[QTreeWidgetItem] = []
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            children = [item.child(j) for j in range(item.childCount())]
            found.extend(children)
            stack.extend(children)
        return found

    def _entry_states(self) -> dict[tuple[str, int], bool]:
        return {
            tuple(item.data(0, KIND_ROLE)): item.checkState(0) == Qt.CheckState.Checked
            for item in self._entries()
        }

    def _kept_ticks(self) -> dict[tuple[str, int], bool]:
        """The ticks to keep on a rebuild: not those of an entry whose privacy changed meanwhile (made
        private from the warning, it must start unticked like every private entry)."""
        return {
            tuple(item.data(0, KIND_ROLE)): item.checkState(0) == Qt.CheckState.Checked
            for item in self._entries()
            if bool(item.data(0, PRIVATE_ROLE)) == self._is_private(*item.data(0, KIND_ROLE))
        }

    def set_snapshot(self, snapshot: PlanSnapshot) -> None:
        """The plan read again (an entry was made private): the same milestone, the ticks kept."""
        self.snapshot = snapshot
        self._rule = rule_for(snapshot)
        self.set_milestone(snapshot.milestone(self.milestone.id) if self.milestone is not None else None)

    def item_for(self, entry: tuple[str, object]) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if tuple(top.data(0, KIND_ROLE)) == tuple(entry):
                return top
        return next((i for i in self._entries() if tuple(i.data(0, KIND_ROLE)) == tuple(entry)), None)

    def label_for(self, entry: tuple[str, object]) -> str:
        """The entry as the tree names it ("Noterne fra mødet" with its meeting's name)."""
        item = self.item_for(entry)
        if item is None:
            return ""
        text = item.text(0).removesuffix(" " + self.tr("(privat)"))
        if entry[0] in ("observation", "notes") and item.parent() is not None:
            parent = item.parent().text(0).removesuffix(" " + self.tr("(privat)"))
            return f"{parent} · {text}"
        return text

    def take_out(self, entry: tuple[str, object]) -> None:
        """Untick the entry (a section, or one entry), as the leader would in the tree."""
        item = self.item_for(entry)
        if item is not None:
            item.setCheckState(0, Qt.CheckState.Unchecked)

    def set_milestone(self, milestone: MilestoneSnap | None) -> None:
        """(Re)build the tree for `milestone`; ticks the leader already set are kept."""
        self.milestone = milestone
        sections, entries = self._section_states(), self._kept_ticks()
        previous = self.snapshot.previous_milestone(milestone)
        self._updating = True
        self.tree.clear()
        fixed = self._section("cover", self.tr("Forside og indholdsfortegnelse"), sections)
        fixed.setFlags(fixed.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
        fixed.setToolTip(0, self.tr("Forsiden og indholdsfortegnelsen er altid med."))
        self._section("focus", self.tr("Mit fokus"), sections)
        self._section("overview", self.tr("Overblik over tiltagene"), sections)
        top = self._section("initiatives", self.tr("Tiltag"), sections)
        for ini in self.snapshot.initiatives:
            item = self._entry(top, "initiative", ini.id, ini.title, ini.private, entries)
            for cycle in ini.cycles:
                for obs in (o for o in cycle.observations if o.private):
                    # The date, not the text: this list may be on a shared screen too.
                    text = self.tr("Iagttagelse %1").replace("%1", self.words.date(obs.observed_on))
                    self._entry(item, "observation", obs.id, text, True, entries)
        title = (
            self.tr("Refleksioner siden %1").replace("%1", previous.title)
            if previous is not None
            else self.tr("Refleksioner")
        )
        top = self._section("reflections", title, sections)
        period = {r.id for r in candidate_reflections(self.snapshot, milestone)}
        for refl in listed_reflections(self.snapshot, milestone):
            text = f"{refl.title.strip() or self.tr('Refleksion')} – {self.words.date(refl.written_on)}"
            module = self.snapshot.milestone(refl.milestone_id)
            if refl.id not in period and module is not None:  # older: only its Afrunding goes along
                when = self.words.date(refl.written_on)
                text = self.tr("Afrunding på %1").replace("%1", module.title) + f" – {when}"
            self._entry(top, "reflection", refl.id, text, refl.private, entries)
        top = self._section("trio", self.tr("TRIO-møder og aftaler"), sections)
        for m in candidate_trio_meetings(self.snapshot, milestone):
            item = self._entry(top, "trio", m.id, f"{m.title} – {self.words.date(m.date)}", False, entries)
            if m.notes_private and m.notes.strip():
                self._entry(item, "notes", m.id, self.tr("Noterne fra mødet"), True, entries)
        self._section("discussion", self.tr("Det vil jeg gerne drøfte"), sections)
        self.tree.expandAll()
        self._updating = False
        self._refresh_enabled()
        self._update_summary()

    def _section(self, key: str, text: str, states: dict[str, bool]) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [text])
        item.setData(0, KIND_ROLE, ("section", key))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        checked = states.get(key, True)
        item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        return item

    def _entry(
        self,
        parent: QTreeWidgetItem,
        kind: str,
        entry_id: int,
        text: str,
        private: bool,
        states: dict[tuple[str, int], bool],
    ) -> QTreeWidgetItem:
        label = " ".join(text.split())
        if private:
            label += " " + self.tr("(privat)")
        item = QTreeWidgetItem(parent, [label])
        item.setData(0, KIND_ROLE, (kind, entry_id))
        item.setData(0, PRIVATE_ROLE, private)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        checked = states.get((kind, entry_id), not private)
        item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        if private:
            item.setIcon(0, lock_icon(self.palette()))
            item.setToolTip(0, self.tr("Privat: kommer kun med, hvis du selv sætter flueben."))
        return item

    def _item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        if self._updating:
            return
        checked = item.checkState(0) == Qt.CheckState.Checked
        if checked and item.data(0, PRIVATE_ROLE) and not self._confirm_private(item):
            self._updating = True
            item.setCheckState(0, Qt.CheckState.Unchecked)
            self._updating = False
        self._refresh_enabled()
        self._update_summary()
        self.changed.emit()

    def _confirm_private(self, item: QTreeWidgetItem) -> bool:
        kind, _entry_id = item.data(0, KIND_ROLE)
        if kind == "notes":
            question = self.tr(
                "Noterne fra »%1« er private. Vil du tage dem med i PDF'en, som andre skal se?"
            )
            name = item.parent().text(0)
        else:
            question = self.tr(
                "»%1« er markeret som privat. Vil du tage den med i PDF'en, som andre skal se?"
            )
            name = item.text(0).removesuffix(" " + self.tr("(privat)"))
        answer = QMessageBox.question(
            self,
            self.tr("Tag en privat post med?"),
            question.replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _refresh_enabled(self) -> None:
        """A section or entry that is off greys out what is under it (those ticks are kept for when it is
        on again): a private observation cannot print without its initiative, nor notes without their
        meeting."""
        self._updating = True
        for item in self._entries():
            parent = item.parent()
            on = parent.checkState(0) == Qt.CheckState.Checked and not parent.isDisabled()
            item.setDisabled(not on)
        self._updating = False

    # -- what it adds up to ----------------------------------------------------------------------------
    def options(self, milestone_id: int | None, lang: str) -> ExportOptions:
        """What the leader has ticked, as export options."""
        sections = {key for key, on in self._section_states().items() if on and key != "cover"}
        chosen: dict[str, set[int]] = {
            k: set() for k in ("initiative", "reflection", "trio", "observation", "notes")
        }
        for (kind, entry_id), on in self._entry_states().items():
            if on:
                chosen[kind].add(entry_id)
        return ExportOptions(
            milestone_id=milestone_id,
            lang=lang,
            sections=frozenset(sections),
            initiative_ids=frozenset(chosen["initiative"]),
            reflection_ids=frozenset(chosen["reflection"]),
            trio_ids=frozenset(chosen["trio"]),
            observation_ids=frozenset(chosen["observation"]),
            notes_ids=frozenset(chosen["notes"]),
        )

    def _update_summary(self) -> None:
        options = self.options(None, self.words.lang)
        ini_total = len(self.snapshot.initiatives)
        refl_total = len(listed_reflections(self.snapshot, self.milestone))
        ini = len(options.initiative_ids or ()) if {"initiatives", "overview"} & options.sections else 0
        refl = len(options.reflection_ids or ()) if "reflections" in options.sections else 0
        text = self.tr("Med i PDF'en: %1 af %2 tiltag og %3 af %4 refleksioner.")
        for n, value in enumerate((ini, ini_total, refl, refl_total), start=1):
            text = text.replace(f"%{n}", str(value))
        private_in = sum(
            1 for (kind, _id), on in self._entry_states().items() if on and self._is_private(kind, _id)
        )
        private_out = sum(
            1 for (kind, _id), on in self._entry_states().items() if not on and self._is_private(kind, _id)
        )
        if private_in:
            text += " " + self.tr("Heraf er %1 markeret som privat.").replace("%1", str(private_in))
        if private_out == 1:
            text += " " + self.tr("1 privat post er ikke med.")
        elif private_out:
            text += " " + self.tr("%1 private poster er ikke med.").replace("%1", str(private_out))
        self.summary.setText(text)

    def _is_private(self, kind: str, entry_id: int) -> bool:
        return self._rule.is_private(kind, entry_id)
