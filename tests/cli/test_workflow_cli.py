"""Workflow on the command line: refusals list their reasons and exit non-zero."""

from __future__ import annotations

import json

from tests.cli.helpers import NEW_CASE, run
from tests.shared_paths import SAMPLES


def test_advance_refusal_lists_reasons_then_succeeds(tmp_path, capsys, db_url) -> None:
    db = db_url
    case = json.loads(run(capsys, db, *NEW_CASE, "--opened-on", "2026-01-05", "--json")[1])["case"]
    code, _, err = run(capsys, db, "case", "advance", case, "--to", "consent", "--on", "2026-01-10")
    assert code == 2
    assert "  - 未确认为国有土地上的住宅" in err and "  - 缺少材料：增设电梯申请书" in err
    assert "Traceback" not in err
    code, out, _ = run(
        capsys, db, "case", "advance", case, "--to", "意见征询", "--on", "2026-01-10", "--json"
    )
    data = json.loads(out)
    assert code == 2 and data["advanced"] is False and len(data["reasons"]) >= 4
    assert (
        run(
            capsys,
            db,
            "case",
            "intake",
            case,
            "--state-owned-land",
            "是",
            "--in-expropriation-plan",
            "否",
            "--representative",
            "王建国",
        )[0]
        == 0
    )
    for item in ("application", "title_proof", "representatives"):
        assert run(capsys, db, "checklist", "mark", case, item, "--on", "2026-01-09")[0] == 0
    code, out, err = run(capsys, db, "case", "advance", case, "--to", "consent", "--on", "2026-01-10")
    assert code == 0, err
    assert "意见征询" in out
    code, out, _ = run(capsys, db, "case", "history", case, "--json")
    actions = [e["action"] for e in json.loads(out)]
    assert actions[0] == "case.create" and actions[-1] == "case.advance"


def test_notice_dates_and_queue(tmp_path, capsys, db_url) -> None:
    db = db_url
    case = json.loads(run(capsys, db, *NEW_CASE, "--opened-on", "2026-01-05", "--json")[1])["case"]
    code, out, _ = run(capsys, db, "notice", "post", case, "--on", "2026-09-20", "--json")
    assert code == 0 and json.loads(out)["ends_on"] == "2026-10-08"
    assert run(capsys, db, "demo", "--units", "40", "--seed", "2")[0] == 0
    code, out, _ = run(capsys, db, "queue", "--json")
    queue = json.loads(out)
    # The four lists other programs read, plus 待我审核 (empty for the system account's view).
    assert set(queue) == {"overdue", "due_soon", "blocked", "needs_verification", "to_review"}
    assert queue["overdue"]["count"] == len(queue["overdue"]["cases"]) or queue["overdue"]["count"] > 50
    code, out, _ = run(capsys, db, "case", "list", "--overdue", "--json")
    assert json.loads(out)["total"] == queue["overdue"]["count"]


def test_subsidy_amount_is_parsed_exactly(tmp_path, capsys, db_url) -> None:
    from casedesk.core.db.database import open_database
    from casedesk.core.domain.enums import Stage
    from casedesk.core.services.actor import SYSTEM_ACTOR
    from tests.money.walk import case_at

    db = db_url
    early = json.loads(run(capsys, db, *NEW_CASE, "--opened-on", "2026-01-05", "--json")[1])["case"]
    code, _, err = run(
        capsys, db, "subsidy", "pay", early, "--amount", "1", "--on", "2026-08-10", "--voucher", "JNCZ-0"
    )
    assert code == 2 and "尚未通过竣工验收" in err  # money is paid only after acceptance
    database = open_database(db)
    case = case_at(database.session_factory, SYSTEM_ACTOR, Stage.SUBSIDY, building="9")
    database.dispose()
    code, out, _ = run(
        capsys,
        db,
        "subsidy",
        "pay",
        case,
        "--amount",
        "200,000.10",
        "--on",
        "2026-08-10",
        "--voucher",
        "JNCZ-1",
        "--json",
    )
    assert code == 0 and json.loads(out)["amount"] == "200000.10"
    code, _, err = run(
        capsys, db, "subsidy", "pay", case, "--amount", "二十万", "--on", "2026-08-10", "--voucher", "JNCZ-1"
    )
    assert code == 2 and "金额格式不正确" in err


def test_costshare_and_subsidy_show_json(tmp_path, capsys, db_url) -> None:
    db = db_url
    case = json.loads(run(capsys, db, *NEW_CASE, "--opened-on", "2026-01-05", "--json")[1])["case"]
    run(capsys, db, "roster", "import", case, str(SAMPLES / "roster-sample.csv"))
    code, out, _ = run(capsys, db, "costshare", case, "--total", "500000.01", "--method", "floor", "--json")
    data = json.loads(out)
    assert code == 0 and data["total"] == "500000.01" and data["method"] == "floor"
    amounts = [line["amount"] for line in data["lines"]]
    assert all(isinstance(a, str) and a.count(".") == 1 for a in amounts)
    assert sum(int(a.replace(".", "")) for a in amounts) == 50_000_001
    code, out, _ = run(capsys, db, "subsidy", "show", case, "--json")
    shown = json.loads(out)
    assert shown["eligible"] is True and shown["eligible_amount"] == "200000.00"
