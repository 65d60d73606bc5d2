"""Move an office's database to another server: `casedesk migrate-to URL`.

The office's SQLite file is copied table by table, in foreign-key order, into an empty database
that this program first brings to the current schema. Stored documents are copied first and each
is checked against its SHA-256 in the target's documents folder. The rows go in one transaction,
and before it commits every table's row count and a digest of its rows are compared with the
source, so a failure or a mismatch leaves the target as empty as it was. The source is only read.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Row, Table, insert, inspect, select, text

from casedesk.core.db.database import Database, open_database
from casedesk.core.db.dialect import resync_id_sequences
from casedesk.core.db.models import Base, Document
from casedesk.core.documents import document_path, file_sha256
from casedesk.core.errors import KnownError, UserError
from casedesk.core.gc_pause import bulk_operation
from casedesk.core.i18n import N_

CHUNK_ROWS = 5_000
Progress = Callable[[str, int], None]


@dataclass
class TransferReport:
    target: str
    tables: dict[str, int] = field(default_factory=dict)
    documents_verified: int = 0
    documents_copied: int = 0
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "target": self.target,
            "tables": self.tables,
            "rows": sum(self.tables.values()),
            "documents_verified": self.documents_verified,
            "documents_copied": self.documents_copied,
            "seconds": round(self.seconds, 2),
            "verified": True,
        }


@bulk_operation
def copy_database(
    source: Database,
    target_url: str,
    *,
    source_documents: Path | None,
    target_documents: Path | None,
    progress: Progress | None = None,
) -> TransferReport:
    """Copy *source* into the empty database at *target_url*; raises unless everything verifies."""
    started = time.perf_counter()
    if target_url == source.url:
        raise UserError(N_("目标数据库与当前数据库相同"))
    refuse_unless_empty(target_url)
    target = open_database(target_url)  # creates the schema at the current revision
    report = TransferReport(target.engine.url.render_as_string(hide_password=True))
    try:
        if source_documents is not None and target_documents is not None:
            report.documents_copied, report.documents_verified = _copy_documents(
                source.engine, source_documents, target_documents
            )
        tables = list(Base.metadata.sorted_tables)
        with source.engine.connect() as src, target.session_factory.begin() as dst:
            for table in tables:
                copied = 0
                for chunk in _chunks(src, table):
                    dst.execute(insert(table), chunk)
                    copied += len(chunk)
                    if progress:
                        progress(table.name, copied)
                report.tables[table.name] = copied
            resync_id_sequences(dst, tables)
            _verify_rows(src, dst.connection(), tables)  # inside the transaction: a mismatch rolls back
    finally:
        target.dispose()
    report.seconds = time.perf_counter() - started
    return report


def refuse_unless_empty(url: str) -> None:
    """A target holding any rows is someone's data: never write into it."""
    probe = open_database(url, migrate=False)
    try:
        with probe.engine.connect() as conn:
            for name in inspect(conn).get_table_names():
                if name == "alembic_version":
                    continue
                quoted = conn.dialect.identifier_preparer.quote(name)
                if conn.execute(text(f"SELECT 1 FROM {quoted} LIMIT 1")).first() is not None:
                    raise UserError(
                        N_(
                            "目标数据库不是空的（表 {t} 中已有数据）。为免覆盖，未做任何改动；"
                            "请提供一个新建的空数据库。"
                        ).format(t=name)
                    )
    except UserError:
        raise
    except Exception as exc:
        raise KnownError(N_("无法连接目标数据库：{err}").format(err=_first_line(exc))) from exc
    finally:
        probe.dispose()


def _batches(conn: Connection, table: Table) -> Iterator[Sequence[Row]]:
    """Every row of *table* in primary-key order, CHUNK_ROWS at a time, without loading it all."""
    result = conn.execution_options(stream_results=True).execute(
        select(table).order_by(*table.primary_key.columns)
    )
    while rows := result.fetchmany(CHUNK_ROWS):
        yield rows


def _chunks(conn: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    for rows in _batches(conn, table):
        yield [dict(row._mapping) for row in rows]


def table_digest(conn: Connection, table: Table) -> tuple[int, str]:
    """Row count and SHA-256 over every row in primary-key order, values normalised so that the
    same data reads the same from SQLite and PostgreSQL."""
    digest = hashlib.sha256()
    count = 0
    for rows in _batches(conn, table):
        for row in rows:
            digest.update(json.dumps([_normal(v) for v in row], ensure_ascii=False).encode())
            digest.update(b"\n")
            count += 1
    return count, digest.hexdigest()


def _normal(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _normal(v) for k, v in sorted(value.items())}
    if isinstance(value, list):
        return [_normal(v) for v in value]
    return value


def _verify_rows(src: Connection, dst: Connection, tables: list[Table]) -> None:
    for table in tables:
        before, after = table_digest(src, table), table_digest(dst, table)
        if before != after:
            raise KnownError(
                N_("校验失败：表 {t} 源 {a} 行，目标 {b} 行或内容不一致；目标数据库未作改动。").format(
                    t=table.name, a=before[0], b=after[0]
                )
            )


def _copy_documents(source: Engine, source_dir: Path, target_dir: Path) -> tuple[int, int]:
    """Copy each stored document the source lists into *target_dir*, then check each by its hash.

    Files are stored under their SHA-256, so copying one twice or into a shared folder that already
    has it is harmless.
    """
    copied = verified = 0
    with source.connect() as conn:
        documents = conn.execute(select(Document.filename, Document.sha256, Document.size).distinct()).all()
    same_folder = source_dir.resolve() == target_dir.resolve()
    for filename, sha, size in documents:
        destination = document_path(target_dir, sha)
        if not same_folder and not destination.exists():
            origin = document_path(source_dir, sha)
            if not origin.exists():
                raise KnownError(N_("材料文件缺失：{f}（{sha}）").format(f=filename, sha=sha[:12]))
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(origin, destination)
            copied += 1
        actual, actual_size = file_sha256(destination)
        if (actual, actual_size) != (sha, size):
            raise KnownError(N_("材料文件校验失败：{f}（{sha}）").format(f=filename, sha=sha[:12]))
        verified += 1
    return copied, verified


def _first_line(exc: BaseException) -> str:
    text_ = str(getattr(exc, "orig", None) or exc).strip()
    return text_.splitlines()[0] if text_ else type(exc).__name__
