"""Two client programs on one database, as two clerks' PCs on the office server.

Runs on both backends (`make test` and `make test-pg`); on PostgreSQL it is the proof that the
isolation level and the version checks lose no update.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import select, text

from casedesk.core.db.database import open_database
from casedesk.core.db.dialect import user_facing_error
from casedesk.core.db.models import Case
from casedesk.core.errors import ConcurrentChange, StaleVersion
from casedesk.core.services.actor import SYSTEM_ACTOR
from casedesk.core.services.cases import NewCase, create_case
from tests.conftest import ON_POSTGRES

ROUNDS = 25

# Each client appends its own marks to the case's notes, read-modify-write, as a clerk editing the
# 概况 tab does. A refused save (stale version, or the server refusing a racing transaction) is
# retried after reading again, as the clerk would after the message. A lost update would drop a mark.
CLIENT = textwrap.dedent(
    """
    import sys
    from sqlalchemy import select
    from casedesk.core.db.database import open_database
    from casedesk.core.db.models import Case
    from casedesk.core.db.dialect import user_facing_error
    from casedesk.core.domain.enums import Role
    from casedesk.core.errors import StaleVersion
    from casedesk.core.services.actor import Actor
    from casedesk.core.services.cases import update_case

    url, case_no, tag, rounds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    db = open_database(url, migrate=False)
    clerk = Actor(None, tag, Role.CLERK, tag)
    refused = 0
    for i in range(rounds):
        while True:
            with db.session_factory() as s:
                version, notes = s.execute(
                    select(Case.version, Case.notes).where(Case.case_no == case_no)
                ).one()
            try:
                update_case(db.session_factory, clerk, case_no, expected_version=version,
                            changes={"notes": (notes or "") + f"[{tag}{i}]"})
                break
            except Exception as exc:
                if not isinstance(user_facing_error(exc), StaleVersion):
                    raise
                refused += 1
    print(refused)
    """
)


def test_two_client_processes_lose_no_update(db_url: str) -> None:
    db = open_database(db_url)
    try:
        case_no = create_case(
            db.session_factory,
            SYSTEM_ACTOR,
            NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", "3", "2", 6),
        )
    finally:
        db.dispose()
    clients = [
        subprocess.Popen(
            [sys.executable, "-c", CLIENT, db_url, case_no, tag, str(ROUNDS)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("A", "B")
    ]
    outputs = [c.communicate(timeout=240) for c in clients]
    for client, (out, err) in zip(clients, outputs, strict=True):
        assert client.returncode == 0, err
        print("refused and retried:", out.strip())
    db = open_database(db_url, migrate=False)
    try:
        with db.session_factory() as s:
            notes = s.scalar(select(Case.notes).where(Case.case_no == case_no)) or ""
    finally:
        db.dispose()
    for tag in ("A", "B"):
        assert [f"[{tag}{i}]" in notes for i in range(ROUNDS)] == [True] * ROUNDS
    assert notes.count("[") == 2 * ROUNDS


@pytest.mark.postgres_only
def test_a_transaction_that_raced_a_colleague_is_refused_with_a_clear_message(database) -> None:
    """Interleave two sessions by hand: the second writer of the same row loses, and what the
    clerk sees is the concurrent-change message, not a crash."""
    case_no = create_case(
        database.session_factory,
        SYSTEM_ACTOR,
        NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", "3", "2", 6),
    )
    first = database.session_factory()
    second = database.session_factory()
    try:
        mine = first.scalar(select(Case).where(Case.case_no == case_no))  # snapshot taken here
        theirs = second.scalar(select(Case).where(Case.case_no == case_no))
        theirs.notes = "同事先保存"
        second.commit()
        mine.notes = "我后保存"
        with pytest.raises(Exception) as info:
            first.commit()
        translated = user_facing_error(info.value)
        assert isinstance(translated, ConcurrentChange | StaleVersion)
        assert "未保存" in str(translated) or "旧版本" in str(translated)
    finally:
        first.close()
        second.close()
    with database.session_factory() as s:
        assert s.scalar(select(Case.notes).where(Case.case_no == case_no)) == "同事先保存"


@pytest.mark.postgres_only
def test_the_server_runs_every_transaction_serializable(database) -> None:
    with database.engine.connect() as conn:
        assert conn.execute(text("SHOW transaction_isolation")).scalar() == "serializable"
    assert ON_POSTGRES
