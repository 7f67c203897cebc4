"""Regenerate the English Qt Linguist source from the UI code, or check that it is complete.

    python resources/translations/update.py           # update handleplan_en.ts in place
    python resources/translations/update.py --check   # exit 1 if any UI string lacks English

The UI's source strings are Danish (`self.tr("…")`, `QCoreApplication.translate("Ctx", "…")`,
`QT_TRANSLATE_NOOP`) in `src/handleplan/ui/**/*.py`. pyside6-lupdate collects them into
`handleplan_en.ts`, keeping the translations already there and dropping strings no longer in the
code. `--check` runs the same update into a temporary copy (the real file is left alone) and lists
every (context, source) whose English is missing, empty or still marked unfinished.

lupdate only understands string literals passed straight to `self.tr`, `translate` or
`QT_TRANSLATE_NOOP`. Two indirections the UI code uses are resolved here and handed to lupdate as
`QT_TRANSLATE_NOOP("Ctx", "…")` lines in a temporary file, so their strings get the context they are
looked up with at run time:

- a module helper `def _tr(text): return QCoreApplication.translate("Ctx", text)` – `_tr("…")`;
- a local alias `tr = self.tr` inside a method of class `Ctx` – `tr("…")`. lupdate itself files these
  under an empty context, where nothing looks them up; those stray copies are dropped.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
UI_DIR = ROOT / "src" / "handleplan" / "ui"
TS_FILE = HERE / "handleplan_en.ts"

LUPDATE_OPTIONS = [
    "-source-language", "da_DK",
    "-target-language", "en_GB",
    "-locations", "none",
    "-no-obsolete",
]  # fmt: skip

# Runs pyside6-lupdate in a child process, so its exit and output never mix with ours.
_LUPDATE = "import sys; from PySide6.scripts.pyside_tool import lupdate; sys.argv = sys.argv[1:]; lupdate()"


def ui_sources() -> list[Path]:
    return sorted(p for p in UI_DIR.rglob("*.py") if "__pycache__" not in p.parts)


# -- strings lupdate cannot see by itself -------------------------------------------------------------
def _literal(call: ast.Call) -> str | None:
    if call.args and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str):
        return call.args[0].value
    return None


def _helper_context(func: ast.FunctionDef) -> str | None:
    """The context of a helper that only does `return QCoreApplication.translate("Ctx", <its argument>)`."""
    body = [n for n in func.body if not (isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant))]
    if len(body) != 1 or not isinstance(body[0], ast.Return) or not func.args.args:
        return None
    call = body[0].value
    if not (isinstance(call, ast.Call) and isinstance(call.func, (ast.Attribute, ast.Name))):
        return None
    name = call.func.attr if isinstance(call.func, ast.Attribute) else call.func.id
    if name != "translate" or len(call.args) < 2:
        return None
    context, text = call.args[0], call.args[1]
    if not (isinstance(context, ast.Constant) and isinstance(context.value, str)):
        return None
    if not (isinstance(text, ast.Name) and text.id == func.args.args[0].arg):
        return None
    return context.value


def _calls_to(node: ast.AST, names: dict[str, str]) -> list[tuple[str, str]]:
    found = []
    for call in ast.walk(node):
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id in names:
            if (text := _literal(call)) is not None:
                found.append((names[call.func.id], text))
    return found


def _tr_aliases(func: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    """Local names bound to `self.tr` in a method (`tr = self.tr`)."""
    aliases = set()
    for node in ast.walk(func):
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Attribute)
            and node.value.attr == "tr"
            and isinstance(node.value.value, ast.Name)
            and node.value.value.id == "self"
        ):
            aliases.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return aliases


def indirect_messages(path: Path) -> tuple[list[tuple[str, str]], set[str]]:
    """(context, source) passed through a helper or alias, and the sources lupdate files under no context."""
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    except SyntaxError as error:  # a file someone is still writing; lupdate reports it too
        where = f"{path.relative_to(ROOT)}, line {error.lineno}"
        print(f"warning: {where} does not parse ({error.msg}); skipped here", file=sys.stderr)
        return [], set()
    helpers = {
        node.name: context
        for node in tree.body
        if isinstance(node, ast.FunctionDef) and (context := _helper_context(node)) is not None
    }
    found = _calls_to(tree, helpers) if helpers else []
    contextless: set[str] = set()
    for cls in ast.walk(tree):
        if not isinstance(cls, ast.ClassDef):
            continue
        methods = [m for m in cls.body if isinstance(m, (ast.FunctionDef, ast.AsyncFunctionDef))]
        for method in methods:
            if aliases := _tr_aliases(method):
                messages = _calls_to(method, dict.fromkeys(aliases, cls.name))
                found.extend(messages)
                contextless.update(text for _context, text in messages)
    return found, contextless


def write_stub(folder: Path) -> tuple[Path | None, set[str]]:
    lines, contextless = [], set()
    for path in ui_sources():
        messages, stray = indirect_messages(path)
        contextless |= stray
        lines += [
            f"QT_TRANSLATE_NOOP({json.dumps(c, ensure_ascii=False)}, {json.dumps(t, ensure_ascii=False)})\n"
            for c, t in messages
        ]
    if not lines:
        return None, contextless
    stub = folder / "indirect_strings.py"
    stub.write_text("from PySide6.QtCore import QT_TRANSLATE_NOOP\n\n" + "".join(lines), encoding="utf-8")
    return stub, contextless


def drop_contextless(ts: Path, sources: set[str]) -> None:
    """Remove the empty-context copies lupdate makes of aliased `tr("…")` calls (keeps lupdate's layout)."""
    text = ts.read_text(encoding="utf-8")
    block = re.search(r"<context>\s*<name></name>.*?</context>\n?", text, re.S)
    if not block or not sources:
        return
    escaped = {s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") for s in sources}
    escaped |= {e.replace("'", "&apos;").replace('"', "&quot;") for e in escaped}

    def keep(message: re.Match) -> str:
        source = re.search(r"<source>(.*?)</source>", message.group(0), re.S)
        return "" if source and source.group(1) in escaped else message.group(0)

    inner = re.sub(r"[ \t]*<message[ >].*?</message>\n", keep, block.group(0), flags=re.S)
    if "<message" not in inner:
        inner = ""
    ts.write_text(text[: block.start()] + inner + text[block.end() :], encoding="utf-8")


def run_lupdate(ts: Path, quiet: bool = False) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        stub, contextless = write_stub(Path(tmp))
        sources = [str(p) for p in ui_sources()] + ([str(stub)] if stub else [])
        argv = ["pyside6-lupdate", *sources, *LUPDATE_OPTIONS, "-ts", str(ts)]
        if quiet:
            argv.insert(1, "-silent")
        subprocess.run([sys.executable, "-c", _LUPDATE, *argv], check=True, cwd=ROOT)
    drop_contextless(ts, contextless)


# -- checking -----------------------------------------------------------------------------------------
def untranslated(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished, non-empty English translation."""
    missing: list[tuple[str, str]] = []
    root = ET.parse(ts).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                missing.append((name, source))
                continue
            if message.get("numerus") == "yes":
                forms = [(f.text or "").strip() for f in translation.iter("numerusform")]
                if len(forms) < 2 or not all(forms):
                    missing.append((name, source))
            elif not (translation.text or "").strip():
                missing.append((name, source))
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report missing English; do not write the .ts")
    args = parser.parse_args(argv)

    if not args.check:
        run_lupdate(TS_FILE)
        total = sum(1 for _ in ET.parse(TS_FILE).getroot().iter("message"))
        missing = len(untranslated(TS_FILE))
        print(f"{TS_FILE.name}: {total} strings, {missing} without a finished English translation.")
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / TS_FILE.name
        if TS_FILE.exists():
            shutil.copyfile(TS_FILE, ts)
        run_lupdate(ts, quiet=True)
        missing = untranslated(ts)
    if not missing:
        print(f"{TS_FILE.name}: every UI string has an English translation.")
        return 0
    print(f"{TS_FILE.name}: {len(missing)} UI string(s) without a finished English translation:")
    for context, source in missing:
        print(f"  [{context}] {source!r}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
