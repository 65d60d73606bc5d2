"""Bulk inserts of many plain rows: the demo data set, a roster's flats and owners.

SQLAlchemy's executemany builds and processes a parameter dictionary per row through its general
machinery (about 4 µs a row, most of the demo's write time). Here the INSERT is compiled once for
the connection's dialect, each column's bind processor (dates, booleans) is looked up once, and
the driver's executemany gets plain tuples — the same columns, the same type conversions, on the
same connection and so inside the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from itertools import repeat
from operator import add, attrgetter, is_not, itemgetter, methodcaller
from typing import Any

from sqlalchemy import Boolean, Connection, Select, Table
from sqlalchemy.dialects.sqlite import DATE as SQLITE_DATE
from sqlalchemy.dialects.sqlite import DATETIME as SQLITE_DATETIME

CHUNK_ROWS = 5_000
# SQLite binds at most 32,766 parameters; PostgreSQL 65,535. 1,000 keeps statements small on both.
LOOKUP_CHUNK = 1_000
# SQLAlchemy's default SQLite storage formats, which the isoformat fast path reproduces.
_SQLITE_DATE_FORMAT = SQLITE_DATE._storage_format
_SQLITE_DATETIME_FORMAT = SQLITE_DATETIME()._storage_format


def insert_rows(connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """INSERT *rows* (dicts with the same keys, named by column key) into *table*."""
    if not rows:
        return
    dialect = connection.dialect
    # SQLAlchemy's own INSERT decides which columns go in: the rows' keys (less those NULL in
    # every row, which NULL fills all the same), and the columns with a Python-side default the
    # rows leave out.
    keys = [key for key in rows[0] if not _null_in_every_row(table.c[key], rows)] or list(rows[0])
    compiled = table.insert().compile(dialect=dialect, column_keys=keys)
    names = list(compiled.positiontup or ()) if compiled.positional else list(compiled.binds)
    order = [compiled.binds[name].key for name in names]
    # Columns the rows leave out get their Python-side default (a constant, or a callable such
    # as "now" evaluated once for the whole batch, as one import happens at one moment).
    defaults = {key: _default_of(table.c[key]) for key in order if key not in rows[0]}
    # Values that go to the driver as they are (numbers, text) are taken row by row into tuples
    # by one itemgetter; the columns that need converting (dates, flags, defaults) are converted
    # column by column and appended. The INSERT lists its columns in that order.
    as_is = [k for k in order if k not in defaults and _bind_processor(table.c[k], dialect)[1] is None]
    converted = [k for k in order if k not in as_is]
    take = _tuple_getter(as_is)
    quote = dialect.identifier_preparer.quote
    placeholder = "?" if dialect.paramstyle == "qmark" else "%s"
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(table.c[k].name) for k in as_is + converted)})"
        f" VALUES ({', '.join([placeholder] * len(order))})"
    )
    cursor = connection.connection.cursor()
    try:
        for start in range(0, len(rows), CHUNK_ROWS):
            chunk = rows[start : start + CHUNK_ROWS]
            # map(), zip() and tuple concatenation all run in C: no Python call per row, which
            # was most of the cost for the demo's and a roster's tens of thousands of rows.
            params: list[tuple[Any, ...]] = list(map(take, chunk))
            if converted:
                columns = [_column_values(table.c[k], dialect, chunk, defaults) for k in converted]
                params = list(map(add, params, zip(*columns, strict=True)))
            cursor.executemany(sql, params)
    finally:
        cursor.close()


def _null_in_every_row(column: Any, rows: Sequence[Mapping[str, Any]]) -> bool:
    """True for a column without any default that is None in every row: left out of the INSERT it
    is stored as NULL all the same. sqlite3 binds None only after trying its adaptation protocol
    (about 0.6 µs a value: a roster's ballots carry two such columns, 5 ms of their insert)."""
    if column.default is not None or column.server_default is not None:
        return False
    return not any(map(is_not, map(itemgetter(column.key), rows), repeat(None)))


def _tuple_getter(keys: list[str]) -> Callable[[Mapping[str, Any]], tuple[Any, ...]]:
    """A function giving a row's values of *keys* as a tuple (itemgetter gives a bare value for
    one key, and nothing useful for none)."""
    if len(keys) > 1:
        return itemgetter(*keys)
    if len(keys) == 1:
        (key,) = keys
        return lambda row: (row[key],)
    return lambda row: ()


def _bind_processor(column: Any, dialect: Any) -> tuple[Any, Any]:
    """The column type as *dialect* implements it, and its bind processor (None: values go as they are)."""
    impl = column.type.dialect_impl(dialect)
    return impl, impl.bind_processor(dialect)


def _column_values(
    column: Any, dialect: Any, rows: Sequence[Mapping[str, Any]], defaults: dict[str, Any]
) -> list[Any]:
    """One column's driver values for *rows*, through the column type's bind processor (dates,
    booleans)."""
    if column.key in defaults:
        values = [defaults[column.key]] * len(rows)
    else:
        values = list(map(itemgetter(column.key), rows))
    impl, processor = _bind_processor(column, dialect)
    if processor is None:
        return values
    fast = _fast_conversion(impl, dialect, values)
    return list(map(processor, values)) if fast is None else fast


_ISO_DATE = methodcaller("isoformat")
_ISO_DATETIME = methodcaller("isoformat", " ", "microseconds")
_NONE = type(None)


def _fast_conversion(impl: Any, dialect: Any, values: list[Any]) -> list[Any] | None:
    """The bind processor's result computed in C for the common cases, or None to use it.

    Booleans become what the processor makes of them: int where the database has no boolean
    type (SQLite), bool where it has one. sqlite3 binds an int directly but a bool only after
    trying its adaptation protocol, which costs more than the row's other columns together
    (about 1 µs a value: 16 ms of a 5,000-row roster's four inserts). SQLite keeps dates and
    naive datetimes as the text SQLAlchemy formats field by field; isoformat gives the same
    characters (tests/core/test_bulk.py holds the two side by side)."""
    kinds = set(map(type, values))
    if isinstance(impl, Boolean):
        if not kinds <= {bool, _NONE}:
            return None
        return _with_nulls(bool if dialect.supports_native_boolean else int, values, kinds)
    if dialect.name != "sqlite":
        return None
    if (
        isinstance(impl, SQLITE_DATE)
        and kinds <= {date, _NONE}
        and impl._storage_format == _SQLITE_DATE_FORMAT
    ):
        return _with_nulls(_ISO_DATE, values, kinds)
    if (
        isinstance(impl, SQLITE_DATETIME)
        and kinds <= {datetime, _NONE}
        and impl._storage_format == _SQLITE_DATETIME_FORMAT
        and not any(map(attrgetter("tzinfo"), filter(None, values)))
    ):
        return _with_nulls(_ISO_DATETIME, values, kinds)
    return None


def _with_nulls(convert: Any, values: list[Any], kinds: set[type]) -> list[Any]:
    """*convert* applied to every value, None staying None (SQL NULL), as the bind processor does.

    Once per distinct value: a batch's dates repeat (a roster's 5,000 ownerships start on one
    day, its ballots were signed on a few), and date.isoformat costs about 0.4 µs (a datetime's
    with its arguments more), hashing a date a few dozen nanoseconds. *kinds* are exact types
    (dates, naive datetimes, booleans), whose equal values convert alike."""
    converted = {value: convert(value) for value in set(values) if value is not None}
    if _NONE in kinds:
        converted[None] = None
    return list(map(converted.__getitem__, values))


def _default_of(column: Any) -> Any:
    default = column.default
    if default is None:
        raise ValueError(f"no value and no default for {column.table.name}.{column.key}")
    if default.is_callable:
        return default.arg(None)
    if default.is_scalar:
        return default.arg
    raise ValueError(f"unsupported default for {column.table.name}.{column.key}")


def ids_by_key(connection: Connection, key: Any, id_column: Any, values: Sequence[Any]) -> dict[Any, Any]:
    """{key value: id} for the rows whose *key* column holds one of *values*.

    Written for thousands of values at once (a roster's 证件号码): plain placeholders in chunks
    the driver binds itself, where an expanding IN list costs SQLAlchemy a Python call per value.
    """
    dialect = connection.dialect
    quote = dialect.identifier_preparer.quote
    table = quote(key.table.name)
    placeholder = "?" if dialect.paramstyle == "qmark" else "%s"
    found: dict[Any, Any] = {}
    cursor = connection.connection.cursor()
    try:
        for start in range(0, len(values), LOOKUP_CHUNK):
            chunk = list(values[start : start + LOOKUP_CHUNK])
            marks = ", ".join([placeholder] * len(chunk))
            cursor.execute(
                f"SELECT {quote(key.name)}, {quote(id_column.name)} FROM {table}"
                f" WHERE {quote(key.name)} IN ({marks})",
                chunk,
            )
            found.update(cursor.fetchall())
    finally:
        cursor.close()
    return found


def plain_rows(connection: Connection, statement: Select) -> Sequence[tuple[Any, ...]]:
    """The rows of *statement* as the driver returns them, without SQLAlchemy's row objects.

    For large reads of numbers and text only: nothing is converted on the way out (a date would
    stay SQLite's text). The statement's parameters are rendered into the SQL (our own values,
    dates and numbers), so the driver runs it as it stands.
    """
    sql = str(statement.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True}))
    cursor = connection.connection.cursor()
    try:
        cursor.execute(sql)
        return cursor.fetchall()
    finally:
        cursor.close()
