"""core/db/bulk: rows written by the fast path are stored exactly as SQLAlchemy would store them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Boolean, Column, Date, DateTime, Integer, MetaData, String, Table

from casedesk.core.db import bulk
from casedesk.core.db.models import Person

START = datetime(2026, 11, 25, 8, 30, 15, 123456)
ON_THE_SECOND = START.replace(microsecond=0)  # still stored with ".000000"


def _probe_tables(engine) -> tuple[Table, Table]:
    metadata = MetaData()
    tables = tuple(
        Table(
            name,
            metadata,
            Column("id", Integer, primary_key=True),
            Column("day", Date),
            Column("at", DateTime),
            Column("flag", Boolean),
            Column("text", String(20)),
            Column("kind", String(10), default="paper"),
        )
        for name in ("probe_fast", "probe_orm")
    )
    metadata.create_all(engine)
    return tables  # type: ignore[return-value]


def _rows(with_none: bool) -> list[dict]:
    rows = []
    for i in range(1, 60):
        rows.append(
            {
                "id": i,
                "day": date(999 + i * 30, 1 + i % 12, 1 + i % 28),
                "at": START + timedelta(days=i, microseconds=-i * 997)
                if i % 7
                else START.replace(microsecond=0),
                "flag": i % 3 == 0,
                "text": f"行{i}",
            }
        )
    if with_none:
        rows.append({"id": 99, "day": None, "at": None, "flag": None, "text": None})
    return rows


def test_insert_rows_stores_what_sqlalchemy_stores(database) -> None:
    fast, orm = _probe_tables(database.engine)
    for with_none in (False, True):  # NULLs among dates and datetimes stay NULL on the fast path too
        rows = _rows(with_none)
        with database.engine.begin() as conn:
            conn.execute(fast.delete())
            conn.execute(orm.delete())
            bulk.insert_rows(conn, fast, rows)
            conn.execute(orm.insert(), rows)
        with database.engine.connect() as conn:
            stored = [conn.exec_driver_sql(f"SELECT * FROM {t.name} ORDER BY id").all() for t in (fast, orm)]
        assert stored[0] == stored[1]
        assert len(stored[0]) == len(rows)
        assert stored[0][0][-1] == "paper"  # a column left out gets its Python-side default


def test_columns_null_in_every_row_are_stored_as_sqlalchemy_stores_them(database) -> None:
    """Left out of the INSERT when NULL would fill them anyway; kept when a default would not."""
    fast, orm = _probe_tables(database.engine)
    rows = [{"id": i, "day": None, "at": None, "flag": None, "text": None, "kind": None} for i in (1, 2)]
    rows += [{"id": 3, "day": None, "at": None, "flag": None, "text": None, "kind": "paper"}]
    with database.engine.begin() as conn:
        bulk.insert_rows(conn, fast, rows)
        conn.execute(orm.insert(), rows)
    with database.engine.connect() as conn:
        stored = [conn.exec_driver_sql(f"SELECT * FROM {t.name} ORDER BY id").all() for t in (fast, orm)]
    assert stored[0] == stored[1]
    assert [r[-1] for r in stored[0]] == [None, None, "paper"]  # an explicit None beats the default
    assert not bulk._null_in_every_row(fast.c.kind, rows[:2])  # has a default: stays in
    assert bulk._null_in_every_row(fast.c.text, rows)


def test_fast_conversion_matches_the_bind_processor_value_for_value(database) -> None:
    fast, _ = _probe_tables(database.engine)
    dialect = database.engine.dialect
    only_nulls = [{"day": None, "at": None, "flag": None}] * 3
    for rows in (_rows(False), _rows(True), only_nulls):
        for key in ("day", "at", "flag"):
            impl = fast.c[key].type.dialect_impl(dialect)
            values = [r[key] for r in rows]
            processor = impl.bind_processor(dialect)  # PostgreSQL's driver takes dates as they are
            expected = values if processor is None else list(map(processor, values))
            converted = bulk._fast_conversion(impl, dialect, values)
            assert converted is None or converted == expected, key
            if converted is not None:  # the same types too: SQLite gets 1, not True
                assert list(map(type, converted)) == list(map(type, expected)), key
            if dialect.name == "sqlite":
                assert converted is not None, key  # the fast path was taken, NULLs or not
    if dialect.name == "sqlite":  # the fast path is taken there, or this test proves little
        impl = fast.c["at"].type.dialect_impl(dialect)
        assert bulk._fast_conversion(impl, dialect, [START]) == ["2026-11-25 08:30:15.123456"]
        aware = [START.replace(tzinfo=UTC)]
        assert bulk._fast_conversion(impl, dialect, aware) is None  # isoformat would add +00:00


def test_ids_by_key_finds_thousands_across_chunks(database) -> None:
    numbers = [f"37010219800101{i:04d}" for i in range(bulk.LOOKUP_CHUNK + 250)]
    with database.engine.begin() as conn:
        bulk.insert_rows(
            conn,
            Person.__table__,
            [
                {"name": f"业主{i}", "id_number": n, "is_organisation": False, "version": 1}
                for i, n in enumerate(numbers)
            ],
        )
        found = bulk.ids_by_key(
            conn, Person.__table__.c.id_number, Person.__table__.c.id, [*numbers, "nobody"]
        )
    assert set(found) == set(numbers)
    assert len(set(found.values())) == len(numbers)
