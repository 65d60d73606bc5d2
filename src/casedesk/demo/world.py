"""The state every part of the demo city shares: the random generator, the day, the rows to write.

Rows are collected in memory with their primary keys taken up front, so a ballot can name its
flat before either is written; at the end they go to the database with the plain bulk insert of
core/db/bulk.py (tech-notes §5b: the ORM's `add_all` is 13x slower for a city).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casedesk.core.db.bulk import insert_rows
from casedesk.core.db.dialect import resync_id_sequences
from casedesk.core.settings import OfficeSettings, load_settings

DEMO_ACTOR_NAME = "演示数据"


class TableRows:
    """Rows to insert, per table, in the order the tables are given (parents first)."""

    def __init__(self, session: Session, models: tuple[Any, ...]):
        self._models = models
        self._rows: dict[Any, list[dict[str, Any]]] = {model: [] for model in models}
        # The next free primary key of each table: the demo may be added to a database in use.
        self._next_id = {
            model: (session.scalar(select(func.coalesce(func.max(model.id), 0))) or 0) + 1 for model in models
        }

    def add(self, model: Any, **values: Any) -> int:
        """Queue one row of *model* (every row of a table names the same columns); returns its id."""
        row_id = self._next_id[model]
        self._next_id[model] = row_id + 1
        self._rows[model].append({"id": row_id, **values})
        return row_id

    def amend_last(self, model: Any, **values: Any) -> None:
        """Change the row of *model* added last (a dispute's final status, once its mediation is
        written, which needs the dispute's id first)."""
        self._rows[model][-1].update(values)

    def of(self, model: Any) -> list[dict[str, Any]]:
        return self._rows[model]

    def count(self, model: Any) -> int:
        return len(self._rows[model])

    def write(self, session: Session) -> None:
        connection = session.connection()
        for model in self._models:
            insert_rows(connection, model.__table__, self._rows[model])
        resync_id_sequences(session, [model.__table__ for model in self._models])


@dataclass
class World:
    session: Session
    rng: random.Random
    today: date
    rows: TableRows
    settings: OfficeSettings = field(init=False)
    mediator_id: int | None = None

    def __post_init__(self) -> None:
        self.settings = load_settings(self.session)

    def day_between(self, start: date, end: date) -> date:
        """A day from *start* to *end*, both included (*start* when the span is empty)."""
        if end <= start:
            return start
        return start + timedelta(days=self.rng.randint(0, (end - start).days))

    def moment(self, day: date, hour: int) -> datetime:
        """A time on *day* within *hour*, for the recorded-at columns."""
        return datetime(day.year, day.month, day.day, hour, self.rng.randint(0, 59))

    def pick(self, weighted: dict[Any, int]) -> Any:
        """One key of *weighted*, drawn in proportion to its weight."""
        return self.rng.choices(list(weighted), weights=list(weighted.values()))[0]
