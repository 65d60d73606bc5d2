"""What differs between SQLite (one PC) and PostgreSQL (an office server), in one place.

Isolation on PostgreSQL is SERIALIZABLE. On one PC, SQLite already runs writers one at a time,
and every service was written and tested against that guarantee: a tally reads all ballots of a
case as of one moment, and a stage move checks its guards against the same state it then changes.
READ COMMITTED would let a tally see half of a colleague's ballot session, and REPEATABLE READ
still allows write skew (a stage advance passing its consent guard while another clerk turns a
ballot to 不同意 in a row the advance never writes). SERIALIZABLE makes the server refuse any
interleaving that no one-at-a-time order could produce; the loser gets `ConcurrentChange`, a
"someone else changed this, nothing was saved, try again" message, exactly like the stale-version
refusal. At a street office's scale (a handful of clients) such refusals are rare and cheap.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, Table, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, DBAPIError, IntegrityError, OperationalError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

from casedesk.core.errors import ConcurrentChange, DatabaseUnavailable
from casedesk.core.i18n import N_

POSTGRES_ISOLATION = "SERIALIZABLE"
# SQLSTATE 40001 serialization_failure, 40P01 deadlock_detected: the transaction was rolled back
# because of a concurrent one, and running it again is safe.
_RETRYABLE_SQLSTATES = {"40001", "40P01"}


def is_postgres_url(url: str) -> bool:
    return make_url(url).get_backend_name() == "postgresql"


def engine_options(url: str) -> dict[str, Any]:
    """Extra create_engine() arguments for *url*'s database."""
    if not is_postgres_url(url):
        return {}
    return {
        "isolation_level": POSTGRES_ISOLATION,
        # An office server restarts (updates, power cuts); a pooled connection that died with it
        # must be replaced silently instead of failing the clerk's next click.
        "pool_pre_ping": True,
        "connect_args": {"application_name": "CaseDesk", "connect_timeout": 10},
    }


def is_concurrent_change(exc: BaseException) -> bool:
    """True when *exc* is the server refusing a transaction because of a concurrent one."""
    if not isinstance(exc, DBAPIError):
        return False
    orig = exc.orig
    sqlstate = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    return sqlstate in _RETRYABLE_SQLSTATES


def user_facing_error(exc: BaseException) -> BaseException:
    """The message a clerk should see for a database failure they can act on; other errors as they are.

    Both front ends pass every failure through here, so a race with a colleague or a server that
    is down reads as what it is instead of a crash dialog.
    """
    if is_concurrent_change(exc) or _is_second_current_ballot(exc):
        return ConcurrentChange(
            N_("另一位同事刚刚同时修改了相同的数据。本次操作未保存任何内容，请刷新后重试。")
        )
    if isinstance(exc, DatabaseError) and _is_damage(exc):
        from casedesk.core.db.filecheck import DatabaseDamaged, damage_advice

        return DatabaseDamaged(damage_advice(None, str(exc.orig)))
    if isinstance(exc, OperationalError):
        message = str(exc.orig) if exc.orig is not None else str(exc)
        if "database is locked" in message:
            return DatabaseUnavailable(N_("数据库正被另一个程序长时间占用，请稍后重试。本次操作未保存。"))
        if exc.connection_invalidated or _looks_like_connection_failure(message):
            return DatabaseUnavailable(
                N_("无法连接数据库服务器（{err}）。请检查网络和服务器；本次操作未保存。").format(
                    err=message.strip().splitlines()[0] if message.strip() else type(exc.orig).__name__
                )
            )
    return exc


def _is_damage(exc: DatabaseError) -> bool:
    """SQLite found a broken page while a command ran (the file was damaged after it was opened)."""
    message = str(exc.orig or exc).lower()
    return "disk image is malformed" in message or "file is not a database" in message


def _is_second_current_ballot(exc: BaseException) -> bool:
    """The database's one-current-ballot index refused a row: a colleague recorded the same
    owner's opinion at the same moment (PostgreSQL names the index, SQLite the columns)."""
    if not isinstance(exc, IntegrityError):
        return False
    message = str(exc.orig)
    return "uq_ballot_current_owner" in message or "ballot.flat_id, ballot.person_id" in message


def _looks_like_connection_failure(message: str) -> bool:
    lowered = message.lower()
    return any(
        marker in lowered
        for marker in (
            "connection refused",
            "could not connect",
            "connection failed",
            "connection to server",
            "connection is bad",
            "is the server running",
            "could not translate host name",
            "password authentication failed",
            "server closed",
            "timeout",
        )
    )


def resync_id_sequences(session: Session, tables: list[Table]) -> None:
    """After rows were inserted with explicit ids, move PostgreSQL's id sequences past them.

    SQLite takes the next id from the table itself; PostgreSQL's SERIAL columns draw from a
    sequence that explicit inserts do not advance, so the next ordinary insert would collide.
    """
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in tables:
        if "id" not in table.c:
            continue
        highest = session.scalar(select(func.max(table.c.id)))
        if highest is None:
            continue
        session.execute(
            text("SELECT setval(pg_get_serial_sequence(:table, 'id'), :value)"),
            {"table": table.name, "value": highest},
        )


class day_number(FunctionElement):
    """A date as a whole number of days (from some fixed day), computed by the database, so that
    differences of two are the days between them without reading dates back into Python:
    SQLite keeps dates as ISO text (julianday), PostgreSQL subtracts dates."""

    type = Integer()
    inherit_cache = True
    name = "day_number"


@compiles(day_number, "sqlite")
def _day_number_sqlite(element: day_number, compiler: Any, **kw: Any) -> str:
    (day,) = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"CAST(julianday({day}) AS INTEGER)"


@compiles(day_number, "postgresql")
def _day_number_postgresql(element: day_number, compiler: Any, **kw: Any) -> str:
    (day,) = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"({day} - DATE '2000-01-01')"
