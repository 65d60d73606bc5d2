"""Backups with the online API, rotation, and a restore that refuses bad files and changes nothing."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from casedesk.cli import main
from casedesk.core import backup as backups
from casedesk.core.db.database import open_database
from casedesk.core.db.location import sqlite_url
from casedesk.core.errors import UserError
from casedesk.core.services.actor import SYSTEM_ACTOR
from casedesk.core.services.cases import NewCase, create_case

pytestmark = pytest.mark.sqlite_only  # about SQLite files themselves


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def cases_in(path: Path) -> list[str]:
    # closing(): a connection's own `with` only commits; left to the garbage collector, the open
    # connection would make the restore below see "someone else has the database open".
    with closing(sqlite3.connect(path)) as conn:
        return [r[0] for r in conn.execute("SELECT case_no FROM case_file ORDER BY case_no")]


def new_case(db_path: Path, unit: str) -> str:
    db = open_database(sqlite_url(db_path))
    from casedesk.core.services.actor import SYSTEM_ACTOR

    try:
        return create_case(
            db.session_factory,
            SYSTEM_ACTOR,
            NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", "3", unit, 6),
        )
    finally:
        db.dispose()


def test_backup_of_a_live_database_and_restore(tmp_path, capsys) -> None:
    db = tmp_path / "office.sqlite3"
    first = new_case(db, "1")
    live = open_database(sqlite_url(db))  # a second program keeps the database open (WAL)
    try:
        assert main(["--db", str(db), "backup", "-o", str(tmp_path / "b.sqlite3")]) == 0
    finally:
        live.dispose()
    capsys.readouterr()
    second = new_case(db, "2")
    assert cases_in(db) == sorted([first, second])
    assert main(["--db", str(db), "restore", str(tmp_path / "b.sqlite3"), "--json"]) == 0
    out = capsys.readouterr().out
    assert cases_in(db) == [first]
    saved = Path(json.loads(out)["previous_saved_as"])
    assert cases_in(saved) == sorted([first, second])  # the replaced database was kept
    assert main(["--db", str(db), "check"]) == 0


def test_restore_refuses_corrupt_newer_and_foreign_files(tmp_path) -> None:
    db = tmp_path / "office.sqlite3"
    new_case(db, "1")
    before = sha(db)
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"\x00" * 4096)
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE x (a)")
    newer = tmp_path / "newer.sqlite3"
    newer.write_bytes(db.read_bytes())
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    corrupt = tmp_path / "corrupt.sqlite3"
    data = bytearray(db.read_bytes())
    for page in range(1, len(data) // 4096):  # damage every b-tree page header, keep the file header
        data[page * 4096 : page * 4096 + 12] = b"\x0d" + b"\xff" * 11
    corrupt.write_bytes(bytes(data))
    for bad, message in (
        (garbage, "不是 CaseDesk"),
        (other, "不是 CaseDesk"),
        (newer, "更新版本"),
        (corrupt, "损坏"),
        (tmp_path / "missing.sqlite3", "找不到"),
    ):
        with pytest.raises(UserError, match=message):
            backups.restore(db, bad, tmp_path / "backups", actor=SYSTEM_ACTOR)
        assert sha(db) == before
    assert not (tmp_path / "backups").exists()


def test_rotation_keeps_daily_weekly_monthly(tmp_path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    start = datetime(2026, 11, 25, 9, 0)
    for days in range(0, 400):
        stamp = (start - timedelta(days=days)).strftime("%Y%m%d-%H%M%S")
        (folder / f"casedesk-{stamp}-auto.sqlite3").write_bytes(b"x")
    (folder / "casedesk-20200101-000000-pre-0001_initial.sqlite3").write_bytes(b"x")
    backups.rotate(folder, today=date(2026, 11, 25))
    left = backups.list_backups(folder)
    autos = [b for b in left if b.tag == "auto"]
    assert len(autos) <= 7 + 4 + 12 and len(autos) >= 12
    assert any(b.tag.startswith("pre-") for b in left)  # pre-migration backups are never rotated away
    assert max(b.taken_at for b in autos).date() == date(2026, 11, 25)


def test_daily_backup_once_a_day(tmp_path) -> None:
    db = tmp_path / "office.sqlite3"
    new_case(db, "1")
    now = datetime(2026, 11, 25, 8)
    assert backups.maybe_daily_backup(db, tmp_path / "b", now=now) is not None
    assert backups.maybe_daily_backup(db, tmp_path / "b", now=now + timedelta(hours=3)) is None
    assert backups.maybe_daily_backup(db, tmp_path / "b", now=now + timedelta(days=1)) is not None
