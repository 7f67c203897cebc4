"""The course content files load in both languages and keep the same structure."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from languages import danish_in_english, english_in_danish

from handleplan import content as content_module
from handleplan.content import (
    LEVEL_KEYS,
    PHASE_KEYS,
    PROMPT_KINDS,
    ContentError,
    CourseContent,
    available_languages,
    load_content,
)
from handleplan.paths import resources_dir

LANGS = ("da", "en")
STRUCTURAL_KEYS = {"key", "kind", "offset_weeks", "tool"}  # "tool" names a tool by its key


def _raw(lang: str) -> dict[str, Any]:
    return json.loads((resources_dir() / "content" / f"{lang}.json").read_text(encoding="utf-8"))


def _skeleton(value: Any, name: str = "") -> Any:
    """The shape of the JSON: keys, list lengths, kinds and offsets – with every translatable text blanked."""
    if isinstance(value, dict):
        return {k: _skeleton(v, k) for k, v in value.items() if k != "lang"}
    if isinstance(value, list):
        return [_skeleton(v) for v in value]
    if name in STRUCTURAL_KEYS:
        return value
    return type(value).__name__


def _all_texts(value: Any) -> list[str]:
    """Every translatable text, leaving out keys, kinds and the language code."""
    if isinstance(value, dict):
        skip = STRUCTURAL_KEYS | {"lang"}
        return [text for k, v in value.items() if k not in skip for text in _all_texts(v)]
    if isinstance(value, list):
        return [text for v in value for text in _all_texts(v)]
    return [value] if isinstance(value, str) else []


@pytest.fixture
def content_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A private content folder for broken files, with the loader's cache emptied before and after."""
    folder = tmp_path / "content"
    folder.mkdir()
    monkeypatch.setattr(content_module, "resources_dir", lambda: tmp_path)
    content_module._load.cache_clear()
    content_module.load_content.cache_clear()
    yield folder
    content_module._load.cache_clear()
    content_module.load_content.cache_clear()


@pytest.mark.parametrize("lang", LANGS)
def test_both_languages_load(lang: str) -> None:
    content = load_content(lang)
    assert isinstance(content, CourseContent)
    assert content.lang == lang


def test_both_languages_are_available() -> None:
    assert set(LANGS) <= set(available_languages())


def test_load_is_cached_per_language() -> None:
    assert load_content("da") is load_content("da")
    assert load_content("en") is not load_content("da")


@pytest.mark.parametrize("lang", ["xx", "", "de_DE", "../da"])
def test_unknown_language_falls_back_to_danish(lang: str) -> None:
    assert load_content(lang) is load_content("da")


def test_regional_language_code_uses_its_language() -> None:
    assert load_content("en_GB") is load_content("en")
    assert load_content("da-DK") is load_content("da")


def test_da_and_en_have_the_same_json_shape() -> None:
    assert _skeleton(_raw("da")) == _skeleton(_raw("en"))


def test_da_and_en_have_the_same_structure() -> None:
    da, en = load_content("da"), load_content("en")
    assert [m.kind for m in da.milestones] == [m.kind for m in en.milestones]
    assert [m.offset_weeks for m in da.milestones] == [m.offset_weeks for m in en.milestones]
    assert [t.key for t in da.all_tags()] == [t.key for t in en.all_tags()]
    assert [g.key for g in da.tag_groups] == [g.key for g in en.tag_groups]
    assert [t.key for t in da.tools] == [t.key for t in en.tools]
    assert {k: len(v) for k, v in da.prompts.items()} == {k: len(v) for k, v in en.prompts.items()}
    assert list(da.levels) == list(en.levels)
    assert {k: len(v.suggestions) for k, v in da.levels.items()} == {
        k: len(v.suggestions) for k, v in en.levels.items()
    }
    assert len(da.trio_roles) == len(en.trio_roles)


