"""The PDF's own fixed words in Danish and English (course words come from the content files)."""

from __future__ import annotations

from datetime import date

WORDS: dict[str, dict[str, str]] = {
    "da": {
        "doc_title": "Handleplan",
        "cover_kicker": "Lederens handleplan for psykisk arbejdsmiljø",
        "cover_question": "Hvor og hvordan i min egen praksis vil jeg sætte tiltag i gang for at styrke det "
        "psykiske arbejdsmiljø i min organisation, enhed eller team?",
        "for_milestone": "Til {title}, {date}",
        "for_milestone_undated": "Til {title}",
        "leader": "Leder",
        "organisation": "Organisation",
        "unit": "Enhed",
        "course": "Forløb",
        "trio": "TRIO",
        "made_on": "Udarbejdet",
        "confidential": "Fortroligt",
        "confidential_note": "Fortroligt – indeholder lederens egne noter om arbejdsmiljøet. Del kun med "
        "dem, den er lavet til.",
        "contents": "Indhold",
        "focus": "Mit fokus",
        "focus_empty": "Der er ikke skrevet et fokus endnu.",
        "course_intro": "Det tema, jeg især vil have input til gennem forløbet:",
        "overview": "Overblik",
        "initiatives": "Tiltag",
        "no_initiatives": "Der er ingen tiltag i denne udgave af handleplanen.",
        "col_initiative": "Tiltag",
        "col_cycle": "Runde og fase",
        "col_status": "Status",
        "col_next": "Næste skridt",
        "col_iglo": "IGLO – hvem",
        "cycle_phase": "Runde {n} · {phase}",
        "no_cycle": "Ingen runde endnu",
        "goal": "Det vil jeg opnå",
        "why": "Derfor er det vigtigt",
        "themes": "Temaer",
        "current_cycle": "Runde {n}",
        "now_in": "nu i fasen {phase}",
        "objective": "Mål for runden",
        "measure": "Sådan ved vi, at det er en forbedring",
        "data_plan": "Data – hvad, hvem, hvornår",
        "tasks": "Opgaver",
        "col_what": "Hvad",
        "col_who": "Hvem",
        "col_when": "Hvornår",
        "col_where": "Hvor",
        "col_done": "Udført",
        "col_question": "Spørgsmål",
        "col_prediction": "Forudsigelse",
        "col_result": "Resultat",
        "predictions": "Forudsigelser og resultater",
        "method": "Metode og redskaber",
        "helpers": "Hvem hjælper mig",
        "as_planned": "Gennemført som planlagt",
        "yes": "Ja",
        "no": "Nej",
        "observations": "Iagttagelser undervejs",
        "unplanned": "Det, der ikke var planlagt",
        "learning": "Det har jeg lært",
        "comparison": "Før og efter",
        "decision": "Beslutning",
        "reason": "Begrundelse",
        "next_step": "Næste skridt",
        "not_yet": "Ikke udfyldt endnu.",
        "earlier_cycles": "Tidligere runder",
        "earlier_cycle_line": "Runde {n}",
        "iglo": "Hvem gør hvad (IGLO)",
        "col_level": "Niveau",
        "col_due": "Frist",
        "col_state": "Status",
        "done": "Udført",
        "open": "Åben",
        "no_roles": "Der er ikke fordelt roller endnu.",
        "reflections": "Refleksioner",
        "reflections_since": "Refleksioner siden {title}",
        "no_reflections": "Der er ingen refleksioner at vise fra perioden.",
        "free_reflection": "Refleksion",
        "linked": "Knyttet til",
        "private": "privat",
        "notes": "Mine noter",
        "notes_blank": "Noter",
        "trio_meetings": "TRIO-møder",
        "no_trio": "Der er ikke noteret noget fra TRIO-møder endnu.",
        "meeting_notes": "Noter fra mødet",
        "agreements": "Aftaler – hvem gør hvad",
        "bring_to_next": "Det tager vi med til næste modul",
        "discussion": "Det vil jeg gerne drøfte",
        "discussion_own": "Mine punkter til {title}",
        "discussion_trio": "Fra {title}, {date}",
        "discussion_empty": "Skriv dine punkter her inden {title}:",
        "page": "Side {page} af {total}",
        "none": "–",
        "subject": "Handleplan til {title} – lederens rolle i psykisk arbejdsmiljø",
        "subject_plain": "Handleplan – lederens rolle i psykisk arbejdsmiljø",
        "keywords": "handleplan, psykisk arbejdsmiljø, PDSA, IGLO, TRIO",
    },
    "en": {
        "doc_title": "Action plan",
        "cover_kicker": "The leader's action plan for the psychosocial work environment",
        "cover_question": "Where and how in my own practice will I start initiatives to strengthen the "
        "psychosocial work environment in my organisation, unit or team?",
        "for_milestone": "For {title}, {date}",
        "for_milestone_undated": "For {title}",
        "leader": "Leader",
        "organisation": "Organisation",
        "unit": "Unit",
        "course": "Course",
        "trio": "TRIO",
        "made_on": "Made on",
        "confidential": "Confidential",
        "confidential_note": "Confidential – contains the leader's own notes on the work environment. Share "
        "only with those it was made for.",
        "contents": "Contents",
        "focus": "My focus",
        "focus_empty": "No focus has been written yet.",
        "course_intro": "The theme I especially want input on during the course:",
        "overview": "Overview",
        "initiatives": "Initiatives",
        "no_initiatives": "There are no initiatives in this version of the plan.",
        "col_initiative": "Initiative",
        "col_cycle": "Cycle and phase",
        "col_status": "Status",
        "col_next": "Next step",
        "col_iglo": "IGLO – who",
        "cycle_phase": "Cycle {n} · {phase}",
        "no_cycle": "No cycle yet",
        "goal": "What I want to achieve",
        "why": "Why it matters",
        "themes": "Themes",
        "current_cycle": "Cycle {n}",
        "now_in": "now in the {phase} phase",
        "objective": "Objective of this cycle",
        "measure": "How we will know it is an improvement",
        "data_plan": "Data – what, who, when",
        "tasks": "Tasks",
        "col_what": "What",
        "col_who": "Who",
        "col_when": "When",
        "col_where": "Where",
        "col_done": "Done",
        "col_question": "Question",
        "col_prediction": "Prediction",
        "col_result": "Result",
        "predictions": "Predictions and results",
        "method": "Method and tools",
        "helpers": "Who helps me",
        "as_planned": "Carried out as planned",
        "yes": "Yes",
        "no": "No",
        "observations": "Observations along the way",
        "unplanned": "What was not planned",
        "learning": "What I have learned",
        "comparison": "Before and after",
        "decision": "Decision",
        "reason": "Reason",
        "next_step": "Next step",
        "not_yet": "Not filled in yet.",
        "earlier_cycles": "Earlier cycles",
        "earlier_cycle_line": "Cycle {n}",
        "iglo": "Who does what (IGLO)",
        "col_level": "Level",
        "col_due": "Due",
        "col_state": "Status",
        "done": "Done",
        "open": "Open",
        "no_roles": "No roles have been assigned yet.",
        "reflections": "Reflections",
        "reflections_since": "Reflections since {title}",
        "no_reflections": "There are no reflections to show from this period.",
        "free_reflection": "Reflection",
        "linked": "Linked to",
        "private": "private",
        "notes": "My notes",
        "notes_blank": "Notes",
        "trio_meetings": "TRIO meetings",
        "no_trio": "Nothing has been noted from TRIO meetings yet.",
        "meeting_notes": "Notes from the meeting",
        "agreements": "Agreements – who does what",
        "bring_to_next": "What we bring to the next module",
        "discussion": "What I would like to discuss",
        "discussion_own": "My points for {title}",
        "discussion_trio": "From {title}, {date}",
        "discussion_empty": "Write your points here before {title}:",
        "page": "Page {page} of {total}",
        "none": "–",
        "subject": "Action plan for {title} – the leader's role in the psychosocial work environment",
        "subject_plain": "Action plan – the leader's role in the psychosocial work environment",
        "keywords": "action plan, psychosocial work environment, PDSA, IGLO, TRIO",
    },
}

