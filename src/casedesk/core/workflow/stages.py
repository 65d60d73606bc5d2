"""The stage machine of SPEC §2.1: a fixed order, who may move a case, and each stage's checklist
and hold-time limit. Data here, behaviour in guards.py and services/workflow.py."""

from __future__ import annotations

from dataclasses import dataclass

from casedesk.core.domain.enums import Role, Stage
from casedesk.core.i18n import N_

MAIN_LINE: tuple[Stage, ...] = tuple(Stage)


def next_stage(stage: Stage) -> Stage | None:
    index = MAIN_LINE.index(stage)
    return MAIN_LINE[index + 1] if index + 1 < len(MAIN_LINE) else None


# Who may make the move *out of* a stage. The street stamp is the supervisor's alone.
ADVANCE_ROLES: dict[Stage, tuple[Role, ...]] = {
    Stage.INTAKE: (Role.CLERK, Role.SUPERVISOR),
    Stage.CONSENT: (Role.CLERK, Role.SUPERVISOR),
    Stage.NOTICE: (Role.CLERK, Role.SUPERVISOR),
    Stage.STREET_REVIEW: (Role.SUPERVISOR,),
    Stage.PLANNING: (Role.CLERK, Role.SUPERVISOR),
    Stage.PERMITS: (Role.CLERK, Role.SUPERVISOR),
    Stage.CONSTRUCTION: (Role.CLERK, Role.SUPERVISOR),
    Stage.ACCEPTANCE: (Role.CLERK, Role.SUPERVISOR),
    Stage.SUBSIDY: (Role.CLERK, Role.SUPERVISOR),
}
SIDE_ROLES: dict[str, tuple[Role, ...]] = {
    "suspend": (Role.CLERK, Role.SUPERVISOR),
    "resume": (Role.CLERK, Role.SUPERVISOR),
    "withdraw": (Role.CLERK, Role.SUPERVISOR),
    "reject": (Role.SUPERVISOR,),
    "reopen": (Role.SUPERVISOR,),
    "waive": (Role.SUPERVISOR,),
}

# Hold-time limit per stage in calendar days (configurable defaults; the street office's
# own hold is kept short because the source article's complaint was a month-long wait).
STAGE_LIMIT_DAYS: dict[Stage, int] = {
    Stage.INTAKE: 30,
    Stage.CONSENT: 180,
    Stage.NOTICE: 20,
    Stage.STREET_REVIEW: 21,
    Stage.PLANNING: 45,
    Stage.PERMITS: 60,
    Stage.CONSTRUCTION: 180,
    Stage.ACCEPTANCE: 45,
    Stage.SUBSIDY: 60,
}
DUE_SOON_DAYS = 7
USE_REGISTRATION_WINDOW_DAYS = 30  # 特种设备安全法 art. 33: within 30 days of entering use


@dataclass(frozen=True)
class ChecklistDef:
    code: str
    title: str
    required: bool = True


CHECKLISTS: dict[Stage, tuple[ChecklistDef, ...]] = {
    Stage.INTAKE: (
        ChecklistDef("application", N_("增设电梯申请书")),
        ChecklistDef("title_proof", N_("房屋权属证明（不动产权证或竣工规划核实）")),
        ChecklistDef("representatives", N_("业主代表推选书或实施主体委托书")),
    ),
    Stage.CONSENT: (
        ChecklistDef("opinion_forms", N_("业主意见征询表（每户）")),
        ChecklistDef("tally_sheet", N_("表决结果统计表")),
        ChecklistDef("preliminary_plan", N_("初步方案与实施方案")),
        ChecklistDef("project_agreement", N_("增设电梯协议书"), required=False),
        ChecklistDef("powers_of_attorney", N_("授权委托书（代签时）"), required=False),
    ),
    Stage.NOTICE: (
        ChecklistDef("notice_content", N_("公示内容（方案与表决结果）")),
        ChecklistDef("notice_photo", N_("公示现场照片")),
    ),
    Stage.STREET_REVIEW: (
        ChecklistDef("declaration_form", N_("街道审核申报表")),
        ChecklistDef("authenticity_commitment", N_("申报材料真实性承诺书")),
        ChecklistDef("design_plan", N_("规划设计方案")),
    ),
    Stage.PLANNING: (ChecklistDef("planning_opinion", N_("规划审查意见")),),
    Stage.PERMITS: (
        ChecklistDef("drawing_review", N_("施工图审查合格书")),
        ChecklistDef("construction_permit", N_("施工许可证")),
        ChecklistDef("fire_design_filing", N_("消防设计备案")),
        ChecklistDef("special_equipment_notice", N_("特种设备安装告知书")),
        ChecklistDef("pipeline_survey", N_("管线踏勘记录"), required=False),
    ),
    Stage.CONSTRUCTION: (ChecklistDef("works_completed", N_("施工完成报告")),),
    Stage.ACCEPTANCE: (
        ChecklistDef("inspection_report", N_("电梯监督检验报告")),
        ChecklistDef("acceptance_record", N_("竣工验收记录")),
    ),
    Stage.SUBSIDY: (
        ChecklistDef("subsidy_application", N_("补贴申请表")),
        ChecklistDef("use_registration", N_("电梯使用登记证")),
    ),
}
# Procedures that may run in parallel with consent collection (2021 rule).
PARALLEL_PROCEDURES: dict[str, str] = {
    "design": N_("方案设计"),
    "pipeline_survey": N_("管线踏勘"),
    "planning_precheck": N_("规划预审"),
}


def checklist_def(stage: Stage, code: str) -> ChecklistDef | None:
    return next((c for c in CHECKLISTS.get(stage, ()) if c.code == code), None)
