"""Per-connection PRAGMAs and the network-share warning."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from casedesk.core.db.database import Database
from casedesk.core.db.engine import SQLITE_BUSY_TIMEOUT_MS
from casedesk.core.db.location import network_location_warning, resolve_url, sqlite_file
from casedesk.core.db.models import Flat

pytestmark = pytest.mark.sqlite_only  # about SQLite files themselves


def _pragmas(conn) -> tuple:
    return tuple(
        conn.execute(text(f"PRAGMA {p}")).scalar()
        for p in ("foreign_keys", "journal_mode", "busy_timeout", "synchronous")
    )


def test_pragmas_are_in_force_on_every_connection(database: Database) -> None:
    expected = (1, "wal", SQLITE_BUSY_TIMEOUT_MS, 1)  # synchronous NORMAL = 1
    # Hold several connections at once so the pool must open new ones.
    conns = [database.engine.connect() for _ in range(4)]
    try:
        for conn in conns:
            assert _pragmas(conn) == expected
    finally:
        for conn in conns:
            conn.close()
    with database.session_factory() as s:
        assert _pragmas(s.connection()) == expected


def test_foreign_keys_are_enforced(database: Database) -> None:
    with pytest.raises(IntegrityError), database.session_factory.begin() as s:
        s.add(Flat(case_id=999_999, room="101", floor=1, area_centi=6000))


@pytest.mark.parametrize(
    "path",
    [
        r"\\fileserver\共享\casedesk.sqlite3",
        "/home/li/OneDrive/办公/casedesk.sqlite3",
        "C:/Users/li/坚果云/casedesk.sqlite3",
        "/Users/li/Dropbox/db.sqlite3",
    ],
)
def test_network_and_sync_folders_are_warned_about(path: str) -> None:
    warning = network_location_warning(Path(path))
    assert warning is not None and "本机" in warning


def test_local_folder_gets_no_warning(tmp_path: Path) -> None:
    assert network_location_warning(tmp_path / "casedesk.sqlite3") is None


def test_url_resolution_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    default = tmp_path / "default.sqlite3"
    assert sqlite_file(resolve_url(None, default)) == default.resolve()
    monkeypatch.setenv("CASEDESK_DATABASE_URL", "postgresql+psycopg://u@h/db")
    assert resolve_url(None, default) == "postgresql+psycopg://u@h/db"
    assert sqlite_file(resolve_url(str(tmp_path / "x.db"), default)) == (tmp_path / "x.db").resolve()
