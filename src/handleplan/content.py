"""The course content (forløb, prompts, PDSA help, IGLO, tags, tools) loaded from resources/content/*.json."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

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
    return _parse(raw, _Ctx(path.name))


def _content_dir() -> Path:
    return resources_dir() / "content"


class _Ctx:
    """Reads typed values out of the raw JSON and names the file and key path when something is wrong."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, problem: str) -> ContentError:
        return ContentError(f"Course content {self.source}: {where} {problem}")

    @staticmethod
    def at(where: str, key: str) -> str:
        return f"{where}.{key}" if where else key

    def obj(self, raw: Any, where: str) -> dict[str, Any]:
        if not isinstance(raw, dict):
            raise self.fail(where, "must be an object")
        return raw

    def get(self, raw: dict[str, Any], key: str, where: str) -> Any:
        if key not in raw:
            raise self.fail(self.at(where, key), "is missing")
        return raw[key]

    def text(self, raw: dict[str, Any], key: str, where: str) -> str:
        value = self.get(raw, key, where)
        if not isinstance(value, str):
            raise self.fail(self.at(where, key), "must be text")
        return value

    def texts(self, raw: dict[str, Any], key: str, where: str, *, non_empty: bool = True) -> tuple[str, ...]:
        value = self.get(raw, key, where)
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise self.fail(self.at(where, key), "must be a list of texts")
        if non_empty and not value:
            raise self.fail(self.at(where, key), "must not be empty")
        return tuple(value)

    def items(self, raw: dict[str, Any], key: str, where: str) -> list[dict[str, Any]]:
        value = self.get(raw, key, where)
        if not isinstance(value, list) or not value:
            raise self.fail(self.at(where, key), "must be a non-empty list")
        return [self.obj(item, f"{self.at(where, key)}[{i}]") for i, item in enumerate(value)]

    def labels(self, raw: dict[str, Any], key: str, keys: tuple[str, ...]) -> dict[str, str]:
        value = self.obj(self.get(raw, key, ""), key)
        return {k: self.text(value, k, key) for k in keys}

    def key(self, raw: dict[str, Any], where: str) -> str:
        value = self.text(raw, "key", where)
        if not value or not value.isascii() or not value.replace("_", "").isalnum():
            raise self.fail(self.at(where, "key"), f"must be a short ASCII key, not {value!r}")
        return value


def _parse(raw: Any, ctx: _Ctx) -> CourseContent:
    root = ctx.obj(raw, "the file")
    return CourseContent(
        lang=ctx.text(root, "lang", ""),
        milestones=_milestones(root, ctx),
        prompts=_prompts(root, ctx),
        phases=_phases(root, ctx),
        model_for_improvement=ctx.texts(root, "model_for_improvement", ""),
        decisions=ctx.labels(root, "decisions", DECISION_KEYS),
        decision_help=ctx.labels(root, "decision_help", DECISION_KEYS),
        statuses=ctx.labels(root, "statuses", STATUS_KEYS),
        levels=_levels(root, ctx),
        tag_groups=_tag_groups(root, ctx),
        trio_roles=ctx.texts(root, "trio_roles", ""),
        tools=_tools(root, ctx),
        prompt_origins=ctx.labels(root, "prompt_origins", PROMPT_KINDS),
        psych_safety=_psych_safety(root, ctx),
        staircase=_staircase(root, ctx),
        dialogue_scripts=_dialogue_scripts(root, ctx),
    )


def _milestones(root: dict[str, Any], ctx: _Ctx) -> tuple[MilestoneTemplate, ...]:
    result = []
    for i, item in enumerate(ctx.items(root, "milestones", "")):
        where = f"milestones[{i}]"
        kind = ctx.text(item, "kind", where)
        if kind not in MILESTONE_KINDS:
            raise ctx.fail(f"{where}.kind", f"must be one of {', '.join(MILESTONE_KINDS)}, not {kind!r}")
        offset = ctx.get(item, "offset_weeks", where)
        if not isinstance(offset, int) or isinstance(offset, bool) or offset < 0:
            raise ctx.fail(f"{where}.offset_weeks", "must be a whole number of weeks, 0 or more")
        result.append(
            MilestoneTemplate(
                kind=kind,
                title=ctx.text(item, "title", where),
                subtitle=ctx.text(item, "subtitle", where),
                aims=ctx.texts(item, "aims", where, non_empty=False),
                offset_weeks=offset,
                place=ctx.text(item, "place", where) if "place" in item else "",
            )
        )
    return tuple(result)


def _prompts(root: dict[str, Any], ctx: _Ctx) -> dict[str, tuple[str, ...]]:
    raw = ctx.obj(ctx.get(root, "prompts", ""), "prompts")
    return {kind: ctx.texts(raw, kind, "prompts") for kind in PROMPT_KINDS}


def _phases(root: dict[str, Any], ctx: _Ctx) -> dict[str, PhaseHelp]:
    raw = ctx.obj(ctx.get(root, "phases", ""), "phases")
    phases = {}
    for key in PHASE_KEYS:
        where = f"phases.{key}"
        phase = ctx.obj(ctx.get(raw, key, "phases"), where)
        phases[key] = PhaseHelp(
            key=key,
            title=ctx.text(phase, "title", where),
            questions=ctx.texts(phase, "questions", where),
        )
    return phases


