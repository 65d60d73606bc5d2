"""Backups of a PostgreSQL office database with the server's own tool, pg_dump.

CaseDesk cannot copy a server's files the way it copies a SQLite file; `pg_dump` takes a
consistent snapshot while clerks keep working. The custom format (-Fc) is compressed and is what
`pg_restore` reads. When pg_dump is not installed, the message says what the office must run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from casedesk.core.errors import KnownError
from casedesk.core.i18n import N_

_DEBIAN_BIN_GLOB = "usr/lib/postgresql/*/bin/pg_dump"


def find_pg_dump() -> Path | None:
    found = shutil.which("pg_dump")
    if found:
        return Path(found)
    candidates = sorted(Path("/").glob(_DEBIAN_BIN_GLOB), key=lambda p: p.parent.parent.name)
    return candidates[-1] if candidates else None


def libpq_arguments(url: str) -> tuple[list[str], dict[str, str]]:
    """pg_dump's connection options and environment for a SQLAlchemy URL (password via PGPASSWORD,
    never on the command line where other users of the PC could read it)."""
    parsed = make_url(url)
    args: list[str] = []
    env = dict(os.environ)
    host = parsed.host or parsed.query.get("host")
    port = parsed.port or parsed.query.get("port")
    if host:
        args += ["-h", str(host)]
    if port:
        args += ["-p", str(port)]
    if parsed.username:
        args += ["-U", parsed.username]
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    args += ["-d", parsed.database or ""]
    return args, env


def manual_command(url: str) -> str:
    args, _ = libpq_arguments(url)
    return "pg_dump -Fc " + " ".join(args) + " -f casedesk.dump"


def dump(url: str, backup_dir: Path, *, target: Path | None = None) -> Path:
    pg_dump = find_pg_dump()
    if pg_dump is None:
        raise KnownError(
            N_(
                "本机没有 pg_dump，无法备份 PostgreSQL 数据库。"
                "请在服务器或装有 PostgreSQL 客户端的电脑上运行：{cmd}（恢复用 pg_restore）。"
            ).format(cmd=manual_command(url))
        )
    if target is None:
        backup_dir.mkdir(parents=True, exist_ok=True)
        target = backup_dir / f"casedesk-{datetime.now():%Y%m%d-%H%M%S}.dump"
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
    args, env = libpq_arguments(url)
    partial = target.with_name(target.name + ".partial")
    result = subprocess.run(
        [str(pg_dump), "-Fc", "--no-password", *args, "-f", str(partial)],
        env=env,
        capture_output=True,
        text=True,
        timeout=3600,
    )
    if result.returncode != 0:
        partial.unlink(missing_ok=True)
        raise KnownError(N_("pg_dump 备份失败：{err}").format(err=result.stderr.strip()[:500]))
    os.replace(partial, target)  # a half-written dump never looks like a backup
    return target
