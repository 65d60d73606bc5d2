"""The many-case tally reads everything in one pass; it must agree with the one-case tally exactly."""

from __future__ import annotations

import json
from datetime import date

from casedesk.core.services.consent import run_tally, tally_all
from casedesk.core.services.demo import generate_demo
from tests.cli.helpers import NEW_CASE, run
from tests.shared_paths import SAMPLES

TODAY = date(2026, 11, 25)


def test_every_case_matches_its_own_tally(database, actor) -> None:
    generate_demo(database.session_factory, actor, units=40, seed=7, today=TODAY)
    many = tally_all(database.session_factory, actor, as_of=TODAY)
    assert len(many) == 40 and len({r.outcome for r in many}) > 1
    for row in many:
        one = run_tally(database.session_factory, actor, row.case_no, as_of=TODAY)
        assert (row.outcome, row.rule, row.rule_reason) == (
            one.result.outcome,
            one.result.rule,
            one.rule_reason,
        )
        assert (row.persons_agree, row.persons_total) == (one.result.persons_agree, one.result.persons_total)


def test_tallies_command_lists_outcomes(tmp_path, capsys, db_url) -> None:
    db = db_url
    code, out, _ = run(capsys, db, *NEW_CASE, "--json")
    case = json.loads(out)["case"]
    assert run(capsys, db, "roster", "import", case, str(SAMPLES / "roster-sample.csv"))[0] == 0
    code, out, err = run(capsys, db, "tallies", "--as-of", "2026-03-10", "--json")
    assert code == 0, err
    rows = json.loads(out)["cases"]
    assert rows == [
        {
            "case": case,
            "outcome": "pass",
            "rule": "jinan-2021",
            "rule_version": rows[0]["rule_version"],
            "rule_reason": rows[0]["rule_reason"],
            "persons_agree": 7,
            "persons_total": 11,
        }
    ]
    code, out, _ = run(capsys, db, "tallies", "--as-of", "2026-03-10", "--outcome", "未通过")
    assert code == 0 and case not in out.split("共")[0]
