"""The official forms, each built from a plain snapshot (no database, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer

from casedesk.core.consent import TallyResult
from casedesk.core.consent.policies import Policies
from casedesk.core.consent.rules import RuleSet
from casedesk.core.domain.units import format_area
from casedesk.core.reports.page import PageInfo, grid, signature_block, styles, write_pdf

FULL_WIDTH = 174 * mm
GAP = "&nbsp;" * 4  # Paragraph collapses plain spaces


@dataclass(frozen=True)
class CaseHeader:
    case_no: str
    office: str
    address: str  # 区街道社区小区楼单元, in full
    floors: int
    seal_text: str = ""


@dataclass(frozen=True)
class OwnerLine:
    name: str
    id_number: str | None


@dataclass(frozen=True)
class BallotFlat:
    room: str
    floor: int
    area_centi: int
    area_source: str
    owners: tuple[OwnerLine, ...]
    occupies_exclusive: bool = False


@dataclass(frozen=True)
class NoticeInfo:
    posted_on: date
    ends_on: date
    period_days: int
    places: str | None
    witness: str | None
    tally_summary: str = ""


@dataclass(frozen=True)
class ObjectionLine:
    objector: str
    received_on: date
    contact: str | None
    address: str | None
    detail: str
    response: str | None
    resolved_on: date | None


@dataclass(frozen=True)
class Declaration:
    representatives: tuple[str, ...]
    implementer: str | None
    tally_summary: str
    notice_period: str
    objections: str
    documents: tuple[tuple[str, str], ...] = field(default=())  # (title, status)


def _masked(id_number: str | None) -> str:
    """Printed forms show only the first 6 and last 4 characters of an ID number."""
    if not id_number:
        return ""
    return id_number[:6] + "*" * max(0, len(id_number) - 10) + id_number[-4:]


def _head(header: CaseHeader, title: str, st) -> list:
    return [
        Paragraph(title, st["title"]),
        Paragraph(f"地址：{header.address}{GAP}地上层数：{header.floors}", st["base"]),
        Spacer(1, 3 * mm),
    ]


def ballot_forms(
    path: Path, header: CaseHeader, flats: list[BallotFlat], rule: RuleSet, printed_on: date
) -> Path:
    """业主意见征询表: one page per flat, pre-filled, to be signed by the owner(s)."""
    st = styles()
    story: list = []
    for i, flat in enumerate(flats):
        if i:
            story.append(PageBreak())
        story += _head(header, "既有住宅增设电梯业主意见征询表", st)
        owners = "、".join(o.name for o in flat.owners) or "（未登记）"
        ids = "、".join(_masked(o.id_number) for o in flat.owners if o.id_number) or "—"
        story.append(
            grid(
                [
                    ["房号", flat.room, "楼层", str(flat.floor)],
                    ["专有部分面积", f"{format_area(flat.area_centi)} ㎡", "面积来源", flat.area_source],
                    ["业主（共有人）", owners, "证件号码", ids],
                    [
                        "占用本户专有部分",
                        "是（须本户业主同意）" if flat.occupies_exclusive else "否",
                        "表决规则",
                        rule.code,
                    ],
                ],
                [32 * mm, 55 * mm, 27 * mm, 60 * mm],
                header=False,
                st=st,
            )
        )
        story += [
            Spacer(1, 4 * mm),
            Paragraph("表决事项：本单元增设电梯（含初步方案、实施方案及费用分摊方案）。", st["base"]),
            Paragraph(f"表决规则：{rule.basis}", st["small"]),
            Spacer(1, 4 * mm),
            Paragraph("本户意见（请在一个方框内打“√”）：", st["h2"]),
            Paragraph(f"□ 同意{GAP * 2}□ 不同意{GAP * 2}□ 弃权", st["title"]),
            Paragraph("意见理由（可选，如采光、噪声、隐私、费用等）：", st["base"]),
            Paragraph("_" * 60, st["base"]),
            Paragraph("_" * 60, st["base"]),
            Spacer(1, 5 * mm),
            signature_block(["业主签字（共有人均应签字）", "委托代理人签字（如有）"], st),
            Paragraph("代理人签署的，须附授权委托书及代理人身份证件复印件。", st["small"]),
        ]
    return write_pdf(
        path, PageInfo(header.office, "业主意见征询表", header.case_no, printed_on, header.seal_text), story
    )


def tally_sheet(
    path: Path,
    header: CaseHeader,
    result: TallyResult,
    rule: RuleSet,
    policies: Policies,
    run_by: str,
    printed_on: date,
) -> Path:
    """表决结果统计表 with the formula, all totals, each clause's margin and the policies used."""
    st = styles()
    story = _head(header, "增设电梯表决结果统计表", st)
    story += [
        Paragraph(f"表决规则：{rule.name}（{rule.code}，版本 {rule.version}）", st["base"]),
        Paragraph(f"依据：{rule.basis}", st["small"]),
        Paragraph(f"统计截止日期：{result.as_of.isoformat()}{GAP}统计人：{run_by}", st["base"]),
        Paragraph("计算公式（面积以 0.01 ㎡ 计，交叉相乘比较，不做四舍五入）：", st["h2"]),
    ]
    story += [Paragraph(f"· {line}", st["base"]) for line in rule.formula]
    story.append(Paragraph("统计数据", st["h2"]))
    story.append(
        grid(
            [
                ["项目", "专有部分面积（㎡）", "人数"],
                ["本单元总计", format_area(result.area_total), str(result.persons_total)],
                ["参与表决", format_area(result.area_participating), str(result.persons_participating)],
                ["同意", format_area(result.area_agree), str(result.persons_agree)],
                ["不同意", format_area(result.area_disagree), str(result.persons_disagree)],
                ["弃权", format_area(result.area_abstain), str(result.persons_abstain)],
            ],
            [60 * mm, 60 * mm, 54 * mm],
            st=st,
        )
    )
    story.append(Paragraph("各项条件", st["h2"]))
    story.append(
        grid(
            [["条件", "计算", "结果", "差额"]]
            + [[c.label, c.formula, "达到" if c.met else "未达到", c.margin] for c in result.clauses],
            [48 * mm, 70 * mm, 18 * mm, 38 * mm],
            st=st,
        )
    )
    story += [
        Spacer(1, 3 * mm),
        Paragraph(f"<b>统计结果：{result.outcome.label}</b>　{result.summary}", st["base"]),
    ]
    if result.unresolved:
        story.append(Paragraph(f"需核实房屋：{'、'.join(result.unresolved)}", st["base"]))
    if result.blocked_by:
        story.append(Paragraph(f"占用专有部分尚未同意：{'、'.join(result.blocked_by)}", st["base"]))
    if result.late_ballots:
        story.append(Paragraph(f"截止日期后签署、未计入：{'、'.join(result.late_ballots)}", st["base"]))
    if result.what_it_takes:
        story.append(Paragraph(f"如何通过：{result.what_it_takes.text}", st["base"]))
    story.append(Paragraph("解释规则（本次统计采用）", st["h2"]))
    story += [Paragraph(f"· {line}", st["small"]) for line in policies.describe()]
    story += [Paragraph(f"提示：{w}", st["small"]) for w in result.warnings]
    story += [
        Spacer(1, 6 * mm),
        signature_block(["统计人", "复核人", "见证（居委会/业委会）"], st, header.seal_text),
    ]
    return write_pdf(
        path, PageInfo(header.office, "表决结果统计表", header.case_no, printed_on, header.seal_text), story
    )


