"""Where CaseDesk keeps its data, logs, backups and read-only resources.

Works in three situations: a source checkout (resources/ at the repository root), an installed
package, and a PyInstaller bundle (resources/ under sys._MEIPASS). Nothing here imports Qt.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "CaseDesk"
DATABASE_FILENAME = "casedesk.sqlite3"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def resource_dir() -> Path:
    """The folder holding fonts/, i18n/ and other read-only resources."""
    override = os.environ.get("CASEDESK_RESOURCES")
    if override:
        return Path(override)
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
    # src/casedesk/paths.py -> repository root
    return Path(__file__).resolve().parents[2] / "resources"


def font_path(name: str) -> Path:
    return resource_dir() / "fonts" / name


def data_dir() -> Path:
    """Per-user data folder (local, never roaming: a roaming profile can sit on a server)."""
    override = os.environ.get("CASEDESK_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    override = os.environ.get("CASEDESK_DATA_DIR")
    path = Path(override) / "logs" if override else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / DATABASE_FILENAME


def backup_dir_for(database_file: Path | None, configured: str = "") -> Path:
    """Backups live beside the database so they move with it, unless the office chose a folder; a
    server database (no file) is dumped into the data folder."""
    if configured.strip():
        return Path(configured).expanduser()
    return (database_file.parent if database_file is not None else data_dir()) / "backups"


DOCUMENTS_ENV = "CASEDESK_DOCUMENTS_DIR"


def documents_dir_for(database_file: Path | None) -> Path:
    """Attached documents are stored by SHA-256 beside the database (or in the data folder).

    With a PostgreSQL server every PC must see the same files: CASEDESK_DOCUMENTS_DIR names a
    shared folder. Unlike a SQLite file, write-once files named by their hash are safe on a share.
    """
    override = os.environ.get(DOCUMENTS_ENV)
    if override:
        return Path(override).expanduser()
    base = database_file.parent if database_file is not None else data_dir()
    return base / "documents"
