"""Refresh resources/i18n/casedesk_en.ts from the UI sources and compile casedesk_en.qm.

Run after changing UI strings: .venv/bin/python tools/update_translations.py
Strings without an English entry stay "unfinished" (Qt then shows the Chinese source).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "casedesk_en.ts"
sys.path.insert(0, str(ROOT / "tools"))
from translations_en import EN  # noqa: E402


def main() -> None:
    bin_dir = Path(sys.executable).parent
    sources = sorted(str(p) for p in (ROOT / "src" / "casedesk" / "ui").rglob("*.py"))
    subprocess.run([str(bin_dir / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(TS)], check=True)
    tree = ET.parse(TS)
    missing = []
    for message in tree.iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if source in EN:
            translation.text = EN[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run(
        [str(bin_dir / "pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True
    )
    if missing:
        print("without English:", *missing, sep="\n  ")


if __name__ == "__main__":
    main()
