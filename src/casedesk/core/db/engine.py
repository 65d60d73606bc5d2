"""Engine and session factory. One engine per process; sessions are opened per operation.

SQLite gets its PRAGMAs on every new connection (they are per-connection state): foreign keys
on, WAL so readers never block the writer, a busy timeout in calibre's range, and
synchronous=NORMAL, which in WAL mode is durable across application crashes and loses at most the
last transactions on power loss (never corrupts).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from casedesk.core.db.dialect import engine_options

SQLITE_BUSY_TIMEOUT_MS = 10_000

SessionFactory = sessionmaker[Session]


def _apply_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # The driver opens transactions implicitly; PRAGMA journal_mode must run outside one.
    previous = dbapi_connection.isolation_level
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()
        dbapi_connection.isolation_level = previous


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Create the engine for *url* with CaseDesk's connection settings (dialect.py for PostgreSQL)."""
    engine = create_engine(url, **{**engine_options(url), **kwargs})
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _apply_sqlite_pragmas)
    return engine


def make_session_factory(engine: Engine) -> SessionFactory:
    # expire_on_commit=False: services copy what they need into DTOs after commit anyway, and
    # expiring would turn any later attribute access into a surprise query.
    return sessionmaker(engine, expire_on_commit=False)