def notice_form(path: Path, header: CaseHeader, notice: NoticeInfo, printed_on: date) -> Path:
    """公示: posted in the compound and in each stairwell, with the period and where to object."""
    st = styles()
    story = _head(header, "既有住宅增设电梯公示", st)
    story += [
        Paragraph(
            f"经本单元业主表决，{notice.tally_summary or '增设电梯事项已达到法定表决比例'}。"
            "现将增设电梯初步方案、实施方案及表决结果予以公示。",
            st["base"],
        ),
        Spacer(1, 3 * mm),
        grid(
            [
                [
                    "公示期",
                    f"{notice.posted_on.isoformat()} 张贴，自次日起 {notice.period_days} 日，"
                    f"至 {notice.ends_on.isoformat()} 24 时止",
                ],
                ["张贴地点", notice.places or "小区公告栏、本单元楼道口"],
                ["见证单位", notice.witness or "社区居民委员会"],
            ],
            [32 * mm, 142 * mm],
            header=False,
            st=st,
        ),
        Spacer(1, 3 * mm),
        Paragraph(
            "公示期内，本楼其他业主及利害关系人如有异议，请以书面形式向社区居民委员会提出，"
            "写明姓名、联系方式、住址及异议理由。逾期未提出的，视为无异议。",
            st["base"],
        ),
        Spacer(1, 8 * mm),
        signature_block(["公示单位（社区居委会）"], st, header.seal_text),
    ]
    return write_pdf(
        path, PageInfo(header.office, "公示", header.case_no, printed_on, header.seal_text), story
    )


