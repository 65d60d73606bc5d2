"""Enums of the domain. Values are the stable codes stored in the database and printed by
`--json`; `label` is the Chinese text users see (marked for translation)."""

from __future__ import annotations

from enum import StrEnum

from casedesk.core.i18n import N_

# Members by their Chinese label, per enum, built on first use (rosters look up 5,000 of them).
_BY_LABEL: dict[type, dict[str, _Labelled]] = {}


class _Labelled(StrEnum):
    """A string enum whose members carry a Chinese label."""

    @property
    def label(self) -> str:
        return _LABELS[type(self).__name__][self.value]

    @classmethod
    def from_label(cls, text: str) -> _Labelled:
        """Find a member by its code or its Chinese label (case-insensitive for codes)."""
        wanted = text.strip()
        member = cls._value2member_map_.get(wanted.lower())  # the code: a dict lookup
        if member is not None:
            return member  # type: ignore[return-value]
        by_label = _BY_LABEL.get(cls)
        if by_label is None:
            by_label = _BY_LABEL[cls] = {member.label: member for member in cls}
        found = by_label.get(wanted)
        if found is None:
            raise ValueError(text)
        return found


class Stage(_Labelled):
    """The main line of a case (SPEC §2.1), in order."""

    INTAKE = "intake"
    CONSENT = "consent"
    NOTICE = "notice"
    STREET_REVIEW = "street_review"
    PLANNING = "planning"
    PERMITS = "permits"
    CONSTRUCTION = "construction"
    ACCEPTANCE = "acceptance"
    SUBSIDY = "subsidy"
    DONE = "done"


class SideState(_Labelled):
    """States beside the main line: a case in one of them remembers the stage it left."""

    ACTIVE = "active"
    SUSPENDED = "suspended"
    WITHDRAWN = "withdrawn"
    REJECTED = "rejected"


class Role(_Labelled):
    CLERK = "clerk"
    MEDIATOR = "mediator"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class Vote(_Labelled):
    """An owner's opinion on one flat. `NONE` is kept as 'no ballot yet' in rosters only."""

    AGREE = "agree"
    DISAGREE = "disagree"
    ABSTAIN = "abstain"


class VoteSource(_Labelled):
    PAPER = "paper"
    AGENT = "agent"
    ROSTER = "roster"


class AreaSource(_Labelled):
    """Where a flat's exclusive-part area comes from, in SPC art. 8 order of precedence."""

    REGISTER = "register"
    SURVEY = "survey"
    CONTRACT = "contract"


class TallyOutcome(_Labelled):
    PASS = "pass"
    FAIL = "fail"
    PROVISIONAL = "provisional"
    BLOCKED = "blocked"


class DisputeStatus(_Labelled):
    PENDING = "pending"
    IN_MEDIATION = "in_mediation"
    AGREED = "agreed"
    PARTIAL = "partial"
    FAILED = "failed"
    TERMINATED = "terminated"
    PERFORMED = "performed"

    @property
    def is_open(self) -> bool:
        """Still to be mediated (待调解, 调解中): what the queue, the overdue count, a blocked case
        and the monthly report all mean by an open dispute."""
        return self in OPEN_DISPUTE_STATUSES


# The one definition of an open dispute; SQL asks it through core/db/disputes.open_dispute().
OPEN_DISPUTE_STATUSES = frozenset({DisputeStatus.PENDING, DisputeStatus.IN_MEDIATION})


class DisputeCategory(_Labelled):
    """Category codes of domain.md §e.1."""

    LIGHT_VENT = "LIGHT_VENT"
    NOISE = "NOISE"
    PRIVACY = "PRIVACY"
    ACCESS_PATH = "ACCESS_PATH"
    SAFETY_STRUCT_FIRE = "SAFETY_STRUCT_FIRE"
    PROPERTY_VALUE = "PROPERTY_VALUE"
    COST_SHARE = "COST_SHARE"
    LATE_JOIN = "LATE_JOIN"
    COMPENSATION = "COMPENSATION"
    PIPE_UTILITY = "PIPE_UTILITY"
    CONSTRUCTION_NUISANCE = "CONSTRUCTION_NUISANCE"
    OBSTRUCTION = "OBSTRUCTION"
    PROCEDURE_VALIDITY = "PROCEDURE_VALIDITY"
    NEIGHBOUR_BUILDING = "NEIGHBOUR_BUILDING"
    MAINT_RUNNING_COST = "MAINT_RUNNING_COST"

    @classmethod
    def from_label(cls, text: str) -> DisputeCategory:
        wanted = text.strip()
        for member in cls:
            if wanted.upper() == member.value or wanted == member.label:
                return member
        raise ValueError(text)


