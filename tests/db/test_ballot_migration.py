"""Migration 0002: a database where a race left several current ballots keeps the newest one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command

from casedesk.core.db.database import open_database
from casedesk.core.db.engine import make_engine
from casedesk.core.db.location import sqlite_url
from casedesk.core.db.migrate import alembic_config, current_revision, head_revision
from tests.cli.helpers import NEW_CASE, run
from tests.shared_paths import SAMPLES

pytestmark = pytest.mark.sqlite_only  # builds the damaged state with sqlite3


def test_duplicate_current_ballots_keep_the_newest(db_path: Path, capsys) -> None:
    url = sqlite_url(db_path)
    code, out, err = run(capsys, str(db_path), *NEW_CASE)
    assert code == 0, err
    assert (
        run(capsys, str(db_path), "roster", "import", out.strip(), str(SAMPLES / "roster-sample.csv"))[0] == 0
    )
    engine = make_engine(url)
    with engine.connect() as conn:  # back to the schema that allowed the race
        cfg = alembic_config(url)
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001_initial")
        conn.commit()
    engine.dispose()
    with sqlite3.connect(db_path) as conn:
        ((flat, person, case),) = conn.execute(
            "SELECT b.flat_id, b.person_id, b.case_id FROM ballot b JOIN flat f ON f.id = b.flat_id"
            " WHERE f.room = '102' AND b.is_current"
        ).fetchall()
        for vote in ("agree", "disagree"):  # what two racing programs left behind
            conn.execute(
                "INSERT INTO ballot (case_id, flat_id, person_id, vote, source, is_current, recorded_at)"
                " VALUES (?, ?, ?, ?, 'paper', 1, '2026-03-05 10:00:00')",
                (case, flat, person, vote),
            )
        newest = conn.execute("SELECT max(id) FROM ballot").fetchone()[0]
    db = open_database(url)
    try:
        assert current_revision(db.engine) == head_revision()
    finally:
        db.dispose()
    with sqlite3.connect(db_path) as conn:
        current = conn.execute(
            "SELECT id, vote FROM ballot WHERE flat_id = ? AND person_id = ? AND is_current", (flat, person)
        ).fetchall()
        assert current == [(newest, "disagree")]
        assert conn.execute("SELECT count(*) FROM ballot WHERE flat_id = ?", (flat,)).fetchone() == (3,)
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(
                "INSERT INTO ballot (case_id, flat_id, person_id, vote, source, is_current, recorded_at)"
                " VALUES (?, ?, ?, 'agree', 'paper', 1, '2026-03-06 10:00:00')",
                (case, flat, person),
            )