MONTHS = {
    "da": (
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}
PDF_LANG = {"da": "da-DK", "en": "en-GB"}


def norm_lang(lang: str | None) -> str:
    code = (lang or "da").strip().lower().replace("-", "_").split("_")[0]
    return code if code in WORDS else "da"


class Words:
    """`w("page", page=3, total=9)` in one language; dates written out the way the language writes them."""

    def __init__(self, lang: str) -> None:
        self.lang = norm_lang(lang)
        self._words = WORDS[self.lang]

    def __call__(self, key: str, **params: object) -> str:
        text = self._words.get(key) or WORDS["da"].get(key) or key
        return text.format(**params) if params else text

    def date(self, when: date | None, short: bool = False) -> str:
        """ "14. januar 2026" / "14 January 2026"; short: "14.1.2026" / "14 Jan 2026"."""
        if when is None:
            return self("none")
        month = MONTHS[self.lang][when.month - 1]
        if short:
            if self.lang == "da":
                return f"{when.day}.{when.month}.{when.year}"
            return f"{when.day} {month[:3]} {when.year}"
        if self.lang == "da":
            return f"{when.day}. {month} {when.year}"
        return f"{when.day} {month} {when.year}"

    @property
    def pdf_lang(self) -> str:
        return PDF_LANG[self.lang]