def test_english_is_translated() -> None:
    da, en = load_content("da"), load_content("en")
    assert [p.title for p in en.phases.values()] == ["Plan", "Do", "Study", "Act"]
    assert en.decisions == {"adopt": "Adopt", "adapt": "Adapt", "abandon": "Abandon"}
    shared = set(_all_texts(_raw("da"))) & set(_all_texts(_raw("en")))
    # Only names and literature references may be the same in both languages.
    assert len(shared) < 15, sorted(shared)
    assert da.milestones[1].subtitle != en.milestones[1].subtitle


# Danish the English content rightly keeps, and why.
KEPT_IN_ENGLISH = {
    "Søndergaard": "a name (Tage Søndergaard Kristensen)",
    "MED": "the Danish committee, given beside its English name (consultation committee, MED/HSU)",
}
CITATION = re.compile(r"\(\d{4}\):")  # "Author (2016): Title" – a title stays in the language it has


def test_neither_language_is_left_in_the_other() -> None:
    """The same check as for the catalogs (tests/test_words.py), on every course text."""
    english = [
        (text, found)
        for text in _all_texts(_raw("en"))
        if not CITATION.search(text)
        and (found := [w for w in danish_in_english(text) if w not in KEPT_IN_ENGLISH])
    ]
    danish = [
        (text, found)
        for text in _all_texts(_raw("da"))
        if not CITATION.search(text) and (found := english_in_danish(text))
    ]
    assert english == [] and danish == []
    assert danish_in_english("Plan the next tiltag with your TRIO") == ["tiltag"]  # it does catch a slip


def test_danish_texts_use_danish_letters() -> None:
    text = " ".join(_all_texts(_raw("da")))
    for letter in "æøå":
        assert letter in text


def test_danish_uses_the_course_words() -> None:
    da = load_content("da")
    assert [p.title for p in da.phases.values()] == ["Planlæg", "Udfør", "Evaluér", "Justér"]
    assert da.decisions == {"adopt": "Fasthold", "adapt": "Justér", "abandon": "Opgiv"}
    assert [level.title for level in da.levels.values()] == ["Individ", "Gruppe", "Leder", "Organisation"]
    assert da.statuses == {"idea": "Idé", "active": "I gang", "done": "Afsluttet", "abandoned": "Opgivet"}


def test_default_forloeb_runs_in_course_order() -> None:
    milestones = load_content("da").milestones
    assert [m.kind for m in milestones] == ["opstart", "modul1", "trio", "modul2", "trio", "modul3", "trio"]
    offsets = [m.offset_weeks for m in milestones]
    assert offsets[0] == 0
    assert offsets == sorted(offsets) and len(set(offsets)) == len(offsets)
    assert all(m.place == "" for m in milestones)
    assert all(m.aims for m in milestones)


@pytest.mark.parametrize("lang", LANGS)
def test_tag_keys_are_unique_ascii(lang: str) -> None:
    keys = [tag.key for tag in load_content(lang).all_tags()]
    assert len(keys) == len(set(keys))
    assert all(key.isascii() and key.replace("_", "").isalnum() for key in keys)


def test_tag_groups_hold_the_course_models() -> None:
    groups = {group.key: [tag.key for tag in group.tags] for group in load_content("da").tag_groups}
    assert len(groups["risk"]) == 5
    guldkorn = ["indflydelse", "mening", "forudsigelighed", "social_stotte", "anerkendelse", "krav"]
    assert groups["guldkorn"] == guldkorn
    assert groups["tryghed"] == ["inkludere", "laere", "bidrage", "udfordre"]


def test_tag_lookup() -> None:
    content = load_content("da")
    tag = content.tag("social_stotte")
    assert tag is not None and tag.label == "Social støtte" and tag.group == "guldkorn"
    assert content.tag("does_not_exist") is None


