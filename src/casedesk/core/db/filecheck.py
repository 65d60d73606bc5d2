"""The SQLite file itself: is it damaged, who has it open, and a copy that is whole or absent.

Plain sqlite3, no SQLAlchemy: these run before the database is opened (restore), on files that
are not the open database (a backup, a copy) and at start-up before the engine exists.

* Damage: SQLite's `PRAGMA quick_check` walks every page's structure (not the index-vs-table
  agreement that integrity_check adds), so random bytes in the middle of the file are found
  before a clerk's command reads the broken page. A damaged file is reported as such, with what
  to do, as a `DatabaseDamaged` (exit 3 on the command line), never as an internal error.
* Presence: every program that opens the file leaves a small note beside it (who, which PC,
  since when) and removes it on close; restore reads them to say who still has the file open.
  Whether anyone really has it open is asked of SQLite itself (see `holders`); notes left by a
  killed program are ignored and cleared.
* Copies: written under a temporary name, checked (quick_check and the row count of every table
  against the source read in the same snapshot), flushed to disk, then renamed. A kill or a full
  disk leaves nothing under the final name, and an existing file is only replaced when asked.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import logging
import os
import socket
import sqlite3
import sys
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from casedesk.core.errors import KnownError, UserError
from casedesk.core.i18n import N_

log = logging.getLogger(__name__)

MAX_REPORTED = 20
PARTIAL_SUFFIX = ".partial"


class DatabaseDamaged(KnownError):
    """The database file (or a copy of it) fails SQLite's structural check."""


class DatabaseInUse(KnownError):
    """Another program has the database open; the operation needs it alone."""


def damage_advice(path: Path | None, detail: str) -> str:
    """What a clerk or IT staff should do about a damaged database, whichever command found it."""
    return N_(
        "数据库文件已损坏{p}（{d}）。本次操作未保存任何内容。请停止在此文件上工作，关闭所有 CaseDesk 程序，"
        "然后由管理员用“casedesk restore 备份文件”从最近一份完好的备份恢复（备份文件夹中按日期命名）；"
        "损坏的文件会先另存一份，以便技术支持抢救。"
    ).format(p=f"：{path}" if path else "", d=detail)


def quick_check(path: Path) -> list[str]:
    """SQLite's quick_check of *path*: [] when intact, else what it found (or why it could not)."""
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=10)
        try:
            rows = [r[0] for r in conn.execute(f"PRAGMA quick_check({MAX_REPORTED})").fetchall()]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:  # "file is not a database", "disk image is malformed"
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def require_intact(path: Path) -> None:
    problems = quick_check(path)
    if problems:
        raise DatabaseDamaged(damage_advice(path, problems[0]))


# --- on-open check, skipped while the file is as last found intact -----------------------------


def _stamp_file(db_file: Path) -> Path:
    return db_file.with_name(f".{db_file.name}.intact")


def _signature(db_file: Path) -> str:
    st = db_file.stat()
    wal = Path(f"{db_file}-wal")
    wal_sig = f"{wal.stat().st_size}:{wal.stat().st_mtime_ns}" if wal.exists() else "-"
    return f"{st.st_size}:{st.st_mtime_ns}:{wal_sig}"


# Files this process found intact when it opened them (or created them).
_known_intact: set[Path] = set()


def check_on_open(db_file: Path) -> None:
    """quick_check *db_file* unless it is unchanged since CaseDesk last left it intact.

    Measured on the 5,000-unit demo database (46 MB): quick_check 0.6 s with the file in the
    disk cache, 2.7 s cold (integrity_check: 3.9 s) -- too slow for every command a script runs.
    So the check runs when the file's size or modification time differs from what the last
    program that had found it intact left on closing (another tool, a sync program, a copy, a
    crash); backups and `casedesk check` always check. Damage that changes no timestamp (a
    failing disk) is caught by the daily backup's check.
    """
    key = db_file.resolve()
    if not db_file.exists() or db_file.stat().st_size == 0:
        _known_intact.add(key)  # created by this program
        return
    with contextlib.suppress(OSError), db_file.open("rb") as f:
        if f.read(16) != b"SQLite format 3\x00":
            return  # not a database at all: opening it says so (NotADatabase)
    with contextlib.suppress(OSError):
        if _stamp_file(db_file).read_text(encoding="utf-8") == _signature(db_file):
            _known_intact.add(key)
            return
    problems = quick_check(db_file)
    if problems == ["file is not a database"]:
        return  # a header and nothing usable: opening it says "not a CaseDesk database"
    if problems:
        raise DatabaseDamaged(damage_advice(db_file, problems[0]))
    _known_intact.add(key)
    remember_intact(db_file)


