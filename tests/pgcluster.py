"""A throw-away PostgreSQL cluster for tests and benchmarks, started from Debian's server binaries.

The cluster lives in a temporary folder, listens only on a Unix socket in that folder (no TCP port
to collide with anything), trusts local connections, and is stopped and deleted afterwards.
PostgreSQL refuses to run as root, so as root the server runs as the `postgres` account that
Debian's package creates.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

PG_BIN_GLOB = "/usr/lib/postgresql/*/bin"
PORT = 54329  # names the socket file only; nothing listens on TCP


def find_server_bin() -> Path | None:
    """The newest installed server's bin folder, or None when no server is installed."""
    override = os.environ.get("CASEDESK_PG_BIN")
    if override:
        return Path(override)
    candidates = sorted(Path("/").glob(PG_BIN_GLOB.lstrip("/")), key=lambda p: int(p.parent.name))
    candidates = [c for c in candidates if (c / "initdb").exists() and (c / "pg_ctl").exists()]
    return candidates[-1] if candidates else None


def unavailable_reason() -> str | None:
    """Why a cluster cannot be started here, or None when it can."""
    if find_server_bin() is None:
        return (
            "PostgreSQL server binaries not found (Debian package `postgresql`); `make test-pg` installs them"
        )
    if os.geteuid() == 0:
        try:
            import pwd

            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no `postgres` account to run the server as"
    return None


@dataclass
class Cluster:
    root: Path
    bin: Path
    user: str

    @property
    def socket_dir(self) -> Path:
        return self.root / "socket"

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{self.user}@/{database}?host={self.socket_dir}&port={PORT}"

    def libpq_env(self) -> dict[str, str]:
        return {**os.environ, "PGHOST": str(self.socket_dir), "PGPORT": str(PORT), "PGUSER": self.user}

    def psql(self, sql: str, database: str = "postgres") -> str:
        out = subprocess.run(
            [str(self.bin / "psql"), "-X", "-q", "-t", "-A", "-d", database, "-c", sql],
            env=self.libpq_env(),
            check=True,
            capture_output=True,
            text=True,
        )
        return out.stdout.strip()

    def stop(self) -> None:
        _run_as_server_user(
            [str(self.bin / "pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate", "-w", "stop"],
            check=False,
        )
        shutil.rmtree(self.root, ignore_errors=True)


def _server_user() -> str | None:
    return "postgres" if os.geteuid() == 0 else None


def _run_as_server_user(cmd: list[str], *, check: bool = True) -> subprocess.CompletedProcess:
    user = _server_user()
    if user:
        cmd = ["runuser", "-u", user, "--", *cmd]
    return subprocess.run(cmd, check=check, capture_output=True, text=True)


def start_cluster(base: Path | None = None) -> Cluster:
    """initdb + pg_ctl start in a new temporary folder; the caller must call `stop()`."""
    reason = unavailable_reason()
    if reason:
        raise RuntimeError(reason)
    bin_dir = find_server_bin()
    assert bin_dir is not None
    root = Path(tempfile.mkdtemp(prefix="casedesk-pg-", dir=base))
    (root / "socket").mkdir()
    user = _server_user()
    if user:
        shutil.chown(root, user)
        shutil.chown(root / "socket", user)
        root.chmod(0o755)
    db_user = user or os.environ.get("USER") or "postgres"
    data = root / "data"
    _run_as_server_user(
        [
            str(bin_dir / "initdb"),
            "-D",
            str(data),
            "-U",
            db_user,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        ]
    )
    options = (
        f"-k {root / 'socket'} -p {PORT} -c listen_addresses='' -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off -c max_connections=50"
    )
    result = _run_as_server_user(
        [
            str(bin_dir / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            options,
            "-l",
            str(root / "server.log"),
            "-w",
            "start",
        ],
        check=False,
    )
    if result.returncode != 0:
        log = (root / "server.log").read_text(errors="replace") if (root / "server.log").exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"PostgreSQL did not start: {result.stderr}\n{log}")
    return Cluster(root, bin_dir, db_user)
