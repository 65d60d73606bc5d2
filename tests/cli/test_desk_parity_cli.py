"""The command line keeps up with the desktop (issue 20): the same services, from a terminal.

Each test drives `casedesk` in-process and checks both what it prints and what the database (or
another command) now says, so a flag that is parsed but never reaches its service fails here.
"""

from __future__ import annotations

import hashlib
import io
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from casedesk.cli import main
from casedesk.core.db.database import open_database
from casedesk.core.db.models import Community
from casedesk.core.domain.enums import Role, Stage
from casedesk.core.services.actor import SYSTEM_ACTOR
from casedesk.core.services.users import authenticate, create_user
from tests.cli.helpers import NEW_CASE, run
from tests.money.walk import case_at
from tests.shared_paths import SAMPLES

PASSWORD = "old-password-1"


def _prepare(db: str, stage: Stage | None = None, *, users: bool = True, days_ago: int = 250) -> str | None:
    """A case moved up to *stage* with the services (None: no case), and the accounts
    supervisor, clerk (holding the case's community) and mediator, all with PASSWORD."""
    database = open_database(db)
    sf = database.session_factory
    try:
        case_no = case_at(sf, SYSTEM_ACTOR, stage, days_ago=days_ago) if stage is not None else None
        if users:
            with sf.begin() as s:
                community = s.scalar(select(Community.id).where(Community.name == "青龙街社区"))
                held = (community,) if community is not None else ()
                create_user(s, SYSTEM_ACTOR, "supervisor", "周主管", Role.SUPERVISOR, PASSWORD)
                create_user(s, SYSTEM_ACTOR, "clerk", "李文员", Role.CLERK, PASSWORD, held)
        return case_no
    finally:
        database.dispose()


def _new_case(capsys, db: str) -> str:
    code, out, err = run(capsys, db, *NEW_CASE, "--opened-on", "2026-01-05", "--json")
    assert code == 0, err
    return json.loads(out)["case"]


# --- 1. the work queue --------------------------------------------------------------------------


def test_queue_prints_reason_days_overdue_and_to_review_for_a_supervisor(capsys, db_url) -> None:
    case = _prepare(db_url, Stage.STREET_REVIEW)
    assert case is not None
    code, out, err = run(capsys, db_url, "--user", "supervisor", "queue", "--json")
    assert code == 0, err
    queue = json.loads(out)
    assert queue["to_review"]["count"] == 1
    item = queue["to_review"]["cases"][0]
    assert item["case_no"] == case and item["days_overdue"] > 0  # entered 街道审核 ~250 days ago
    overdue = next(c for c in queue["overdue"]["cases"] if c["case_no"] == case)

    code, out, err = run(capsys, db_url, "--user", "supervisor", "queue")
    assert code == 0, err
    sections = out.split("\n\n")
    assert sections[0].startswith("待我审核：1 件")
    assert case in sections[0] and "缺少材料：街道审核申报表" in sections[0]
    late = next(s for s in sections if s.startswith("超期："))
    row = next(line for line in late.splitlines() if case in line)
    # the days overdue as their own column, and the reason in words
    assert f"  {overdue['days_overdue']}  " in row and overdue["reason"] in row
    assert "street_review" not in out

    code, out, _ = run(capsys, db_url, "--user", "clerk", "queue")
    assert code == 0 and "待我审核" not in out and case in out
    code, out, _ = run(capsys, db_url, "--user", "clerk", "queue", "--json")
    assert "to_review" not in json.loads(out)


def test_queue_limit_says_how_many_more(capsys, db_url) -> None:
    _prepare(db_url, Stage.STREET_REVIEW, users=False)
    database = open_database(db_url)
    case_at(database.session_factory, SYSTEM_ACTOR, Stage.STREET_REVIEW, building="5")
    database.dispose()
    code, out, _ = run(capsys, db_url, "queue", "--limit", "1")
    assert code == 0 and "待我审核：2 件" in out and "……另有 1 件" in out
    code, _, err = run(capsys, db_url, "queue", "--limit", "0")
    assert code == 2 and "正整数" in err


