"""The monthly report as a record of its month: communities told apart by street, a past month's
figures as they stood at its end, the month's new and finished cases, a layout that keeps headings
and signatures with their content, whole-number chart axes, exact medians, embedded fonts."""

from __future__ import annotations

import re
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.graphics import renderPDF
from sqlalchemy import select

from casedesk.core.db.models import Case, StageEvent
from casedesk.core.domain.enums import Role, Stage
from casedesk.core.reports.monthly import (
    Headline,
    MonthlyReport,
    _bar_chart,
    format_days,
    integer_axis,
    monthly_report,
)
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import NewCase, create_case
from casedesk.core.services.report_data import build_monthly, print_monthly
from casedesk.demo import generate_demo
from tests.money.walk import case_at

SUPERVISOR = Actor(None, "boss", Role.SUPERVISOR, "街道主管")
DEMO_TODAY = date(2026, 11, 25)


def page_texts(pdf: Path) -> list[str]:
    texts = []
    for n in range(1, len(PdfReader(pdf).pages) + 1):
        out = subprocess.run(
            ["pdftotext", "-f", str(n), "-l", str(n), "-layout", str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        texts.append("".join(out.split()))
    return texts


def embedded(pdf: Path) -> list[str]:
    """The 'emb' column of pdffonts, one entry a font."""
    lines = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    return [line.split()[-5] for line in lines.splitlines()[2:]]


def test_same_named_communities_of_different_streets_stay_apart(session_factory, actor, tmp_path) -> None:
    day = date.today() - timedelta(days=30)
    for street in ("文东街道", "趵突泉街道", "大明湖街道", "泉城路街道"):
        create_case(
            session_factory,
            actor,
            NewCase("历下区", street, "营市街社区", "营市街小区", "1", "1", 6, opened_on=day),
        )
    report = build_monthly(session_factory, SUPERVISOR, day.strftime("%Y-%m"), today=date.today())
    rows = [r for r in report.by_community if r[1] == "营市街社区"]
    assert sorted(r[0] for r in rows) == sorted(["文东街道", "趵突泉街道", "大明湖街道", "泉城路街道"])
    assert all(r[2] == 1 for r in rows)  # one case each, not four in one row
    out = print_monthly(
        session_factory, SUPERVISOR, day.strftime("%Y-%m"), tmp_path / "m.pdf", today=date.today()
    )
    whole = "".join(page_texts(out))
    assert whole.count("营市街社区") >= 4 and "趵突泉街道营市街社区" in whole


def _open_day_near_month_end() -> int:
    """days_ago putting a case's opening on the 24th–27th of a month at least four months back, so
    its notice runs over the month's end and it reaches 街道审核 only in the next month."""
    for days_ago in range(120, 200):
        if 24 <= (date.today() - timedelta(days=days_ago)).day <= 27:
            return days_ago
    raise AssertionError("no such day")


def test_past_month_shows_stages_as_they_stood_at_its_end(session_factory, actor) -> None:
    days_ago = _open_day_near_month_end()
    case_no = case_at(session_factory, actor, Stage.STREET_REVIEW, days_ago=days_ago)
    opened = date.today() - timedelta(days=days_ago)
    month = opened.strftime("%Y-%m")
    with session_factory() as s:
        case_id = s.scalar(select(Case.id).where(Case.case_no == case_no))
        events = s.execute(
            select(StageEvent.to_stage, StageEvent.occurred_on)
            .where(StageEvent.case_id == case_id, StageEvent.kind.in_(("open", "advance")))
            .order_by(StageEvent.occurred_on, StageEvent.id)
        ).all()
    report_past = build_monthly(session_factory, SUPERVISOR, month, today=date.today())
    month_end = report_past.as_of
    assert month_end is not None and month_end.strftime("%Y-%m") == month and month_end < date.today()
    then = [stage for stage, on in events if on <= month_end][-1]
    assert then != Stage.STREET_REVIEW.value  # the case moved on after the month ended
    by_stage = dict(report_past.by_stage)
    assert by_stage[Stage(then).label] == 1 and by_stage[Stage.STREET_REVIEW.label] == 0
    assert [c.stage for c in report_past.active_cases] == [Stage(then).label]
    assert [c.case_no for c in report_past.registered] == [case_no]
    # today's report shows today's stage
    now = build_monthly(session_factory, SUPERVISOR, date.today().strftime("%Y-%m"), today=date.today())
    assert dict(now.by_stage)[Stage.STREET_REVIEW.label] == 1
    # a month before the case existed does not count it
    before = (opened.replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
    assert (
        sum(n for _, n in build_monthly(session_factory, SUPERVISOR, before, today=date.today()).by_stage)
        == 0
    )


def test_cases_registered_and_completed_in_the_month_are_listed(session_factory, actor, tmp_path) -> None:
    generate_demo(session_factory, actor, units=120, seed=6, today=DEMO_TODAY)
    with session_factory() as s:
        done = s.execute(
            select(Case.case_no, StageEvent.occurred_on)
            .join(StageEvent, StageEvent.case_id == Case.id)
            .where(StageEvent.to_stage == Stage.DONE.value, StageEvent.kind == "advance")
            .order_by(StageEvent.occurred_on.desc())
        ).first()
        assert done is not None
        month = done[1].strftime("%Y-%m")
        first = date(done[1].year, done[1].month, 1)
        opened = set(
            s.scalars(
                select(Case.case_no).where(Case.opened_on >= first, Case.opened_on <= done[1].replace(day=28))
            )
        )
    report = build_monthly(session_factory, SUPERVISOR, month, today=DEMO_TODAY)
    assert done[0] in [c.case_no for c in report.completed]
    assert all(c.on.strftime("%Y-%m") == month for c in report.completed + report.registered)
    assert opened <= {c.case_no for c in report.registered}
    out = print_monthly(session_factory, SUPERVISOR, month, tmp_path / "m.pdf", today=DEMO_TODAY)
    whole = "".join(page_texts(out))
    assert f"附表二：本月办结案件（共{len(report.completed)}件）" in whole and done[0] in whole


def test_layout_keeps_headings_and_signatures_with_their_content(session_factory, actor, tmp_path) -> None:
    generate_demo(session_factory, actor, units=200, seed=6, today=DEMO_TODAY)
    out = print_monthly(session_factory, SUPERVISOR, "2026-10", tmp_path / "m.pdf", today=DEMO_TODAY)
    pages = page_texts(out)

    def page_of(text: str) -> int:
        return next(i for i, p in enumerate(pages) if text in p)

    for heading, first_row in (
        ("一、主要指标", "开工（台）"),
        ("四、阶段停留时间与超期", "停留天数（中位数）"),
        ("五、纠纷调解", "本月新增纠纷"),
        ("六、近12个月开工与验收", "每月开工与验收（台）"),
        ("附表三：在办案件清单", "进入日期"),
    ):
        assert page_of(heading) == page_of(first_row), heading
    # the signatures share their page with the last section, never a page of their own
    assert page_of("制表人") == page_of("六、近12个月开工与验收")
    # dates and case numbers are never broken across lines ("2026-11-2 / 0", "…-000 / 1")
    raw = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
    assert not re.search(r"(?<![\d-])\d{4}-\d{2}-\d(?![\d])", raw)
    assert not re.search(r"\b[A-Z]{2,}-[A-Z]{2,}-\d{4}-\d{1,3}(?!\d)", raw)
    assert all(e == "yes" for e in embedded(out)) and embedded(out)


@pytest.mark.parametrize("top", [0, 1, 2, 3, 4, 5, 6, 7, 9, 11, 23, 99, 115, 2000])
def test_count_axes_have_whole_number_ticks(top: int) -> None:
    step, maximum = integer_axis(top)
    assert isinstance(step, int) and step >= 1 and maximum >= max(top, 1)
    assert maximum % step == 0 and maximum // step <= 5


def test_small_count_chart_prints_whole_numbers_only(tmp_path) -> None:
    drawing = _bar_chart("各阶段案件数", ["甲", "乙", "丙"], [[0, 1, 2]], ["案件数"])
    pdf = tmp_path / "chart.pdf"
    renderPDF.drawToFile(drawing, str(pdf))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    numbers = [t for t in text.split() if t[0].isdigit()]
    assert numbers and all(t.isdigit() for t in numbers), numbers
    assert sorted(set(numbers)) == ["0", "1", "2"]
    # an all-zero chart runs 0..1, not 0.002…0.01
    drawing = _bar_chart("空", ["甲"], [[0]], ["案件数"])
    renderPDF.drawToFile(drawing, str(pdf))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "0.0" not in text and "1" in text.split()
    assert all(e == "yes" for e in embedded(pdf))  # no empty Helvetica text object


def test_median_keeps_its_half_day(tmp_path) -> None:
    assert (format_days(104.5), format_days(104.0), format_days(0.0)) == ("104.5", "104", "0")
    report = MonthlyReport(
        office="济南市历下区文东街道办事处",
        scope="文东街道",
        month="2026-10",
        printed_on=date(2026, 11, 25),
        started=Headline("开工（台）", 0, 0, 0),
        accepted=Headline("竣工验收（台）", 0, 0, 0),
        subsidy_paid_fen=(0, 0, 0),
        target_starts=None,
        target_acceptances=None,
        by_stage=[(s.label, 0) for s in Stage],
        by_community=[],
        hold_days=[(Stage.CONSENT.label, 104.5, 0), (Stage.NOTICE.label, 16.0, 0)],
        disputes=(0, 0, 0),
        disputes_by_category=[],
        monthly=[("2026-10", 0, 0)],
        active_cases=[],
        as_of=date(2026, 10, 31),
    )
    out = monthly_report(tmp_path / "m.pdf", report)
    whole = "".join(page_texts(out))
    assert "意见征询104.5" in whole and "公示16" in whole and "104.0" not in whole
    assert "月末超期案件" in whole
    assert all(e == "yes" for e in embedded(out))


def test_replayed_month_end_agrees_with_the_cases_own_columns(session_factory, actor) -> None:
    """Printed on its last day, a month is read from the cases' columns; printed later, it is
    replayed from the stage events. With nothing happening in between, the two must agree."""
    generate_demo(session_factory, actor, units=120, seed=9, today=DEMO_TODAY)
    live = build_monthly(session_factory, SUPERVISOR, "2026-11", today=date(2026, 11, 30))
    replayed = build_monthly(session_factory, SUPERVISOR, "2026-11", today=date(2027, 1, 15))
    assert live.as_of == replayed.as_of == date(2026, 11, 30)
    assert live.by_stage == replayed.by_stage
    assert live.by_community == replayed.by_community
    assert live.active_cases == replayed.active_cases
    assert [h[2] for h in live.hold_days] == [h[2] for h in replayed.hold_days]
    assert live.completed == replayed.completed and live.registered == replayed.registered