class PartyRole(_Labelled):
    OBJECTOR = "objector"
    APPLICANT = "applicant"
    REPRESENTATIVE = "representative"
    NEIGHBOUR_BUILDING = "neighbour_building"
    INSTALLER = "installer"
    COMMUNITY_STAFF = "community_staff"
    STREET_STAFF = "street_staff"
    DESIGNER = "designer"
    OTHER = "other"


class MeetingOutcome(_Labelled):
    AGREEMENT = "agreement"
    PARTIAL = "partial"
    NONE = "none"
    ADJOURNED = "adjourned"


class ObjectionStatus(_Labelled):
    """异议 during the notice: an open written one holds the case at the notice stage."""

    OPEN = "open"
    RESOLVED = "resolved"
    WITHDRAWN = "withdrawn"


class ChecklistStatus(_Labelled):
    """A required document of a stage: handed in, waived by a supervisor, or still missing."""

    MISSING = "missing"
    PRESENT = "present"
    WAIVED = "waived"

    @property
    def settled(self) -> bool:
        """Handed in or waived: nothing more is asked of the case for this document."""
        return self is not ChecklistStatus.MISSING


class SubsidyStatus(_Labelled):
    """The subsidy's furthest step: the three recorded steps in order, then a payment."""

    APPLIED = "applied"
    REVIEWED = "reviewed"
    APPROVED = "approved"
    PAID = "paid"


_LABELS: dict[str, dict[str, str]] = {
    "Stage": {
        "intake": N_("受理登记"),
        "consent": N_("意见征询"),
        "notice": N_("公示"),
        "street_review": N_("街道审核"),
        "planning": N_("规划审查"),
        "permits": N_("施工许可"),
        "construction": N_("施工"),
        "acceptance": N_("竣工验收"),
        "subsidy": N_("补贴拨付"),
        "done": N_("已完成"),
    },
    "SideState": {
        "active": N_("进行中"),
        "suspended": N_("暂停"),
        "withdrawn": N_("已撤回"),
        "rejected": N_("不予通过"),
    },
    "Role": {
        "clerk": N_("社区工作人员"),
        "mediator": N_("调解员"),
        "supervisor": N_("街道主管"),
        "admin": N_("管理员"),
    },
    "Vote": {"agree": N_("同意"), "disagree": N_("不同意"), "abstain": N_("弃权")},
    "VoteSource": {"paper": N_("书面意见表"), "agent": N_("委托代理人"), "roster": N_("名册导入")},
    "AreaSource": {"register": N_("不动产登记簿"), "survey": N_("测绘"), "contract": N_("合同")},
    "TallyOutcome": {
        "pass": N_("通过"),
        "fail": N_("未通过"),
        "provisional": N_("待核实"),
        "blocked": N_("受阻"),
    },
    "DisputeStatus": {
        "pending": N_("待调解"),
        "in_mediation": N_("调解中"),
        "agreed": N_("达成协议"),
        "partial": N_("部分协议"),
        "failed": N_("未达成"),
        "terminated": N_("已终止"),
        "performed": N_("已履行"),
    },
    "DisputeCategory": {
        "LIGHT_VENT": N_("采光通风"),
        "NOISE": N_("噪声"),
        "PRIVACY": N_("隐私"),
        "ACCESS_PATH": N_("通行"),
        "SAFETY_STRUCT_FIRE": N_("安全"),
        "PROPERTY_VALUE": N_("房屋价值"),
        "COST_SHARE": N_("费用分摊"),
        "LATE_JOIN": N_("后加入"),
        "COMPENSATION": N_("补偿"),
        "PIPE_UTILITY": N_("管线"),
        "CONSTRUCTION_NUISANCE": N_("施工扰民"),
        "OBSTRUCTION": N_("阻挠施工"),
        "PROCEDURE_VALIDITY": N_("程序异议"),
        "NEIGHBOUR_BUILDING": N_("相邻楼栋"),
        "MAINT_RUNNING_COST": N_("运行维护费"),
    },
    "PartyRole": {
        "objector": N_("异议人"),
        "applicant": N_("申请人"),
        "representative": N_("业主代表"),
        "neighbour_building": N_("相邻楼栋业主"),
        "installer": N_("施工/安装单位"),
        "community_staff": N_("社区工作人员"),
        "street_staff": N_("街道工作人员"),
        "designer": N_("设计单位"),
        "other": N_("其他"),
    },
    "ObjectionStatus": {"open": N_("未处理"), "resolved": N_("已处理"), "withdrawn": N_("已撤回")},
    "ChecklistStatus": {"missing": N_("未交"), "present": N_("已交"), "waived": N_("免交")},
    "SubsidyStatus": {
        "applied": N_("申请"),
        "reviewed": N_("审核"),
        "approved": N_("批准"),
        "paid": N_("拨付"),
    },
    "MeetingOutcome": {
        "agreement": N_("达成协议"),
        "partial": N_("部分协议"),
        "none": N_("未达成"),
        "adjourned": N_("休会"),
    },
}
