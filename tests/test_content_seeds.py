"""The course texts say what the course's own material (the seeds) says, and Handleplan's own texts say so."""

from __future__ import annotations

import pytest

from handleplan.content import PROMPT_KINDS, load_content

LANGS = ("da", "en")


def test_edmondsons_definition_says_humiliated() -> None:
    danish = load_content("da").tool("psykologisk_tryghed")
    english = load_content("en").tool("psykologisk_tryghed")
    assert "ydmyget" in danish.summary and "grin" not in danish.summary
    assert "humiliated" in english.summary


def test_the_last_milestone_is_the_seeds_text() -> None:
    last = load_content("da").milestones[-1]
    assert last.aims == (
        "Introduktion til et udpluk af den nyeste viden og modeller fra uddannelsen",
        "Sæt fokus på det, I som TRIO ønsker at arbejde videre med fra uddannelsen",
        "Afstem roller og forventninger",
    )


def test_psychological_safety_questions_belong_to_modul_1() -> None:
    prompts = load_content("da").prompts
    assert any("psykologisk tryghed" in p or "psykologiske tryghed" in p for p in prompts["modul1"])
    assert "Hvor lykkes vi med at skabe psykologisk trygge og tillidsfulde rum?" in prompts["modul1"]
    assert not any("psykologisk" in p for p in prompts["modul2"])


def test_the_guldkorn_keep_the_seeds_names() -> None:
    group = next(g for g in load_content("da").tag_groups if g.key == "guldkorn")
    assert [tag.label for tag in group.tags] == [
        "Indflydelse", "Mening", "Forudsigelighed", "Social støtte", "Belønning", "Krav",
    ]  # fmt: skip
    tool = load_content("da").tool("seks_guldkorn")
    assert tool.sections[0].items[4].startswith("Belønning: »Jeg får anerkendelse")
    assert any("ikke om løn" in item for item in tool.sections[0].items)  # the explanation beside it


@pytest.mark.parametrize("lang", LANGS)
def test_safety_bands_in_the_seeds_order_and_the_ranges_marked_as_handleplans(lang: str) -> None:
    safety = load_content(lang).psych_safety
    assert [band.key for band in safety.bands] == ["virkelig_lav", "ok_mere", "styrkes", "rigtig_god"]
    assert "Handleplan" in safety.ranges_note
    assert (safety.scale_min, safety.scale_max) == (1, 10)


def test_the_seven_statements_are_the_courses_positive_wording() -> None:
    danish = load_content("da").psych_safety.statements
    english = load_content("en").psych_safety.statements
    assert len(danish) == len(english) == 7
    assert danish[0] == "I teamet bebrejder vi sjældent andre for deres fejl og risici"
    # Not Edmondson's original English with its three reverse-scored items.
    assert not any(
        "held against you" in s or "difficult to ask" in s or "reject others" in s for s in english
    )


@pytest.mark.parametrize("lang", LANGS)
def test_every_prompt_kind_says_whose_questions_they_are(lang: str) -> None:
    origins = load_content(lang).prompt_origins
    assert set(origins) == set(PROMPT_KINDS)
    for kind in ("modul2", "modul3", "trio", "free"):
        assert "Handleplan" in origins[kind], kind


def test_iglo_suggestions_are_the_seeds_only() -> None:
    leader = load_content("da").levels["leder"].suggestions
    assert len(leader) == 3
    assert leader[2].startswith("Taler åbent om psykisk arbejdsmiljø i 1:1")


@pytest.mark.parametrize("lang", LANGS)
def test_every_tag_group_names_its_tool(lang: str) -> None:
    content = load_content(lang)
    assert all(content.tool(group.tool) is not None for group in content.tag_groups)


@pytest.mark.parametrize("lang", LANGS)
def test_the_staircase_has_five_steps_with_signs_and_the_leaders_options(lang: str) -> None:
    steps = load_content(lang).staircase
    assert [s.key for s in steps] == ["tempereret", "opvarmet", "overophedet", "nedsmeltet", "udbraendt"]
    assert all(s.signs and s.options for s in steps)
    if lang == "da":
        assert "Gør pausen legitim" in steps[1].options
