"""The database file under damage, misuse and interruption (issue 23, findings 4, 5, 6 and 7).

Each test builds the bad situation itself (random bytes in a copy, a second program holding the
file, a kill at a measured moment, a file-size limit standing in for a full disk) and asserts
what the user is told, the exit code, and that nothing good was replaced.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import random
import resource
import signal
import socket
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from casedesk.cli import main
from casedesk.core.audit import record_audit
from casedesk.core.db import filecheck
from casedesk.core.db.database import open_database
from casedesk.core.db.location import sqlite_url
from casedesk.core.domain.enums import Role
from casedesk.core.services.actor import SYSTEM_ACTOR
from casedesk.core.services.users import create_user
from tests.cli.helpers import NEW_CASE, run
from tests.shared_paths import SAMPLES

pytestmark = pytest.mark.sqlite_only  # about SQLite files themselves


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dump(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    finally:
        conn.close()


@pytest.fixture
def office(tmp_path: Path, capsys) -> Path:
    """An office database with a few cases, owners and ballots (enough pages to damage)."""
    db = tmp_path / "office" / "casedesk.sqlite3"
    db.parent.mkdir()
    for unit in ("1", "2", "3"):
        args = [*NEW_CASE]
        args[args.index("--unit") + 1] = unit
        code, out, err = run(capsys, str(db), *args)
        assert code == 0, err
        code, _, err = run(
            capsys, str(db), "roster", "import", out.strip(), str(SAMPLES / "roster-sample.csv")
        )
        assert code == 0, err
    database = open_database(sqlite_url(db))
    try:
        with database.session_factory.begin() as s:
            for name, role in (("admin", Role.ADMIN), ("clerk", Role.CLERK), ("mediator", Role.MEDIATOR)):
                create_user(s, SYSTEM_ACTOR, name, name, role, "secret-password-1")
        with database.session_factory.begin() as s:
            # Bulk, so the file has pages in its middle that ordinary commands never read.
            for n in range(3000):
                record_audit(s, SYSTEM_ACTOR, "test.fill", "test", n, summary=f"填充记录 {n}")
    finally:
        database.dispose()
    capsys.readouterr()
    return db


def damage(path: Path, seed: int) -> None:
    """4 KB of random bytes in the middle of the file, as the adversarial run did."""
    data = bytearray(path.read_bytes())
    rng = random.Random(seed)
    start = len(data) // 2 + rng.randrange(-8, 8) * 512
    data[start : start + 4096] = rng.randbytes(4096)
    path.write_bytes(bytes(data))


# --- finding 4: damage is detected and reported, and never backed up over a good backup ---------


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_damaged_database_is_reported_and_never_backed_up(office: Path, capsys, seed: int) -> None:
    good = office.parent / "good-backup.sqlite3"
    assert main(["--db", str(office), "backup", "-o", str(good)]) == 0
    good_sha = sha(good)
    damage(office, seed)
    capsys.readouterr()
    for command in (["case", "list"], ["ballot", "set", "X", "101", "同意", "--on", "2026-03-05"]):
        code = main(["--db", str(office), *command])
        err = capsys.readouterr().err
        assert code == 3, err
        assert "已损坏" in err and "casedesk restore" in err and "内部错误" not in err
    assert main(["--db", str(office), "check"]) == 1
    err = capsys.readouterr().err
    assert "已损坏" in err and "内部错误" not in err
    assert main(["--db", str(office), "backup", "-o", str(good), "--force"]) == 3
    assert "已损坏" in capsys.readouterr().err
    assert sha(good) == good_sha  # the good backup was not replaced by the damaged copy
    assert main(["--db", str(office), "backup"]) == 3
    assert not list((office.parent / "backups").glob("*.sqlite3"))
    assert not list(office.parent.glob(".*.partial"))


def test_unchanged_file_is_not_walked_again_on_open(office: Path, monkeypatch) -> None:
    calls: list[Path] = []
    real = filecheck.quick_check
    monkeypatch.setattr(filecheck, "quick_check", lambda p: calls.append(p) or real(p))
    filecheck._known_intact.clear()
    open_database(sqlite_url(office)).dispose()  # as the last CaseDesk left it: no walk
    assert calls == []
    os.utime(office, ns=(time.time_ns(), time.time_ns() + 5_000_000_000))  # another tool touched it
    open_database(sqlite_url(office)).dispose()
    assert calls == [office]


# --- finding 7: backups write to a temporary name, refuse to overwrite, verify the copy -------


def test_backup_refuses_existing_file_the_database_and_folders(office: Path, capsys) -> None:
    other = office.parent / "other-office.sqlite3"
    other.write_bytes(b"another office's data")
    before = dump(office)
    assert main(["--db", str(office), "backup", "-o", str(other)]) == 2
    assert "已存在" in capsys.readouterr().err and other.read_bytes() == b"another office's data"
    assert main(["--db", str(office), "backup", "-o", str(office)]) == 2
    assert "数据库文件本身" in capsys.readouterr().err
    assert main(["--db", str(office), "backup", "-o", str(office.parent)]) == 2
    assert "文件夹" in capsys.readouterr().err
    assert dump(office) == before
    assert main(["--db", str(office), "backup", "-o", str(other), "--force", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["backup"] == str(other)
    with sqlite3.connect(other) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM audit_event WHERE action = 'test.fill'").fetchone() == (
            3000,
        )


KILL_AT_VERIFY = textwrap.dedent("""
    import os, signal, sys
    from casedesk.core.db import filecheck
    from casedesk.cli import main

    real = filecheck.quick_check

    def quick_check(path):
        if str(path).endswith(filecheck.PARTIAL_SUFFIX):  # the copy is written, not yet named
            os.kill(os.getpid(), signal.SIGKILL)
        return real(path)

    filecheck.quick_check = quick_check
    sys.exit(main(sys.argv[1:]))
