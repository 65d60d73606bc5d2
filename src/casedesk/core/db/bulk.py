"""Bulk inserts of many plain rows: the demo data set, a roster's flats and owners.

SQLAlchemy's executemany builds and processes a parameter dictionary per row through its general
machinery (about 4 µs a row, most of the demo's write time). Here the INSERT is compiled once for
the connection's dialect, each column's bind processor (dates, booleans) is looked up once, and
the driver's executemany gets plain tuples or dicts — the same SQL, the same type conversions,
on the same connection and so inside the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table

CHUNK_ROWS = 5_000


def insert_rows(connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """INSERT *rows* (dicts with the same keys, named by column key) into *table*."""
    if not rows:
        return
    keys = list(rows[0])
    dialect = connection.dialect
    compiled = table.insert().compile(dialect=dialect, column_keys=keys)
    types = {c.key: c.type for c in table.columns}
    processors = {k: types[k].dialect_impl(dialect).bind_processor(dialect) for k in keys}
    names = list(compiled.positiontup or ()) if compiled.positional else list(compiled.binds)
    order = [compiled.binds[name].key for name in names]
    # Columns the rows leave out get their Python-side default (a constant, or a callable such as
    # "now" evaluated once for the whole batch, as one import happens at one moment).
    defaults = {k: _default_of(table.c[k]) for k in order if k not in rows[0]}
    if defaults:
        rows = [{**defaults, **r} for r in rows]
    processors.update({k: types[k].dialect_impl(dialect).bind_processor(dialect) for k in defaults})
    get = itemgetter(*order)
    convert = [(i, processors[k]) for i, k in enumerate(order) if processors[k] is not None]

    def params(row: Mapping[str, Any]) -> Any:
        values = get(row)
        if len(order) == 1:
            values = (values,)
        if convert:
            values = list(values)
            for i, p in convert:
                values[i] = p(values[i])
        return tuple(values) if compiled.positional else dict(zip(names, values, strict=True))

    sql = str(compiled)
    cursor = connection.connection.cursor()
    try:
        for start in range(0, len(rows), CHUNK_ROWS):
            cursor.executemany(sql, [params(r) for r in rows[start : start + CHUNK_ROWS]])
    finally:
        cursor.close()


def _default_of(column: Any) -> Any:
    default = column.default
    if default is None:
        raise ValueError(f"no value and no default for {column.table.name}.{column.key}")
    if default.is_callable:
        return default.arg(None)
    if default.is_scalar:
        return default.arg
    raise ValueError(f"unsupported default for {column.table.name}.{column.key}")
