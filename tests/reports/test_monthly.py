"""The monthly report: figures checked against the database, the PDF read back."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from casedesk.core.db.models import Case, Street, Subsidy
from casedesk.core.domain.enums import Role
from casedesk.core.errors import PermissionDenied, UserError
from casedesk.core.reports.monthly import target_share
from casedesk.core.services.actor import Actor
from casedesk.core.services.report_data import build_monthly, print_monthly
from casedesk.demo import generate_demo

TODAY = date(2026, 11, 25)
SUPERVISOR = Actor(None, "boss", Role.SUPERVISOR, "街道主管")


@pytest.mark.parametrize(
    ("done", "target", "text"),
    [
        (273, 200, "136.5%"),
        (0, 10, "0.0%"),
        (1, 3, "33.3%"),
        (2, 3, "66.7%"),
        (5, None, "—"),
        (1, 8, "12.5%"),
    ],
)
def test_target_share_rounds_half_up_in_integers(done, target, text) -> None:
    assert target_share(done, target) == text


def test_figures_match_the_database(session_factory, actor) -> None:
    generate_demo(session_factory, actor, units=120, seed=6, today=TODAY)
    report = build_monthly(session_factory, SUPERVISOR, "2026-10", today=TODAY)
    with session_factory() as s:
        started_total = s.scalar(select(func.count(Case.id)).where(Case.started_on <= date(2026, 10, 31)))
        started_year = s.scalar(
            select(func.count(Case.id)).where(Case.started_on.between(date(2026, 1, 1), date(2026, 10, 31)))
        )
        paid = s.scalar(
            select(func.coalesce(func.sum(Subsidy.paid_fen), 0)).where(Subsidy.paid_on <= date(2026, 10, 31))
        )
        active = s.scalar(
            select(func.count(Case.id)).where(
                Case.stage != "done", Case.side_state.in_(("active", "suspended"))
            )
        )
    assert (report.started.total, report.started.year) == (started_total, started_year)
    assert report.subsidy_paid_fen[2] == paid
    # the running month counts the cases open today (a past month: those open at its end)
    running = build_monthly(session_factory, SUPERVISOR, "2026-11", today=TODAY)
    assert len(running.active_cases) == active
    assert sum(n for _, n in running.by_stage) >= active
    assert [m for m, _, _ in report.monthly][-1] == "2026-10" and len(report.monthly) == 12
    assert sum(s for _, s, _ in report.monthly) <= started_total


def test_street_scope_and_pdf(session_factory, actor, tmp_path) -> None:
    generate_demo(session_factory, actor, units=80, seed=7, today=TODAY)
    with session_factory() as s:
        street = s.scalar(select(Street.name).order_by(Street.id))
    out = print_monthly(
        session_factory, SUPERVISOR, "2026-10", tmp_path / "m.pdf", street=street, today=TODAY
    )
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    compact = "".join(text.split())
    assert f"{street}既有住宅增设电梯工作月度报表（2026-10）" in compact
    assert "一、主要指标" in text and "在办案件清单" in text and "近12个月开工与验收" in compact
    pages = len(PdfReader(out).pages)
    assert f"第{pages}页共{pages}页" in compact
    whole = build_monthly(session_factory, SUPERVISOR, "2026-10", today=TODAY)
    scoped = build_monthly(session_factory, SUPERVISOR, "2026-10", street=street, today=TODAY)
    assert 0 < len(scoped.active_cases) < len(whole.active_cases)


def test_report_needs_a_supervisor_and_a_valid_month(session_factory, actor) -> None:
    with pytest.raises(PermissionDenied):
        build_monthly(session_factory, Actor(None, "li", Role.CLERK), "2026-10", today=TODAY)
    with pytest.raises(UserError, match="YYYY-MM"):
        build_monthly(session_factory, SUPERVISOR, "2026-13", today=TODAY)
    with pytest.raises(UserError, match="没有这个街道"):
        build_monthly(session_factory, SUPERVISOR, "2026-10", street="不存在街道", today=TODAY)
