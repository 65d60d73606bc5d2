"""`casedesk migrate-to` and `casedesk backup` against a real PostgreSQL server."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from casedesk.core.db import transfer
from casedesk.core.db.database import open_database
from casedesk.core.db.models import Ballot, Case, Document, Flat
from casedesk.core.services.actor import SYSTEM_ACTOR
from casedesk.core.services.cases import NewCase, create_case
from tests.cli.helpers import NEW_CASE, run

pytestmark = pytest.mark.postgres_only


@pytest.fixture
def office(tmp_path, capsys):
    """A one-PC office: a SQLite file with demo cases and one attached document."""
    db = str(tmp_path / "office" / "casedesk.sqlite3")
    assert run(capsys, db, "demo", "--units", "30", "--seed", "4")[0] == 0
    code, case_no, _ = run(capsys, db, *NEW_CASE)
    assert code == 0
    attachment = tmp_path / "申请书.pdf"
    attachment.write_bytes(b"%PDF-1.4 signed application")
    assert (
        run(capsys, db, "checklist", "mark", case_no.strip(), "application", "--file", str(attachment))[0]
        == 0
    )
    return db


@pytest.fixture
def empty_server_db(pg_cluster):
    """A database as the office's IT person creates it: no tables at all."""
    name = f"empty_{next(_numbers)}"
    pg_cluster.psql(f"CREATE DATABASE {name}")
    return pg_cluster.url(name)


_numbers = iter(range(1, 10_000))


def _counts(url: str) -> tuple[int, int, int, int]:
    db = open_database(url, migrate=False)
    try:
        with db.session_factory() as s:
            return tuple(s.scalar(select(func.count(m.id))) for m in (Case, Flat, Ballot, Document))
    finally:
        db.dispose()


def test_office_moves_to_the_server_with_everything_verified(
    office, empty_server_db, tmp_path, capsys, monkeypatch
):
    shared = tmp_path / "shared-documents"
    code, out, err = run(capsys, office, "migrate-to", empty_server_db, "--documents", str(shared), "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["verified"] is True
    assert report["tables"]["case_file"] == 31 and report["documents_verified"] == 1
    assert _counts(empty_server_db) == _counts(f"sqlite:///{office}")

    # The server database is a working office database: new rows get fresh ids, checks pass.
    server = open_database(empty_server_db)
    try:
        create_case(
            server.session_factory,
            SYSTEM_ACTOR,
            NewCase("历下区", "文东街道", "青龙街社区", "新小区", "1", "1", 6),
        )
    finally:
        server.dispose()
    monkeypatch.setenv("CASEDESK_DOCUMENTS_DIR", str(shared))
    code, out, err = run(capsys, empty_server_db, "check", "--json")
    assert code == 0, err
    assert json.loads(out)["checked_documents"] == 1


def test_a_target_with_data_is_refused_and_left_alone(office, empty_server_db, capsys):
    assert run(capsys, office, "migrate-to", empty_server_db)[0] == 0
    before = _counts(empty_server_db)
    code, _out, err = run(capsys, office, "migrate-to", empty_server_db)
    assert code == 2 and "不是空的" in err and "Traceback" not in err
    assert _counts(empty_server_db) == before


def test_a_verification_mismatch_leaves_the_target_empty(office, empty_server_db, capsys, monkeypatch):
    real = transfer.table_digest
    calls = {"n": 0}

    def corrupted(conn, table):
        count, digest = real(conn, table)
        calls["n"] += 1
        if table.name == "ballot" and conn.dialect.name == "postgresql":
            return count, "0" * 64  # as if a row had changed on the way
        return count, digest

    monkeypatch.setattr(transfer, "table_digest", corrupted)
    code, _out, err = run(capsys, office, "migrate-to", empty_server_db)
    assert code == 3 and "ballot" in err and "未作改动" in err
    assert calls["n"] > 0
    assert _counts(empty_server_db) == (0, 0, 0, 0)


def test_backup_of_a_server_database_uses_pg_dump(db_url, tmp_path, capsys):
    out_file = tmp_path / "office.dump"
    code, out, err = run(capsys, db_url, "backup", "-o", str(out_file), "--json")
    assert code == 0, err
    assert json.loads(out)["tool"] == "pg_dump"
    assert out_file.read_bytes()[:5] == b"PGDMP"