@pytest.mark.parametrize("lang", LANGS)
def test_every_phase_has_its_title_and_the_course_questions(lang: str) -> None:
    phases = load_content(lang).phases
    assert list(phases) == list(PHASE_KEYS)
    for key in PHASE_KEYS:
        assert phases[key].title.strip() and phases[key].questions


@pytest.mark.parametrize("lang", LANGS)
def test_prompts_per_kind(lang: str) -> None:
    content = load_content(lang)
    for kind in PROMPT_KINDS:
        prompts = content.prompts_for(kind)
        # Modul 1 carries the REFLEKSION questions of its slides as well as the Afrunding.
        assert (1 <= len(prompts) <= 2) if kind == "free" else (3 <= len(prompts) <= 12), kind


def test_unknown_prompt_kind_gets_free_prompts() -> None:
    content = load_content("da")
    assert content.prompts_for("other") == content.prompts["free"]
    assert content.prompts_for("modul1") != content.prompts["free"]


def test_module_prompts_end_with_the_afrunding() -> None:
    prompts = load_content("da").prompts_for("modul1")
    assert "Hvad tager jeg særligt med mig fra i dag?" in prompts
    assert "Hvad skal jeg hjem og gøre?" in prompts


def test_milestone_template_by_kind() -> None:
    content = load_content("da")
    template = content.milestone_template("modul2")
    assert template is not None and template.title == "Modul 2"
    assert content.milestone_template("nothing") is None


@pytest.mark.parametrize("lang", LANGS)
def test_levels_have_suggestions(lang: str) -> None:
    levels = load_content(lang).levels
    assert tuple(levels) == LEVEL_KEYS
    # The seed's slide "ALLE SPILLER EN ROLLE" gives three or four per level.
    assert all(3 <= len(level.suggestions) <= 6 for level in levels.values())


@pytest.mark.parametrize("lang", LANGS)
def test_tools_are_complete(lang: str) -> None:
    content = load_content(lang)
    assert 7 <= len(content.tools) <= 10
    assert len({tool.key for tool in content.tools}) == len(content.tools)
    for tool in content.tools:
        assert tool.title and tool.summary and tool.sections
        assert all(section.heading and section.items for section in tool.sections)
        assert tool.sources and all(tool.sources), tool.key
    assert content.tool("stresstrappen") is not None
    assert content.tool("nothing") is None


def test_content_keys_match_the_stored_vocabularies() -> None:
    from handleplan.models.enums import Decision, InitiativeStatus, Level, MilestoneKind, Phase

    content = load_content("da")
    assert set(content.decisions) == {d.value for d in Decision}
    assert set(content.statuses) == {s.value for s in InitiativeStatus}
    assert set(content.levels) == {level.value for level in Level}
    assert set(content.phases) == {p.value for p in Phase}
    assert {m.kind for m in content.milestones} <= {k.value for k in MilestoneKind}


def test_missing_key_raises_content_error(content_dir: Path) -> None:
    raw = _raw("da")
    del raw["phases"]["plan"]["questions"]
    (content_dir / "da.json").write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ContentError, match=r"phases\.plan\.questions is missing"):
        load_content("da")


def test_missing_top_level_key_raises_content_error(content_dir: Path) -> None:
    raw = _raw("da")
    del raw["tools"]
    (content_dir / "da.json").write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ContentError, match="tools is missing"):
        load_content("da")


def test_duplicate_tag_key_raises_content_error(content_dir: Path) -> None:
    raw = _raw("da")
    raw["tag_groups"][1]["tags"][0]["key"] = "workload"
    (content_dir / "da.json").write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ContentError, match="used twice"):
        load_content("da")


def test_broken_json_raises_content_error(content_dir: Path) -> None:
    (content_dir / "da.json").write_text("{ not json", encoding="utf-8")
    with pytest.raises(ContentError, match="cannot be read"):
        load_content("da")


def test_content_error_is_a_value_error() -> None:
    assert issubclass(ContentError, ValueError)
