"""The PDF's cycles: each cycle worked on lately in full, phase by phase, its fields under their declared
labels (`handleplan.fields`), and the earlier ones as one line each. A part of `Sections`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table, TableStyle

from handleplan import fields
from handleplan.export.pdf_flowables import short
from handleplan.export.pdf_styles import FONT_BOLD, PHASE_COLOURS, TABLE_FONT, Para, inline, paragraphs
from handleplan.export.snapshot import CycleSnap, DialogueSnap

if TYPE_CHECKING:
    from handleplan.export.pdf_sections import Sections

PHASES = ("plan", "do", "study", "act")
SAME_TEXT_MIN = 30  # shorter texts ("Ja, som sidst") may well repeat; a paragraph said twice is a repeat


class CycleSections:
    """Mixed into `Sections`, whose helpers (p, field, table, titled, cell, phase_title) it uses."""

    def phase_head(self: Sections, key: str) -> Table:
        phase = self.content.phases[key]
        head = Table(
            [[self.p(phase.title, self.st.phase)], [self.p(" ".join(phase.questions), self.st.phase_q)]],
            colWidths=[self.width],
            hAlign="LEFT",
        )
        head.setStyle(
            TableStyle(
                [
                    *TABLE_FONT,
                    ("LINEBEFORE", (0, 0), (0, -1), 3, PHASE_COLOURS[key]),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 3),
                ]
            )
        )
        head.keepWithNext = 1
        return head

    def worked_on_lately(self: Sections, cycle: CycleSnap) -> bool:
        """Changed since the previous milestone (or no dated one to measure by): shown in full, since
        its observations, results and decision are the learning the TRIO and the teacher look for."""
        previous = self.c.previous
        if previous is None or previous.date is None or cycle.worked_on is None:
            return True
        return cycle.worked_on >= previous.date

    def cycle(self: Sections, cycle: CycleSnap, current: bool) -> list[Flowable]:
        """One cycle in full: each phase it has reached that has something written, nothing as filler."""
        w = self.w
        title = w("current_cycle", n=cycle.number)
        if current:
            title += " – " + w("now_in", phase=self.phase_title(cycle.phase))
        elif cycle.decision:  # "Runde 1 – Beslutning: Justér", not a phase's name alone
            decided = self.content.decisions.get(cycle.decision, cycle.decision)
            title += f" – {fields.label('cycle', 'decision', w.lang)}: {decided}"
        reached = PHASES.index(cycle.phase) if cycle.phase in PHASES else 0
        story: list[Flowable] = [self.p(title, self.st.h3)]
        for key in PHASES[: reached + 1]:
            story += self.phase(key, cycle)
        return story

    def phase(self: Sections, key: str, cycle: CycleSnap) -> list[Flowable]:
        body: list[Flowable] = []
        for declared in fields.on_page(key):
            body += self.declared(declared, cycle)
        if not body:
            return []
        # A table right under the phase heading: its page break goes before the heading.
        lead = [body.pop(0)] if isinstance(body[0], CondPageBreak) else []
        return [Spacer(1, 4), *lead, self.phase_head(key), *body, Spacer(1, 6)]

    def declared(self: Sections, declared: fields.Field, cycle: CycleSnap) -> list[Flowable]:
        """A field of the cycle under its declared label: text as paragraphs, rows as tables."""
        w, st = self.w, self.st
        label = declared.say(w.lang)
        name = declared.name
        if declared.kind in ("text", "line"):
            return self.cycle_text(label, cycle, cycle.texts.get(name, "")) if declared.in_pdf else []
        asked = [q for q in cycle.questions if q.question.strip() or q.prediction.strip() or q.result.strip()]
        if name == "questions":  # before Evaluér: what she asks and predicts; after, beside the results
            if not asked or PHASES.index(cycle.phase) >= PHASES.index("study"):
                return []
            return self.titled([self.p(label, st.label)], self.questions_table(cycle, results=False))
        if name == "results":
            return (
                self.titled([self.p(w("predictions"), st.label)], self.questions_table(cycle))
                if asked
                else []
            )
        if name == "tasks":
            return self.titled([self.p(label, st.label)], self.tasks_table(cycle)) if cycle.tasks else []
        if name == "as_planned":
            if cycle.as_planned is None:
                return []
            answer = w("yes") if cycle.as_planned else w("no")
            return [Para(f"<b>{inline(self.lead_in(label), FONT_BOLD)}</b> {answer}", st.body)]
        if name == "observations":
            if not cycle.observations:
                return []
            story: list[Flowable] = [self.p(label, st.label)]
            for obs in cycle.observations:
                stamp = inline(w.date(obs.observed_on), FONT_BOLD)
                story += paragraphs(obs.text, st.body, prefix=f"<b>{stamp}</b>&nbsp;&nbsp;")
            return story
        if name == "dialogues":
            return [x for outcome in cycle.dialogues for x in self.dialogue(label, outcome)]
        if name == "decision" and cycle.decision:
            decision = self.content.decisions.get(cycle.decision, cycle.decision)
            return [Para(f"<b>{inline(self.lead_in(label), FONT_BOLD)}</b> {inline(decision)}", st.body)]
        return []

    def dialogue(self: Sections, label: str, outcome: DialogueSnap) -> list[Flowable]:
        """A drejebog's outcome in the course's form: A, B and C under their labels, then who does what
        next on each IGLO level that has an answer. Nothing written yet: nothing printed."""
        texts = outcome.texts
        if not any(text.strip() for text in texts.values()):
            return []
        w, st = self.w, self.st
        script = self.content.dialogue_script(outcome.script)
        title = script.title if script is not None else outcome.script
        story: list[Flowable] = [self.p(f"{label}: {title}", st.label)]
        for name in ("more_of", "less_of", "start_doing"):
            story += self.field(fields.label("dialogue_outcome", name, w.lang), texts.get(name, ""))
        levels = [
            (fields.label("dialogue_outcome", name, w.lang), texts.get(name, ""))
            for name in ("next_individ", "next_gruppe", "next_leder", "next_organisation")
        ]
        levels = [(level, text) for level, text in levels if text.strip()]
        if levels:
            story.append(self.p(w("dialogue_next"), st.label))
            for level, text in levels:
                story += paragraphs(text, st.body, prefix=f"<b>{inline(level, FONT_BOLD)}:</b>&nbsp;")
        return story

    def cycle_text(self: Sections, label: str, cycle: CycleSnap, text: str) -> list[Flowable]:
        """A cycle's text, or where it stands already: a cycle started from the one before often keeps
        its "Plan for data", and its "Formål" is the earlier "Næste skridt" – the same lines twice in the
        demo's PDF. The newest cycle prints first, so an earlier one names the place above."""
        key = " ".join(text.split()).casefold()
        if len(key) < SAME_TEXT_MIN:
            return self.field(label, text)
        if key in self.printed:
            earlier_label, n = self.printed[key]
            return [self.p(label, self.st.label),
                    self.p(self.w("same_as", label=earlier_label, n=n), self.st.body_muted)]  # fmt: skip
        self.printed[key] = (label, cycle.number)
        return self.field(label, text)

    @staticmethod
    def lead_in(label: str) -> str:
        """A label before its answer on the same line: "Beslutning:", but "Gik det som planlagt?"."""
        return label if label.endswith(("?", ":")) else label + ":"

    def tasks_table(self: Sections, cycle: CycleSnap) -> Table:
        w = self.w
        rows = [
            [
                self.cell(t.what),
                self.cell(t.who),
                self.cell(t.when),
                self.cell(t.where),
                self.p("✓" if t.done else "", self.st.cell),
            ]
            for t in cycle.tasks
        ]
        header = [w("col_what"), w("col_who"), w("col_when"), w("col_where"), w("col_done")]
        texts = [x for t in cycle.tasks for x in (t.what, t.who, t.when, t.where)]
        return self.table(header, rows, [0.33, 0.18, 0.18, 0.21, 0.10], texts)

    def questions_table(self: Sections, cycle: CycleSnap, results: bool = True) -> Table:
        w = self.w
        asked = [q for q in cycle.questions if q.question.strip() or q.prediction.strip() or q.result.strip()]
        if not results:
            rows = [[self.cell(q.question), self.cell(q.prediction)] for q in asked]
            texts = [x for q in asked for x in (q.question, q.prediction)]
            return self.table([w("col_question"), w("col_prediction")], rows, [0.45, 0.55], texts)
        rows = [[self.cell(q.question), self.cell(q.prediction), self.cell(q.result)] for q in asked]
        texts = [x for q in asked for x in (q.question, q.prediction, q.result)]
        header = [w("col_question"), w("col_prediction"), w("col_result")]
        return self.table(header, rows, [0.30, 0.35, 0.35], texts)

    def earlier_line(self: Sections, c: CycleSnap) -> Para:
        w = self.w
        head = w("earlier_cycle_line", n=c.number)
        if c.decision:
            head += " · " + self.content.decisions.get(c.decision, c.decision)
        parts = [short(c.objective, 160)] if c.objective.strip() else []
        if c.learning.strip():
            parts.append(f"{w('learning')}: {short(c.learning, 160)}")
        elif c.decision_reason.strip():
            parts.append(short(c.decision_reason, 160))
        text = " – ".join(parts) or w("none")
        return Para(f"<b>{inline(head, FONT_BOLD)}:</b> {inline(text)}", self.st.body)
