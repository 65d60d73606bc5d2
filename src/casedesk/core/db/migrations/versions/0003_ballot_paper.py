"""signed ballot papers scanned back to their flats, and the roster version they were printed under

Revision ID: 0003_ballot_paper
Revises: 0002_one_current_ballot
Create Date: 2026-12-03 10:30:00

Issue 25: each printed 业主意见征询表 carries a QR code with the case's roster version; the scan of
the signed page is kept as the flat's ballot paper. Existing cases start at roster version 1, the
version their ballots printed so far would have carried had they had a code.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_ballot_paper"
down_revision: str | Sequence[str] | None = "0002_one_current_ballot"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("case_file", schema=None) as batch_op:
        batch_op.add_column(sa.Column("roster_version", sa.Integer(), server_default="1", nullable=False))
    op.create_table(
        "ballot_paper",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("flat_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("roster_version", sa.Integer(), nullable=False),
        sa.Column("form_serial", sa.Integer(), nullable=False),
        sa.Column("form_page", sa.Integer(), nullable=False),
        sa.Column("source_file", sa.String(length=255), nullable=False),
        sa.Column("source_page", sa.Integer(), nullable=False),
        sa.Column("scanned_at", sa.DateTime(), nullable=False),
        sa.Column("scanned_by_id", sa.Integer(), nullable=True),
        sa.Column("scanned_by_name", sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_ballot_paper_case_id_case_file"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["document_id"], ["document.id"], name=op.f("fk_ballot_paper_document_id_document")
        ),
        sa.ForeignKeyConstraint(
            ["flat_id"], ["flat.id"], name=op.f("fk_ballot_paper_flat_id_flat"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["scanned_by_id"], ["user_account.id"], name=op.f("fk_ballot_paper_scanned_by_id_user_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ballot_paper")),
        sa.UniqueConstraint("flat_id", "form_page", name=op.f("uq_ballot_paper_flat_id_form_page")),
    )
    with op.batch_alter_table("ballot_paper", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ballot_paper_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("ballot_paper", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ballot_paper_case_id"))
    op.drop_table("ballot_paper")
    with op.batch_alter_table("case_file", schema=None) as batch_op:
        batch_op.drop_column("roster_version")
