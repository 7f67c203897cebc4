"""What the measurements say to the leader: refused values, and the anonymity warning (a say.py catalog)."""

from __future__ import annotations

MEASURE_WORDS: dict[str, dict[str, str]] = {
    "answer_out_of_scale": {
        "da": "Svarene skal være hele tal fra {low} til {high}. Ret svar nr. {position}, så gemmes målingen.",
        "en": "Answers must be whole numbers from {low} to {high}. Correct answer no. {position} and the "
        "measurement is saved.",
    },
    "answers_per_respondent": {
        "da": "Hver besvarelse skal have et svar på hvert af de {count} udsagn.",
        "en": "Each response needs an answer to each of the {count} statements.",
    },
    "average_out_of_scale": {
        "da": "Gennemsnittene skal ligge fra {low} til {high} – ét for hvert af de {count} udsagn.",
        "en": "The averages must lie from {low} to {high} – one for each of the {count} statements.",
    },
    "no_answers": {
        "da": "Målingen har ingen svar endnu. Skriv mindst én besvarelse eller gennemsnittene.",
        "en": "The measurement has no answers yet. Enter at least one response or the averages.",
    },
    "count_not_whole": {
        "da": "Et antal skal være et helt tal, 0 eller derover.",
        "en": "A count must be a whole number, 0 or more.",
    },
    "count_above_total": {
        "da": "Antallet ({count}) kan ikke være større end det samlede antal ({total}).",
        "en": "The count ({count}) cannot be larger than the total ({total}).",
    },
    "staircase_steps": {
        "da": "Trappen har fem trin: skriv et antal for hvert trin (0, hvis ingen står der).",
        "en": "The staircase has five steps: enter a number for each step (0 if no one is there).",
    },
    "guldkorn_rating": {
        "da": "Hvert guldkorn er enten til stede eller et, I vil styrke.",
        "en": "Each gold nugget is either present or one you want to strengthen.",
    },
    "few_respondents": {
        "da": "Færre end tre har svaret, så svarene er måske ikke anonyme.",
        "en": "Fewer than three have answered, so the answers may not be anonymous.",
    },
    # The PDF's words for measurements (export/pdf_measurements.py).
    "pdf_measurements": {"da": "Målinger", "en": "Measurements"},
    "decimal_mark": {"da": ",", "en": "."},
    "pdf_cycle_role": {"da": "Runde {n} · {role}", "en": "Cycle {n} · {role}"},
    "pdf_baseline": {"da": "før", "en": "before"},
    "pdf_follow_up": {"da": "efter", "en": "after"},
    "pdf_median": {"da": "Median {value}", "en": "Median {value}"},
    "pdf_over_cycles": {"da": "{what} over runderne", "en": "{what} over the cycles"},
    "pdf_chart_stress_staircase": {
        "da": "(kurven: hvor mange der står på de to første trin)",
        "en": "(the chart: how many stand on the first two steps)",
    },
    "pdf_chart_guldkorn": {
        "da": "(kurven: hvor mange guldkorn der er til stede)",
        "en": "(the chart: how many gold nuggets are present)",
    },
    "pdf_change": {"da": "{change} siden sidst", "en": "{change} since last time"},
    "pdf_of": {"da": "{count} af {total}", "en": "{count} of {total}"},
    "pdf_strengthen": {"da": "styrk: {which}", "en": "strengthen: {which}"},
    "pdf_all_present": {"da": "alle til stede", "en": "all present"},
    "pdf_staircase_left": {
        "da": "{n} af {total} på de to første trin",
        "en": "{n} of {total} on the first two steps",
    },
    "pdf_guldkorn_present": {"da": "{n} af {total} til stede", "en": "{n} of {total} present"},
    "pdf_respondents": {"da": "{n} svar", "en": "{n} responses"},
    "kind_psych_safety": {"da": "Psykologisk tryghed", "en": "Psychological safety"},
    "kind_stress_staircase": {"da": "Stresstrappen", "en": "The stress staircase"},
    "kind_guldkorn": {"da": "De seks guldkorn", "en": "The six gold nuggets"},
    "kind_count": {"da": "Eget antal", "en": "Own count"},
}
