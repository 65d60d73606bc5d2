"""Database URLs and the network-share check (anchors.md pitfall 1).

SQLite's locking is unreliable on SMB/NFS shares and cloud-sync folders: two PCs writing through a
share, or a sync client copying a half-written WAL file, corrupt the database. Offices that need
several seats should move to PostgreSQL instead.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path, PureWindowsPath

from casedesk.core.errors import UserError
from casedesk.core.i18n import N_

ENV_URL = "CASEDESK_DATABASE_URL"

_SYNC_FOLDER_MARKERS = (
    "onedrive",
    "dropbox",
    "google drive",
    "googledrive",
    "icloud",
    "坚果云",
    "nutstore",
    "百度网盘",
    "baidunetdisk",
    "wps云",
    "wpsdrive",
    "seafile",
    "nextcloud",
    "owncloud",
)
_NETWORK_FS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "afs", "ceph", "glusterfs"}


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path.resolve()}"


def resolve_url(db_path: str | None, default_path: Path) -> str:
    """--db PATH wins, then CASEDESK_DATABASE_URL, then the per-user default file."""
    if db_path:
        if "://" in db_path:
            return db_path
        return sqlite_url(Path(db_path).expanduser())
    env = os.environ.get(ENV_URL)
    if env:
        return env
    return sqlite_url(default_path)


# `scheme://user:password@host`: the password is everything between the first colon after the
# user name and the last @ of the authority (a password may itself contain ':' or an encoded '@').
_URL_PASSWORD = re.compile(r"(?P<head>[A-Za-z][A-Za-z0-9+.\-]*://[^:/@\s]*:)(?P<pw>[^\s/]*)(?P<at>@)")
# libpq also takes the password as a query parameter or a key=value pair (`?password=…`).
_PARAM_PASSWORD = re.compile(r"(?P<head>\bpassword=)(?P<pw>[^&\s]*)", re.IGNORECASE)
HIDDEN = "***"


def redact(text: str) -> str:
    """*text* with every database password replaced by ***: for screens, JSON and the log file.

    A server password printed by `casedesk init`, or written to casedesk.log with the command
    line of a failed command, would reach anyone who reads a screenshot or a support e-mail.
    """
    text = _URL_PASSWORD.sub(lambda m: m["head"] + HIDDEN + m["at"], text)
    return _PARAM_PASSWORD.sub(lambda m: m["head"] + HIDDEN, text)


def redact_argv(argv: list[str]) -> list[str]:
    """A command line safe to log: passwords in URLs hidden, wherever they appear."""
    return [redact(arg) for arg in argv]


SUPPORTED_BACKENDS = ("sqlite", "postgresql")


def check_url(url: str) -> None:
    """Refuse, with what to do, a database location CaseDesk cannot open (a folder, MySQL,
    a malformed URL), instead of failing inside SQLAlchemy with an internal error."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        raise UserError(
            N_(
                "无法识别的数据库地址：{url}。请给出数据库文件路径，或 postgresql+psycopg://用户@服务器/数据库"
            ).format(url=redact(url))
        ) from None
    backend = parsed.get_backend_name()
    if backend not in SUPPORTED_BACKENDS:
        raise UserError(
            N_(
                "不支持 {kind} 数据库。CaseDesk 只使用 SQLite 文件或 PostgreSQL 服务器（postgresql+psycopg://…）"
            ).format(kind=backend)
        )
    if backend == "postgresql" and parsed.get_driver_name() != "psycopg":
        raise UserError(
            N_("PostgreSQL 地址请写成 postgresql+psycopg://用户@服务器/数据库（当前为 {url}）").format(
                url=redact(url)
            )
        )
    file = sqlite_file(url)
    if file is not None and file.is_dir():
        raise UserError(
            N_(
                "{path} 是一个文件夹，不是数据库文件。请在 --db 后给出文件名，例如 {path}/casedesk.sqlite3"
            ).format(path=file)
        )


def sqlite_file(url: str) -> Path | None:
    """The database file of a SQLite URL, or None for other databases and in-memory ones."""
    from sqlalchemy.engine import make_url  # here: the GUI resolves its URL before SQLAlchemy loads

    parsed = make_url(url)
    if not parsed.drivername.startswith("sqlite"):
        return None
    if not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def network_location_warning(path: Path) -> str | None:
    """A warning in Chinese when *path* looks like a network share or a cloud-sync folder."""
    text = str(path)
    lowered = text.lower()
    if text.startswith("\\\\") or text.startswith("//") or PureWindowsPath(text).drive.startswith("\\\\"):
        return N_(
            "数据库位于网络共享文件夹（{path}）。多台电脑通过共享同时写入会损坏数据，"
            "请把数据库放在本机磁盘；多人共用请改用 PostgreSQL 服务器。"
        ).format(path=text)
    for marker in _SYNC_FOLDER_MARKERS:
        if marker in lowered:
            return N_(
                "数据库位于云同步文件夹（{path}）。同步软件可能在写入中途复制文件而损坏数据，"
                "请把数据库放在本机的非同步文件夹。"
            ).format(path=text)
    if sys.platform == "win32" and _is_windows_network_drive(text):
        return N_("数据库位于映射的网络驱动器（{path}）。请把数据库放在本机磁盘。").format(path=text)
    fs_type = _linux_fs_type(path)
    if fs_type in _NETWORK_FS:
        return N_("数据库位于网络文件系统（{fs}：{path}）。请把数据库放在本机磁盘。").format(
            fs=fs_type, path=text
        )
    return None


def _is_windows_network_drive(text: str) -> bool:  # pragma: no cover - Windows only
    import ctypes

    if sys.platform != "win32":  # the caller asks on Windows only; this lets mypy on Linux pass
        return False
    drive = PureWindowsPath(text).drive
    if not drive:
        return False
    drive_remote = 4
    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote


def _linux_fs_type(path: Path) -> str | None:
    """The filesystem type of the mount holding *path*, from /proc/mounts (None elsewhere)."""
    mounts = Path("/proc/mounts")
    if not mounts.exists():
        return None
    target = path.resolve()
    while not target.exists() and target != target.parent:
        target = target.parent
    best: tuple[int, str] | None = None
    for line in mounts.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        inside = str(target) == mount_point or str(target).startswith(mount_point.rstrip("/") + "/")
        if inside and (best is None or len(mount_point) > best[0]):
            best = (len(mount_point), parts[2])
    return best[1] if best else None