""")


def test_kill_during_backup_leaves_no_file_under_the_final_name(office: Path) -> None:
    target = office.parent / "kill.sqlite3"
    proc = subprocess.run(
        [sys.executable, "-c", KILL_AT_VERIFY, "--db", str(office), "backup", "-o", str(target)],
        capture_output=True,
    )
    assert proc.returncode == -signal.SIGKILL
    assert not target.exists()
    # At random moments of a real backup: the final name holds a whole, verified copy or nothing.
    rng = random.Random(7)
    for attempt in range(6):
        target = office.parent / f"random-{attempt}.sqlite3"
        proc = subprocess.Popen(
            [sys.executable, "-m", "casedesk", "--db", str(office), "backup", "-o", str(target)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.3, 1.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if target.exists():
            with sqlite3.connect(target) as conn:
                assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
                assert conn.execute(
                    "SELECT count(*) FROM audit_event WHERE action = 'test.fill'"
                ).fetchone() == (3000,)


def _small_disk() -> None:
    # Files may not grow past 64 KB: writes beyond fail with EFBIG, as on a full disk.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))


def test_full_disk_leaves_no_backup_and_says_so(office: Path) -> None:
    target = office.parent / "full.sqlite3"
    env = {**os.environ, "CASEDESK_DATA_DIR": str(office.parent / "data")}  # a fresh, small log
    proc = subprocess.run(
        [sys.executable, "-m", "casedesk", "--db", str(office), "backup", "-o", str(target)],
        capture_output=True,
        text=True,
        preexec_fn=_small_disk,
        env=env,
    )
    assert proc.returncode == 3, proc.stderr
    assert "磁盘空间" in proc.stderr and "内部错误" not in proc.stderr
    assert not target.exists()
    assert not list(office.parent.glob(".*.partial"))


# --- finding 5: restore refuses while another program has the database open -------------------

HOLDER = textwrap.dedent("""
    import sys
    from casedesk.core.db.database import open_database
    from sqlalchemy import text

    db = open_database(sys.argv[1])
    with db.session_factory() as s:
        s.execute(text("SELECT count(*) FROM case_file")).scalar()
    print("open", flush=True)
    sys.stdin.readline()
    db.dispose()
