"""Alembic environment. Run programmatically by casedesk.core.db.migrate, never with an ini file."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from casedesk.core.db.models import Base

target_metadata = Base.metadata


def _pragma(connection: Connection, statement: str) -> None:
    """A PRAGMA that SQLite ignores inside a transaction: run on the driver connection directly
    (the engine opens transactions itself, engine.py), after ending any SQLAlchemy began."""
    if connection.in_transaction():
        connection.commit()
    driver = connection.connection.driver_connection
    assert driver is not None  # an open Connection always holds its driver's connection
    driver.execute(statement)


def _run(connection: Connection) -> None:
    is_sqlite = connection.dialect.name == "sqlite"
    if is_sqlite:
        # Batch migrations recreate tables; with foreign keys on, recreating a parent table fails
        # (tech-notes §7). Switch them off outside the transaction and check afterwards instead.
        _pragma(connection, "PRAGMA foreign_keys=OFF")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        # All steps and the version row in one transaction, on SQLite too (its DDL is
        # transactional): a kill half-way through leaves the file as it was (issue 23, finding 8).
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()
        if is_sqlite:  # inside the transaction: a migration that breaks a reference is undone
            bad = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
            if bad:
                raise RuntimeError(f"foreign_key_check failed after migration: {bad[:5]}")
    if is_sqlite:
        _pragma(connection, "PRAGMA foreign_keys=ON")


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    from casedesk.core.db.engine import make_engine

    url = context.config.get_main_option("sqlalchemy.url")
    assert url is not None  # migrate.py always sets it
    engine = make_engine(url)
    with engine.connect() as conn:
        _run(conn)
    engine.dispose()


if context.is_offline_mode():
    context.configure(
        url=context.config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        render_as_batch=True,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