def objections_form(
    path: Path, header: CaseHeader, objections: list[ObjectionLine], printed_on: date
) -> Path:
    """异议登记及处理表 (domain.md §d.5 fields)."""
    st = styles()
    story = _head(header, "增设电梯异议登记及处理表", st)
    rows = [["异议人", "收到日期", "联系方式 / 住址", "异议内容", "处理答复", "处理日期"]]
    rows += [
        [
            o.objector,
            o.received_on.isoformat(),
            f"{o.contact or ''} {o.address or ''}".strip(),
            o.detail,
            o.response or "（未处理）",
            o.resolved_on.isoformat() if o.resolved_on else "",
        ]
        for o in objections
    ]
    if not objections:
        rows.append(["公示期内未收到书面异议", "", "", "", "", ""])
    story += [
        grid(rows, [22 * mm, 22 * mm, 30 * mm, 45 * mm, 35 * mm, 20 * mm], st=st),
        Spacer(1, 8 * mm),
        signature_block(["登记人", "社区负责人"], st, header.seal_text),
    ]
    return write_pdf(
        path, PageInfo(header.office, "异议登记及处理表", header.case_no, printed_on, header.seal_text), story
    )


def street_declaration(path: Path, header: CaseHeader, d: Declaration, printed_on: date) -> Path:
    """街道审核申报表 and 申报材料真实性承诺 (two pages)."""
    st = styles()
    story = _head(header, "既有住宅增设电梯街道审核申报表", st)
    story.append(
        grid(
            [
                ["业主代表", "、".join(d.representatives) or "—"],
                ["实施主体", d.implementer or "本单元出资业主（建设单位）"],
                ["表决情况", d.tally_summary],
                ["公示情况", d.notice_period],
                ["异议处理", d.objections],
            ],
            [32 * mm, 142 * mm],
            header=False,
            st=st,
        )
    )
    if d.documents:
        story += [
            Paragraph("申报材料", st["h2"]),
            grid([["材料", "状态"], *[[t, s] for t, s in d.documents]], [130 * mm, 44 * mm], st=st),
        ]
    story += [
        Spacer(1, 4 * mm),
        Paragraph("社区意见：", st["base"]),
        Spacer(1, 12 * mm),
        Paragraph("街道办事处审核意见：", st["base"]),
        Spacer(1, 12 * mm),
        signature_block(["审核人", "负责人"], st, header.seal_text),
        PageBreak(),
        Paragraph("申报材料真实性承诺书", st["title"]),
        Paragraph(
            f"我们是 {header.address} 增设电梯项目的业主代表（建设单位）。我们承诺：所提交的业主意见征询表、"
            "表决结果统计表、公示材料、异议处理记录、设计方案等全部申报材料真实、完整、有效，"
            "签名均为业主本人或其合法委托代理人所签。如有虚假，愿意承担由此产生的一切法律责任。",
            st["base"],
        ),
        Spacer(1, 10 * mm),
        signature_block([f"承诺人（{r}）" for r in d.representatives[:5]] or ["承诺人"], st),
    ]
    return write_pdf(
        path, PageInfo(header.office, "街道审核申报表", header.case_no, printed_on, header.seal_text), story
    )


@dataclass(frozen=True)
class MediationMeetingLine:
    held_at: str
    place: str
    mediators: str
    recorder: str
    attendees: str
    notes: str
    outcome: str


@dataclass(frozen=True)
class MediationCase:
    dispute_no: str
    title: str
    committee: str
    parties: tuple[tuple[str, str, str], ...]  # name, role, room
    facts: str
    meetings: tuple[MediationMeetingLine, ...] = ()
    agreement_no: str = ""
    matters: str = ""
    terms: str = ""
    performance: str = ""
    deadline: date | None = None
    signed_on: date | None = None
    confirmation_until: date | None = None


