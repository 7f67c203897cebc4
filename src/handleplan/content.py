"""The course content (forløb, prompts, PDSA help, IGLO, tags, tools) loaded from resources/content/*.json."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from handleplan.paths import resources_dir

DEFAULT_LANG = "da"
LANGS: tuple[str, ...] = ("da", "en")  # one content file each
MILESTONE_KINDS: tuple[str, ...] = ("opstart", "modul1", "modul2", "modul3", "trio")
PROMPT_KINDS: tuple[str, ...] = (*MILESTONE_KINDS, "free")
PHASE_KEYS: tuple[str, ...] = ("plan", "do", "study", "act")  # each field's help is in handleplan.fields
DECISION_KEYS: tuple[str, ...] = ("adopt", "adapt", "abandon")
STATUS_KEYS: tuple[str, ...] = ("idea", "active", "done", "abandoned")
LEVEL_KEYS: tuple[str, ...] = ("individ", "gruppe", "leder", "organisation")


class ContentError(ValueError):
    """A content file is missing, unreadable or lacks something the app relies on."""


class MilestoneTemplate(NamedTuple):
    kind: str
    title: str
    subtitle: str
    aims: tuple[str, ...]
    offset_weeks: int
    place: str = ""


class PhaseHelp(NamedTuple):
    key: str
    title: str
    questions: tuple[str, ...]


class Level(NamedTuple):
    key: str
    title: str
    description: str
    suggestions: tuple[str, ...]


class Tag(NamedTuple):
    key: str
    label: str
    description: str
    group: str


class TagGroup(NamedTuple):
    key: str
    title: str
    tags: tuple[Tag, ...]
    tool: str  # the key of the tool that explains the group (Værktøjer)


class ToolSection(NamedTuple):
    heading: str
    items: tuple[str, ...]


class Tool(NamedTuple):
    key: str
    title: str
    summary: str
    sections: tuple[ToolSection, ...]
    sources: tuple[str, ...]  # the course's sources, named on the tool's page


class SafetyBand(NamedTuple):
    key: str
    label: str
    quote: str
    lower: float  # Handleplan's own range: the seed gives the bands, not the numbers (see ranges_note)


class StairStep(NamedTuple):
    key: str
    title: str  # "Opvarmet"
    pressure: str  # "begyndende pres"
    signs: tuple[str, ...]
    options: tuple[str, ...]  # the leader's handlemuligheder on this step


class PsychSafety(NamedTuple):
    """Modul 1's exercise "Mål jeres psykologiske tryghed": seven positively worded statements."""

    statements: tuple[str, ...]
    scale_min: int
    scale_max: int
    bands: tuple[SafetyBand, ...]  # in the seed's order, low to high
    ranges_note: str


class DialogueScript(NamedTuple):
    """A drejebog the leader can run in Udfør: its steps become the cycle's tasks."""

    key: str
    title: str
    tool: str  # the tool on Værktøjer that explains its topic
    steps: tuple[str, ...]  # rammesætning, spørgsmål, drøftelse, opsamling, afrunding


class CourseContent(NamedTuple):
    lang: str
    milestones: tuple[MilestoneTemplate, ...]
    prompts: dict[str, tuple[str, ...]]
    phases: dict[str, PhaseHelp]
    model_for_improvement: tuple[str, ...]
    decisions: dict[str, str]
    decision_help: dict[str, str]
    statuses: dict[str, str]
    levels: dict[str, Level]
    tag_groups: tuple[TagGroup, ...]
    trio_roles: tuple[str, ...]
    tools: tuple[Tool, ...]
    prompt_origins: dict[str, str]  # per prompt kind: whose questions they are (the course's or Handleplan's)
    psych_safety: PsychSafety
    staircase: tuple[StairStep, ...]  # Stress-/trivselstrappen, left (trivsel) to right (udbrændt)
    dialogue_scripts: tuple[DialogueScript, ...] = ()  # the drejebøger, in the course's order

    def tag(self, key: str) -> Tag | None:
        return next((tag for tag in self.all_tags() if tag.key == key), None)

    def all_tags(self) -> tuple[Tag, ...]:
        return tuple(tag for group in self.tag_groups for tag in group.tags)

    def milestone_template(self, kind: str) -> MilestoneTemplate | None:
        """The first milestone of that kind in the default forløb."""
        return next((m for m in self.milestones if m.kind == kind), None)

    def prompts_for(self, kind: str) -> tuple[str, ...]:
        """Reflection prompts for a milestone kind or "free"; anything else gets the free prompts."""
        return self.prompts.get(kind) or self.prompts["free"]

    def dialogue_script(self, key: str) -> DialogueScript | None:
        return next((script for script in self.dialogue_scripts if script.key == key), None)

    def tool(self, key: str) -> Tool | None:
        return next((tool for tool in self.tools if tool.key == key), None)


def available_languages() -> tuple[str, ...]:
    """The languages with a content file, e.g. ("da", "en")."""
    return tuple(sorted(path.stem for path in _content_dir().glob("*.json")))


@lru_cache(maxsize=16)
def load_content(lang: str = DEFAULT_LANG) -> CourseContent:
    """The course content in `lang` ("da", "en", "en_GB" …); unknown languages fall back to Danish.

    Cached per code as well: widgets ask for it often, and the file check costs a system call."""
    code = (lang or DEFAULT_LANG).strip().lower().replace("-", "_").split("_")[0]
    if not (code.isascii() and code.isalpha()) or not (_content_dir() / f"{code}.json").is_file():
        code = DEFAULT_LANG
    return _load(code)


@lru_cache(maxsize=8)
def _load(lang: str) -> CourseContent:
    path = _content_dir() / f"{lang}.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ContentError(f"Course content file not found: {path}") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ContentError(f"Course content file {path.name} cannot be read: {exc}") from exc
    from handleplan.content_reader import parse  # the checks are only needed once per language

    return parse(raw, path.name)


def _content_dir() -> Path:
    return resources_dir() / "content"
