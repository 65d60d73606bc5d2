"""Shared fixtures: a fresh, migrated SQLite file per test (in-memory databases hide WAL and
locking behaviour), the system actor, and an isolated data folder so tests never touch the
developer's real database."""

from __future__ import annotations

import os
from collections.abc import Iterator
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


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "casedesk.sqlite3"


@pytest.fixture
def db_url(db_path: Path) -> str:
    return sqlite_url(db_path)


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