def remember_intact(db_file: Path) -> None:
    """After closing: the file as this program leaves it is the known-good state (only when it
    was found intact on opening)."""
    if db_file.resolve() not in _known_intact:
        return
    with contextlib.suppress(OSError):
        if db_file.exists():
            _stamp_file(db_file).write_text(_signature(db_file), encoding="utf-8")


# --- who has the file open ---------------------------------------------------------------------


@dataclass(frozen=True)
class Presence:
    user: str
    host: str
    pid: int
    since: str
    program: str

    def describe(self) -> str:
        return N_("{user}（电脑 {host}，{program}，自 {since} 起）").format(
            user=self.user, host=self.host, program=self.program, since=self.since
        )


def _presence_prefix(db_file: Path) -> str:
    return f".{db_file.name}.open-"


def announce(db_file: Path) -> Path | None:
    """Leave a note beside *db_file* saying who has it open; returns it (to remove on close)."""
    note = db_file.with_name(f"{_presence_prefix(db_file)}{socket.gethostname()}-{os.getpid()}")
    try:
        user = getpass.getuser()
    except Exception:  # no login name (a service account): the note is still useful without it
        user = "?"
    # The desktop program has its window up (Qt loaded) before it opens the database.
    if "PySide6.QtWidgets" in sys.modules:
        program = N_("CaseDesk 桌面程序")
    else:
        args, words = sys.argv[1:], []
        for i, arg in enumerate(args):
            if not arg.startswith("-") and (i == 0 or args[i - 1] not in ("--db", "--user")):
                words.append(arg)
        words = words[:2]
        program = N_("命令行 {cmd}").format(cmd=" ".join(["casedesk", *words]))
    data = {
        "user": user,
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "since": datetime.now().strftime("%Y-%m-%d %H:%M"),
        "program": program,
    }
    try:
        note.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    except OSError:
        return None  # a read-only folder: the database may still be read
    return note


def present(db_file: Path) -> list[Presence]:
    found = []
    for note in db_file.parent.glob(f"{_presence_prefix(db_file)}*"):
        try:
            data = json.loads(note.read_text(encoding="utf-8"))
            found.append(
                Presence(data["user"], data["host"], int(data["pid"]), data["since"], data["program"])
            )
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return found


def _clear_presence(db_file: Path, *, except_pid: int | None = None) -> None:
    for note in db_file.parent.glob(f"{_presence_prefix(db_file)}*"):
        if except_pid is not None and note.name.endswith(f"-{except_pid}"):
            continue
        note.unlink(missing_ok=True)


def is_open_elsewhere(db_file: Path) -> bool:
    """Whether another connection has *db_file* open, asked of SQLite itself.

    In WAL mode every open connection holds a shared lock on the WAL index, even when idle, and
    leaving WAL mode needs the file alone: so the switch to DELETE succeeds only when nobody else
    has it open (it is switched back at once). A file that is not in WAL mode is asked for an
    exclusive lock instead.
    """
    if not db_file.exists():
        return False
    try:
        conn = sqlite3.connect(db_file, isolation_level=None, timeout=0)
    except sqlite3.Error:
        return False
    try:
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        if mode == "wal":
            if conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0] != "delete":
                return True
            conn.execute("PRAGMA journal_mode=WAL")
        else:
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError as exc:
        return "locked" in str(exc) or "busy" in str(exc)
    except sqlite3.DatabaseError:  # damaged: nobody can be using it usefully; restore proceeds
        return False
    finally:
        conn.close()


def require_alone(db_file: Path, *, doing: str) -> None:
    """Raise DatabaseInUse (naming who, when the notes say) if another program has the file open."""
    if not is_open_elsewhere(db_file):
        _clear_presence(db_file, except_pid=os.getpid())  # notes of killed programs
        return
    others = [p for p in present(db_file) if p.pid != os.getpid() or p.host != socket.gethostname()]
    who = "；".join(p.describe() for p in others) or N_("另一个程序（未留下姓名）")
    raise DatabaseInUse(
        N_(
            "数据库正被使用，不能{doing}：{who}。请先关闭这些 CaseDesk 窗口和命令，再重试；数据未作任何改动。"
        ).format(doing=doing, who=who)
    )