def mediation_record(path: Path, header: CaseHeader, m: MediationCase, printed_on: date) -> Path:
    """调解笔录 (人民调解法 art. 27): one section per meeting, signed by those present."""
    st = styles()
    story = _head(header, "人民调解笔录", st)
    story.append(
        grid(
            [
                ["纠纷编号", m.dispute_no, "调解组织", m.committee],
                [
                    "纠纷事由",
                    m.title,
                    "当事人",
                    "；".join(f"{n}（{r}{'，' + room if room else ''}）" for n, r, room in m.parties),
                ],
            ],
            [24 * mm, 50 * mm, 24 * mm, 76 * mm],
            header=False,
            st=st,
        )
    )
    if not m.meetings:
        story.append(Paragraph("尚无调解会议记录。", st["base"]))
    for i, meeting in enumerate(m.meetings, 1):
        story.append(Paragraph(f"第 {i} 次调解", st["h2"]))
        if not meeting.notes.startswith("时间："):  # notes begun from the template carry these lines
            story += [
                Paragraph(f"时间：{meeting.held_at}{GAP}地点：{meeting.place}", st["base"]),
                Paragraph(f"调解员：{meeting.mediators}{GAP}记录人：{meeting.recorder}", st["base"]),
                Paragraph(f"参加人员：{meeting.attendees}", st["base"]),
            ]
        story += [
            Paragraph(line.replace(" ", "&nbsp;") or "&nbsp;", st["base"])
            for line in meeting.notes.splitlines()
        ]
        story.append(Paragraph(f"结果：{meeting.outcome}", st["base"]))
    story += [
        Spacer(1, 6 * mm),
        Paragraph("以上笔录经当事人阅看（或向其宣读），确认无误。", st["base"]),
        signature_block(["当事人", "当事人", "调解员", "记录人"], st),
    ]
    return write_pdf(
        path, PageInfo(header.office, "调解笔录", header.case_no, printed_on, header.seal_text), story
    )


def mediation_agreement(path: Path, header: CaseHeader, m: MediationCase, printed_on: date) -> Path:
    """调解协议书 with the contents of 人民调解法 art. 29 and the art. 33 window."""
    st = styles()
    story = _head(header, "人民调解协议书", st)
    story += [
        Paragraph(f"编号：{m.agreement_no}{GAP}纠纷编号：{m.dispute_no}", st["base"]),
        Paragraph("一、当事人基本情况", st["h2"]),
        *[
            Paragraph(f"{n}，{r}{'，' + room + ' 室' if room else ''}", st["base"])
            for n, r, room in m.parties
        ],
        Paragraph("二、纠纷主要事实、争议事项", st["h2"]),
        Paragraph(m.facts, st["base"]),
        Paragraph(m.matters, st["base"]),
        Paragraph("三、经调解，自愿达成如下协议", st["h2"]),
        Paragraph(m.terms, st["base"]),
        Paragraph("四、履行方式和期限", st["h2"]),
        Paragraph(
            f"{m.performance}；履行期限：{m.deadline.isoformat() if m.deadline else ''} 前。", st["base"]
        ),
        Paragraph("五、其他", st["h2"]),
        Paragraph(
            "本协议自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效。"
            "本协议一式三份，当事人各执一份，人民调解委员会留存一份。"
            f"双方当事人可以自本协议生效之日起三十日内（至 {_day(m.confirmation_until)}）"
            "共同向人民法院申请司法确认（人民调解法第三十三条）。",
            st["base"],
        ),
        Spacer(1, 6 * mm),
        signature_block([f"当事人（{n}）" for n, _r, _room in m.parties] + ["人民调解员"], st, m.committee),
    ]
    return write_pdf(
        path, PageInfo(header.office, "调解协议书", header.case_no, printed_on, header.seal_text), story
    )


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def cost_share_form(
    path: Path,
    header: CaseHeader,
    method: str,
    purpose: str,
    total_fen: int,
    lines: list[tuple[str, int, int, int, str]],
    printed_on: date,
) -> Path:
    """费用分摊表: each flat's amount (fen-exact, adding up to the total) for the owners to sign."""
    from casedesk.core.domain.units import format_yuan

    st = styles()
    story = _head(header, "增设电梯费用分摊表", st)
    story += [
        Paragraph(
            f"分摊事项：{'建设费用' if purpose == 'construction' else '运行维护费用'}{GAP}"
            f"分摊方式：{method}{GAP}分摊总额：¥{format_yuan(total_fen)}",
            st["base"],
        ),
        Spacer(1, 3 * mm),
    ]
    rows = [["房号", "楼层", "面积（㎡）", "金额（元）", "业主签字"]]
    rows += [
        [
            room,
            str(floor),
            format_area(area),
            (f"应得补偿 {format_yuan(-amount)}" if kind == "compensation" else format_yuan(amount)),
            "",
        ]
        for room, floor, area, amount, kind in lines
    ]
    story += [
        grid(rows, [22 * mm, 18 * mm, 30 * mm, 44 * mm, 60 * mm], st=st),
        Spacer(1, 3 * mm),
        Paragraph(
            "各户金额按比例计算至分，采用最大余数法分配尾差，合计与分摊总额一致。补偿款由出资业主分摊筹集。",
            st["small"],
        ),
        Spacer(1, 6 * mm),
        signature_block(["业主代表", "社区见证"], st, header.seal_text),
    ]
    return write_pdf(
        path, PageInfo(header.office, "费用分摊表", header.case_no, printed_on, header.seal_text), story
    )


