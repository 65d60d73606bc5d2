"""The official forms, each built from a plain snapshot (no database, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Group
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from casedesk.core.consent import TallyResult
from casedesk.core.consent.explanation import CLAUSE_HEADERS, FIGURE_HEADERS, POLICIES_TITLE, TallyExplanation
from casedesk.core.consent.policies import Policies
from casedesk.core.consent.rules import RuleSet
from casedesk.core.domain.units import format_area, format_yuan
from casedesk.core.reports.capitals import rmb_capitals
from casedesk.core.reports.fonts import REGULAR
from casedesk.core.reports.page import MARGIN, PageInfo, closing, grid, signature_block, styles, write_pdf
from casedesk.core.scan.payload import BallotCode

FULL_WIDTH = 174 * mm
GAP = "&nbsp;" * 4  # Paragraph collapses plain spaces
DATE_COLUMN = 25 * mm  # "2026-11-20" at the cell size, with padding, on one line
BLANK = "________________"  # a line to fill in by hand where the database holds nothing


def _or_blank(value: object) -> str:
    return str(value) if value not in (None, "") else BLANK


@dataclass(frozen=True)
class KeptTally:
    """A saved tally as printed: its result recomputed from the stored inputs (the same figures,
    whatever was recorded since), who counted it and when."""

    tally_id: int
    result: TallyResult
    rule: RuleSet
    policies: Policies
    run_by: str
    run_at: datetime
    saved_now: bool = False  # saved by this print, because no tally had been saved
    rule_reason: str = ""  # why its rule set applies, as saved with it

    def citation(self) -> str:
        """The tally as a later form cites it: date, rule by name, figures and result."""
        r = self.result
        return (
            f"依据 {r.as_of.isoformat()} 保存的表决结果统计"
            f"（{self.rule.name}，统计记录第 {self.tally_id} 号）："
            f"本单元专有部分总面积 {format_area(r.area_total)} ㎡、业主 {r.persons_total} 人；"
            f"参与表决 {format_area(r.area_participating)} ㎡、{r.persons_participating} 人；"
            f"同意 {format_area(r.area_agree)} ㎡、{r.persons_agree} 人；"
            f"不同意 {format_area(r.area_disagree)} ㎡、{r.persons_disagree} 人；"
            f"弃权 {format_area(r.area_abstain)} ㎡、{r.persons_abstain} 人。表决结果：{r.outcome.label}。"
        )


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
    code: BallotCode | None = None  # the QR code naming this form, for matching its scan


@dataclass(frozen=True)
class NoticeInfo:
    posted_on: date
    ends_on: date
    period_days: int
    places: str | None
    witness: str | None
    tally_summary: str = ""
    tally: KeptTally | None = None
    objection_address: str = ""
    objection_phone: str = ""
    objection_contact: str = ""
    posted_items: tuple[str, ...] = ()


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


QR_SIZE = 24 * mm


class _PageCode(Flowable):
    """A ballot's QR code and the same in words, at a fixed place on its page (bottom right, above
    the footer), wherever the form's text ends: a scan is searched whole, but a fixed place keeps
    the code clear of ticks and signatures. Takes no room in the flow."""

    def __init__(self, code: BallotCode):
        super().__init__()
        self.code = code
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def drawOn(self, canvas, x: float, y: float, _sW: float = 0) -> None:  # ReportLab's name
        # Called with the page's own coordinates (the frame does not translate the canvas).
        widget = QrCodeWidget(self.code.encode(), barLevel="M", barBorder=2)
        _x0, _y0, x1, _y1 = widget.getBounds()
        scale = QR_SIZE / x1
        right = A4[0] - MARGIN
        bottom = 25 * mm
        left = right - QR_SIZE
        # The modules drawn as plain rectangles: renderPDF would also set its default font
        # (Helvetica, never embedded), and every font of a form must be embedded.
        canvas.saveState()
        canvas.setFillColorRGB(0, 0, 0)
        for shape in _shapes(widget.draw()):
            if getattr(shape, "fillColor", None) is None or shape.width <= 0:
                continue
            canvas.rect(
                left + shape.x * scale,
                bottom + shape.y * scale,
                shape.width * scale,
                shape.height * scale,
                stroke=0,
                fill=1,
            )
        canvas.restoreState()
        canvas.saveState()
        canvas.setFont(REGULAR, 7.5)
        first, second = self.code.readable()
        canvas.drawRightString(right - 1.5 * mm, bottom - 3 * mm, first)
        canvas.drawRightString(right - 1.5 * mm, bottom - 6.5 * mm, second)
        canvas.restoreState()


def _shapes(group: Group) -> list:
    """The rectangles of a drawn group, however nested."""
    found: list = []
    for item in group.contents:
        found += _shapes(item) if isinstance(item, Group) else [item]
    return found


def ballot_forms(
    path: Path, header: CaseHeader, flats: list[BallotFlat], rule: RuleSet, printed_on: date
) -> Path:
    """业主意见征询表: one page per flat, pre-filled, to be signed by the owner(s)."""
    st = styles()
    story: list = []
    for i, flat in enumerate(flats):
        if i:
            story.append(PageBreak())
        if flat.code is not None:
            story.append(_PageCode(flat.code))
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
                        rule.name,
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
    e: TallyExplanation,
    run_by: str,
    printed_on: date,
    *,
    kept: KeptTally | None = None,
) -> Path:
    """表决结果统计表 of a saved tally, from its explanation (core/consent/explanation.py): its
    cut-off date, rule set by name, policies in words, all figures and each clause's margin, the
    remarks, who counted it and when. The advice on what it would take stays on the clerk's screen."""
    st = styles()
    story = _head(header, "增设电梯表决结果统计表", st)
    counted = f"统计人：{run_by}"
    if kept is not None:
        counted += (
            f"{GAP}统计时间：{kept.run_at.strftime('%Y-%m-%d %H:%M')}{GAP}统计记录：第 {kept.tally_id} 号"
        )
    story += [
        Paragraph(f"{e.rule_line}（版本 {e.rule_version}）", st["base"]),
        Paragraph(f"依据：{e.rule_basis}", st["small"]),
        Paragraph(f"统计截止日期：{e.as_of.isoformat()}", st["base"]),
        Paragraph(counted, st["base"]),
    ]
    if kept is not None and kept.saved_now:
        story.append(
            Paragraph(
                "说明：打印时尚无保存的表决统计，本表按打印日的表决意见统计并已保存，以后重印内容不变。",
                st["small"],
            )
        )
    story += [
        Paragraph("计算公式（面积以 0.01 ㎡ 计，交叉相乘比较，不做四舍五入）", st["h2"]),
        Paragraph("；".join(e.formula), st["base"]),
        Paragraph("统计数据", st["h2"]),
        grid(
            [list(FIGURE_HEADERS)] + [[f.label, f.area, str(f.persons)] for f in e.figures],
            [60 * mm, 60 * mm, 54 * mm],
            st=st,
        ),
        Paragraph("各项条件", st["h2"]),
        grid(
            [list(CLAUSE_HEADERS)] + [[c.label, c.formula, c.verdict, c.margin] for c in e.clauses],
            [48 * mm, 70 * mm, 18 * mm, 38 * mm],
            st=st,
        ),
    ]
    ending: list = [Spacer(1, 3 * mm), Paragraph(f"<b>统计结果：{e.outcome_label}</b>", st["base"])]
    ending += [Paragraph(f"{r.title}：{escape(r.text)}", st["base"]) for r in e.remarks]
    ending.append(
        Paragraph(f"{POLICIES_TITLE}（本次统计采用）：" + "；".join(e.policies) + "。", st["small"])
    )
    ending += [
        Spacer(1, 3 * mm),
        Paragraph("以上统计经统计人、复核人核对，见证单位见证。", st["base"]),
        signature_block(["统计人", "复核人", "见证（居委会/业委会）"], st, header.seal_text),
    ]
    # The result, the policies and the signatures go together: whatever moves to a new page
    # carries the result it signs.
    story.append(closing(*ending))
    return write_pdf(
        path, PageInfo(header.office, "表决结果统计表", header.case_no, printed_on, header.seal_text), story
    )


