"""Reads a course content file's JSON into the typed records of `handleplan.content`, checking every
value on the way: a missing or mistyped entry is a ContentError that names the file and the key path."""

from __future__ import annotations

from typing import Any

from handleplan.content import (
    DECISION_KEYS,
    LEVEL_KEYS,
    MILESTONE_KINDS,
    PHASE_KEYS,
    PROMPT_KINDS,
    STATUS_KEYS,
    ContentError,
    CourseContent,
    DialogueScript,
    Level,
    MilestoneTemplate,
    PhaseHelp,
    PsychSafety,
    SafetyBand,
    StairStep,
    Tag,
    TagGroup,
    Tool,
    ToolSection,
)


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


def parse(raw: Any, source: str) -> CourseContent:
    """The content file's JSON (`source` its name, for the messages) as typed records, or ContentError."""
    ctx = _Ctx(source)
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