# --- 2. procedures with their number --------------------------------------------------------------


def test_procedure_number_is_recorded_and_shown_in_progress(capsys, db_url) -> None:
    case = _new_case(capsys, db_url)
    code, out, err = run(
        capsys,
        db_url,
        "case",
        "procedure",
        case,
        "规划预审",
        "--number",
        "济规预 2026-17",
        "--on",
        "2026-02-01",
        "--note",
        "已报送",
        "--json",
    )
    assert code == 0, err
    assert json.loads(out) == {"case": case, "procedure": "planning_precheck", "number": "济规预 2026-17"}
    code, out, _ = run(capsys, db_url, "case", "progress", case, "--json")
    procedures = json.loads(out)["procedures"]
    assert procedures == [
        {"on": "2026-02-01", "text": "规划预审：编号 济规预 2026-17；已报送", "by": "system"}
    ]
    assert (
        run(capsys, db_url, "case", "suspend", case, "--reason", "等待产权核实", "--on", "2026-02-03")[0] == 0
    )
    out = run(capsys, db_url, "case", "show", case)[1]
    procedure_row = next(line for line in out.splitlines() if line.startswith("2026-02-01"))
    assert "并行手续" in procedure_row and "规划预审：编号 济规预 2026-17" in procedure_row
    assert "受理登记 → 受理登记" not in out
    suspend_row = next(line for line in out.splitlines() if line.startswith("2026-02-03"))
    assert "暂停" in suspend_row and "等待产权核实" in suspend_row
    assert "procedure" not in out and "suspend" not in out
    out = run(capsys, db_url, "case", "progress", case)[1]
    assert f"案件暂停中，须先恢复：casedesk case resume {case}" in out and "进入“意见征询”还缺" in out
    assert run(capsys, db_url, "case", "withdraw", case, "--reason", "业主放弃", "--on", "2026-02-04")[0] == 0
    out = run(capsys, db_url, "case", "progress", case)[1]
    assert "案件已撤回，须主管重新开启" in out and "还缺" not in out
    code, _, err = run(capsys, db_url, "case", "procedure", case, "拆迁")
    assert code == 2 and "没有这个并行手续" in err and "方案设计" in err


# --- 3. objections and the notice photo ------------------------------------------------------------


def test_oral_objection_raises_no_dispute_and_a_written_one_does(capsys, db_url) -> None:
    case = _new_case(capsys, db_url)
    code, out, err = run(
        capsys,
        db_url,
        "objection",
        "add",
        case,
        "--objector",
        "赵六",
        "--detail",
        "电话里说担心噪音",
        "--on",
        "2026-02-01",
        "--oral",
        "--json",
    )
    assert code == 0, err
    assert json.loads(out)["written"] is False
    code, out, _ = run(capsys, db_url, "dispute", "list", "--case", case, "--json")
    assert json.loads(out)["total"] == 0
    code, out, _ = run(
        capsys,
        db_url,
        "objection",
        "add",
        case,
        "--objector",
        "赵六",
        "--detail",
        "书面异议：遮挡采光",
        "--on",
        "2026-02-02",
    )
    assert code == 0 and "已登记书面异议" in out
    code, out, _ = run(capsys, db_url, "dispute", "list", "--case", case, "--json")
    assert json.loads(out)["total"] == 1
    # the numbers `objection resolve` needs are listed, with the form in words
    objections = json.loads(run(capsys, db_url, "objection", "list", case, "--json")[1])["objections"]
    assert [(o["written"], o["status"]) for o in objections] == [(False, "open"), (True, "open")]
    out = run(capsys, db_url, "objection", "list", case)[1]
    oral_row = next(line for line in out.splitlines() if line.startswith(str(objections[0]["id"])))
    assert "口头" in oral_row and "未处理" in oral_row and "尚未登记公示张贴" in out
    written = objections[1]["id"]
    args = ("objection", "resolve", str(written), "--response", "已书面答复", "--on", "2026-02-05")
    assert run(capsys, db_url, *args)[0] == 0
    after = json.loads(run(capsys, db_url, "notice", "show", case, "--json")[1])["objections"]
    assert [o["status"] for o in after] == ["open", "resolved"] and after[1]["response"] == "已书面答复"