def _levels(root: dict[str, Any], ctx: _Ctx) -> dict[str, Level]:
    raw = ctx.obj(ctx.get(root, "levels", ""), "levels")
    levels = {}
    for key in LEVEL_KEYS:
        where = f"levels.{key}"
        level = ctx.obj(ctx.get(raw, key, "levels"), where)
        levels[key] = Level(
            key=key,
            title=ctx.text(level, "title", where),
            description=ctx.text(level, "description", where),
            suggestions=ctx.texts(level, "suggestions", where),
        )
    return levels


def _tag_groups(root: dict[str, Any], ctx: _Ctx) -> tuple[TagGroup, ...]:
    groups = []
    seen: set[str] = set()
    for i, group in enumerate(ctx.items(root, "tag_groups", "")):
        where = f"tag_groups[{i}]"
        group_key = ctx.key(group, where)
        tags = []
        for j, tag in enumerate(ctx.items(group, "tags", where)):
            tag_where = f"{where}.tags[{j}]"
            key = ctx.key(tag, tag_where)
            if key in seen:
                raise ctx.fail(f"{tag_where}.key", f"{key!r} is used twice; tag keys must be unique")
            seen.add(key)
            tags.append(
                Tag(
                    key=key,
                    label=ctx.text(tag, "label", tag_where),
                    description=ctx.text(tag, "description", tag_where),
                    group=group_key,
                )
            )
        groups.append(
            TagGroup(
                key=group_key,
                title=ctx.text(group, "title", where),
                tags=tuple(tags),
                tool=ctx.text(group, "tool", where),
            )
        )
    return tuple(groups)


def _tools(root: dict[str, Any], ctx: _Ctx) -> tuple[Tool, ...]:
    tools = []
    seen: set[str] = set()
    for i, tool in enumerate(ctx.items(root, "tools", "")):
        where = f"tools[{i}]"
        key = ctx.key(tool, where)
        if key in seen:
            raise ctx.fail(f"{where}.key", f"{key!r} is used twice; tool keys must be unique")
        seen.add(key)
        sections = tuple(
            ToolSection(
                heading=ctx.text(section, "heading", f"{where}.sections[{j}]"),
                items=ctx.texts(section, "items", f"{where}.sections[{j}]"),
            )
            for j, section in enumerate(ctx.items(tool, "sections", where))
        )
        tools.append(
            Tool(
                key=key,
                title=ctx.text(tool, "title", where),
                summary=ctx.text(tool, "summary", where),
                sections=sections,
                sources=ctx.texts(tool, "sources", where),
            )
        )
    known = {tool.key for tool in tools}
    for i, group in enumerate(_tag_groups(root, ctx)):
        if group.tool not in known:
            raise ctx.fail(f"tag_groups[{i}].tool", f"names no tool: {group.tool!r}")
    return tuple(tools)


def _dialogue_scripts(root: dict[str, Any], ctx: _Ctx) -> tuple[DialogueScript, ...]:
    known = {tool.key for tool in _tools(root, ctx)}
    scripts = []
    for i, item in enumerate(ctx.items(root, "dialogue_scripts", "")):
        where = f"dialogue_scripts[{i}]"
        tool = ctx.text(item, "tool", where)
        if tool not in known:
            raise ctx.fail(f"{where}.tool", f"names no tool: {tool!r}")
        scripts.append(
            DialogueScript(
                key=ctx.key(item, where),
                title=ctx.text(item, "title", where),
                tool=tool,
                steps=ctx.texts(item, "steps", where),
            )
        )
    return tuple(scripts)


def _staircase(root: dict[str, Any], ctx: _Ctx) -> tuple[StairStep, ...]:
    raw = ctx.obj(ctx.get(root, "staircase", ""), "staircase")
    steps = []
    for i, step in enumerate(ctx.items(raw, "steps", "staircase")):
        where = f"staircase.steps[{i}]"
        steps.append(
            StairStep(
                key=ctx.key(step, where),
                title=ctx.text(step, "title", where),
                pressure=ctx.text(step, "pressure", where),
                signs=ctx.texts(step, "signs", where),
                options=ctx.texts(step, "options", where),
            )
        )
    if len(steps) != 5:
        raise ctx.fail("staircase.steps", "must hold the five steps")
    return tuple(steps)


def _psych_safety(root: dict[str, Any], ctx: _Ctx) -> PsychSafety:
    where = "psych_safety"
    raw = ctx.obj(ctx.get(root, where, ""), where)
    low, high = ctx.get(raw, "scale_min", where), ctx.get(raw, "scale_max", where)
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (low, high)) or low >= high:
        raise ctx.fail(where, "needs whole numbers scale_min < scale_max")
    bands = []
    for i, band in enumerate(ctx.items(raw, "bands", where)):
        band_where = f"{where}.bands[{i}]"
        lower = ctx.get(band, "from", band_where)
        if not isinstance(lower, (int, float)) or isinstance(lower, bool):
            raise ctx.fail(f"{band_where}.from", "must be a number")
        if bands and lower <= bands[-1].lower:
            raise ctx.fail(f"{band_where}.from", "must be above the band before it")
        bands.append(
            SafetyBand(
                key=ctx.key(band, band_where),
                label=ctx.text(band, "label", band_where),
                quote=ctx.text(band, "quote", band_where),
                lower=float(lower),
            )
        )
    return PsychSafety(
        statements=ctx.texts(raw, "statements", where),
        scale_min=low,
        scale_max=high,
        bands=tuple(bands),
        ranges_note=ctx.text(raw, "ranges_note", where),
    )
