"""Refresh resources/i18n/casedesk_en.ts from the UI sources and compile casedesk_en.qm.

Run after changing UI strings: .venv/bin/python tools/update_translations.py
Strings without an English entry stay "unfinished" (Qt then shows the Chinese source).
"""

from __future__ import annotations

import ast
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "casedesk_en.ts"
sys.path.insert(0, str(ROOT / "tools"))
from translations_en import EN, EN_CORE  # noqa: E402

# Kept in step with casedesk.ui.i18n (the tool does not import the application).
CORE_CONTEXT = "core"
ANY_CONTEXT = "any"
HELPERS_CONTEXT = "helpers"


def core_messages() -> list[str]:
    """The texts marked N_("…") outside the UI (the core and the commands), in source order, once
    each: the screens show them (stage names, guard reasons, tallies, errors), and the English
    lives in the .ts context "core" (looked up with QCoreApplication.translate("core", text))."""
    found: dict[str, None] = {}
    for path in sorted((ROOT / "src" / "casedesk").rglob("*.py")):
        if "ui" in path.relative_to(ROOT / "src" / "casedesk").parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "N_"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.setdefault(node.args[0].value)
    return list(found)


def helper_messages() -> list[str]:
    """Texts a helper function translates through a `tr` it was given (`dispute_html(d, self.tr)`):
    lupdate only sees `x.tr("…")`, so these are extracted here, into the context "helpers"; at run
    time the caller's class asks for them and finds them through the source-only fallback."""
    found: dict[str, None] = {}
    for path in sorted((ROOT / "src" / "casedesk" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "tr"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.setdefault(node.args[0].value)
    return list(found)


def _context(name: str, messages: dict[str, str | None]) -> ET.Element:
    """A <context> of source → English (None: not translated yet, Qt then shows the Chinese)."""
    context = ET.Element("context")
    ET.SubElement(context, "name").text = name
    for source, english in messages.items():
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if english is None:
            translation.set("type", "unfinished")
        else:
            translation.text = english
    return context


def main() -> None:
    bin_dir = Path(sys.executable).parent
    sources = sorted(str(p) for p in (ROOT / "src" / "casedesk" / "ui").rglob("*.py"))
    # -no-obsolete also drops the generated contexts below; they are rebuilt from the sources.
    subprocess.run([str(bin_dir / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(TS)], check=True)
    tree = ET.parse(TS)
    root = tree.getroot()
    for context in root.findall("context"):
        if context.findtext("name") in (CORE_CONTEXT, ANY_CONTEXT, HELPERS_CONTEXT):
            root.remove(context)
    missing = []
    for message in tree.iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if source in EN:
            translation.text = EN[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    seen = {m.findtext("source") for m in root.iter("message")}
    helpers = [t for t in helper_messages() if t not in seen]
    missing += [t for t in helpers if t not in EN]
    root.append(_context(HELPERS_CONTEXT, {text: EN.get(text) for text in helpers}))
    core = core_messages()
    root.append(_context(CORE_CONTEXT, {text: EN_CORE.get(text) for text in core}))
    ET.indent(tree)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    # The .qm also gets every screen string once more under ANY_CONTEXT: lupdate names a context
    # after the enclosing class, or after the variable in a helper's `parent.tr("…")`, while Qt
    # asks under the class of the object at run time; casedesk.ui.i18n falls back to this context.
    any_context = {
        t: EN[t] for t in dict.fromkeys(m.findtext("source") or "" for m in root.iter("message")) if t in EN
    }
    root.append(_context(ANY_CONTEXT, any_context))
    with tempfile.TemporaryDirectory() as folder:
        compiled = Path(folder) / TS.name
        tree.write(compiled, encoding="utf-8", xml_declaration=True)
        subprocess.run(
            [str(bin_dir / "pyside6-lrelease"), str(compiled), "-qm", str(TS.with_suffix(".qm"))], check=True
        )
    if missing:
        print("without English:", *missing, sep="\n  ")
    untranslated = [t for t in core if t not in EN_CORE]
    print(f"core texts: {len(core) - len(untranslated)} of {len(core)} in English")


if __name__ == "__main__":
    main()