def subsidy_application(
    path: Path,
    header: CaseHeader,
    policy: str,
    amount_fen: int,
    reasons: list[str],
    accepted_on: date | None,
    documents: list[tuple[str, str]],
    printed_on: date,
) -> Path:
    """补贴申请表."""
    from casedesk.core.domain.units import format_yuan

    st = styles()
    story = _head(header, "既有住宅增设电梯财政补助申请表", st)
    story.append(
        grid(
            [
                ["补助政策", policy],
                [
                    "申请金额",
                    f"¥{format_yuan(amount_fen)}" if not reasons else "不符合条件：" + "；".join(reasons),
                ],
                ["竣工验收日期", accepted_on.isoformat() if accepted_on else "（未验收）"],
            ],
            [40 * mm, 134 * mm],
            header=False,
            st=st,
        )
    )
    if documents:
        story += [
            Paragraph("附件材料", st["h2"]),
            grid([["材料", "状态"], *[[t, x] for t, x in documents]], [130 * mm, 44 * mm], st=st),
        ]
    story += [
        Spacer(1, 6 * mm),
        Paragraph("申请单位（业主代表）承诺以上材料真实有效。", st["base"]),
        signature_block(["申请人（业主代表）", "社区意见", "街道审核"], st, header.seal_text),
    ]
    return write_pdf(
        path, PageInfo(header.office, "补贴申请表", header.case_no, printed_on, header.seal_text), story
    )


def acceptance_record(
    path: Path,
    header: CaseHeader,
    started_on: date | None,
    accepted_on: date | None,
    documents: list[tuple[str, str]],
    printed_on: date,
) -> Path:
    """竣工验收记录 (特种设备安全法 arts. 24, 25, 33 items)."""
    st = styles()
    story = _head(header, "既有住宅增设电梯竣工验收记录", st)
    story.append(
        grid(
            [
                [
                    "开工日期",
                    started_on.isoformat() if started_on else "",
                    "竣工验收日期",
                    accepted_on.isoformat() if accepted_on else "",
                ],
            ],
            [30 * mm, 57 * mm, 30 * mm, 57 * mm],
            header=False,
            st=st,
        )
    )
    story += [
        Paragraph("验收材料", st["h2"]),
        grid(
            [["材料", "状态"], *[[t, x] for t, x in documents]]
            if documents
            else [["材料", "状态"], ["—", "—"]],
            [130 * mm, 44 * mm],
            st=st,
        ),
        Paragraph(
            "提示：安装单位应在验收后三十日内将技术资料移交使用单位（特种设备安全法第二十四条）；"
            "使用单位应在电梯投入使用前或者投入使用后三十日内办理使用登记（第三十三条）。",
            st["small"],
        ),
        Paragraph("验收结论：", st["h2"]),
        Spacer(1, 14 * mm),
        signature_block(
            ["建设单位（业主代表）", "施工单位", "监理单位", "电梯安装单位", "社区见证"], st, header.seal_text
        ),
    ]
    return write_pdf(
        path, PageInfo(header.office, "竣工验收记录", header.case_no, printed_on, header.seal_text), story
    )
