"""The 进度 view of a case: where it stands, what stops it and what meets each condition.

One read gives the desktop everything its progress tab shows, as plain data: the stage and side
state in words, the unmet conditions with their doors (core/workflow/guards.py), the current
stage's documents with the attached file, the parallel procedures recorded, and the intake facts
the 受理条件 dialog starts from. The guards are the same ones `advance` applies.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from casedesk.core.db.engine import SessionFactory
from casedesk.core.db.models import Case, CaseRepresentative, ChecklistItem, Document, StageEvent
from casedesk.core.documents import document_path
from casedesk.core.domain.enums import ChecklistStatus, SideState, Stage
from casedesk.core.errors import UserError
from casedesk.core.i18n import N_
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import resolve_case_id
from casedesk.core.services.workflow import case_facts
from casedesk.core.workflow.guards import Condition, conditions
from casedesk.core.workflow.stages import CHECKLISTS, next_stage


@dataclass(frozen=True)
class ChecklistRow:
    code: str  # for the service calls, never shown
    title: str
    required: bool
    status: ChecklistStatus
    status_label: str
    recorded_on: date | None
    document_id: int | None
    file_name: str | None
    waive_reason: str | None


@dataclass(frozen=True)
class ProcedureRow:
    on: date
    text: str  # "方案设计：编号 X；note", as recorded
    by: str


@dataclass(frozen=True)
class IntakeFacts:
    state_owned_land: bool | None
    in_expropriation_plan: bool | None
    has_elevator: bool
    representatives: tuple[str, ...]
    implementer: str | None


@dataclass(frozen=True)
class ProgressView:
    case_no: str
    stage: Stage
    stage_label: str
    stage_entered_on: date
    stage_due_on: date | None
    side_state: SideState
    side_label: str
    side_reason: str | None
    next_stage: Stage | None
    next_stage_label: str | None
    conditions: tuple[Condition, ...]
    checklist: tuple[ChecklistRow, ...]
    procedures: tuple[ProcedureRow, ...]
    intake: IntakeFacts

    @property
    def finished(self) -> bool:
        """已完成: the last stage of the main line."""
        return self.stage is Stage.DONE

    @property
    def withdrawn(self) -> bool:
        return self.side_state is SideState.WITHDRAWN

    @property
    def closed(self) -> bool:
        """No further move on the main line without a supervisor reopening it."""
        return self.finished or self.side_state in (SideState.WITHDRAWN, SideState.REJECTED)

    @property
    def may_advance(self) -> bool:
        return self.side_state is SideState.ACTIVE and not self.finished and not self.conditions


def progress_view(sf: SessionFactory, actor: Actor, case_no: str, on: date) -> ProgressView:
    """Everything the 进度 tab shows for *case_no*, with the guards evaluated as of *on*."""
    with sf() as s:
        case = s.get(Case, resolve_case_id(s, actor, case_no))
        assert case is not None
        stage = Stage(case.stage)
        side = SideState(case.side_state)
        found = {
            item.code: (item, filename)
            for item, filename in s.execute(
                select(ChecklistItem, Document.filename)
                .outerjoin(Document, Document.id == ChecklistItem.document_id)
                .where(ChecklistItem.case_id == case.id, ChecklistItem.stage == stage.value)
            )
        }
        # The stage's list as defined, in its order; an item no one has touched yet is missing
        # (rows are only created by a write, and this is a read).
        rows = []
        for d in CHECKLISTS.get(stage, ()):
            item, filename = found.get(d.code, (None, None))
            status = ChecklistStatus(item.status) if item else ChecklistStatus.MISSING
            rows.append(
                ChecklistRow(
                    code=d.code,
                    title=d.title,
                    required=d.required,
                    status=status,
                    status_label=status.label,
                    recorded_on=item.recorded_on if item else None,
                    document_id=item.document_id if item else None,
                    file_name=filename,
                    waive_reason=item.waive_reason if item else None,
                )
            )
        procedures = tuple(
            ProcedureRow(e.occurred_on, e.note or "", e.actor_name)
            for e in s.scalars(
                select(StageEvent)
                .where(StageEvent.case_id == case.id, StageEvent.kind == "procedure")
                .order_by(StageEvent.occurred_on, StageEvent.id)
            )
        )
        representatives = tuple(
            s.scalars(
                select(CaseRepresentative.name)
                .where(CaseRepresentative.case_id == case.id)
                .order_by(CaseRepresentative.id)
            )
        )
        target = next_stage(stage)
        return ProgressView(
            case_no=case.case_no,
            stage=stage,
            stage_label=stage.label,
            stage_entered_on=case.stage_entered_on,
            stage_due_on=case.stage_due_on,
            side_state=side,
            side_label=side.label,
            side_reason=case.side_reason,
            next_stage=target,
            next_stage_label=target.label if target else None,
            conditions=tuple(conditions(case_facts(s, case, on))),
            checklist=tuple(rows),
            procedures=procedures,
            intake=IntakeFacts(
                state_owned_land=case.state_owned_land,
                in_expropriation_plan=case.in_expropriation_plan,
                has_elevator=case.has_elevator,
                representatives=representatives,
                implementer=case.implementer,
            ),
        )


@dataclass(frozen=True)
class StoredDocument:
    path: Path  # in the store, named by its SHA-256 (no extension)
    filename: str  # the name it was attached under


def document_file(sf: SessionFactory, actor: Actor, document_id: int, documents_dir: Path) -> StoredDocument:
    """The stored file of an attached document; checks the actor may see its case and that the
    file is really in the store (a database copied without its documents folder)."""
    with sf() as s:
        doc = s.get(Document, document_id)
        if doc is None:
            raise UserError(N_("找不到附件 {id}").format(id=document_id))
        if doc.case_id is not None:
            case_no = s.scalar(select(Case.case_no).where(Case.id == doc.case_id))
            resolve_case_id(s, actor, case_no or "")
        stored = StoredDocument(document_path(documents_dir, doc.sha256), doc.filename)
    if not stored.path.is_file():
        raise UserError(
            N_("附件“{name}”不在材料文件夹中：{path}").format(name=stored.filename, path=stored.path)
        )
    return stored


def viewable_copy(
    sf: SessionFactory, actor: Actor, document_id: int, documents_dir: Path, folder: Path
) -> Path:
    """A copy of the document under its own name in *folder*, for the system viewer: the store's
    files have no extension, so no program would know how to open them. The store is untouched."""
    stored = document_file(sf, actor, document_id, documents_dir)
    # One sub-folder per document: two scans both called 扫描.pdf must not overwrite each other.
    target = folder / stored.path.name[:16] / Path(stored.filename).name
    if not target.is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(stored.path, target)
    return target
