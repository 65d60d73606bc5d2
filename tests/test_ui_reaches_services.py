"""Every service that changes data is reachable from the desktop (issue 20: a service with no
screen is half a feature), except those marked in their own module as command-line only.

A service "changes data" when its body opens a write transaction (`.begin()`). It is reachable
when its name is used somewhere under `src/casedesk/ui/`. A service that is deliberately left to
the command line says so with a comment line `# Command line only: <reason>` right above its
`def`, so the reason stays beside the code.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "casedesk"
SERVICES = SRC / "core" / "services"
DEMO = SRC / "demo"  # `casedesk demo`'s writing entry point lives with the demo city it builds
UI = SRC / "ui"
MARK = "# Command line only:"


def _writes(fn: ast.FunctionDef) -> bool:
    return any(
        isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "begin"
        for node in ast.walk(fn)
    )


def _marked(lines: list[str], fn: ast.FunctionDef) -> bool:
    first = min([fn.lineno, *(d.lineno for d in fn.decorator_list)])
    above = lines[max(first - 4, 0) : first - 1]
    return any(line.strip().startswith(MARK) and len(line.strip()) > len(MARK) + 10 for line in above)


def writing_services() -> dict[str, tuple[str, bool]]:
    """name -> (module, marked command-line only) for every public writing service."""
    found: dict[str, tuple[str, bool]] = {}
    for path in [*sorted(SERVICES.glob("*.py")), *sorted(DEMO.glob("*.py"))]:
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        for node in ast.parse(text).body:
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("_") and _writes(node):
                found[node.name] = (path.stem, _marked(lines, node))
    return found


def ui_names() -> set[str]:
    names: set[str] = set()
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Name):
                names.add(node.id)
            elif isinstance(node, ast.Attribute):
                names.add(node.attr)
            elif isinstance(node, ast.alias):
                names.add(node.asname or node.name)
    return names


def test_every_writing_service_has_a_screen_or_a_reason() -> None:
    services = writing_services()
    used = ui_names()
    missing = sorted(
        f"{module}.{name}" for name, (module, marked) in services.items() if not marked and name not in used
    )
    assert not missing, "services that change data with no screen and no '# Command line only:' reason: " + (
        ", ".join(missing)
    )


def test_the_walk_sees_the_services_it_should() -> None:
    """Guard against a vacuous check: known writers are found, and known screens are seen."""
    services = writing_services()
    for name in ("create_case", "record_ballot", "post_notice", "save_meeting", "generate_demo"):
        assert name in services, name
    assert "get_case" not in services  # a read
    assert services["generate_demo"][1] and not services["record_ballot"][1]  # the mark is read
    assert {"record_ballot", "import_roster", "create_case"} <= ui_names()
