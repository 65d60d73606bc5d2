"""Issue 23 findings 9 and 10: user mistakes and environment faults on the command line.

Each hostile command must end with exit 2 (a mistake) or 3 (the environment), one line on stderr
saying what to do, no traceback and no "内部错误", and leave every table exactly as it was. The
server password of a PostgreSQL URL must appear nowhere: not in the text, the JSON or the log.
"""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from casedesk import logsetup
from casedesk.cli import main
from casedesk.core.db.location import redact
from tests.cli.helpers import NEW_CASE, run
from tests.shared_paths import SAMPLES

SECRET = "Sekr3t-PW"


def snapshot(url: str) -> dict[str, list[tuple]]:
    """Every row of every table, to prove a refused command changed nothing."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            tables = sorted(inspect(conn).get_table_names())
            return {
                t: sorted(map(tuple, conn.execute(text(f'SELECT * FROM "{t}"'))), key=repr) for t in tables
            }
    finally:
        engine.dispose()


@pytest.fixture
def db(db_url: str, capsys) -> str:
    """A database with one case (LX-…) whose state every test compares before and after."""
    code, _, err = run(capsys, db_url, *NEW_CASE, "--opened-on", "2026-03-02")
    assert code == 0, err
    return db_url


def refused(capsys, db: str, *args: str, code: int = 2) -> str:
    """Run a hostile command: the expected exit, one stderr line, nothing changed. Returns stderr."""
    before = snapshot(db)
    got, _out, err = run(capsys, db, *args)
    assert got == code, (got, err)
    # one line, plus argparse's usage hint for a malformed option
    lines = [line for line in err.strip().splitlines() if "casedesk --help" not in line]
    assert len(lines) == 1, err
    assert "Traceback" not in err and "内部错误" not in err
    assert snapshot(db) == before
    return err


# ---- finding 9: the server password ---------------------------------------------------------


def test_redact_hides_passwords_in_urls_and_parameters() -> None:
    line = f"casedesk --db postgresql+psycopg://u:{SECRET}@db.office:5432/casedesk?password={SECRET} init"
    shown = redact(line)
    assert SECRET not in shown and "postgresql+psycopg://u:***@db.office:5432/casedesk" in shown
    assert redact("sqlite:////home/li/casedesk.sqlite3") == "sqlite:////home/li/casedesk.sqlite3"
    assert redact(f"postgresql+psycopg://u:a:b@{SECRET}@h/d") == "postgresql+psycopg://u:***@h/d"


def test_an_internal_error_logs_the_command_line_without_the_password(capsys, monkeypatch) -> None:
    import casedesk.commands.admin as admin

    url = f"postgresql+psycopg://casedesk:{SECRET}@127.0.0.1:1/casedesk"

    def crash(args, ctx):
        raise RuntimeError(f"driver said: cannot use {url}")

    monkeypatch.setattr(admin, "cmd_init", crash)
    assert main(["--db", url, "init"]) == 70
    err = capsys.readouterr().err
    assert SECRET not in err
    log_file = logsetup._configured
    assert log_file is not None
    log = log_file.read_text(encoding="utf-8")
    assert "unexpected error in" in log and "casedesk:***@127.0.0.1" in log
    assert SECRET not in log


def test_an_unreachable_server_is_reported_without_the_password(capsys) -> None:
    code = main(["--db", f"postgresql+psycopg://casedesk:{SECRET}@127.0.0.1:1/casedesk", "init"])
    err = capsys.readouterr().err
    assert code == 3 and SECRET not in err and "内部错误" not in err


@pytest.fixture
def pg_url_with_password(request) -> str:
    from tests.pgcluster import unavailable_reason

    reason = unavailable_reason()
    if reason:
        pytest.skip(reason)
    cluster = request.getfixturevalue("pg_cluster")
    cluster.psql("CREATE DATABASE misuse_pw")
    # The test cluster trusts local connections: the password is carried but never checked.
    return cluster.url("misuse_pw").replace("@/", f":{SECRET}@/", 1)


def test_init_on_postgresql_never_prints_the_password(capsys, pg_url_with_password: str) -> None:
    assert main(["--db", pg_url_with_password, "init"]) == 0
    out = capsys.readouterr().out
    assert SECRET not in out and ":***@" in out
    assert main(["--db", pg_url_with_password, "init", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert SECRET not in data["database"] and ":***@" in data["database"]


# ---- finding 10: mistakes and faults are not internal errors --------------------------------


def test_db_pointing_at_a_folder_is_refused(capsys, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    code = main(["--db", str(folder), "case", "list"])
    err = capsys.readouterr().err
    assert code == 2 and "是一个文件夹" in err and len(err.strip().splitlines()) == 1
    assert list(folder.iterdir()) == []


def test_db_with_a_mysql_url_is_refused_without_its_password(capsys) -> None:
    code = main(["--db", f"mysql://root:{SECRET}@localhost/casedesk", "case", "list"])
    err = capsys.readouterr().err
    assert code == 2 and "不支持" in err and "PostgreSQL" in err and SECRET not in err


def test_user_given_as_an_empty_name_is_refused(capsys, db: str) -> None:
    err = refused(capsys, db, "--user", "", *NEW_CASE[:-4], "--unit", "3", "--floors", "6")
    assert "--user" in err and "用户名为空" in err


@pytest.mark.parametrize(
    "args",
    [
        ("case", "list", "--offset", "99999999999999999999"),
        ("case", "list", "--limit", "99999999999999999999"),
        ("subsidy", "pay", "LX-WD-2026-0001", "--amount", "9" * 30, "--on", "2026-05-01"),
        ("dispute", "extend", "TJ-1", "--days", "99999999999999999999", "--reason", "x"),
    ],
)
def test_oversized_numbers_are_refused(capsys, db: str, args: tuple[str, ...]) -> None:
    err = refused(capsys, db, *args)
    assert "太大" in err


def test_a_100_kb_search_is_refused(capsys, db: str) -> None:
    err = refused(capsys, db, "case", "list", "--search", "山" * 100_000)
    assert "搜索内容太长" in err


def test_percent_and_underscore_match_themselves(capsys, db: str) -> None:
    for pattern in ("%", "_", "山大_", "%北路"):
        code, out, err = run(capsys, db, "case", "list", "--search", pattern, "--json")
        assert code == 0, err
        assert json.loads(out)["total"] == 0, pattern
    code, out, _ = run(capsys, db, "case", "list", "--search", "北路", "--json")
    assert json.loads(out)["total"] == 1  # an ordinary search still finds the case


@pytest.mark.parametrize("day", ["2999-01-01", "0001-01-01", "1999-12-31"])
def test_a_case_opened_on_an_absurd_date_is_refused(capsys, db: str, day: str) -> None:
    new = [*NEW_CASE]
    new[new.index("--unit") + 1] = "5"
    err = refused(capsys, db, *new, "--opened-on", day)
    assert "受理日期" in err and "请检查年份" in err


def test_a_ballot_signed_in_1900_is_refused(capsys, db: str, tmp_path: Path) -> None:
    roster = SAMPLES / "roster-sample.csv"
    case_no = json.loads(run(capsys, db, "case", "list", "--json")[1])["cases"][0]["case_no"]
    code, _, err = run(capsys, db, "roster", "import", case_no, str(roster))
    assert code == 0, err
    err = refused(capsys, db, "ballot", "set", case_no, "101", "同意", "--on", "1900-01-01")
    assert "签署日期" in err


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("--compound", "山" * 120_000, "太长"),
        ("--compound", "山大\x1b[31m北路", "控制字符"),
        ("--compound", "山大\x00北路", "控制字符"),
        ("--building", "3" * 50, "太长"),
    ],
)
def test_long_or_invisible_text_in_a_new_case_is_refused(
    capsys, db: str, field: str, value: str, words: str
) -> None:
    new = [*NEW_CASE]
    new[new.index("--unit") + 1] = "7"
    new[new.index(field) + 1] = value
    err = refused(capsys, db, *new)
    assert words in err


def test_case_notes_over_the_limit_are_refused(capsys, db: str) -> None:
    shown = json.loads(run(capsys, db, "case", "list", "--json")[1])["cases"][0]
    err = refused(capsys, db, "case", "edit", shown["case_no"], "--notes", "备" * 6000)
    assert "备注太长" in err


def _dispute(capsys, db: str) -> tuple[str, str]:
    case_no = json.loads(run(capsys, db, "case", "list", "--json")[1])["cases"][0]["case_no"]
    code, out, err = run(
        capsys, db, "dispute", "open", case_no, "--title", "采光纠纷", "--party", "王建国:101", "--json"
    )
    assert code == 0, err
    return case_no, json.loads(out)["dispute"]


def test_a_dispute_party_without_a_name_is_refused(capsys, db: str) -> None:
    case_no = json.loads(run(capsys, db, "case", "list", "--json")[1])["cases"][0]["case_no"]
    err = refused(capsys, db, "dispute", "open", case_no, "--title", "采光纠纷", "--party", " :101")
    assert "当事人姓名不能为空" in err


def test_a_dispute_title_of_120_kb_is_refused(capsys, db: str) -> None:
    case_no = json.loads(run(capsys, db, "case", "list", "--json")[1])["cases"][0]["case_no"]
    err = refused(capsys, db, "dispute", "open", case_no, "--title", "纠" * 120_000, "--party", "王建国:101")
    assert "纠纷标题太长" in err


@pytest.mark.parametrize(("field", "value"), [("--place", " "), ("--mediators", "")])
def test_a_meeting_without_place_or_mediator_is_refused(capsys, db: str, field: str, value: str) -> None:
    _, number = _dispute(capsys, db)
    args = [
        "--at",
        "2026-03-05 19:00",
        "--place",
        "社区会议室",
        "--mediators",
        "赵调解员",
        "--recorder",
        "李社工",
    ]
    args[args.index(field) + 1] = value
    err = refused(capsys, db, "meeting", "add", number, *args, "--attendee", "王建国:异议人:101")
    assert "不能为空" in err


def test_an_output_path_that_is_a_folder_is_refused(capsys, db: str, tmp_path: Path) -> None:
    folder = tmp_path / "out.xlsx"
    folder.mkdir()
    err = refused(capsys, db, "case", "list", "--xlsx", str(folder))
    assert "是一个文件夹" in err and list(folder.iterdir()) == []


@pytest.mark.parametrize(
    ("number", "words"),
    [(errno.ENOSPC, "磁盘已满"), (errno.EROFS, "没有权限"), (errno.EACCES, "没有权限")],
)
def test_a_full_or_read_only_disk_is_an_environment_error(
    capsys, db: str, tmp_path: Path, monkeypatch, number: int, words: str
) -> None:
    # A real full or read-only disk needs mount rights (and root ignores file permissions), so
    # the spreadsheet writer fails the way the operating system makes it fail.
    from openpyxl import Workbook

    def fail(self, filename):
        raise OSError(number, os.strerror(number), str(filename))

    monkeypatch.setattr(Workbook, "save", fail)
    out = tmp_path / "exports"
    out.mkdir()
    err = refused(capsys, db, "case", "list", "--xlsx", str(out / "cases.xlsx"), code=3)
    assert words in err
    assert list(out.iterdir()) == []  # no partial or temporary file left behind


def test_a_hostile_command_in_a_real_process_prints_one_line(db: str) -> None:
    """The same through a subprocess, as scripts run it: exit 2, one stderr line, no traceback."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run(
        [sys.executable, "-m", "casedesk", "--db", db, "case", "list", "--offset", "9" * 20],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) <= 2  # argparse adds a hint
    assert "Traceback" not in proc.stderr


def test_a_full_log_is_rotated_at_start_and_the_oldest_dropped(tmp_path) -> None:
    log_file = tmp_path / logsetup.LOG_FILENAME
    for n in range(1, logsetup.KEEP + 1):
        (tmp_path / f"{log_file.name}.{n}").write_text(f"old {n}")
    log_file.write_text("x" * (logsetup.MAX_BYTES - 1))
    logsetup.rotate_if_full(log_file)
    assert log_file.stat().st_size == logsetup.MAX_BYTES - 1  # not full yet: left alone
    log_file.write_text("y" * logsetup.MAX_BYTES)
    logsetup.rotate_if_full(log_file)
    assert not log_file.exists()
    assert (tmp_path / f"{log_file.name}.1").read_text() == "y" * logsetup.MAX_BYTES
    assert [(tmp_path / f"{log_file.name}.{n}").read_text() for n in range(2, logsetup.KEEP + 1)] == [
        f"old {n}" for n in range(1, logsetup.KEEP)
    ]
    assert not (tmp_path / f"{log_file.name}.{logsetup.KEEP + 1}").exists()
