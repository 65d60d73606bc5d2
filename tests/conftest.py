"""Shared fixtures: a fresh, migrated database per test, the system actor, and an isolated data
folder so tests never touch the developer's real database.

The database is a SQLite file (in-memory databases hide WAL and locking behaviour), or, with
CASEDESK_TEST_BACKEND=postgresql (`make test-pg`), a new database on a throw-away PostgreSQL
cluster that the session starts itself: each test gets a copy of a migrated template database.
Tests about SQLite files as such carry the `sqlite_only` mark and are skipped there.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from casedesk.core.db.database import Database, open_database
from casedesk.core.db.engine import SessionFactory
from casedesk.core.db.location import sqlite_url
from casedesk.core.services.actor import SYSTEM_ACTOR, Actor


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path_factory.mktemp("casedesk-data")
    monkeypatch.setenv("CASEDESK_DATA_DIR", str(data))
    monkeypatch.delenv("CASEDESK_DATABASE_URL", raising=False)
    return data


BACKEND = os.environ.get("CASEDESK_TEST_BACKEND", "sqlite")
ON_POSTGRES = BACKEND == "postgresql"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: about SQLite files themselves; skipped on PostgreSQL")
    config.addinivalue_line("markers", "postgres_only: needs a PostgreSQL server; skipped on SQLite")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if ON_POSTGRES and item.get_closest_marker("sqlite_only"):
            item.add_marker(pytest.mark.skip(reason="SQLite file behaviour; this run is on PostgreSQL"))
        if not ON_POSTGRES and item.get_closest_marker("postgres_only"):
            item.add_marker(pytest.mark.skip(reason="needs PostgreSQL: run `make test-pg`"))


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[object]:
    """The session's throw-away server with a migrated template database."""
    from tests.pgcluster import start_cluster, unavailable_reason

    reason = unavailable_reason()
    if reason:
        pytest.fail(f"CASEDESK_TEST_BACKEND=postgresql but {reason}")
    cluster = start_cluster()
    try:
        cluster.psql("CREATE DATABASE casedesk_template")
        open_database(cluster.url("casedesk_template")).dispose()
        yield cluster
    finally:
        cluster.stop()


_database_numbers = itertools.count(1)


@pytest.fixture
def fresh_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[str], str]:
    """Make another empty, migrated database: `fresh_db_url("a")` gives its URL."""

    def make(name: str) -> str:
        if not ON_POSTGRES:
            return sqlite_url(tmp_path / f"{name}.sqlite3")
        cluster = request.getfixturevalue("pg_cluster")
        database = f"t{next(_database_numbers)}_{name}"
        cluster.psql(f'CREATE DATABASE "{database}" TEMPLATE casedesk_template')
        return cluster.url(database)

    return make


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "casedesk.sqlite3"


@pytest.fixture
def db_url(db_path: Path, fresh_db_url: Callable[[str], str]) -> str:
    return fresh_db_url("casedesk") if ON_POSTGRES else sqlite_url(db_path)


@pytest.fixture
def database(db_url: str) -> Iterator[Database]:
    db = open_database(db_url)
    yield db
    db.dispose()


@pytest.fixture
def session_factory(database: Database) -> SessionFactory:
    return database.session_factory


@pytest.fixture
def actor() -> Actor:
    return SYSTEM_ACTOR
