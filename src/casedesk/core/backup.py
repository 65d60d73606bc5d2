"""Backups and restore of a SQLite office database.

Backups use SQLite's online backup API (a consistent snapshot even while clerks work) and are
kept in rotation: the newest per day for 7 days, per ISO week for 4 weeks, per month for 12
months. Backups taken before a migration are never rotated away. Restore checks the file first
(integrity, and a schema this program knows), refuses while another program has the database
open (naming who), backs up the current database, swaps the file in atomically and records the
restore in the restored database's log.

Only administrators (and the command line's `system`) may back up, restore or copy the whole
database elsewhere: it holds every community's full ID numbers and the mediation notes.
A backup is checked before it is taken and verified before it takes its name
(core/db/filecheck.py): a damaged database never replaces a good backup.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from casedesk.core.db.database import Database
from casedesk.core.db.filecheck import quick_check, raw_copy, require_alone
from casedesk.core.db.migrate import backup_sqlite, known_revisions
from casedesk.core.domain.enums import Role
from casedesk.core.errors import KnownError, PermissionDenied, UserError
from casedesk.core.i18n import N_
from casedesk.core.services.actor import Actor

KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
AUTO_TAG = "auto"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    tag: str


def require_whole_database_right(actor: Actor) -> None:
    """Backups, restores and copies carry every community's data: administrators only."""
    if actor.role is not Role.ADMIN:
        raise PermissionDenied(
            N_(
                "权限不足：只有管理员可以备份、恢复或迁移整个数据库"
                "（其中有各社区业主的完整证件号码和调解笔录）。当前：{role}"
            ).format(role=actor.role.label)
        )


def list_backups(backup_dir: Path) -> list[BackupInfo]:
    found = []
    for path in backup_dir.glob("*.sqlite3"):
        parts = path.stem.split("-")
        # <stem>-YYYYmmdd-HHMMSS-<tag>[-n]
        for i in range(len(parts) - 1):
            try:
                taken = datetime.strptime(f"{parts[i]}-{parts[i + 1]}", "%Y%m%d-%H%M%S")
            except ValueError:
                continue
            found.append(BackupInfo(path, taken, "-".join(parts[i + 2 :]) or "manual"))
            break
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def backup_now(
    db_file: Path,
    backup_dir: Path,
    *,
    target: Path | None = None,
    tag: str = "manual",
    taken_at: datetime | None = None,
    force: bool = False,
) -> Path:
    if not db_file.exists():
        raise UserError(N_("数据库文件不存在：{p}").format(p=db_file))
    try:
        return backup_sqlite(db_file, backup_dir, tag=tag, target=target, taken_at=taken_at, force=force)
    except OSError as exc:
        raise KnownError(N_("无法写入备份（{err}）：请检查磁盘空间和文件夹权限").format(err=exc)) from exc


def backup_database(
    database: Database,
    configured_dir: str = "",
    *,
    actor: Actor,
    target: Path | None = None,
    force: bool = False,
) -> Path:
    """Back up the office database however its kind allows: SQLite's online backup, or pg_dump for
    a server. The folder is the office's setting, else beside the file (or in the data folder)."""
    from casedesk import paths

    require_whole_database_right(actor)
    folder = paths.backup_dir_for(database.file, configured_dir)
    if database.file is not None:
        return backup_now(database.file, folder, target=target, force=force)
    from casedesk.core.db import pgdump

    if target is not None and target.exists() and not force:
        raise UserError(
            N_("文件已存在：{p}。为免覆盖其他数据，未备份；确需替换请加 --force，或换一个文件名").format(
                p=target
            )
        )
    return pgdump.dump(database.url, folder, target=target)


