"""Bring a database to the program's schema: refuse newer ones, back up, then upgrade.

Called by `casedesk init`, by every CLI command and at GUI start-up, so the user never runs
migrations by hand (Vorta, Anki). A database written by a newer CaseDesk is left untouched.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from casedesk.core.db.engine import WRITE_OPTION, make_engine
from casedesk.core.db.location import sqlite_file
from casedesk.core.errors import DatabaseTooNew, KnownError
from casedesk.core.i18n import N_

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class IncompleteSchema(KnownError):
    """CaseDesk tables with data but no schema version: nothing is changed."""


@dataclass(frozen=True)
class MigrationReport:
    from_revision: str | None
    to_revision: str
    backup_file: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


_REVISION_LINE = re.compile(r"^(down_revision|revision)\b[^=]*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)


def known_revisions() -> set[str]:
    """Every revision this program's scripts know, read from their text (no Alembic import)."""
    found: set[str] = set()
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        for kind, value in _REVISION_LINE.findall(script.read_text(encoding="utf-8")):
            if kind == "revision":
                found.add(value)
    return found


def head_revision() -> str:
    """The newest revision, read from the scripts' text.

    Importing Alembic costs about 0.1 s; at every start-up the database is almost always
    current already, so the check must not need it. tests/db prove this agrees with Alembic.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        for kind, value in _REVISION_LINE.findall(script.read_text(encoding="utf-8")):
            (revisions if kind == "revision" else parents).add(value)
    heads = revisions - parents
    if len(heads) != 1:  # a merge was forgotten; never migrate to an ambiguous target
        raise RuntimeError(f"expected one migration head, found {sorted(heads)}")
    return heads.pop()


def current_revision(engine: Engine) -> str | None:
    """The database's revision, or None for a database without CaseDesk tables."""
    with engine.connect() as conn:
        try:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
        except SQLAlchemyError:
            return None
    return rows[0] if rows else None


def upgrade_database(engine: Engine, backup_dir: Path | None = None) -> MigrationReport:
    """Migrate *engine*'s database to head, backing up a SQLite file first."""
    url = engine.url.render_as_string(hide_password=False)
    head = head_revision()
    current = current_revision(engine)
    if current == head:
        return MigrationReport(current, head, None)
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(url))
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise DatabaseTooNew(
            N_(
                "数据库由更新版本的 CaseDesk 创建（结构版本 {rev}），本程序无法打开。"
                "请安装最新版本；数据库未作任何改动。"
            ).format(rev=current)
        )
    backup = None
    db_file = sqlite_file(url)
    if db_file is not None and db_file.exists() and _has_tables(engine):
        backup = backup_sqlite(db_file, backup_dir or db_file.parent / "backups", tag=f"pre-{head}")
        _drop_leftover_batch_tables(engine)
    if current is None:
        _clear_half_created_schema(engine)
    # A separate, unpooled engine: the migration switches PRAGMAs on its connection, and that
    # connection must never be handed out to the application afterwards.
    # It takes the write lock at BEGIN: a second program migrating at the same moment waits, then
    # finds the work done.
    migration_engine = make_engine(url, poolclass=NullPool, execution_options={WRITE_OPTION: True})
    try:
        with migration_engine.connect() as conn:
            cfg = alembic_config(url)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            conn.commit()
    finally:
        migration_engine.dispose()
    log.info("database migrated from %s to %s (backup: %s)", current, head, backup)
    return MigrationReport(current, head, backup)


def backup_sqlite(
    db_file: Path,
    backup_dir: Path | None = None,
    *,
    tag: str,
    target: Path | None = None,
    taken_at: datetime | None = None,
    force: bool = False,
) -> Path:
    """Copy a (possibly live, WAL-mode) SQLite database with the online backup API.

    A plain file copy of a live WAL database can miss committed pages still in the -wal file;
    the backup API copies a consistent snapshot. filecheck.safe_copy checks the source first and
    the copy before it takes the final name (issue 23, findings 4 and 7).
    """
    from casedesk.core.db.filecheck import safe_copy

    if target is None:
        assert backup_dir is not None
        backup_dir.mkdir(parents=True, exist_ok=True)
        stamp = (taken_at or datetime.now()).strftime("%Y%m%d-%H%M%S")
        target = backup_dir / f"{db_file.stem}-{stamp}-{tag}.sqlite3"
        counter = 1
        while target.exists():
            counter += 1
            target = backup_dir / f"{db_file.stem}-{stamp}-{tag}-{counter}.sqlite3"
    safe_copy(db_file, target, force=force)
    return target


def _has_tables(engine: Engine) -> bool:
    return bool(inspect(engine).get_table_names())


def _drop_leftover_batch_tables(engine: Engine) -> None:
    """A failed batch step leaves _alembic_tmp_* behind and blocks the next try (tech-notes §7)."""
    with engine.begin() as conn:
        for name in inspect(conn).get_table_names():
            if name.startswith("_alembic_tmp_"):
                conn.exec_driver_sql(f'DROP TABLE "{name}"')


def _clear_half_created_schema(engine: Engine) -> None:
    """A database without a version row but with some of CaseDesk's tables, all empty, is a first
    schema creation that an older CaseDesk (which created tables one by one) was killed in the
    middle of: drop those tables so that creation can run again whole (issue 23, finding 8).
    Tables with rows are never dropped: that is data this program does not know how to read."""
    from casedesk.core.db.models import Base

    ours = [
        t for t in reversed(Base.metadata.sorted_tables) if t.name in set(inspect(engine).get_table_names())
    ]
    if not ours:
        return
    with engine.begin() as conn:
        filled = [t.name for t in ours if conn.execute(text(f'SELECT 1 FROM "{t.name}" LIMIT 1')).first()]
        if filled:
            raise IncompleteSchema(
                N_(
                    "数据库缺少结构版本记录，但表 {tables} 中已有数据，本程序不能确定它的结构，未作任何改动。"
                    "请用“casedesk restore”从备份恢复，或联系技术支持。"
                ).format(tables="、".join(filled[:5]))
            )
        for table in ours:  # children first (reverse dependency order)
            conn.exec_driver_sql(f'DROP TABLE "{table.name}"')
        conn.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
    log.warning("dropped %d empty tables of a half-created schema before creating it again", len(ours))
