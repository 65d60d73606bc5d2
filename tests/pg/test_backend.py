"""The run really is on the backend it claims: a PostgreSQL run that silently used SQLite files
would prove nothing."""

from __future__ import annotations

from tests.conftest import ON_POSTGRES


def test_database_fixture_is_on_the_selected_backend(database) -> None:
    assert database.engine.dialect.name == ("postgresql" if ON_POSTGRES else "sqlite")
    assert (database.file is None) == ON_POSTGRES
