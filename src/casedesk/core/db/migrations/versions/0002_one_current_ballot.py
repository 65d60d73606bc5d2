"""one current ballot per owner and flat, enforced by the database

Revision ID: 0002_one_current_ballot
Revises: 0001_initial
Create Date: 2026-12-03 08:10:00

Before this, two programs recording the same owner's opinion at the same moment on SQLite could
both leave theirs current (issue 23, finding 1). Where that happened, the newest row (highest id,
the one recorded last) stays current and the older ones become history, as if superseded; then
a partial unique index makes a second current row impossible.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_one_current_ballot"
down_revision: str | Sequence[str] | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    ballot = sa.table(
        "ballot",
        sa.column("id", sa.Integer),
        sa.column("flat_id", sa.Integer),
        sa.column("person_id", sa.Integer),
        sa.column("is_current", sa.Boolean),
    )
    newer = ballot.alias("newer")
    op.execute(
        ballot.update()
        .where(
            ballot.c.is_current.is_(True),
            sa.exists().where(
                newer.c.flat_id == ballot.c.flat_id,
                newer.c.person_id == ballot.c.person_id,
                newer.c.is_current.is_(True),
                newer.c.id > ballot.c.id,
            ),
        )
        .values(is_current=False)
    )
    with op.batch_alter_table("ballot", schema=None) as batch_op:
        batch_op.create_index(
            "uq_ballot_current_owner",
            ["flat_id", "person_id"],
            unique=True,
            sqlite_where=sa.text("is_current"),
            postgresql_where=sa.text("is_current"),
        )


def downgrade() -> None:
    with op.batch_alter_table("ballot", schema=None) as batch_op:
        batch_op.drop_index("uq_ballot_current_owner")
