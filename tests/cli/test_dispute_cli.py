"""`casedesk dispute …` on the command line."""

from __future__ import annotations

import json

from tests.cli.helpers import NEW_CASE, run
from tests.shared_paths import SAMPLES


def test_flag_list_show_and_mediate(tmp_path, capsys, db_url) -> None:
    db = db_url
    case = json.loads(run(capsys, db, *NEW_CASE, "--json")[1])["case"]
    # The import's 不同意 with a reason opens its dispute by itself; `dispute flag` only re-scans.
    imported = json.loads(
        run(capsys, db, "roster", "import", case, str(SAMPLES / "roster-sample.csv"), "--json")[1]
    )
    assert len(imported["disputes_opened"]) == 1
    code, out, _ = run(capsys, db, "dispute", "flag", case, "--json")
    assert code == 0 and json.loads(out)["created"] == []
    code, out, _ = run(capsys, db, "dispute", "list", "--status", "待调解", "--json")
    listed = json.loads(out)
    assert listed["total"] == 1 and listed["disputes"][0]["categories"] == ["LIGHT_VENT", "NOISE"]
    number = listed["disputes"][0]["dispute"]
    assert imported["disputes_opened"] == [number]
    assert (
        run(
            capsys,
            db,
            "meeting",
            "add",
            number,
            "--at",
            "2026-03-05 19:00",
            "--place",
            "社区会议室",
            "--mediators",
            "赵调解员",
            "--recorder",
            "李社工",
            "--attendee",
            "王建国:objector:101",
        )[0]
        == 0
    )
    shown = json.loads(run(capsys, db, "dispute", "show", number, "--json")[1])
    assert shown["status"] == "in_mediation" and "调解员告知双方权利义务" in shown["meetings"][0]["notes"]
    code, _, err = run(capsys, db, "dispute", "status", number, "--to", "performed")
    assert code == 2 and "不能从" in err and "Traceback" not in err