def test_notice_photo_is_stored_by_sha256_and_marks_the_checklist(
    capsys, db_url, tmp_path, monkeypatch
) -> None:
    documents = tmp_path / "documents"
    monkeypatch.setenv("CASEDESK_DOCUMENTS_DIR", str(documents))
    case = _prepare(db_url, Stage.NOTICE, users=False)
    assert case is not None
    photo = tmp_path / "公示照片.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 posted on the door of unit 2" * 50)
    sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    posted = (date.today() - timedelta(days=30)).isoformat()
    code, out, err = run(
        capsys, db_url, "notice", "post", case, "--on", posted, "--places", "单元门口", "--photo", str(photo)
    )
    assert code == 0, err
    stored = documents / sha[:2] / sha
    assert stored.read_bytes() == photo.read_bytes()
    code, out, _ = run(capsys, db_url, "case", "progress", case, "--json")
    item = next(r for r in json.loads(out)["checklist"] if r["code"] == "notice_photo")
    assert item["status"] == "present" and item["file"] == "公示照片.jpg" and item["recorded_on"] == posted
    code, out, _ = run(capsys, db_url, "case", "progress", case)
    assert "公示现场照片" in out and "公示照片.jpg" in out
    # the stored photo comes back out under the document number progress gives
    copy = tmp_path / "copy" / "photo.jpg"
    code, out, err = run(capsys, db_url, "document", "get", str(item["document_id"]), "-o", str(copy))
    assert code == 0 and "公示照片.jpg" in out, err
    assert copy.read_bytes() == photo.read_bytes()
    shown = json.loads(run(capsys, db_url, "notice", "show", case, "--json")[1])
    assert shown["posted_on"] == posted and shown["photo"] == "公示照片.jpg" and shown["places"] == "单元门口"
    assert shown["photo_document_id"] == item["document_id"]
    assert "现场照片：公示照片.jpg" in run(capsys, db_url, "notice", "show", case)[1]
    code, _, err = run(capsys, db_url, "document", "get", "9999", "-o", str(copy))
    assert code == 2 and "找不到附件" in err
    # a missing photo is refused whole: no second notice and no checklist change
    code, _, err = run(
        capsys, db_url, "notice", "post", case, "--on", posted, "--photo", str(tmp_path / "no.jpg")
    )
    assert code == 2 and "找不到文件" in err


# --- 4. the audit trail in words ----------------------------------------------------------------------


def test_history_shows_actions_in_words_and_display_names(capsys, db_url) -> None:
    case = _new_case(capsys, db_url)
    _prepare(db_url, None)  # the clerk then holds the case's community
    code, _, err = run(capsys, db_url, "--user", "clerk", "case", "intake", case, "--state-owned-land", "是")
    assert code == 0, err
    code, out, _ = run(capsys, db_url, "case", "history", case)
    assert "登记案件" in out and "登记受理条件" in out and "李文员" in out and "系统" in out
    assert "case.create" not in out and "case.intake" not in out and " clerk " not in out
    code, out, _ = run(capsys, db_url, "case", "history", case, "--json")
    entries = json.loads(out)
    assert [(e["action"], e["user"]) for e in entries] == [
        ("case.create", "system"),
        ("case.intake", "clerk"),
    ]
    assert [(e["action_text"], e["user_name"]) for e in entries] == [
        ("登记案件", "系统"),
        ("登记受理条件", "李文员"),
    ]


