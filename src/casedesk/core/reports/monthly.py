"""The supervisor's monthly report (月度报表): headline figures, stages, hold times, disputes,
charts of the last 12 months and an appendix of every active case."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from casedesk.core.domain.units import format_yuan
from casedesk.core.reports.fonts import REGULAR
from casedesk.core.reports.page import PageInfo, grid, signature_block, styles, write_pdf


@dataclass(frozen=True)
class Headline:
    label: str
    month: int
    year: int
    total: int


@dataclass(frozen=True)
class ActiveCase:
    case_no: str
    community: str
    address: str
    stage: str
    since: date
    due: date | None
    overdue: bool


@dataclass(frozen=True)
class MonthCase:
    """A case registered or completed in the month."""

    case_no: str
    community: str
    address: str
    on: date
    stage: str  # where it stood at the month's end


@dataclass(frozen=True)
class MonthlyReport:
    office: str
    scope: str  # 文东街道 / 历下区 / 全市
    month: str  # YYYY-MM
    printed_on: date
    started: Headline
    accepted: Headline
    subsidy_paid_fen: tuple[int, int, int]  # month, year, since start
    target_starts: int | None
    target_acceptances: int | None
    by_stage: list[tuple[str, int]]
    # street, community, active, started this year, accepted this year: a community is known by
    # its street too (营市街社区 exists in four streets)
    by_community: list[tuple[str, str, int, int, int]]
    hold_days: list[tuple[str, float, int]]  # stage, median days, cases over the limit
    disputes: tuple[int, int, int]  # opened in month, resolved in month, overdue now
    disputes_by_category: list[tuple[str, int]]
    monthly: list[tuple[str, int, int]]  # YYYY-MM, starts, acceptances (last 12 months)
    active_cases: list[ActiveCase]
    registered: list[MonthCase] = field(default_factory=list)
    completed: list[MonthCase] = field(default_factory=list)
    as_of: date | None = None  # the day the stage figures describe (the month's end, or today)
    seal_text: str = ""


def target_share(done: int, target: int | None) -> str:
    """'136.5%' rounded half up to one decimal, computed in integers."""
    if not target:
        return "—"
    permille = (done * 2000 + target) // (2 * target)
    return f"{permille // 10}.{permille % 10}%"


def format_days(value: float) -> str:
    """A median of whole days prints as 104, one between two as 104.5 (never rounded away)."""
    return str(int(value)) if value == int(value) else f"{value:.1f}"


def integer_axis(top: int, ticks: int = 5) -> tuple[int, int]:
    """(step, maximum) of a count axis: whole numbers only, at most *ticks* steps, at least 0..1
    (an axis of all zeros would otherwise run 0.002…0.01)."""
    wanted = max(1, math.ceil(top / ticks))
    magnitude = 10 ** (len(str(wanted)) - 1)
    # the first of 1, 2, 5, 10, 20, 25, 50, … that is wide enough: ticks a reader counts in
    step = next(
        m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= wanted and m * magnitude % 1 == 0
    )
    step = int(step)
    return step, step * max(1, math.ceil(top / step))


def _bar_chart(title: str, labels: list[str], series: list[list[int]], names: list[str]) -> Drawing:
    drawing = Drawing(170 * mm, 70 * mm)
    # The renderer starts every drawing in its initial font; left at Helvetica it writes an empty,
    # never-embedded Helvetica text object into the PDF.
    drawing.initialFontName = REGULAR
    drawing.initialFontSize = 7
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 14 * mm, 12 * mm, 150 * mm, 48 * mm
    chart.data = series or [[0]]
    chart.categoryAxis.categoryNames = labels or [""]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 30 if len(labels) > 8 else 0
    chart.categoryAxis.labels.dy = -6 if len(labels) > 8 else 0
    chart.valueAxis.labels.fontName = REGULAR
    step, top = integer_axis(max((v for row in series for v in row), default=0))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = step
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.labels.fontSize = 7
    chart.barLabels.fontName = REGULAR
    palette = [colors.HexColor("#2f6db5"), colors.HexColor("#e0892b")]
    for i in range(len(series)):
        chart.bars[i].fillColor = palette[i % len(palette)]
    drawing.add(chart)
    drawing.add(String(14 * mm, 64 * mm, title, fontName=REGULAR, fontSize=10))
    if len(names) > 1:
        legend = Legend()
        legend.x, legend.y = 120 * mm, 68 * mm
        legend.fontName = REGULAR
        legend.fontSize = 8
        legend.alignment = "right"
        legend.colorNamePairs = [(palette[i], n) for i, n in enumerate(names)]
        drawing.add(legend)
    return drawing


def _section(heading: Paragraph, *body: Flowable) -> KeepTogether:
    """A heading never stands alone at a page's foot: it moves with what it heads."""
    return KeepTogether([heading, *body])


def _case_rows(cases: list[MonthCase], date_title: str) -> list[list[str]]:
    rows = [["案件编号", "社区", "地址", date_title, "月末阶段"]]
    rows += [[c.case_no, c.community, c.address, c.on.isoformat(), c.stage] for c in cases]
    if not cases:
        rows.append(["本月没有", "", "", "", ""])
    return rows


CASE_WIDTHS = [38 * mm, 26 * mm, 52 * mm, 26 * mm, 32 * mm]


