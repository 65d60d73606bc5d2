"""The append-only audit trail, written in the same transaction as the change it records."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy.orm import Session

from casedesk.core.db.models import AuditEvent
from casedesk.core.domain.actor import Actor
from casedesk.core.i18n import N_

# What each action code means, in words: screens show these, never the code (the code stays in
# the database and in --json output, where it is a stable key). tests/core/test_audit_labels.py
# checks that every code passed to record_audit() in src/ is here.
ACTION_LABELS: dict[str, str] = {
    # cases
    "case.create": N_("登记案件"),
    "case.update": N_("修改案件信息"),
    "case.view_personal_data": N_("查看完整证件号码和电话"),
    "case.advance": N_("进入下一阶段"),
    "case.suspend": N_("暂停案件"),
    "case.resume": N_("恢复案件"),
    "case.withdraw": N_("撤回案件"),
    "case.reject": N_("不予通过"),
    "case.reopen": N_("重新开启案件"),
    "case.intake": N_("登记受理条件"),
    "case.procedure": N_("登记并行手续"),
    "case.obstruction": N_("登记施工受阻"),
    "case.rule_override": N_("指定表决规则"),
    "case.reassign": N_("转交案件"),
    "checklist.present": N_("材料已齐"),
    "checklist.waive": N_("免交材料"),
    "notice.post": N_("张贴公示"),
    "objection.add": N_("登记异议"),
    "objection.resolve": N_("处理异议"),
    # owners and the vote
    "roster.import": N_("导入业主名册"),
    "flat.update": N_("更新住户信息"),
    "ballot.record": N_("登记表决意见"),
    "ballot.change": N_("修改表决意见"),
    "ballot.withdraw": N_("撤回表决意见"),
    "ballot.scan": N_("扫描录入意见征询表"),
    "tally.save": N_("保存表决统计"),
    # disputes
    "dispute.open": N_("立案纠纷"),
    "dispute.status": N_("变更纠纷状态"),
    "dispute.extend": N_("延长调解期限"),
    "dispute.categories": N_("确认纠纷类别"),
    "dispute.reassign": N_("转交纠纷"),
    "dispute.follow_up": N_("回访"),
    "meeting.save": N_("保存调解记录"),
    "agreement.add": N_("签订调解协议"),
    # money
    "costshare.save": N_("保存费用分摊"),
    "fund.use": N_("使用维修资金"),
    "subsidy.applied": N_("申请补贴"),
    "subsidy.reviewed": N_("审核补贴"),
    "subsidy.approved": N_("批准补贴"),
    "subsidy.pay": N_("发放补贴"),
    # printing and export
    "form.print": N_("打印表单"),
    "report.monthly": N_("打印月度报表"),
    "report.case_list": N_("打印案件列表"),
    "export.xlsx": N_("导出 Excel"),
    # the office
    "settings.update": N_("修改办事处设置"),
    "user.create": N_("创建账户"),
    "user.update": N_("修改账户"),
    "user.reset_password": N_("重设密码"),
    "user.change_password": N_("修改本人密码"),
    "user.login_failed": N_("登录失败"),
    "user.login_locked": N_("锁定期间尝试登录"),
    "user.login": N_("多次失败后登录成功"),
    "target.set": N_("设置年度目标"),
    "holiday.set": N_("设置节假日"),
    "holiday.remove": N_("删除节假日"),
    "district.add": N_("添加区"),
    "district.rename": N_("重命名区"),
    "street.add": N_("添加街道"),
    "street.rename": N_("重命名街道"),
    "community.add": N_("添加社区"),
    "community.rename": N_("重命名社区"),
    "demo.generate": N_("生成演示数据"),
    "database.restore": N_("从备份恢复数据库"),
}

OTHER_ACTION = N_("其他操作")
SYSTEM_USER_LABEL = N_("系统")


def action_label(code: str) -> str:
    """The action in words; a code without a label (an older program's) never shows as code."""
    return ACTION_LABELS.get(code, OTHER_ACTION)


def user_label(username: str, display_name: str | None) -> str:
    """Who did it, as colleagues know them: the display name, not the login."""
    if username == "system" and display_name in (None, "", "system"):
        return SYSTEM_USER_LABEL
    return display_name or username


def _jsonable(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_jsonable(v) for v in value]
    return value


def record_audit(
    session: Session,
    actor: Actor,
    action: str,
    object_type: str,
    object_id: int | None,
    *,
    case_id: int | None = None,
    summary: str | None = None,
    changes: dict[str, Any] | None = None,
) -> AuditEvent:
    """Add an audit event to *session*'s transaction.

    `changes` is a field-level diff {"field": [old, new]} for edits, or the created values.
    Personal data may appear here: the audit table is as protected as the data itself.
    """
    event = AuditEvent(
        user_id=actor.user_id,
        username=actor.username,
        action=action,
        object_type=object_type,
        object_id=object_id,
        case_id=case_id,
        summary=summary,
        changes=_jsonable(changes) if changes is not None else None,
    )
    session.add(event)
    return event


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    """Field-level diff of two plain dicts: only the fields whose value changed."""
    return {k: [before.get(k), after.get(k)] for k in after if before.get(k) != after.get(k)}
