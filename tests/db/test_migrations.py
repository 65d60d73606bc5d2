"""Migrations: empty → head, backup before migrating, newer databases refused untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect, text

from casedesk.core.db.database import open_database
from casedesk.core.db.engine import make_engine
from casedesk.core.db.location import sqlite_url
from casedesk.core.db.migrate import alembic_config, current_revision, head_revision, upgrade_database
from casedesk.core.db.models import Base
from casedesk.core.errors import DatabaseTooNew

pytestmark = pytest.mark.sqlite_only  # about SQLite files themselves


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_empty_to_head_creates_every_model_table(db_path: Path) -> None:
    db = open_database(sqlite_url(db_path))
    try:
        assert current_revision(db.engine) == head_revision()
        tables = set(inspect(db.engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        assert db.migration is not None and db.migration.from_revision is None
        # A brand-new file has nothing to lose, so no backup is taken.
        assert db.migration.backup_file is None
    finally:
        db.dispose()


def test_migrated_schema_matches_the_models(db_path: Path) -> None:
    """Autogenerate finds nothing to do: the migration scripts and models agree."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    db = open_database(sqlite_url(db_path))
    try:
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == []
    finally:
        db.dispose()


def test_backup_is_made_before_migrating_an_existing_database(db_path: Path) -> None:
    url = sqlite_url(db_path)
    open_database(url).dispose()
    with sqlite3.connect(db_path) as conn:
        conn.execute("INSERT INTO office_setting (key, value) VALUES ('office_name', '文东街道办事处')")
    # Take the database back to an older schema so that opening it must migrate.
    engine = make_engine(url)
    with engine.connect() as conn:
        cfg = alembic_config(url)
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
        conn.commit()
    with engine.begin() as conn:  # keep some user data in the old file
        conn.execute(text("CREATE TABLE legacy_note (body TEXT)"))
        conn.execute(text("INSERT INTO legacy_note VALUES ('旧数据')"))
    engine.dispose()

    db = open_database(url)
    try:
        backup = db.migration.backup_file if db.migration else None
        assert backup is not None and backup.exists()
        assert backup.parent == db_path.parent / "backups"
        with sqlite3.connect(backup) as conn:
            assert conn.execute("SELECT body FROM legacy_note").fetchone() == ("旧数据",)
            assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == []
        assert current_revision(db.engine) == head_revision()
    finally:
        db.dispose()


def test_up_to_date_database_is_not_backed_up_again(db_path: Path) -> None:
    open_database(sqlite_url(db_path)).dispose()
    db = open_database(sqlite_url(db_path))
    try:
        assert db.migration is not None and not db.migration.changed
        assert not (db_path.parent / "backups").exists()
    finally:
        db.dispose()


def test_newer_database_is_refused_and_left_unchanged(db_path: Path) -> None:
    url = sqlite_url(db_path)
    open_database(url).dispose()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    conn.close()
    before = _sha(db_path)
    engine = make_engine(url)
    try:
        with pytest.raises(DatabaseTooNew) as info:
            upgrade_database(engine)
    finally:
        engine.dispose()
    assert "ffff_from_the_future" in str(info.value)
    assert _sha(db_path) == before
    assert not (db_path.parent / "backups").exists()


def test_leftover_batch_table_from_a_failed_migration_is_cleared(db_path: Path) -> None:
    url = sqlite_url(db_path)
    open_database(url).dispose()
    engine = make_engine(url)
    with engine.connect() as conn:
        cfg = alembic_config(url)
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
        conn.commit()
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE _alembic_tmp_case_file (id INTEGER)"))
    try:
        upgrade_database(engine)
        assert "_alembic_tmp_case_file" not in inspect(engine).get_table_names()
    finally:
        engine.dispose()


def test_fast_head_agrees_with_alembic() -> None:
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config("sqlite://")).get_heads()
    assert heads == [head_revision()]


def test_opening_a_current_database_does_not_import_alembic(db_path: Path) -> None:
    import subprocess
    import sys

    open_database(sqlite_url(db_path)).dispose()
    script = (
        "import sys\n"
        "from casedesk.core.db.database import open_database\n"
        f"open_database({sqlite_url(db_path)!r}).dispose()\n"
        "print(any(m == 'alembic' or m.startswith('alembic.') for m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