# --- a copy that is whole or absent --------------------------------------------------------------


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def check_target(db_file: Path, target: Path, *, force: bool) -> None:
    """Refuse a backup target that is the database itself, its journal, a folder or (without
    *force*) an existing file."""
    for own in (db_file, Path(f"{db_file}-wal"), Path(f"{db_file}-shm"), Path(f"{db_file}-journal")):
        if same_file(target, own):
            raise UserError(N_("备份目标就是数据库文件本身：{p}。请指定另一个文件名").format(p=target))
    if target.is_dir():
        raise UserError(N_("备份目标是一个文件夹：{p}。请指定文件名，例如 {p}/备份.sqlite3").format(p=target))
    if target.exists() and not force:
        raise UserError(
            N_("文件已存在：{p}。为免覆盖其他数据，未备份；确需替换请加 --force，或换一个文件名").format(
                p=target
            )
        )


def _clear_stale_partials(folder: Path, max_age_s: float = 3600) -> None:
    """Temporary copies left by a killed backup (never under a backup's own name)."""
    now = time.time()
    for partial in folder.glob(f".*{PARTIAL_SUFFIX}"):
        with contextlib.suppress(OSError):
            if now - partial.stat().st_mtime > max_age_s:
                partial.unlink()


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder for fsync; NTFS journals the rename
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def safe_copy(db_file: Path, target: Path, *, force: bool = False) -> dict[str, int]:
    """Copy a (possibly live, WAL-mode) database to *target* with the online backup API.

    The source is checked first (a damaged database is never copied over anything); the copy is
    written to a temporary name, checked and counted against the source read in the same
    snapshot, flushed, and only then renamed to *target*. Returns the row count of each table.
    """
    check_target(db_file, target, force=force)
    require_intact(db_file)
    target.parent.mkdir(parents=True, exist_ok=True)
    _clear_stale_partials(target.parent)
    partial = target.with_name(f".{target.name}.{os.getpid()}{PARTIAL_SUFFIX}")
    try:
        source = sqlite3.connect(db_file, isolation_level=None, timeout=30)
        try:
            # One read transaction: the counts and the pages copied are the same snapshot.
            source.execute("BEGIN")
            expected = table_counts(source)
            dest = sqlite3.connect(partial, isolation_level=None)
            try:
                source.backup(dest)
            finally:
                dest.close()
            source.execute("COMMIT")
        finally:
            source.close()
        problems = quick_check(partial)
        if problems:
            raise DatabaseDamaged(
                N_("备份副本未通过检查（{d}），未保存；原有备份保持不变").format(d=problems[0])
            )
        check = sqlite3.connect(partial, isolation_level=None)
        try:
            actual = table_counts(check)
        finally:
            check.close()
        if actual != expected:
            raise DatabaseDamaged(N_("备份副本的行数与数据库不一致，未保存；原有备份保持不变"))
        with open(partial, "rb+") as f:
            os.fsync(f.fileno())
        if target.exists() and not force:  # appeared meanwhile: still never overwritten unasked
            raise UserError(N_("文件已存在：{p}。未备份").format(p=target))
        os.replace(partial, target)
        _fsync_dir(target.parent)
    except sqlite3.DatabaseError as exc:
        partial.unlink(missing_ok=True)
        message = str(exc).lower()
        if "full" in message or "disk i/o" in message or "unable to open" in message:
            raise KnownError(
                N_("无法写入备份（{err}）：请检查磁盘空间和文件夹权限。未生成备份文件").format(err=exc)
            ) from exc
        raise DatabaseDamaged(damage_advice(db_file, str(exc))) from exc
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise KnownError(
            N_("无法写入备份（{err}）：请检查磁盘空间和文件夹权限。未生成备份文件").format(err=exc)
        ) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return expected


def raw_copy(db_file: Path, target: Path) -> Path:
    """Byte copy of a damaged database (and its WAL) for salvage; the online backup API may stop
    at the first broken page."""
    import shutil

    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(db_file, target)
    wal = Path(f"{db_file}-wal")
    if wal.exists():
        shutil.copyfile(wal, Path(f"{target}-wal"))
    return target
