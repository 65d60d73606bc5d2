"""Integrity checks: SQLite's own checks and every stored document against its SHA-256."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, select, text
from sqlalchemy.exc import DatabaseError

from casedesk.core.db.models import Document
from casedesk.core.documents import document_path, file_sha256
from casedesk.core.i18n import N_


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    checked_documents: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict:
        return {"ok": self.ok, "problems": self.problems, "checked_documents": self.checked_documents}


def check_database(engine: Engine, documents_dir: Path | None, *, quick: bool = False) -> CheckReport:
    report = CheckReport()
    try:
        _check(engine, documents_dir, quick, report)
    except DatabaseError as exc:
        # A damaged file can fail the check itself ("database disk image is malformed"): that is
        # the finding, reported with what to do, never an internal error (issue 23, finding 4).
        from casedesk.core.db.filecheck import damage_advice

        file = engine.url.database
        report.problems.append(damage_advice(Path(file) if file else None, str(exc.orig or exc)))
    return report


def _check(engine: Engine, documents_dir: Path | None, quick: bool, report: CheckReport) -> None:
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            rows = (
                conn.execute(text("PRAGMA quick_check" if quick else "PRAGMA integrity_check"))
                .scalars()
                .all()
            )
            if rows != ["ok"]:
                report.problems += [N_("数据库完整性检查：{r}").format(r=r) for r in rows[:20]]
                return  # the rest reads the damaged pages
            for table, rowid, parent, _fk in conn.execute(text("PRAGMA foreign_key_check")).all()[:20]:
                report.problems.append(
                    N_("外键错误：表 {t} 第 {r} 行引用了不存在的 {p}").format(t=table, r=rowid, p=parent)
                )
        if quick or documents_dir is None:
            return
        for doc_id, filename, sha, size in conn.execute(
            select(Document.id, Document.filename, Document.sha256, Document.size)
        ).all():
            report.checked_documents += 1
            path = document_path(documents_dir, sha)
            if not path.exists():
                report.problems.append(N_("材料文件缺失：{f}（编号 {id}）").format(f=filename, id=doc_id))
                continue
            actual, actual_size = file_sha256(path)
            if actual != sha or actual_size != size:
                report.problems.append(
                    N_("材料文件已被改动或损坏：{f}（编号 {id}）").format(f=filename, id=doc_id)
                )
