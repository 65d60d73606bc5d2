"""A kill during the first schema creation no longer bricks the file (issue 23, finding 8).

Before: tables were created one by one outside any transaction; killed after 13, 27 or 31 of
them, the file kept those tables and no version row, and every later command (init and check
included) failed with "table … already exists". Now the creation is one transaction, and a
half-created, empty schema left by an older version is recognised and created again whole.
"""

from __future__ import annotations

import hashlib
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from casedesk.cli import main
from casedesk.core.db.database import open_database
from casedesk.core.db.location import sqlite_url
from casedesk.core.db.migrate import IncompleteSchema, current_revision, head_revision
from casedesk.core.db.models import Base

pytestmark = pytest.mark.sqlite_only  # about SQLite files themselves

KILL_AFTER = textwrap.dedent("""
    import os, signal, sys
    from alembic.ddl.impl import DefaultImpl
    from casedesk.core.db.database import open_database

    limit, created = int(sys.argv[2]), []
    original = DefaultImpl.create_table

    def create_table(self, table, **kw):
        original(self, table, **kw)
        created.append(table.name)
        if len(created) == limit:
            os.kill(os.getpid(), signal.SIGKILL)

    DefaultImpl.create_table = create_table
    open_database(sys.argv[1])
""")


def _dump(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    finally:
        conn.close()


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


@pytest.mark.parametrize("after", [13, 27, 31])
def test_sigkill_during_first_creation_leaves_a_file_that_opens(tmp_path: Path, capsys, after: int) -> None:
    db = tmp_path / "new.sqlite3"
    proc = subprocess.run([sys.executable, "-c", KILL_AFTER, sqlite_url(db), str(after)], capture_output=True)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()
    # Nothing of the half-done creation is left: it was one transaction.
    assert not (_tables(db) & set(Base.metadata.tables))
    assert main(["--db", str(db), "init"]) == 0
    assert main(["--db", str(db), "check"]) == 0
    assert set(Base.metadata.tables) <= _tables(db)


def test_half_created_empty_schema_from_an_older_version_is_finished(tmp_path: Path, capsys) -> None:
    db = tmp_path / "half.sqlite3"
    engine = create_engine(sqlite_url(db))
    Base.metadata.create_all(engine, tables=Base.metadata.sorted_tables[:13])  # what the kill left
    engine.dispose()
    assert main(["--db", str(db), "init"]) == 0
    assert main(["--db", str(db), "check"]) == 0
    database = open_database(sqlite_url(db))
    try:
        assert current_revision(database.engine) == head_revision()
    finally:
        database.dispose()


def test_half_created_schema_with_data_is_left_alone(tmp_path: Path, capsys) -> None:
    db = tmp_path / "odd.sqlite3"
    engine = create_engine(sqlite_url(db))
    Base.metadata.create_all(engine, tables=Base.metadata.sorted_tables[:13])
    engine.dispose()
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO office_setting (key, value) VALUES ('office_name', '文东街道办事处')")
    before = _dump(db)
    with pytest.raises(IncompleteSchema):
        open_database(sqlite_url(db))
    capsys.readouterr()
    assert main(["--db", str(db), "init"]) == 3
    err = capsys.readouterr().err
    assert "office_setting" in err and "restore" in err and "内部错误" not in err
    assert _dump(db) == before  # (the file header may turn to WAL mode; the content is unchanged)
