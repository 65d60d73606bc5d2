"""An open dispute means one thing everywhere, and the monthly report and the dispute statistics
count disputes one way (issue 24): the same figures for the same month, past or running."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from casedesk.core.db.models import Case, Dispute
from casedesk.core.domain.enums import OPEN_DISPUTE_STATUSES, DisputeStatus, PartyRole, Role
from casedesk.core.services import disputes as ds
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import NewCase, create_case
from casedesk.core.services.report_data import build_monthly
from casedesk.core.services.workflow import blocking_disputes

SUPERVISOR = Actor(None, "boss", Role.SUPERVISOR, "街道主管")


def test_only_waiting_and_mediating_disputes_are_open() -> None:
    assert {s for s in DisputeStatus if s.is_open} == OPEN_DISPUTE_STATUSES
    assert {DisputeStatus.PENDING, DisputeStatus.IN_MEDIATION} == OPEN_DISPUTE_STATUSES


def _open(sf, actor, case_no: str, title: str, on: date, *, blocking: bool = False) -> str:
    party = [ds.PartyInput("张伟", PartyRole.OBJECTOR, "201")]
    return ds.open_dispute(sf, actor, case_no, title=title, opened_on=on, parties=party, blocking=blocking)


def _closed_on(sf, number: str) -> date | None:
    with sf() as s:
        return s.scalar(select(Dispute.closed_on).where(Dispute.dispute_no == number))


def test_report_and_statistics_count_alike_and_a_reopened_dispute_is_open_again(
    session_factory, actor
) -> None:
    sf = session_factory
    case_no = create_case(sf, actor, NewCase("历下区", "文东街道", "青龙街社区", "某小区", "2", "1", 6))
    failed = _open(sf, actor, case_no, "噪音", date(2026, 3, 2), blocking=True)
    ds.change_status(sf, actor, failed, DisputeStatus.IN_MEDIATION, on=date(2026, 3, 5))
    ds.change_status(sf, actor, failed, DisputeStatus.FAILED, on=date(2026, 3, 10))
    assert _closed_on(sf, failed) == date(2026, 3, 10)
    assert blocking_disputes_of(sf, case_no) == []  # a failed dispute holds the case no longer
    late = _open(sf, actor, case_no, "采光", date(2026, 1, 5))  # overdue by March (limit 30 days)
    third = _open(sf, actor, case_no, "通行", date(2026, 2, 20))

    def figures(month: str, first: date, last: date, today: date) -> tuple[int, int, int]:
        report = build_monthly(sf, SUPERVISOR, month, today=today)
        stats = ds.dispute_stats(sf, SUPERVISOR, first=first, last=last, today=today)
        assert report.disputes == (stats.opened, stats.resolved, stats.overdue)
        return report.disputes

    assert figures("2026-03", date(2026, 3, 1), date(2026, 3, 31), date(2026, 3, 20)) == (1, 1, 1)
    # mediation resumes: open again, its closing date gone, and it holds the case again
    ds.change_status(sf, actor, failed, DisputeStatus.IN_MEDIATION, on=date(2026, 4, 2))
    assert _closed_on(sf, failed) is None
    assert {d.dispute_no for d in ds.list_disputes(sf, actor) if d.status.is_open} == {failed, late, third}
    assert blocking_disputes_of(sf, case_no) == [failed]
    # a past month read later: the same figures from both
    figures("2026-02", date(2026, 2, 1), date(2026, 2, 28), date(2026, 4, 20))
    assert figures("2026-04", date(2026, 4, 1), date(2026, 4, 30), date(2026, 4, 20))[1] == 0


def blocking_disputes_of(sf, case_no: str) -> list[str]:
    with sf() as s:
        case_id = s.scalar(select(Case.id).where(Case.case_no == case_no))
        return [line.split()[0] for line in blocking_disputes(s, case_id)]
