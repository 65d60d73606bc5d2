"""Two programs recording the same owner's opinion at once (issue 23, finding 1).

Before: two shells each running `ballot set` left flat 102 with several ballots marked current
(the read of the current ballot and its replacement were not one transaction on SQLite). Now the
writers take SQLite's write lock at BEGIN and a partial unique index holds one current ballot per
owner and flat, so the race ends with exactly one current ballot and every command either saved
or said cleanly that it did not.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from casedesk.core.db.dialect import user_facing_error
from casedesk.core.db.models import Ballot, Flat
from casedesk.core.domain.enums import Vote
from casedesk.core.errors import ConcurrentChange
from casedesk.core.services.actor import SYSTEM_ACTOR
from casedesk.core.services.consent import record_ballot, withdraw_ballot
from tests.cli.helpers import NEW_CASE, run
from tests.shared_paths import SAMPLES

ROUNDS = 30

# One "shell": the real command line, ROUNDS times, each call opening the database afresh as a
# separate `casedesk ballot set` would. Prints each exit code and keeps stderr for the test.
SHELL = textwrap.dedent("""
    import sys
    from casedesk.cli import main

    db, case, vote, rounds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    print("ready", flush=True)
    sys.stdin.readline()  # both shells start together
    for i in range(rounds):
        code = main(["--db", db, "ballot", "set", case, "102", vote, "--on", "2026-03-%02d" % (3 + i % 20)])
        print("EXIT", code, flush=True)
""")


def _prepare(tmp_path: Path, capsys) -> tuple[Path, str]:
    db = tmp_path / "office.sqlite3"
    code, out, err = run(capsys, str(db), *NEW_CASE)
    assert code == 0, err
    case_no = out.strip()
    code, _, err = run(capsys, str(db), "roster", "import", case_no, str(SAMPLES / "roster-sample.csv"))
    assert code == 0, err
    return db, case_no


@pytest.mark.sqlite_only
def test_two_shells_setting_one_ballot_leave_exactly_one_current(tmp_path, capsys) -> None:
    db, case_no = _prepare(tmp_path, capsys)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    shells = [
        subprocess.Popen(
            [sys.executable, "-c", SHELL, str(db), case_no, vote, str(ROUNDS)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for vote in ("同意", "不同意")
    ]
    for shell in shells:
        assert shell.stdout is not None and shell.stdout.readline().strip() == "ready"
    for shell in shells:
        assert shell.stdin is not None
        shell.stdin.write("go\n")
        shell.stdin.flush()
    codes: list[int] = []
    errors = ""
    for shell in shells:
        out, err = shell.communicate(timeout=300)
        assert shell.returncode == 0, err
        codes += [int(line.split()[1]) for line in out.splitlines() if line.startswith("EXIT ")]
        errors += err
    assert len(codes) == 2 * ROUNDS
    assert 70 not in codes and "内部错误" not in errors
    # A refused one (if any) says it saved nothing and may be repeated.
    for line in errors.splitlines():
        assert "重试" in line, line
    with sqlite3.connect(db) as conn:
        flat_id = conn.execute(
            "SELECT flat.id FROM flat JOIN case_file ON case_file.id = flat.case_id"
            " WHERE flat.room = '102' AND case_file.case_no = ?",
            (case_no,),
        ).fetchone()[0]
        current = conn.execute(
            "SELECT count(*) FROM ballot WHERE flat_id = ? AND is_current", (flat_id,)
        ).fetchone()[0]
        rows = conn.execute("SELECT count(*) FROM ballot WHERE flat_id = ?", (flat_id,)).fetchone()[0]
    assert current == 1
    assert rows == 1 + codes.count(0)  # the roster's ballot plus every change reported as saved
    # One withdrawal now clears the owner's opinion (it cleared only one of several before).
    code, _, err = run(capsys, str(db), "ballot", "withdraw", case_no, "102")
    assert code == 0, err
    with sqlite3.connect(db) as conn:
        assert conn.execute(
            "SELECT count(*) FROM ballot WHERE flat_id = ? AND is_current", (flat_id,)
        ).fetchone() == (0,)


def test_the_database_refuses_a_second_current_ballot(session_factory, tmp_path, capsys, db_url) -> None:
    """Whatever a program does, the index holds: a second current row for the owner is refused."""
    code, out, err = run(capsys, db_url, *NEW_CASE)
    assert code == 0, err
    case_no = out.strip()
    assert run(capsys, db_url, "roster", "import", case_no, str(SAMPLES / "roster-sample.csv"))[0] == 0
    record_ballot(
        session_factory,
        SYSTEM_ACTOR,
        case_no,
        "102",
        Vote.AGREE,
        signed_on=date(2026, 3, 5),
        today=date(2026, 3, 20),
    )
    with session_factory() as s:
        flat = s.scalar(select(Flat).where(Flat.room == "102"))
        current = s.scalar(select(Ballot).where(Ballot.flat_id == flat.id, Ballot.is_current.is_(True)))
        duplicate = Ballot(
            case_id=current.case_id,
            flat_id=flat.id,
            person_id=current.person_id,
            vote="agree",
            is_current=True,
        )
    with pytest.raises(IntegrityError) as info, session_factory.begin() as s:
        s.add(duplicate)
    assert isinstance(user_facing_error(info.value), ConcurrentChange)
    withdraw_ballot(session_factory, SYSTEM_ACTOR, case_no, "102")
    with session_factory() as s:
        assert s.scalar(select(Ballot).where(Ballot.flat_id == flat.id, Ballot.is_current.is_(True))) is None