# --- 5. case edit and ballot withdraw -------------------------------------------------------------------


def test_case_edit_changes_the_facts_and_refuses_a_stale_version(capsys, db_url) -> None:
    case = _new_case(capsys, db_url)
    version = json.loads(run(capsys, db_url, "case", "show", case, "--json")[1])["version"]
    code, out, err = run(
        capsys,
        db_url,
        "case",
        "edit",
        case,
        "--floors",
        "7",
        "--has-elevator",
        "否",
        "--notes",
        "北侧加装",
        "--version",
        str(version),
        "--json",
    )
    assert code == 0, err
    assert json.loads(out)["changed"] == ["floors", "has_elevator", "notes"]
    shown = json.loads(run(capsys, db_url, "case", "show", case, "--json")[1])
    assert shown["floors"] == 7 and shown["version"] > version
    code, _, err = run(capsys, db_url, "case", "edit", case, "--floors", "8", "--version", str(version))
    assert code == 2 and "旧版本" in err and "Traceback" not in err
    assert json.loads(run(capsys, db_url, "case", "show", case, "--json")[1])["floors"] == 7
    code, out, _ = run(capsys, db_url, "case", "history", case)
    assert "修改案件信息：楼层数、已有电梯、备注" in out
    code, _, err = run(capsys, db_url, "case", "edit", case)
    assert code == 2 and "没有要修改的内容" in err
    code, _, err = run(capsys, db_url, "case", "edit", case, "--has-elevator", "也许")
    assert code == 2 and "是/否" in err


def test_ballot_withdraw_stops_counting_and_is_refused_twice(capsys, db_url) -> None:
    case = _new_case(capsys, db_url)
    assert run(capsys, db_url, "roster", "import", case, str(SAMPLES / "roster-sample.csv"))[0] == 0
    before = json.loads(run(capsys, db_url, "tally", case, "--as-of", "2026-12-01", "--json")[1])
    code, out, err = run(
        capsys, db_url, "ballot", "withdraw", case, "201", "--reason", "本人改变主意", "--json"
    )
    assert code == 0 and json.loads(out) == {"withdrawn": True}, err
    after = json.loads(run(capsys, db_url, "tally", case, "--as-of", "2026-12-01", "--json")[1])
    assert after["persons_agree"] == before["persons_agree"] - 1
    code, _, err = run(capsys, db_url, "ballot", "withdraw", case, "201")
    assert code == 2 and "没有有效的表决意见" in err


# --- 6. what the desktop does and the command line now does too ------------------------------------------


def test_progress_lists_each_unmet_condition_with_the_command_that_meets_it(capsys, db_url) -> None:
    case = _new_case(capsys, db_url)
    code, out, _ = run(capsys, db_url, "case", "progress", case, "--json")
    data = json.loads(out)
    assert code == 0 and data["stage_label"] == "受理登记" and data["may_advance"] is False
    doors = {c["door"]: c for c in data["conditions"]}
    assert f"casedesk case intake {case}" in doors["intake_facts"]["how"]
    application = next(c for c in data["conditions"] if c["target"] == "application")
    assert application["how"].startswith(f"交材料：casedesk checklist mark {case} application")
    code, out, _ = run(capsys, db_url, "case", "progress", case)
    assert "进入“意见征询”还缺" in out and "  - 缺少材料：增设电梯申请书" in out and "办理：" in out
    run(
        capsys,
        db_url,
        "case",
        "intake",
        case,
        "--state-owned-land",
        "是",
        "--in-expropriation-plan",
        "否",
        "--representative",
        "王建国",
    )
    for item in ("application", "title_proof", "representatives"):
        assert run(capsys, db_url, "checklist", "mark", case, item, "--on", "2026-01-09")[0] == 0
    code, out, _ = run(capsys, db_url, "case", "progress", case, "--on", "2026-01-10")
    assert f"条件已满足，可推进到“意见征询”：casedesk case advance {case} --to consent" in out
    assert "业主代表：王建国" in out
    code, _, err = run(capsys, db_url, "case", "progress", "NO-SUCH")
    assert code == 2 and "找不到案件" in err


