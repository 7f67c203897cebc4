"""The PDF's own fixed words in Danish and English (course words come from the content files).

One catalog of the shape every catalog has (see say.py); `Words` says them in one language.
"""

from __future__ import annotations

from datetime import date

from handleplan.say import Catalog, norm_lang, say

WORDS: Catalog = {
    "doc_title": {"da": "Handleplan", "en": "Action plan"},
    "cover_kicker": {
        "da": "Lederens handleplan for psykisk arbejdsmiljø",
        "en": "The leader's action plan for the psychosocial work environment",
    },
    "cover_question": {
        "da": "Hvor og hvordan i min egen praksis vil jeg sætte tiltag i gang for at styrke det psykiske "
        "arbejdsmiljø i min organisation, enhed eller team?",
        "en": "Where and how in my own practice will I start initiatives to strengthen the psychosocial "
        "work environment in my organisation, unit or team?",
    },
    "for_milestone": {"da": "Til {title}, {date}", "en": "For {title}, {date}"},
    "for_milestone_undated": {"da": "Til {title}", "en": "For {title}"},
    "leader": {"da": "Leder", "en": "Leader"},
    "organisation": {"da": "Organisation", "en": "Organisation"},
    "unit": {"da": "Enhed", "en": "Unit"},
    "course": {"da": "Forløb", "en": "Course"},
    "trio": {"da": "TRIO", "en": "TRIO"},
    "made_on": {"da": "Udarbejdet", "en": "Made on"},
    "confidential": {"da": "Fortroligt", "en": "Confidential"},
    "confidential_note": {
        "da": "Fortroligt – indeholder lederens egne noter om arbejdsmiljøet. Del kun med dem, den er "
        "lavet til.",
        "en": "Confidential – contains the leader's own notes on the work environment. Share only with "
        "those it was made for.",
    },
    "contents": {"da": "Indhold", "en": "Contents"},
    "focus": {"da": "Mit fokus", "en": "My focus"},
    "focus_empty": {"da": "Der er ikke skrevet et fokus endnu.", "en": "No focus has been written yet."},
    "course_intro": {
        "da": "Det tema, jeg især vil have input til gennem forløbet:",
        "en": "The theme I especially want input on during the course:",
    },
    "overview": {"da": "Overblik", "en": "Overview"},
    "summary": {"da": "Sammenfatning", "en": "Summary"},
    "col_measured": {"da": "Målt ændring", "en": "Change measured"},
    "summary_change": {
        "da": "{what}: {first} → {last} ({change})",
        "en": "{what}: {first} → {last} ({change})",
    },
    "summary_measured_once": {
        "da": "{what} før: {value}",
        "en": "{what} before: {value}",
    },
    "dates_ahead": {"da": "Det, der er tilbage af forløbet", "en": "What is left of the course"},
    "no_dates_ahead": {
        "da": "Der er ingen datoer tilbage i forløbet.",
        "en": "There are no dates left in the course.",
    },
    "dates_more": {"da": "og {n} datoer mere", "en": "and {n} more dates"},
    "initiatives": {"da": "Tiltag", "en": "Initiatives"},
    "no_initiatives": {
        "da": "Der er ingen tiltag i denne udgave af handleplanen.",
        "en": "There are no initiatives in this version of the plan.",
    },
    "col_initiative": {"da": "Tiltag", "en": "Initiative"},
    "col_cycle": {"da": "Runde og fase", "en": "Cycle and phase"},
    "col_status": {"da": "Status", "en": "Status"},
    "col_next": {"da": "Næste skridt", "en": "Next step"},
    "col_iglo": {"da": "IGLO – hvem", "en": "IGLO – who"},
    "cycle_phase": {"da": "Runde {n} · {phase}", "en": "Cycle {n} · {phase}"},
    "no_cycle": {"da": "Ingen runde endnu", "en": "No cycle yet"},
    "themes": {"da": "Temaer", "en": "Themes"},
    "current_cycle": {"da": "Runde {n}", "en": "Cycle {n}"},
    "now_in": {"da": "nu i fasen {phase}", "en": "now in the {phase} phase"},
    "col_what": {"da": "Hvad", "en": "What"},
    "col_who": {"da": "Hvem", "en": "Who"},
    "col_when": {"da": "Hvornår", "en": "When"},
    "col_where": {"da": "Hvor", "en": "Where"},
    "col_done": {"da": "Udført", "en": "Done"},
    "col_question": {"da": "Spørgsmål", "en": "Question"},
    "col_prediction": {"da": "Forudsigelse", "en": "Prediction"},
    "col_result": {"da": "Resultat", "en": "Result"},
    "predictions": {"da": "Forudsigelser og resultater", "en": "Predictions and results"},
    "dialogue_next": {"da": "Hvem gør hvad nu?", "en": "Who does what next?"},
    "yes": {"da": "Ja", "en": "Yes"},
    "no": {"da": "Nej", "en": "No"},
    "learning": {"da": "Det har jeg lært", "en": "What I have learned"},
    "same_as": {"da": "Som »{label}« i runde {n}.", "en": "As “{label}” in cycle {n}."},
    "earlier_cycles": {"da": "Tidligere runder", "en": "Earlier cycles"},
    "earlier_cycle_line": {"da": "Runde {n}", "en": "Cycle {n}"},
    "iglo": {"da": "Hvem gør hvad (IGLO)", "en": "Who does what (IGLO)"},
    "col_level": {"da": "Niveau", "en": "Level"},
    "col_due": {"da": "Frist", "en": "Due"},
    "col_state": {"da": "Status", "en": "Status"},
    "done": {"da": "Udført", "en": "Done"},
    "open": {"da": "Åben", "en": "Open"},
    "no_roles": {"da": "Der er ikke fordelt roller endnu.", "en": "No roles have been assigned yet."},
    "reflections": {"da": "Refleksioner", "en": "Reflections"},
    "reflections_since": {"da": "Refleksioner siden {title}", "en": "Reflections since {title}"},
    "no_reflections": {
        "da": "Der er ingen refleksioner at vise fra perioden.",
        "en": "There are no reflections to show from this period.",
    },
    "afrunding_from": {"da": "Afrunding på {title}", "en": "Wrap-up of {title}"},
    "free_reflection": {"da": "Refleksion", "en": "Reflection"},
    "linked": {"da": "Knyttet til", "en": "Linked to"},
    "private": {"da": "privat", "en": "private"},
    "notes_blank": {"da": "Noter", "en": "Notes"},
    "trio_meetings": {"da": "TRIO-møder", "en": "TRIO meetings"},
    "no_trio": {
        "da": "Der er ikke noteret noget fra TRIO-møder endnu.",
        "en": "Nothing has been noted from TRIO meetings yet.",
    },
    "agreements": {"da": "Aftaler – hvem gør hvad", "en": "Agreements – who does what"},
    "agreements_elsewhere": {
        "da": "Aftalerne om et tiltag står under tiltaget: {titles}.",
        "en": "The agreements about an initiative are under that initiative: {titles}.",
    },
    "bring_in_discussion": {
        "da": "{label}: står under »Det vil jeg gerne drøfte«.",
        "en": "{label}: see “What I would like to discuss”.",
    },
    "discussion": {"da": "Det vil jeg gerne drøfte", "en": "What I would like to discuss"},
    "discussion_own": {"da": "Mine punkter til {title}", "en": "My points for {title}"},
    "discussion_trio": {"da": "Fra {title}, {date}", "en": "From {title}, {date}"},
    "discussion_empty": {
        "da": "Skriv dine punkter her inden {title}:",
        "en": "Write your points here before {title}:",
    },
    "page": {"da": "Side {page} af {total}", "en": "Page {page} of {total}"},
    "none": {"da": "–", "en": "–"},
    "subject": {
        "da": "Handleplan til {title} – lederens rolle i psykisk arbejdsmiljø",
        "en": "Action plan for {title} – the leader's role in the psychosocial work environment",
    },
    "subject_plain": {
        "da": "Handleplan – lederens rolle i psykisk arbejdsmiljø",
        "en": "Action plan – the leader's role in the psychosocial work environment",
    },
    "keywords": {
        "da": "handleplan, psykisk arbejdsmiljø, PDSA, IGLO, TRIO",
        "en": "action plan, psychosocial work environment, PDSA, IGLO, TRIO",
    },
    # The months, for dates written out (Words.date).
    "month_1": {"da": "januar", "en": "January"},
    "month_2": {"da": "februar", "en": "February"},
    "month_3": {"da": "marts", "en": "March"},
    "month_4": {"da": "april", "en": "April"},
    "month_5": {"da": "maj", "en": "May"},
    "month_6": {"da": "juni", "en": "June"},
    "month_7": {"da": "juli", "en": "July"},
    "month_8": {"da": "august", "en": "August"},
    "month_9": {"da": "september", "en": "September"},
    "month_10": {"da": "oktober", "en": "October"},
    "month_11": {"da": "november", "en": "November"},
    "month_12": {"da": "december", "en": "December"},
    # The PDF's language tag (its metadata), not a word shown.
    "pdf_lang": {"da": "da-DK", "en": "en-GB"},
}

__all__ = ["WORDS", "Words", "norm_lang"]


class Words:
    """`w("page", page=3, total=9)` in one language; dates written out the way the language writes them."""

    def __init__(self, lang: str) -> None:
        self.lang = norm_lang(lang)

    def __call__(self, key: str, **params: object) -> str:
        return say(WORDS, key, self.lang, **params)

    def date(self, when: date | None) -> str:
        """ "14. januar 2026" / "14 January 2026": one form everywhere in the PDF, tables included."""
        if when is None:
            return self("none")
        month = self(f"month_{when.month}")
        # Danish writes the day as an ordinal with a full stop; English does not.
        if self.lang == "da":
            return f"{when.day}. {month} {when.year}"
        return f"{when.day} {month} {when.year}"

    @property
    def pdf_lang(self) -> str:
        return self("pdf_lang")
