"""Pure rules of disputes: category suggestions, the status machine, time limits, note template."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from casedesk.core.domain.enums import DisputeCategory, DisputeStatus
from casedesk.core.i18n import N_

# Keywords in an owner's reason → suggested category; a mediator confirms (domain.md §e.1).
KEYWORDS: tuple[tuple[DisputeCategory, tuple[str, ...]], ...] = (
    (DisputeCategory.LIGHT_VENT, ("采光", "通风", "日照", "挡光", "遮挡", "光线")),
    (DisputeCategory.NOISE, ("噪音", "噪声", "吵")),
    (DisputeCategory.PRIVACY, ("隐私", "窗户正对", "对着窗", "偷窥")),
    (DisputeCategory.ACCESS_PATH, ("通行", "楼道", "出入口", "堵楼梯", "楼梯口", "占道")),
    (DisputeCategory.SAFETY_STRUCT_FIRE, ("结构", "安全", "消防", "地基", "裂缝")),
    (DisputeCategory.PROPERTY_VALUE, ("房价", "贬值", "价值")),
    (DisputeCategory.COMPENSATION, ("补偿", "赔偿")),
    (DisputeCategory.COST_SHARE, ("费用", "分摊", "出钱", "不愿承担", "出资")),
    (DisputeCategory.LATE_JOIN, ("后加入", "后来加入", "补交")),
    (DisputeCategory.PIPE_UTILITY, ("管道", "管线", "燃气", "暖气管", "水管", "电缆")),
    (DisputeCategory.CONSTRUCTION_NUISANCE, ("施工扰民", "施工噪", "粉尘", "扰民")),
    (DisputeCategory.OBSTRUCTION, ("阻挠", "阻拦", "阻止施工", "拦着")),
    (DisputeCategory.PROCEDURE_VALIDITY, ("程序", "签字不真实", "代签", "伪造", "没通知")),
    (DisputeCategory.NEIGHBOUR_BUILDING, ("相邻", "隔壁楼", "前楼", "后楼", "邻楼")),
    (DisputeCategory.MAINT_RUNNING_COST, ("电费", "维保", "维修费", "运行费", "年检")),
)


def suggest_categories(text: str | None) -> list[DisputeCategory]:
    if not text:
        return []
    return [category for category, words in KEYWORDS if any(w in text for w in words)]


ALLOWED: dict[DisputeStatus, frozenset[DisputeStatus]] = {
    DisputeStatus.PENDING: frozenset({DisputeStatus.IN_MEDIATION, DisputeStatus.TERMINATED}),
    DisputeStatus.IN_MEDIATION: frozenset(
        {DisputeStatus.AGREED, DisputeStatus.PARTIAL, DisputeStatus.FAILED, DisputeStatus.TERMINATED}
    ),
    DisputeStatus.PARTIAL: frozenset(
        {DisputeStatus.IN_MEDIATION, DisputeStatus.PERFORMED, DisputeStatus.FAILED}
    ),
    DisputeStatus.AGREED: frozenset({DisputeStatus.PERFORMED, DisputeStatus.FAILED}),
    DisputeStatus.FAILED: frozenset({DisputeStatus.IN_MEDIATION}),
    DisputeStatus.TERMINATED: frozenset(),
    DisputeStatus.PERFORMED: frozenset(),
}


def can_move(current: DisputeStatus, target: DisputeStatus) -> bool:
    return target in ALLOWED[current]


JUDICIAL_CONFIRMATION_DAYS = 30  # 人民调解法 art. 33: jointly, within 30 days of the agreement taking effect


def judicial_confirmation_until(effective_on: date) -> date:
    return effective_on + timedelta(days=JUDICIAL_CONFIRMATION_DAYS)


def mediation_due(opened_on: date, limit_days: int) -> date:
    return opened_on + timedelta(days=limit_days)


MEETING_TEMPLATE = N_("""时间：{held_at}
地点：{place}
调解员：{mediators}　记录人：{recorder}
参加人员：{attendees}

一、调解员告知双方权利义务（人民调解法第二十三条），双方确认自愿接受调解。
二、各方陈述：
  申请方：
  被申请方：
三、争议焦点：
四、调解方案与各方意见：
五、结果（达成协议 / 部分协议 / 未达成 / 休会）：
六、下次调解时间：
""")


def meeting_template(held_at: datetime, place: str, mediators: str, recorder: str, attendees: str) -> str:
    """The blank meeting record a mediator starts from, with the meeting's particulars filled in."""
    return MEETING_TEMPLATE.format(
        held_at=held_at.strftime("%Y-%m-%d %H:%M"),
        place=place,
        mediators=mediators,
        recorder=recorder,
        attendees=attendees,
    )