def test_places_are_added_renamed_and_listed_by_a_supervisor_only(capsys, db_url) -> None:
    _prepare(db_url, None)
    sup = ("--user", "supervisor")
    assert run(capsys, db_url, *sup, "place", "add", "--district", "历下区")[0] == 0
    code, out, _ = run(
        capsys, db_url, *sup, "place", "add", "--district", "历下区", "--street", "文东街道", "--json"
    )
    assert code == 0 and json.loads(out)["level"] == "street"
    code, out, err = run(
        capsys,
        db_url,
        *sup,
        "place",
        "add",
        "--district",
        "历下区",
        "--street",
        "文东街道",
        "--community",
        "青龙街社区",
    )
    assert code == 0 and "已添加社区：青龙街社区" in out, err
    code, _, err = run(
        capsys,
        db_url,
        *sup,
        "place",
        "rename",
        "--district",
        "历下区",
        "--street",
        "文东街道",
        "--community",
        "青龙街社区",
        "--to",
        "青龙社区",
    )
    assert code == 0, err
    code, out, _ = run(capsys, db_url, "place", "list", "--json")
    (district,) = json.loads(out)["districts"]
    assert district["name"] == "历下区"
    assert district["streets"] == [
        {"name": "文东街道", "code": district["streets"][0]["code"], "communities": ["青龙社区"]}
    ]
    code, out, _ = run(capsys, db_url, "place", "list")
    assert "历下区  文东街道  青龙社区" in out
    # the renamed community is the one a new case now lands in (no look-alike created)
    new_case = [a if a != "青龙街社区" else "青龙社区" for a in NEW_CASE]
    assert run(capsys, db_url, *new_case)[0] == 0
    assert len(json.loads(run(capsys, db_url, "place", "list", "--json")[1])["districts"]) == 1
    for args, message in (
        (("--user", "clerk", "place", "add", "--district", "市中区"), "权限不足"),
        ((*sup, "place", "add", "--district", "历下区"), "已有这个区"),
        ((*sup, "place", "add", "--district", "历城区", "--street", "东风街道"), "没有这个区"),
        ((*sup, "place", "add", "--district", "历下区", "--community", "x"), "须同时给出 --street"),
        ((*sup, "place", "rename", "--district", "历下区"), "--to"),
    ):
        code, _, err = run(capsys, db_url, *args)
        assert code == 2 and message in err and "Traceback" not in err, (args, err)


def test_passwd_changes_only_with_the_current_password(capsys, db_url, monkeypatch) -> None:
    _prepare(db_url, None)

    def passwd(stdin: str, *args: str) -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        return run(capsys, db_url, *args)

    code, _, err = passwd("wrong-password\nnew-password-2\n", "--user", "clerk", "passwd", "--stdin")
    assert code == 2 and "当前密码不正确" in err
    code, _, err = passwd(f"{PASSWORD}\nshort\n", "--user", "clerk", "passwd", "--stdin")
    assert code == 2 and "至少" in err
    code, out, err = passwd(f"{PASSWORD}\nnew-password-2\n", "--user", "clerk", "passwd", "--stdin")
    assert code == 0 and "李文员 的密码已修改" in out, err
    database = open_database(db_url)
    try:
        assert authenticate(database.session_factory, "clerk", "new-password-2").username == "clerk"
    finally:
        database.dispose()
    code, _, err = passwd("", "--user", "clerk", "passwd")  # no terminal to ask on
    assert code == 2 and "没有终端" in err
    code, _, err = passwd("", "passwd", "--stdin")
    assert code == 2 and "--user" in err