def monthly_report(path: Path, r: MonthlyReport) -> Path:
    st = styles()
    year = r.month[:4]
    as_of = f"（截至 {r.as_of.isoformat()}）" if r.as_of else ""
    past = r.as_of is not None and r.as_of < r.printed_on  # a month already over
    story: list = [
        Paragraph(f"{r.scope}既有住宅增设电梯工作月度报表（{r.month}）", st["title"]),
        _section(
            Paragraph("一、主要指标", st["h2"]),
            grid(
                [
                    ["指标", "本月", f"{year}年累计", "自2017年累计", "年度目标完成"],
                    [
                        r.started.label,
                        str(r.started.month),
                        str(r.started.year),
                        str(r.started.total),
                        f"目标 {r.target_starts or '—'}，"
                        f"完成年度目标 {target_share(r.started.year, r.target_starts)}",
                    ],
                    [
                        r.accepted.label,
                        str(r.accepted.month),
                        str(r.accepted.year),
                        str(r.accepted.total),
                        f"目标 {r.target_acceptances or '—'}，"
                        f"完成 {target_share(r.accepted.year, r.target_acceptances)}",
                    ],
                    [
                        "拨付补贴（元）",
                        format_yuan(r.subsidy_paid_fen[0]),
                        format_yuan(r.subsidy_paid_fen[1]),
                        format_yuan(r.subsidy_paid_fen[2]),
                        "",
                    ],
                    ["本月登记案件", str(len(r.registered)), "", "", ""],
                    ["本月办结案件", str(len(r.completed)), "", "", ""],
                ],
                [30 * mm, 22 * mm, 26 * mm, 32 * mm, 64 * mm],
                st=st,
            ),
        ),
        _section(
            Paragraph(f"二、各阶段案件{as_of}", st["h2"]),
            grid([["阶段", "案件数"], *[[s, str(n)] for s, n in r.by_stage]], [100 * mm, 74 * mm], st=st),
            Spacer(1, 3 * mm),
            _bar_chart("各阶段案件数", [s for s, _ in r.by_stage], [[n for _, n in r.by_stage]], ["案件数"]),
        ),
        # A long table may split, so its heading asks for room for a few rows instead.
        CondPageBreak(40 * mm),
        Paragraph(f"三、各社区情况{as_of}", st["h2"]),
        grid(
            [
                ["街道", "社区", "在办案件", f"{year}年开工", f"{year}年验收"],
                *[[t, c, str(a), str(s), str(v)] for t, c, a, s, v in r.by_community],
            ],
            [38 * mm, 46 * mm, 30 * mm, 30 * mm, 30 * mm],
            st=st,
        ),
        _section(
            Paragraph("四、阶段停留时间与超期", st["h2"]),
            grid(
                [
                    ["阶段", "停留天数（中位数）", "月末超期案件" if past else "当前超期案件"],
                    *[[s, format_days(d), str(o)] for s, d, o in r.hold_days],
                ],
                [70 * mm, 52 * mm, 52 * mm],
                st=st,
            ),
        ),
    ]
    disputes: list[Flowable] = [
        Paragraph(
            f"本月新增纠纷 {r.disputes[0]} 件，本月办结 {r.disputes[1]} 件，"
            f"{'月末' if past else '目前'}超过调解期限 {r.disputes[2]} 件。",
            st["base"],
        )
    ]
    if r.disputes_by_category:
        disputes.append(
            grid(
                [["纠纷类别", "件数"], *[[c, str(n)] for c, n in r.disputes_by_category]],
                [100 * mm, 74 * mm],
                st=st,
            )
        )
    story += [
        _section(Paragraph("五、纠纷调解", st["h2"]), *disputes),
        # the last section and the signatures stay together: 制表人 never opens a page alone
        _section(
            Paragraph("六、近 12 个月开工与验收", st["h2"]),
            _bar_chart(
                "每月开工与验收（台）",
                [m[2:] for m, _, _ in r.monthly],
                [[s for _, s, _ in r.monthly], [a for _, _, a in r.monthly]],
                ["开工", "验收"],
            ),
            Spacer(1, 6 * mm),
            signature_block(["制表人", "审核人（街道主管）"], st, r.seal_text),
        ),
        PageBreak(),
        Paragraph(f"附表一：本月登记案件（共 {len(r.registered)} 件）", st["h2"]),
        grid(_case_rows(r.registered, "登记日期"), CASE_WIDTHS, st=st),
        CondPageBreak(40 * mm),
        Paragraph(f"附表二：本月办结案件（共 {len(r.completed)} 件）", st["h2"]),
        grid(_case_rows(r.completed, "办结日期"), CASE_WIDTHS, st=st),
        CondPageBreak(40 * mm),
        Paragraph(f"附表三：在办案件清单{as_of}（共 {len(r.active_cases)} 件）", st["h2"]),
        grid(
            [
                ["案件编号", "社区", "地址", "阶段", "进入日期", "期限"],
                *[
                    [
                        c.case_no,
                        c.community,
                        c.address,
                        c.stage,
                        c.since.isoformat(),
                        (c.due.isoformat() if c.due else "") + ("（超期）" if c.overdue else ""),
                    ]
                    for c in r.active_cases
                ],
            ],
            # the case number's column holds the longest (TQ-TQDJ-2026-0001) on one line
            [38 * mm, 22 * mm, 40 * mm, 25 * mm, 24 * mm, 25 * mm],
            st=st,
        ),
    ]
    return write_pdf(path, PageInfo(r.office, f"月度报表 {r.month}", "", r.printed_on, r.seal_text), story)
