"""Open a CaseDesk database: engine, migrations (with backup) and the session factory."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError

from casedesk.core.db.engine import SessionFactory, make_engine, make_session_factory
from casedesk.core.db.location import network_location_warning, sqlite_file
from casedesk.core.db.migrate import MigrationReport, upgrade_database
from casedesk.core.errors import KnownError
from casedesk.core.i18n import N_

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Database:
    url: str
    engine: Engine
    session_factory: SessionFactory
    file: Path | None
    migration: MigrationReport | None
    location_warning: str | None
    # The note beside the file saying who has it open (filecheck.announce), removed on dispose.
    presence: Path | None = None

    @property
    def location_text(self) -> str:
        """Where the data is, for the status bar and About: never the server password."""
        if self.file is not None:
            return str(self.file)
        return self.engine.url.render_as_string(hide_password=True)

    def dispose(self) -> None:
        self.engine.dispose()
        if self.file is not None:
            from casedesk.core.db import filecheck

            # Found intact on open and changed since only by this program's own transactions:
            # the next open need not walk the whole file again (unless something else touches it).
            filecheck.remember_intact(self.file)
            if self.presence is not None:
                self.presence.unlink(missing_ok=True)


def open_database(url: str, *, migrate: bool = True, backup_dir: Path | None = None) -> Database:
    """Open *url*, creating or migrating the schema first (backing up the file before)."""
    file = sqlite_file(url)
    warning = None
    if file is not None:
        warning = network_location_warning(file)
        if warning:
            log.warning("%s", warning)
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise KnownError(
                N_("无法创建数据库文件夹 {dir}：{err}").format(dir=file.parent, err=exc)
            ) from exc
    presence = None
    if file is not None:
        from casedesk.core.db import filecheck

        # Damage is reported as damage, with what to do, before any command reads a broken page
        # (issue 23, finding 4); skipped while the file is as CaseDesk last left it intact.
        filecheck.check_on_open(file)
        presence = filecheck.announce(file)
    engine = make_engine(url)
    try:
        report = upgrade_database(engine, backup_dir) if migrate else None
    except BaseException as exc:
        engine.dispose()
        if presence is not None:
            presence.unlink(missing_ok=True)
        if not isinstance(exc, DatabaseError):
            raise
        if file is not None and _not_a_database(exc):
            raise NotADatabase(
                N_(
                    "{file} 不是 CaseDesk 数据库，或文件已损坏。请检查文件路径；"
                    "如果这是办公室的数据库，请用“casedesk restore”从备份恢复。"
                ).format(file=file)
            ) from exc
        raise
    return Database(url, engine, make_session_factory(engine), file, report, warning, presence)


class NotADatabase(KnownError):
    """The file given as the database is not an SQLite database (another file, or damaged)."""


def _not_a_database(exc: DatabaseError) -> bool:
    message = str(exc.orig or exc).lower()
    return "file is not a database" in message or "disk image is malformed" in message