def test_case_list_exports_the_filtered_list_to_xlsx_and_pdf(capsys, db_url, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    _new_case(capsys, db_url)
    other = [a if a != "3" else "4" for a in NEW_CASE]
    assert run(capsys, db_url, *other)[0] == 0
    xlsx, pdf = tmp_path / "out" / "案件.xlsx", tmp_path / "案件.pdf"
    code, out, err = run(
        capsys,
        db_url,
        "case",
        "list",
        "--stage",
        "受理登记",
        "--xlsx",
        str(xlsx),
        "--pdf",
        str(pdf),
        "--json",
    )
    assert code == 0, err
    assert json.loads(out) == {"total": 2, "xlsx": str(xlsx), "pdf": str(pdf)}
    rows = list(load_workbook(xlsx).active.iter_rows(values_only=True))
    assert rows[0][0] == "案件编号" and len(rows) == 3
    assert pdf.read_bytes().startswith(b"%PDF")
    code, out, _ = run(capsys, db_url, "case", "list", "--stage", "公示", "--xlsx", str(xlsx))
    assert code == 0 and "已导出 0 件案件" in out
    assert len(list(load_workbook(xlsx).active.iter_rows())) == 1
    code, _, err = run(capsys, db_url, "case", "list", "--xlsx", str(tmp_path / "a.csv"))
    assert code == 2 and "应以 .xlsx 结尾" in err


def test_subsidy_steps_and_every_payment_listed(capsys, db_url) -> None:
    case = _prepare(db_url, Stage.SUBSIDY)
    assert case is not None
    code, _, err = run(
        capsys, db_url, "--user", "clerk", "subsidy", "step", case, "批准", "--on", "2026-06-01"
    )
    assert code == 2 and "权限不足" in err
    for step, on in (("申请", "2026-05-01"), ("审核", "2026-05-10")):
        code, out, err = run(capsys, db_url, "--user", "clerk", "subsidy", "step", case, step, "--on", on)
        assert code == 0 and f"已登记补贴{step}" in out, err
    code, _, err = run(
        capsys,
        db_url,
        "--user",
        "supervisor",
        "subsidy",
        "step",
        case,
        "approved",
        "--on",
        "2026-05-20",
        "--amount",
        "150000",
    )
    assert code == 0, err
    for amount, voucher in (("100000", "JNCZ-1"), ("50000.50", "JNCZ-2")):
        args = ("subsidy", "pay", case, "--amount", amount, "--on", "2026-06-01", "--voucher", voucher)
        assert run(capsys, db_url, *args)[0] == 0
    code, out, _ = run(capsys, db_url, "subsidy", "payments", case, "--json")
    data = json.loads(out)
    assert data["paid_amount"] == "150000.50"
    assert [p["voucher"] for p in data["payments"]] == ["JNCZ-1", "JNCZ-2"]
    code, out, _ = run(capsys, db_url, "subsidy", "show", case)
    assert "申请：2026-05-01" in out and "批准：2026-05-20，¥150,000.00" in out
    assert "JNCZ-1" in out and "JNCZ-2" in out and "共 2 笔" in out
    code, _, err = run(capsys, db_url, "subsidy", "step", case, "拨付")
    assert code == 2 and "申请 / 审核 / 批准" in err


def test_fund_use_rests_on_a_passed_fund_vote_and_is_listed(capsys, db_url) -> None:
    case = _new_case(capsys, db_url)
    assert run(capsys, db_url, "roster", "import", case, str(SAMPLES / "roster-sample.csv"))[0] == 0
    tally = ("tally", case, "--as-of", "2026-12-01", "--save", "--json")
    fund_vote = json.loads(run(capsys, db_url, *tally, "--rule", "civil-code-majority")[1])["saved_id"]
    retrofit_vote = json.loads(run(capsys, db_url, *tally)[1])["saved_id"]
    code, _, err = run(capsys, db_url, "fund", "use", case, "--tally", str(retrofit_vote), "--amount", "1000")
    assert code == 2 and "使用维修资金须先有" in err
    code, out, err = run(
        capsys,
        db_url,
        "fund",
        "use",
        case,
        "--tally",
        str(fund_vote),
        "--amount",
        "12,000.50",
        "--on",
        "2026-12-02",
        "--note",
        "电梯基坑",
        "--json",
    )
    assert code == 0, err
    assert json.loads(out)["amount"] == "12000.50"
    data = json.loads(run(capsys, db_url, "fund", "list", case, "--json")[1])
    assert [(u["amount"], u["drawn_on"], u["note"]) for u in data["uses"]] == [
        ("12000.50", "2026-12-02", "电梯基坑")
    ]
    assert data["tallies"] == [{"id": fund_vote, "as_of": "2026-12-01", "passed": True}]
    out = run(capsys, db_url, "fund", "list", case)[1]
    assert "12,000.50" in out and f"记录号 {fund_vote}（2026-12-01，通过）" in out


def test_construction_shows_obstructions_and_acceptance_documents(capsys, db_url) -> None:
    case = _prepare(db_url, Stage.CONSTRUCTION, users=False)
    assert case is not None
    on = (date.today() - timedelta(days=3)).isoformat()
    assert (
        run(capsys, db_url, "case", "obstruction", case, "--on", on, "--description", "一楼住户阻挡施工")[0]
        == 0
    )
    data = json.loads(run(capsys, db_url, "case", "construction", case, "--json")[1])
    assert data["started_on"] is not None and data["accepted_on"] is None
    assert [o["description"] for o in data["obstructions"]] == ["一楼住户阻挡施工"]
    assert {d["status_label"] for d in data["acceptance_documents"]} == {"未交"}
    out = run(capsys, db_url, "case", "construction", case)[1]
    assert "一楼住户阻挡施工" in out and "尚未验收" in out


def test_dispute_categories_are_confirmed_in_words(capsys, db_url) -> None:
    case = _new_case(capsys, db_url)
    code, out, _ = run(
        capsys, db_url, "dispute", "open", case, "--title", "采光", "--party", "王建国:101", "--json"
    )
    number = json.loads(out)["dispute"]
    code, out, err = run(capsys, db_url, "dispute", "categories", number, "采光通风", "NOISE")
    assert code == 0 and "采光通风、噪声" in out, err
    shown = json.loads(run(capsys, db_url, "dispute", "show", number, "--json")[1])
    assert sorted(shown["categories"]) == ["LIGHT_VENT", "NOISE"]
    code, _, err = run(capsys, db_url, "dispute", "categories", number, "天气")
    assert code == 2 and "没有这个纠纷类别" in err


@pytest.mark.parametrize(
    ("command", "words"),
    [
        (["place", "--help"], "添加区、街道或社区"),
        (["place", "add", "--help"], "上级须已存在"),
        (["--help"], "修改自己的密码"),
        (["passwd", "--help"], "在终端中输入"),
        (["case", "--help"], "推进还缺什么"),
        (["case", "--help"], "修改案件信息"),
        (["case", "list", "--help"], "导出为 Excel"),
        (["subsidy", "--help"], "补贴拨付明细"),
        (["fund", "--help"], "维修资金使用"),
        (["dispute", "--help"], "确认纠纷类别"),
    ],
)
def test_new_commands_explain_themselves_in_chinese(capsys, command, words) -> None:
    assert main(command) == 0
    assert words in capsys.readouterr().out


def test_version_answers_without_loading_the_database_layer() -> None:
    import subprocess
    import sys

    probe = (
        "import sys; from casedesk.entry import main; code = main(['--version']); "
        "print(code, 'sqlalchemy' in sys.modules, 'casedesk.cli' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.stdout.splitlines() == ["CaseDesk " + __import__("casedesk").__version__, "0 False False"]
    # the same through the command line's own parser, when called in-process
    assert main(["--version"]) == 0
