"""`casedesk roster import`, `casedesk tally` and `casedesk ballot` as scripts call them."""

from __future__ import annotations

import json

from tests.cli.helpers import NEW_CASE, run
from tests.shared_paths import SAMPLES


def new_case(capsys, db: str) -> str:
    code, out, _ = run(capsys, db, *NEW_CASE, "--json")
    assert code == 0
    return json.loads(out)["case"]


def test_tally_json_has_the_documented_fields(tmp_path, capsys, db_url) -> None:
    db = db_url
    case = new_case(capsys, db)
    assert run(capsys, db, "roster", "import", case, str(SAMPLES / "roster-sample.csv"))[0] == 0
    code, out, err = run(capsys, db, "tally", case, "--as-of", "2026-03-10", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["case"] == case and data["rule"] == "jinan-2021" and data["result"] == "pass"
    assert data["area_total"] == "940.32" and data["area_participating"] == "783.60"
    assert data["area_agree"] == "626.88"
    assert (data["persons_total"], data["persons_participating"], data["persons_agree"]) == (11, 9, 7)
    assert data["abstain_counts_as_participation"] is True and data["as_of"] == "2026-03-10"
    assert {c["name"] for c in data["clauses"]} >= {"participation_area", "agreement_persons"}
    assert all(isinstance(c["margin"], str) and isinstance(c["met"], bool) for c in data["clauses"])
    assert data["unresolved"] == [] and data["blocked_by"] == []
    for key in ("area_total", "area_participating", "area_agree"):
        whole, frac = data[key].split(".")
        assert whole.isdigit() and len(frac) == 2


def test_no_abstain_participation_and_cut_off(tmp_path, capsys, db_url) -> None:
    db = db_url
    case = new_case(capsys, db)
    run(capsys, db, "roster", "import", case, str(SAMPLES / "roster-sample.csv"))
    _code, out, _ = run(
        capsys, db, "tally", case, "--as-of", "2026-03-10", "--no-abstain-participation", "--json"
    )
    data = json.loads(out)
    assert data["abstain_counts_as_participation"] is False and data["persons_participating"] == 8
    _code, out, _ = run(capsys, db, "tally", case, "--as-of", "2026-03-03", "--json")
    early = json.loads(out)
    assert early["late_ballots"] and early["persons_participating"] < 9


def test_bad_roster_exits_2_and_lists_rows(tmp_path, capsys, db_url) -> None:
    db = db_url
    case = new_case(capsys, db)
    bad = tmp_path / "bad.csv"
    bad.write_text("房号,楼层,专有部分面积,业主姓名\n101,1,abc,王\n102,x,50,李\n", encoding="utf-8")
    code, out, err = run(capsys, db, "roster", "import", case, str(bad))
    assert code == 2
    assert "第 2 行[专有部分面积]" in err and "第 3 行[楼层]" in err and "未导入任何数据" in err
    assert "Traceback" not in err
    code, out, _ = run(capsys, db, "roster", "import", case, str(bad), "--json")
    assert code == 2 and len(json.loads(out)["errors"]) == 2
    code, out, _ = run(capsys, db, "case", "show", case, "--json")
    assert json.loads(out)["flats"] == []


def test_ballot_set_changes_the_tally(tmp_path, capsys, db_url) -> None:
    db = db_url
    case = new_case(capsys, db)
    run(capsys, db, "roster", "import", case, str(SAMPLES / "roster-sample.csv"))
    assert run(capsys, db, "ballot", "set", case, "202", "不同意", "--on", "2026-03-06")[0] == 0
    code, out, _ = run(capsys, db, "tally", case, "--as-of", "2026-03-10", "--json")
    assert json.loads(out)["result"] == "fail"
    code, _, err = run(capsys, db, "ballot", "set", case, "301", "同意", "--on", "2026-03-06")
    assert code == 2 and "共有人" in err
    assert run(capsys, db, "ballot", "withdraw", case, "202")[0] == 0
    code, out, _ = run(capsys, db, "tally", case, "--as-of", "2026-03-10")
    assert "通过" in out and "如何通过" not in out


def test_supervisor_rule_override_is_used_and_audited(tmp_path, capsys, db_url) -> None:
    db = db_url
    case = new_case(capsys, db)
    run(capsys, db, "roster", "import", case, str(SAMPLES / "roster-sample.csv"))
    code, _, err = run(capsys, db, "case", "rule", case, "--rule", "laiwu-2019", "--reason", " ")
    assert code == 2 and "理由" in err
    assert (
        run(capsys, db, "case", "rule", case, "--rule", "laiwu-2019", "--reason", "区政府批复适用莱芜规定")[0]
        == 0
    )
    code, out, _ = run(capsys, db, "tally", case, "--as-of", "2026-03-10", "--json")
    data = json.loads(out)
    assert data["rule"] == "laiwu-2019" and data["rule_reason"] == "区政府批复适用莱芜规定"
    # 7 of 11 persons agree: under 2/3 of all owners, so the Laiwu rule fails where jinan-2021 passed.
    assert data["result"] == "fail"
    code, _, err = run(capsys, db, "demo", "--units", "1", "--seed", "1")
    code, _, err = run(capsys, db, "--user", "clerk", "case", "rule", case, "--reason", "试试")
    assert code == 2 and "权限不足" in err


def test_tally_text_says_the_rule_by_name_and_what_was_left_out(tmp_path, capsys, db_url) -> None:
    db = db_url
    case = new_case(capsys, db)
    run(capsys, db, "roster", "import", case, str(SAMPLES / "roster-sample.csv"))
    code, out, _ = run(capsys, db, "tally", case, "--as-of", "2026-03-03")
    assert code == 0
    assert "济南市既有住宅增设电梯办法（2021年起）" in out and "jinan-2021" not in out
    assert "截止日期后签署、未计入：" in out and "401" in out
    assert "解释规则：弃权计入参与表决：是" in out
    assert "参与表决面积 " in out and " × 3 ≥ 总面积 " in out  # each clause's formula with its figures
    code, out, _ = run(capsys, db, "tally", case, "--as-of", "2026-03-03", "--json")
    assert len(json.loads(out)["late_ballots"]) == 6
