"""The command line as scripts use it: real subprocesses, JSON on stdout, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from casedesk.cli import main
from tests.cli.helpers import NEW_CASE


def run_cli(*args: str, db: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "casedesk", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_init_demo_list_show_end_to_end(db_url: str) -> None:
    db = db_url
    assert run_cli("init", db=db).returncode == 0
    demo = run_cli("demo", "--units", "200", "--seed", "1", "--json", db=db)
    assert demo.returncode == 0, demo.stderr
    report = json.loads(demo.stdout)
    assert report["cases"] == 200
    assert set(report["accounts"]) == {"admin", "clerk", "mediator", "supervisor"}

    listed = run_cli("case", "list", "--json", db=db)
    assert listed.returncode == 0, listed.stderr
    data = json.loads(listed.stdout)
    assert data["total"] == 200 and len(data["cases"]) == 200
    first = data["cases"][0]
    assert {"case_no", "stage", "address", "community", "floors", "overdue"} <= set(first)

    shown = run_cli("case", "show", first["case_no"], "--json", db=db)
    detail = json.loads(shown.stdout)
    assert detail["case_no"] == first["case_no"]
    assert all(isinstance(f["area"], str) and f["area"].count(".") == 1 for f in detail["flats"])
    assert len(detail["flats"]) == first["flat_count"]


def test_case_new_prints_the_case_number(db_url: str) -> None:
    db = db_url
    result = run_cli(*NEW_CASE, "--json", db=db)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["case"].startswith("LX-WD-")
    again = run_cli(*NEW_CASE, db=db)  # the same unit twice is a user mistake
    assert again.returncode == 2
    assert "已有案件" in again.stderr and "Traceback" not in again.stderr
    plain = run_cli("case", "list", db=db)
    assert "山大北路小区3号楼2单元" in plain.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["case", "show", "NO-SUCH-CASE"], "找不到案件"),
        (["case", "new", "--district", "历下区"], "参数错误"),
        (["case", "list", "--stage", "flying"], "没有这个阶段"),
        (["demo", "--units", "0"], "正整数"),
        (["--user", "nobody", "case", "list"], "没有这个用户"),
    ],
)
def test_user_mistakes_give_one_line_and_exit_2(db_url: str, capsys, args, message) -> None:
    code = main(["--db", db_url, *args])
    err = capsys.readouterr().err
    assert code == 2
    assert message in err and "Traceback" not in err


def test_json_mode_prints_only_json(db_url: str, capsys) -> None:
    assert main(["--db", db_url, "init", "--json"]) == 0
    out = capsys.readouterr().out
    assert json.loads(out)["revision"]


def test_clerk_sees_only_assigned_communities(tmp_path: Path, capsys, db_url) -> None:
    db = db_url
    assert main(["--db", db, "demo", "--units", "60", "--seed", "2", "--json"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "case", "list", "--json"]) == 0
    everyone = json.loads(capsys.readouterr().out)
    assert main(["--db", db, "--user", "clerk", "case", "list", "--json"]) == 0
    clerk = json.loads(capsys.readouterr().out)
    assert 0 < clerk["total"] < everyone["total"]
    assert len({c["community"] for c in clerk["cases"]}) <= 3


def test_search_by_owner_name_and_id_tail(tmp_path: Path, capsys, db_url) -> None:
    db = db_url
    assert main(["--db", db, "demo", "--units", "30", "--seed", "4"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "case", "list", "--json", "--limit", "1"]) == 0
    case_no = json.loads(capsys.readouterr().out)["cases"][0]["case_no"]
    assert main(["--db", db, "case", "show", case_no, "--json"]) == 0
    owner = json.loads(capsys.readouterr().out)["flats"][0]["owners"][0]
    for term in (owner["name"], owner["id_number"][-4:] if owner["id_number"] else owner["name"]):
        assert main(["--db", db, "case", "list", "--search", term, "--json"]) == 0
        found = [c["case_no"] for c in json.loads(capsys.readouterr().out)["cases"]]
        assert case_no in found


def test_personal_data_is_masked_unless_asked_for_and_audited(tmp_path: Path, capsys, db_url) -> None:
    db = db_url
    assert main(["--db", db, "demo", "--units", "3", "--seed", "5"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "case", "list", "--json", "--limit", "1"]) == 0
    case_no = json.loads(capsys.readouterr().out)["cases"][0]["case_no"]
    assert main(["--db", db, "case", "show", case_no, "--json"]) == 0
    owners = [o for f in json.loads(capsys.readouterr().out)["flats"] for o in f["owners"]]
    assert all(o["id_number"] is None or "*" in o["id_number"] for o in owners)
    assert all("*" in o["phone"] for o in owners)
    assert main(["--db", db, "case", "show", case_no, "--json", "--full-ids"]) == 0
    owners = [o for f in json.loads(capsys.readouterr().out)["flats"] for o in f["owners"]]
    assert any(o["id_number"] and "*" not in o["id_number"] for o in owners)
    assert main(["--db", db, "case", "history", case_no, "--json"]) == 0
    assert "case.view_personal_data" in [e["action"] for e in json.loads(capsys.readouterr().out)]


def test_an_unreachable_server_is_a_clear_message_not_a_crash(capsys) -> None:
    url = "postgresql+psycopg://casedesk@/office?host=/nonexistent-casedesk-socket&port=5432"
    code = main(["--db", url, "case", "list"])
    err = capsys.readouterr().err
    assert code == 3, err
    assert "无法连接数据库服务器" in err and "内部错误" not in err


@pytest.mark.parametrize("content", [b"not a database\n" * 200, b"SQLite format 3\x00" + b"\x07" * 4000])
def test_a_file_that_is_not_a_database_is_a_clear_message_and_stays_untouched(
    tmp_path: Path, capsys, content: bytes
) -> None:
    """A wrong --db (a document, or a damaged database file) says so and points to the
    restore; nothing is written to the file, and no backup copy of it is made."""
    wrong = tmp_path / "名册.sqlite3"
    wrong.write_bytes(content)
    code = main(["--db", str(wrong), "case", "list"])
    err = capsys.readouterr().err
    assert code == 3, err
    assert "不是 CaseDesk 数据库，或文件已损坏" in err and "casedesk restore" in err
    assert "内部错误" not in err
    assert wrong.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["名册.sqlite3"]
