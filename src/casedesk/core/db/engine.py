"""Engine and session factory. One engine per process; sessions are opened per operation.

SQLite gets its PRAGMAs on every new connection (they are per-connection state): foreign keys
on, WAL so readers never block the writer, a busy timeout in calibre's range, and
synchronous=NORMAL, which in WAL mode is durable across application crashes and loses at most the
last transactions on power loss (never corrupts).

Transactions on SQLite are begun by us, not by the driver (SQLAlchemy's documented pysqlite
recipe). Left to itself, pysqlite runs SELECTs and DDL outside any transaction and opens one only
at the first INSERT/UPDATE: a service's "read the current ballot, then supersede it" was two
moments, and two programs interleaving them kept both ballots current (issue 23, finding 1); a
first schema creation killed half-way kept half its tables (finding 8). Now every transaction
starts with an explicit BEGIN: `session_factory.begin()` (the writers' form) emits
BEGIN IMMEDIATE, which takes the write lock before the first read, so a second writer waits (up to
the busy timeout) and then reads what the first one wrote; plain sessions (readers) get a deferred
BEGIN: a consistent snapshot that never blocks anyone.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from casedesk.core.db.dialect import engine_options

SQLITE_BUSY_TIMEOUT_MS = 10_000
# Execution option carried by the writers' connections (see SessionFactory.begin).
WRITE_OPTION = "casedesk_write"

SessionFactory = sessionmaker[Session]


def _apply_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # isolation_level=None stops pysqlite from opening (and committing) transactions on its own;
    # _begin below opens them. PRAGMA journal_mode must run outside a transaction anyway.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def _begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE_OPTION) else "BEGIN")


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Create the engine for *url* with CaseDesk's connection settings (dialect.py for PostgreSQL)."""
    engine = create_engine(url, **{**engine_options(url), **kwargs})
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _apply_sqlite_pragmas)
        event.listen(engine, "begin", _begin)
    return engine


def writer_engine(engine: Engine) -> Engine:
    """The same engine and pool, whose transactions take SQLite's write lock at BEGIN."""
    return engine.execution_options(**{WRITE_OPTION: True})


class _SessionFactory(sessionmaker[Session]):
    """`factory()` for reading, `factory.begin()` for a unit of work that writes."""

    writer: Engine | None = None

    def begin(self) -> AbstractContextManager[Session]:
        session = self(bind=self.writer) if self.writer is not None else self()
        return session._maker_context_manager()


def make_session_factory(engine: Engine) -> SessionFactory:
    # expire_on_commit=False: services copy what they need into DTOs after commit anyway, and
    # expiring would turn any later attribute access into a surprise query.
    factory = _SessionFactory(engine, expire_on_commit=False)
    factory.writer = writer_engine(engine)
    return factory