def rotate(backup_dir: Path, *, today: date) -> list[Path]:
    """Delete automatic backups beyond the rotation; returns what was deleted."""
    autos = [b for b in list_backups(backup_dir) if b.tag.startswith(AUTO_TAG)]
    keep: set[Path] = set()
    for key, limit in (
        (lambda d: d.isoformat(), KEEP_DAILY),
        (lambda d: f"{d.isocalendar()[0]}-W{d.isocalendar()[1]}", KEEP_WEEKLY),
        (lambda d: f"{d.year}-{d.month}", KEEP_MONTHLY),
    ):
        seen: list[str] = []
        for b in autos:  # newest first: the first of each period is kept
            k = key(b.taken_at.date())
            if k not in seen:
                seen.append(k)
                if len(seen) <= limit:
                    keep.add(b.path)
    removed = [b.path for b in autos if b.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def maybe_daily_backup(db_file: Path, backup_dir: Path, *, now: datetime) -> Path | None:
    """At start-up: one automatic backup a day at most, then rotation."""
    if not db_file.exists() or db_file.stat().st_size == 0:
        return None
    latest = next((b for b in list_backups(backup_dir) if b.tag.startswith(AUTO_TAG)), None)
    if latest is not None and latest.taken_at.date() == now.date():
        return None
    # Named by the same clock that judged "not yet today", or the next start-up judges again.
    path = backup_now(db_file, backup_dir, tag=AUTO_TAG, taken_at=now)
    rotate(backup_dir, today=now.date())
    return path


def inspect_backup(file: Path) -> str | None:
    """Raise UserError unless *file* is an intact CaseDesk database this program can open;
    returns its schema revision."""
    if not file.is_file():
        raise UserError(N_("找不到备份文件：{p}").format(p=file))
    with file.open("rb") as f:
        if f.read(16) != b"SQLite format 3\x00":
            raise UserError(N_("不是 CaseDesk 数据库文件：{p}").format(p=file))
    try:
        conn = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchall()
            if result != [("ok",)]:
                raise UserError(N_("备份文件已损坏（{r}），未恢复").format(r=result[0][0]))
            try:
                revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            except sqlite3.DatabaseError:
                raise UserError(N_("不是 CaseDesk 数据库文件：{p}").format(p=file)) from None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise UserError(N_("备份文件已损坏（{err}），未恢复").format(err=exc)) from exc
    version = revision[0] if revision else None
    if version is not None and version not in known_revisions():
        raise UserError(
            N_("备份文件来自更新版本的 CaseDesk（结构版本 {v}），本程序不能恢复").format(v=version)
        )
    return version


def restore(db_file: Path, file: Path, backup_dir: Path, *, actor: Actor) -> Path | None:
    """Replace *db_file* by the backup *file*; returns the safety copy of the old database.

    Refused while another program has the database open (its unsaved work would go on into the
    replaced file, or be lost); the restore is then recorded in the restored database's log.
    """
    require_whole_database_right(actor)
    inspect_backup(file)
    safety = None
    if db_file.exists():
        require_alone(db_file, doing=N_("从备份恢复"))
        if quick_check(db_file):  # a damaged database is kept byte for byte, for salvage
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            safety = raw_copy(db_file, backup_dir / f"{db_file.stem}-{stamp}-pre-restore.damaged")
        else:
            safety = backup_now(db_file, backup_dir, tag="pre-restore")
    staging = db_file.with_name(f".{db_file.name}.restoring")
    shutil.copyfile(file, staging)
    with open(staging, "rb+") as f:
        os.fsync(f.fileno())
    for suffix in ("-wal", "-shm"):  # the old database's journal must not be replayed onto the new one
        Path(f"{db_file}{suffix}").unlink(missing_ok=True)
    os.replace(staging, db_file)
    _record_restore(db_file, file, safety, backup_dir, actor)
    return safety


def _record_restore(db_file: Path, file: Path, safety: Path | None, backup_dir: Path, actor: Actor) -> None:
    from casedesk.core.audit import record_audit
    from casedesk.core.db.database import open_database
    from casedesk.core.db.location import sqlite_url

    db = open_database(sqlite_url(db_file), backup_dir=backup_dir)
    try:
        with db.session_factory.begin() as s:
            record_audit(
                s,
                actor,
                "database.restore",
                "database",
                None,
                summary=N_("从备份恢复数据库：{f}（原数据库另存为：{old}）").format(
                    f=file, old=safety or N_("无")
                ),
                changes={"restored_from": str(file), "previous_saved_as": str(safety) if safety else None},
            )
    finally:
        db.dispose()