""")


def test_restore_refuses_while_another_program_has_the_database_open(office: Path, capsys) -> None:
    backup = office.parent / "b.sqlite3"
    assert main(["--db", str(office), "backup", "-o", str(backup)]) == 0
    args = [*NEW_CASE]
    args[args.index("--unit") + 1] = "9"
    code, _, err = run(capsys, str(office), *args)
    assert code == 0, err
    before = dump(office)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, sqlite_url(office)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        capsys.readouterr()
        assert main(["--db", str(office), "restore", str(backup)]) == 3
        err = capsys.readouterr().err
        assert "正被使用" in err and str(holder.pid) not in err  # named by user and PC, not a number
        assert getpass.getuser() in err and socket.gethostname() in err
        assert dump(office) == before
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=30)
    assert main(["--db", str(office), "restore", str(backup), "--json"]) == 0
    saved = json.loads(capsys.readouterr().out)["previous_saved_as"]
    assert dump(Path(saved)) == before
    with sqlite3.connect(office) as conn:
        rows = conn.execute(
            "SELECT username, summary FROM audit_event WHERE action = 'database.restore'"
        ).fetchall()
    assert len(rows) == 1 and rows[0][0] == "system" and str(backup) in rows[0][1]


def test_a_note_left_by_a_killed_program_does_not_block_restore(office: Path, capsys) -> None:
    backup = office.parent / "b.sqlite3"
    assert main(["--db", str(office), "backup", "-o", str(backup)]) == 0
    note = office.with_name(f".{office.name}.open-otherpc-99999")
    note.write_text(json.dumps({"user": "li", "host": "otherpc", "pid": 99999, "since": "x", "program": "y"}))
    assert main(["--db", str(office), "restore", str(backup)]) == 0
    assert not note.exists()


# --- finding 6: whole-database commands are for administrators ---------------------------------


def test_only_administrators_back_up_restore_and_migrate(office: Path, capsys) -> None:
    backup = office.parent / "b.sqlite3"
    assert main(["--db", str(office), "backup", "-o", str(backup)]) == 0
    before = dump(office)
    for user in ("clerk", "mediator"):
        for command in (
            ["backup", "-o", str(office.parent / f"{user}.sqlite3")],
            ["restore", str(backup)],
            ["migrate-to", "postgresql+psycopg://u:pw@127.0.0.1:1/x"],
        ):
            capsys.readouterr()
            assert main(["--db", str(office), "--user", user, *command]) == 2, command
            assert "管理员" in capsys.readouterr().err
        assert not (office.parent / f"{user}.sqlite3").exists()
    assert dump(office) == before
    assert not list((office.parent / "backups").glob("*pre-restore*"))
    assert (
        main(["--db", str(office), "--user", "admin", "backup", "-o", str(office.parent / "a.sqlite3")]) == 0
    )
    assert main(["--db", str(office), "--user", "admin", "restore", str(backup)]) == 0
    with sqlite3.connect(office) as conn:
        assert conn.execute(
            "SELECT username FROM audit_event WHERE action = 'database.restore'"
        ).fetchall() == [("admin",)]


def test_damage_found_while_a_program_runs_is_reported_as_damage(office: Path) -> None:
    """The file breaks after it was opened: `check` and any command report damage, not a bug."""
    import sqlalchemy.exc

    from casedesk.core.db.dialect import user_facing_error
    from casedesk.core.integrity import check_database

    database = open_database(sqlite_url(office))
    try:
        database.engine.dispose()  # no page cached: the next read goes to the damaged file
        damage(office, 4)
        report = check_database(database.engine, None)
        assert not report.ok and any("已损坏" in p or "完整性" in p for p in report.problems)
    finally:
        database.dispose()
    error = sqlalchemy.exc.DatabaseError(
        "SELECT 1", {}, sqlite3.DatabaseError("database disk image is malformed")
    )
    translated = user_facing_error(error)
    assert isinstance(translated, filecheck.DatabaseDamaged) and "casedesk restore" in str(translated)
