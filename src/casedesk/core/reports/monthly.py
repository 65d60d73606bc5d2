"""The supervisor's monthly report (月度报表): headline figures, stages, hold times, disputes,
charts of the last 12 months and an appendix of every active case."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer

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
    by_community: list[tuple[str, int, int, int]]  # community, active, started this year, accepted this year
    hold_days: list[tuple[str, int, int]]  # stage, median days, cases over the limit
    disputes: tuple[int, int, int]  # opened in month, resolved in month, overdue now
    disputes_by_category: list[tuple[str, int]]
    monthly: list[tuple[str, int, int]]  # YYYY-MM, starts, acceptances (last 12 months)
    active_cases: list[ActiveCase]
    seal_text: str = ""


def target_share(done: int, target: int | None) -> str:
    """'136.5%' rounded half up to one decimal, computed in integers."""
    if not target:
        return "—"
    permille = (done * 2000 + target) // (2 * target)
    return f"{permille // 10}.{permille % 10}%"


def _bar_chart(title: str, labels: list[str], series: list[list[int]], names: list[str]) -> Drawing:
    drawing = Drawing(170 * mm, 70 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 14 * mm, 12 * mm, 150 * mm, 48 * mm
    chart.data = series or [[0]]
    chart.categoryAxis.categoryNames = labels or [""]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 30 if len(labels) > 8 else 0
    chart.categoryAxis.labels.dy = -6 if len(labels) > 8 else 0
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontSize = 7
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


def monthly_report(path: Path, r: MonthlyReport) -> Path:
    st = styles()
    year = r.month[:4]
    story: list = [
        Paragraph(f"{r.scope}既有住宅增设电梯工作月度报表（{r.month}）", st["title"]),
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
            ],
            [30 * mm, 22 * mm, 26 * mm, 32 * mm, 64 * mm],
            st=st,
        ),
        Paragraph("二、各阶段案件", st["h2"]),
        grid([["阶段", "案件数"], *[[s, str(n)] for s, n in r.by_stage]], [100 * mm, 74 * mm], st=st),
        Spacer(1, 3 * mm),
        _bar_chart("各阶段案件数", [s for s, _ in r.by_stage], [[n for _, n in r.by_stage]], ["案件数"]),
        Paragraph("三、各社区情况", st["h2"]),
        grid(
            [
                ["社区", "在办案件", f"{year}年开工", f"{year}年验收"],
                *[[c, str(a), str(s), str(v)] for c, a, s, v in r.by_community],
            ],
            [70 * mm, 34 * mm, 35 * mm, 35 * mm],
            st=st,
        ),
        Paragraph("四、阶段停留时间与超期", st["h2"]),
        grid(
            [
                ["阶段", "停留天数（中位数）", "当前超期案件"],
                *[[s, str(d), str(o)] for s, d, o in r.hold_days],
            ],
            [70 * mm, 52 * mm, 52 * mm],
            st=st,
        ),
        Paragraph("五、纠纷调解", st["h2"]),
        Paragraph(
            f"本月新增纠纷 {r.disputes[0]} 件，本月办结 {r.disputes[1]} 件，"
            f"目前超过调解期限 {r.disputes[2]} 件。",
            st["base"],
        ),
    ]
    if r.disputes_by_category:
        story.append(
            grid(
                [["纠纷类别", "件数"], *[[c, str(n)] for c, n in r.disputes_by_category]],
                [100 * mm, 74 * mm],
                st=st,
            )
        )
    story += [
        Paragraph("六、近 12 个月开工与验收", st["h2"]),
        _bar_chart(
            "每月开工与验收（台）",
            [m[2:] for m, _, _ in r.monthly],
            [[s for _, s, _ in r.monthly], [a for _, _, a in r.monthly]],
            ["开工", "验收"],
        ),
        Spacer(1, 6 * mm),
        signature_block(["制表人", "审核人（街道主管）"], st, r.seal_text),
        PageBreak(),
        Paragraph(f"附表：在办案件清单（共 {len(r.active_cases)} 件）", st["h2"]),
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
            [36 * mm, 22 * mm, 47 * mm, 24 * mm, 22 * mm, 23 * mm],
            st=st,
        ),
    ]
    return write_pdf(path, PageInfo(r.office, f"月度报表 {r.month}", "", r.printed_on, r.seal_text), story)
