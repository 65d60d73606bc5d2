"""Who may import what, read from the source: the command line holds no SQL, the audit trail sits
below the services, the UI builds its queries from plain types, and helpers two screens share live
in a shared module rather than in one screen's."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "casedesk"

# The database layer proper: SQLAlchemy itself and the modules that hold tables and queries.
SQL_MODULES = (
    "sqlalchemy",
    "casedesk.core.db.models",
    "casedesk.core.db.queries",
    "casedesk.core.db.snapshots",
    "casedesk.core.db.bulk",
)
SCREEN_SUFFIXES = ("Page", "Tab", "Window", "Widget")


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(source: str, module: str) -> list[tuple[str, list[str]]]:
    """(imported module, names) for every import in *source*, relative ones made absolute."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(alias.name, []) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = module.split(".")[: -node.level]
                base = ".".join([*package, base] if base else package)
            found.append((base, [alias.name for alias in node.names]))
    return found


def opens_a_session(source: str) -> bool:
    """A call of `….session_factory()` or `….session_factory.begin()`: a query being run here."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            f = node.func
            if f.attr == "session_factory" or (
                f.attr == "begin" and isinstance(f.value, ast.Attribute) and f.value.attr == "session_factory"
            ):
                return True
    return False


def _is_sql(module: str) -> bool:
    return any(module == m or module.startswith(m + ".") for m in SQL_MODULES)


def _files(folder: str) -> list[Path]:
    files = sorted((SRC / folder).rglob("*.py"))
    assert len(files) > 5, folder  # the walk found the package, so an empty result means something
    return files


def test_commands_hold_no_sql() -> None:
    offenders = []
    for path in _files("commands"):
        source = path.read_text(encoding="utf-8")
        offenders += [f"{path.name}: {m}" for m, _ in imports(source, _module_name(path)) if _is_sql(m)]
        if opens_a_session(source):
            offenders.append(f"{path.name}: opens a session")
    assert offenders == []


def test_the_audit_trail_does_not_import_the_services() -> None:
    path = SRC / "core" / "audit.py"
    found = [m for m, _ in imports(path.read_text(encoding="utf-8"), "casedesk.core.audit")]
    assert "casedesk.core.db.models" in found  # the walk sees its imports
    assert [m for m in found if m.startswith("casedesk.core.services")] == []


def test_the_ui_builds_its_queries_from_plain_types() -> None:
    offenders = [
        f"{path.relative_to(SRC)}: {m}"
        for path in _files("ui")
        for m, _ in imports(path.read_text(encoding="utf-8"), _module_name(path))
        if _is_sql(m)
    ]
    assert offenders == []


def _screen_helpers() -> dict[str, set[str]]:
    """Per UI module that defines a screen (a *Page, *Tab, *Window, *Widget class): its
    top-level functions and private names."""
    helpers: dict[str, set[str]] = {}
    for path in _files("ui"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes = [n.name for n in tree.body if isinstance(n, ast.ClassDef)]
        if any(c.endswith(SCREEN_SUFFIXES) for c in classes):
            names = {n.name for n in tree.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)}
            names |= {c for c in classes if c.startswith("_")}
            helpers[_module_name(path)] = names
    return helpers


def test_screens_do_not_lend_each_other_helpers() -> None:
    helpers = _screen_helpers()
    assert "casedesk.ui.case_detail" in helpers  # the case window is a screen, so the map means something
    offenders = []
    for path in _files("ui"):
        module = _module_name(path)
        for imported, names in imports(path.read_text(encoding="utf-8"), module):
            if imported != module and imported in helpers:
                offenders += [f"{module} uses {imported}.{n}" for n in names if n in helpers[imported]]
    assert offenders == []


def test_the_checks_would_notice_a_breach() -> None:
    """Against a vacuous pass: each detector flags a sample of what it forbids."""
    sample = (
        "from sqlalchemy import select\nfrom . import queries\n\n"
        "def f(ctx):\n    with ctx.session_factory() as s:\n        pass\n"
    )
    found = imports(sample, "casedesk.core.db.x")
    assert _is_sql(found[0][0]) and found[1] == ("casedesk.core.db", ["queries"])
    assert opens_a_session(sample)
    assert opens_a_session("def g(ctx):\n    with ctx.session_factory.begin() as s:\n        pass\n")
    assert not opens_a_session("h(ctx.session_factory, ctx.actor)")
    relative = imports("from .case_detail import open_pdf", "casedesk.ui.reports_page")
    assert relative == [("casedesk.ui.case_detail", ["open_pdf"])]
