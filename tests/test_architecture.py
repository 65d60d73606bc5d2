"""The core and the command line must run without Qt (Anki's and Electrum's split)."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_core_and_cli_import_no_pyside6() -> None:
    script = textwrap.dedent(
        """
        import importlib, pkgutil, sys
        import casedesk.core, casedesk.cli
        for mod in pkgutil.walk_packages(casedesk.core.__path__, "casedesk.core."):
            if ".migrations" in mod.name:
                continue  # Alembic scripts are loaded by Alembic itself
            importlib.import_module(mod.name)
        import casedesk.commands
        for mod in pkgutil.walk_packages(casedesk.commands.__path__, "casedesk.commands."):
            importlib.import_module(mod.name)
        casedesk.cli.build_parser()
        qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
        print("QT:", qt)
        print("LOADED:", len([m for m in sys.modules if m.startswith("casedesk.core")]))
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert "QT: []" in result.stdout, result.stdout
    loaded = int(result.stdout.split("LOADED:")[1].split()[0])
    assert loaded > 10  # the walk really imported the core, so the check above means something


def test_the_check_would_notice_pyside6() -> None:
    """Guard against a vacuous test: importing PySide6 in the same way is detected."""
    script = "import sys, PySide6.QtCore; print(any(m.startswith('PySide6') for m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "True"


def test_the_first_window_needs_no_database_layer() -> None:
    """What the GUI thread imports before its first window (the log-in form) is painted leaves out
    SQLAlchemy: the database layer loads on the worker behind it (make bench: start-up to first
    window).
    The second half proves the check can see SQLAlchemy when it is there."""
    script = textwrap.dedent(
        """
        import sys
        from casedesk import app, cli
        from casedesk.ui import errors, fonts, i18n, login, startup, tasks
        app._new_database(None)  # which first window to show, decided before the database layer
        print("BEFORE:", any(m == "sqlalchemy" for m in sys.modules))
        import casedesk.core.db.database
        print("AFTER:", any(m == "sqlalchemy" for m in sys.modules))
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert "BEFORE: False" in result.stdout and "AFTER: True" in result.stdout, result.stdout