def notice_form(path: Path, header: CaseHeader, notice: NoticeInfo, printed_on: date) -> Path:
    """公示: posted in the compound and in each stairwell: what is posted, the vote it rests on
    (the saved tally with its figures), the period, where and to whom to object, and the seal."""
    st = styles()
    story = _head(header, "既有住宅增设电梯公示", st)
    items = notice.posted_items or (
        "增设电梯初步方案及实施方案（含设计图纸）",
        "业主表决结果统计表",
        "费用分摊方案",
    )
    story += [
        Paragraph(
            "本单元增设电梯事项经业主表决，现将下列材料予以公示，接受本楼业主及利害关系人监督。",
            st["base"],
        ),
        Paragraph("一、表决结果", st["h2"]),
        Paragraph(
            notice.tally.citation() if notice.tally else (notice.tally_summary or "（表决结果见附件）"),
            st["base"],
        ),
        Paragraph("二、公示内容", st["h2"]),
        *[Paragraph(f"{i}. {item}", st["base"]) for i, item in enumerate(items, 1)],
        Paragraph("三、公示期和地点", st["h2"]),
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
        Paragraph("四、异议的提出", st["h2"]),
        Paragraph(
            "公示期内，本楼其他业主及利害关系人如有异议，请以书面形式提出，"
            "写明姓名、联系方式、住址及异议理由。逾期未提出的，视为无异议。",
            st["base"],
        ),
        grid(
            [
                ["受理地点", _or_blank(notice.objection_address)],
                ["联系电话", _or_blank(notice.objection_phone)],
                ["联系人", _or_blank(notice.objection_contact)],
            ],
            [32 * mm, 142 * mm],
            header=False,
            st=st,
        ),
        Spacer(1, 8 * mm),
        closing(
            Paragraph(f"特此公示。{GAP}公示日期：{notice.posted_on.isoformat()}", st["base"]),
            signature_block(["公示单位（社区居委会）"], st, header.seal_text, seal_line=True),
        ),
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
        grid(rows, [20 * mm, DATE_COLUMN, 28 * mm, 42 * mm, 34 * mm, DATE_COLUMN], st=st),
        Spacer(1, 8 * mm),
        closing(signature_block(["登记人", "社区负责人"], st, header.seal_text)),
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
        closing(
            Paragraph("社区意见：", st["base"]),
            Spacer(1, 12 * mm),
            Paragraph("街道办事处审核意见：", st["base"]),
            Spacer(1, 12 * mm),
            signature_block(["审核人", "负责人"], st, header.seal_text, seal_line=True),
        ),
        PageBreak(),
        Paragraph("申报材料真实性承诺书", st["title"]),
        Paragraph(
            f"我们是 {header.address} 增设电梯项目的业主代表（建设单位）。我们承诺：所提交的业主意见征询表、"
            "表决结果统计表、公示材料、异议处理记录、设计方案等全部申报材料真实、完整、有效，"
            "签名均为业主本人或其合法委托代理人所签。如有虚假，愿意承担由此产生的一切法律责任。",
            st["base"],
        ),
        Spacer(1, 10 * mm),
        closing(signature_block([f"承诺人（{r}）" for r in d.representatives[:5]] or ["承诺人"], st)),
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
    positions: str = ""
    proposals: str = ""
    next_date: date | None = None


@dataclass(frozen=True)
class PartyParticulars:
    """A party as 人民调解法 art. 29 (1) asks: name, role, ID (masked unless allowed), address,
    contact."""

    name: str
    role: str
    id_number: str = ""  # already masked unless the user may see it in full
    address: str = ""
    contact: str = ""


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
    responsibilities: str = ""
    partial: bool = False
    particulars: tuple[PartyParticulars, ...] = ()  # the agreement's own parties


def _lines(text: str, st) -> list:
    """A typed text, one Paragraph per line, spaces kept (Paragraph collapses them)."""
    return [Paragraph(line.replace(" ", "&nbsp;") or "&nbsp;", st["base"]) for line in text.splitlines()]


def mediation_record(path: Path, header: CaseHeader, m: MediationCase, printed_on: date) -> Path:
    """调解笔录 (人民调解法 art. 27): one section per session with the parties' positions, the
    proposals made, the result and the next date, signed by those present."""
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
        templated = meeting.notes.startswith("时间：")  # notes begun from the template carry the header
        if templated:
            story += _lines(meeting.notes, st)
        else:
            story += [
                Paragraph(f"时间：{meeting.held_at}{GAP}地点：{meeting.place}", st["base"]),
                Paragraph(f"调解员：{meeting.mediators}{GAP}记录人：{meeting.recorder}", st["base"]),
                Paragraph(f"参加人员：{meeting.attendees}", st["base"]),
            ]
        # The structured fields are printed whenever typed; "未记录" only when the notes have
        # nothing either, so a reader sees the gap instead of guessing.
        for label, text in (("各方陈述及主张：", meeting.positions), ("调解建议及方案：", meeting.proposals)):
            if text.strip() or not meeting.notes.strip():
                story += [Paragraph(label, st["cell_bold"]), *_lines(text or "（未记录）", st)]
        if meeting.notes.strip() and not templated:
            story += [Paragraph("其他记录：", st["cell_bold"]), *_lines(meeting.notes, st)]
        story.append(
            Paragraph(
                f"本次结果：{meeting.outcome or '（未记录）'}{GAP}"
                f"下次调解日期：{meeting.next_date.isoformat() if meeting.next_date else '未定'}",
                st["base"],
            )
        )
    story += [
        Spacer(1, 6 * mm),
        closing(
            Paragraph("以上笔录经当事人阅看（或向其宣读），确认无误。", st["base"]),
            signature_block(
                ([f"当事人（{n}）" for n, _r, _room in m.parties] or ["当事人", "当事人"])
                + ["调解员", "记录人"],
                st,
            ),
        ),
    ]
    return write_pdf(
        path, PageInfo(header.office, "调解笔录", header.case_no, printed_on, header.seal_text), story
    )


def mediation_agreement(path: Path, header: CaseHeader, m: MediationCase, printed_on: date) -> Path:
    """调解协议书 with the contents of 人民调解法 art. 29 and the art. 33 window."""
    st = styles()
    title = "人民调解协议书（部分达成）" if m.partial else "人民调解协议书"
    story = _head(header, title, st)
    people = m.particulars or tuple(
        PartyParticulars(n, r, address=room and f"{room} 室") for n, r, room in m.parties
    )
    story += [
        Paragraph(f"编号：{m.agreement_no}{GAP}纠纷编号：{m.dispute_no}", st["base"]),
        Paragraph("一、当事人基本情况", st["h2"]),
        grid(
            [["姓名", "身份", "身份证件号码", "住址", "联系方式"]]
            + [
                [p.name, p.role, _or_blank(p.id_number), _or_blank(p.address), _or_blank(p.contact)]
                for p in people
            ],
            [22 * mm, 22 * mm, 42 * mm, 56 * mm, 32 * mm],
            st=st,
        ),
        Paragraph("二、纠纷主要事实、争议事项及各方当事人的责任", st["h2"]),
        Paragraph(f"纠纷主要事实：{m.facts}", st["base"]),
        Paragraph(f"争议事项：{m.matters or BLANK}", st["base"]),
        Paragraph(f"各方当事人的责任：{m.responsibilities or BLANK * 2}", st["base"]),
        Paragraph("三、经调解，自愿达成如下协议", st["h2"]),
        *_lines(m.terms, st),
    ]
    if m.partial:
        story.append(
            Paragraph(
                "本协议为部分达成的协议：以上事项已达成一致；其余争议事项未达成协议，"
                "当事人可继续调解，或依法通过仲裁、行政、司法等途径解决（人民调解法第二十六条）。",
                st["base"],
            )
        )
    story += [
        Paragraph("四、履行方式和期限", st["h2"]),
        Paragraph(
            f"履行方式：{m.performance or BLANK}；履行期限：{_day(m.deadline) or BLANK} 前。", st["base"]
        ),
        Paragraph("五、其他", st["h2"]),
        Paragraph(
            "本协议自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效。"
            "本协议一式三份，当事人各执一份，人民调解委员会留存一份。"
            f"双方当事人可以自本协议生效之日起三十日内（至 {_day(m.confirmation_until) or BLANK}）"
            "共同向人民法院申请司法确认（人民调解法第三十三条）。",
            st["base"],
        ),
        Spacer(1, 6 * mm),
        closing(
            Paragraph(
                f"签订日期：{_day(m.signed_on) or '______年____月____日'}"
                f"{GAP}调解组织：{m.committee or BLANK}",
                st["base"],
            ),
            signature_block(
                [f"当事人（{p.name}）" for p in people] + ["人民调解员"], st, m.committee, seal_line=True
            ),
        ),
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
    *,
    coefficients: dict[str, str] | None = None,
) -> Path:
    """费用分摊表: each paying flat's amount (fen-exact) with its coefficient and a 合计 row equal to
    what the payers pay; the compensated flats listed apart with what they receive."""
    st = styles()
    coefficients = coefficients or {}
    compensated = [line for line in lines if line[4] == "compensation"]
    receiving = {room for room, *_rest in compensated}
    shares = [line for line in lines if line[4] != "compensation" and line[0] not in receiving]
    raised = sum(amount for _r, _f, _a, amount, _k in shares)
    compensation = sum(-amount for _r, _f, _a, amount, _k in compensated)
    story = _head(header, "增设电梯费用分摊表", st)
    heading = (
        f"分摊事项：{'建设费用' if purpose == 'construction' else '运行维护费用'}{GAP}"
        f"分摊方式：{method}{GAP}分摊总额：¥{format_yuan(total_fen)}"
    )
    if compensated:
        heading += f"{GAP}另筹补偿款：¥{format_yuan(compensation)}{GAP}出资业主合计：¥{format_yuan(raised)}"
    story += [Paragraph(heading, st["base"]), Spacer(1, 3 * mm)]
    rows = [["房号", "楼层", "面积（㎡）", "系数", "应出资（元）", "业主签字"]]
    rows += [
        [
            room,
            str(floor),
            format_area(area),
            coefficients.get(room, "—") if amount else "不出资",
            format_yuan(amount),
            "",
        ]
        for room, floor, area, amount, _kind in shares
    ]
    rows.append(
        ["合计", "", format_area(sum(a for _r, _f, a, _m, _k in shares)), "", format_yuan(raised), ""]
    )
    story.append(grid(rows, [20 * mm, 14 * mm, 26 * mm, 24 * mm, 34 * mm, 56 * mm], st=st))
    if compensated:
        comp_rows = [["房号", "楼层", "面积（㎡）", "应得补偿（元）", "受偿业主签收"]]
        comp_rows += [
            [room, str(floor), format_area(area), format_yuan(-amount), ""]
            for room, floor, area, amount, _kind in compensated
        ]
        comp_rows.append(["合计", "", "", format_yuan(compensation), ""])
        story += [
            Paragraph("受偿房屋（不出资，由出资业主筹集的补偿款支付）", st["h2"]),
            grid(comp_rows, [20 * mm, 14 * mm, 26 * mm, 44 * mm, 70 * mm], st=st),
        ]
    if raised == total_fen + compensation:
        balance = f"出资合计 ¥{format_yuan(raised)} = 分摊总额 ¥{format_yuan(total_fen)}"
        balance += f" + 补偿款 ¥{format_yuan(compensation)}。" if compensated else "。"
    else:  # never expected; the footnote then says what is true instead of claiming a balance
        balance = (
            f"出资合计 ¥{format_yuan(raised)}，与分摊总额 ¥{format_yuan(total_fen)}"
            f"{' 加补偿款 ¥' + format_yuan(compensation) if compensated else ''} 相差 "
            f"¥{format_yuan(raised - total_fen - compensation)}，请核对。"
        )
    story += [
        Spacer(1, 3 * mm),
        Paragraph(f"各出资户金额按比例计算至分，采用最大余数法分配尾差；{balance}", st["small"]),
        Spacer(1, 6 * mm),
        closing(signature_block(["业主代表", "社区见证"], st, header.seal_text)),
    ]
    return write_pdf(
        path, PageInfo(header.office, "费用分摊表", header.case_no, printed_on, header.seal_text), story
    )


@dataclass(frozen=True)
class ElevatorFacts:
    """The elevator as the subsidy and acceptance offices ask for it; empty = a line to fill in."""

    maker: str = ""
    model: str = ""
    load: str = ""
    stops: str = ""
    registration_code: str = ""
    inspection_report_no: str = ""  # 监督检验报告 (特种设备安全法 art. 25)
    inspection_result: str = ""


def _elevator_rows(e: ElevatorFacts) -> list[list[str]]:
    return [
        ["电梯制造单位", _or_blank(e.maker), "型号", _or_blank(e.model)],
        ["额定载重量（kg）", _or_blank(e.load), "层站数", _or_blank(e.stops)],
        [
            "使用登记/注册代码",
            _or_blank(e.registration_code),
            "监督检验报告编号",
            _or_blank(e.inspection_report_no),
        ],
        ["监督检验结论", e.inspection_result or "□ 合格　□ 不合格", "检验机构", BLANK],
    ]


def subsidy_application(
    path: Path,
    header: CaseHeader,
    policy: str,
    amount_fen: int,
    reasons: list[str],
    accepted_on: date | None,
    documents: list[tuple[str, str]],
    printed_on: date,
    *,
    applicant: str = "",
    contact: str = "",
    implementer: str = "",
    project_cost_fen: int | None = None,
    elevator: ElevatorFacts = ElevatorFacts(),
) -> Path:
    """补贴申请表: applicant and contact, bank account, project cost, amount in figures and in
    capitals, the elevator and its supervision inspection; blank lines where nothing is stored."""
    st = styles()
    story = _head(header, "既有住宅增设电梯财政补助申请表", st)
    amount = (
        f"¥{format_yuan(amount_fen)}（大写：{rmb_capitals(amount_fen)}）"
        if not reasons
        else "不符合条件：" + "；".join(reasons)
    )
    story.append(
        grid(
            [
                ["申请人（业主代表）", _or_blank(applicant), "联系电话", _or_blank(contact)],
                ["实施主体", implementer or "本单元出资业主", "竣工验收日期", _day(accepted_on) or BLANK],
                ["开户银行", BLANK, "账户名称", BLANK],
                [
                    "银行账号",
                    BLANK,
                    "工程总造价（元）",
                    format_yuan(project_cost_fen) if project_cost_fen else BLANK,
                ],
            ],
            [34 * mm, 53 * mm, 34 * mm, 53 * mm],
            header=False,
            st=st,
        )
    )
    story += [
        Spacer(1, 2 * mm),
        grid([["补助政策", policy], ["申请金额", amount]], [34 * mm, 140 * mm], header=False, st=st),
        Paragraph("电梯及监督检验", st["h2"]),
        grid(_elevator_rows(elevator), [34 * mm, 53 * mm, 34 * mm, 53 * mm], header=False, st=st),
    ]
    if documents:
        story += [
            Paragraph("附件材料", st["h2"]),
            grid([["材料", "状态"], *[[t, x] for t, x in documents]], [130 * mm, 44 * mm], st=st),
        ]
    story += [
        Spacer(1, 6 * mm),
        closing(
            Paragraph("申请单位（业主代表）承诺以上材料真实有效。", st["base"]),
            signature_block(
                ["申请人（业主代表）", "社区意见", "街道审核"], st, header.seal_text, seal_line=True
            ),
        ),
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
    *,
    implementer: str = "",
    elevator: ElevatorFacts = ElevatorFacts(),
) -> Path:
    """竣工验收记录 (特种设备安全法 arts. 24, 25, 33 items)."""
    st = styles()
    story = _head(header, "既有住宅增设电梯竣工验收记录", st)
    story.append(
        grid(
            [
                ["开工日期", _day(started_on) or BLANK, "竣工验收日期", _day(accepted_on) or BLANK],
                ["建设单位", implementer or "本单元出资业主", "施工单位", BLANK],
                ["设计单位", BLANK, "监理单位", BLANK],
                *_elevator_rows(elevator),
            ],
            [34 * mm, 53 * mm, 34 * mm, 53 * mm],
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
            "电梯须经特种设备检验机构监督检验合格方可交付使用（第二十五条）；"
            "使用单位应在电梯投入使用前或者投入使用后三十日内办理使用登记（第三十三条）。",
            st["small"],
        ),
        closing(
            Paragraph("验收结论", st["h2"]),
            Paragraph("□ 合格　　□ 不合格　　整改事项：" + BLANK * 2, st["base"]),
            Spacer(1, 8 * mm),
            signature_block(
                ["建设单位（业主代表）", "设计单位", "施工单位", "监理单位", "电梯安装单位", "社区见证"],
                st,
                header.seal_text,
            ),
        ),
    ]
    return write_pdf(
        path, PageInfo(header.office, "竣工验收记录", header.case_no, printed_on, header.seal_text), story
    )
