"""Subsidy payments and cost shares refuse what would falsify the ledger (issue 23 #3 and #10)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from casedesk.core.db.models import AuditEvent, CostShare, Subsidy
from casedesk.core.domain.enums import Stage
from casedesk.core.errors import UserError
from casedesk.core.services import workflow as wf
from casedesk.core.services.construction import construction_view
from casedesk.core.services.costshare import compute_cost_share, current_cost_share
from casedesk.core.services.subsidy import pay_subsidy, record_subsidy_step, subsidy_totals, subsidy_view
from tests.money.walk import case_at


def _count(sf, model) -> int:
    with sf() as s:
        return s.scalar(select(func.count(model.id))) or 0


def test_a_payment_before_acceptance_is_refused_and_stores_nothing(session_factory, actor) -> None:
    case_no = case_at(session_factory, actor, Stage.ACCEPTANCE)
    audits = _count(session_factory, AuditEvent)
    with pytest.raises(UserError, match=r"尚未通过竣工验收.*竣工验收"):
        pay_subsidy(
            session_factory, actor, case_no, amount_fen=20_000_000, paid_on=date.today(), voucher_no="CZ-1"
        )
    assert _count(session_factory, Subsidy) == 0 and _count(session_factory, AuditEvent) == audits
    view = construction_view(session_factory, actor, case_no)
    assert view.can_record_acceptance and view.accepted_on is None
    # Acceptance is recorded by leaving 竣工验收 (its documents are checked there); then money may flow.
    accepted = date.today() - timedelta(days=3)
    wf.mark_checklist_item(session_factory, actor, case_no, "inspection_report", on=accepted)
    wf.mark_checklist_item(session_factory, actor, case_no, "acceptance_record", on=accepted)
    wf.advance(session_factory, actor, case_no, Stage.SUBSIDY, on=accepted)
    assert construction_view(session_factory, actor, case_no).accepted_on == accepted
    pay_subsidy(
        session_factory, actor, case_no, amount_fen=20_000_000, paid_on=date.today(), voucher_no="CZ-1"
    )
    assert subsidy_view(session_factory, actor, case_no).paid_fen == 20_000_000


def test_a_second_payment_is_its_own_entry_and_never_replaces_the_first(session_factory, actor) -> None:
    case_no = case_at(session_factory, actor, Stage.SUBSIDY)
    record_subsidy_step(session_factory, actor, case_no, "applied", on=date(2026, 8, 1))
    record_subsidy_step(session_factory, actor, case_no, "approved", on=date(2026, 8, 20))
    pay_subsidy(
        session_factory, actor, case_no, amount_fen=12_000_000, paid_on=date(2026, 9, 3), voucher_no="CZ-1"
    )
    pay_subsidy(
        session_factory, actor, case_no, amount_fen=8_000_000, paid_on=date(2026, 10, 8), voucher_no="CZ-2"
    )
    with pytest.raises(UserError, match="CZ-2 已登记过"):
        pay_subsidy(
            session_factory,
            actor,
            case_no,
            amount_fen=8_000_000,
            paid_on=date(2026, 10, 9),
            voucher_no="CZ-2",
        )
    view = subsidy_view(session_factory, actor, case_no)
    assert [(p.amount_fen, p.paid_on, p.voucher_no) for p in view.payments] == [
        (12_000_000, date(2026, 9, 3), "CZ-1"),
        (8_000_000, date(2026, 10, 8), "CZ-2"),
    ]
    assert (view.paid_fen, view.paid_on, view.voucher_no, view.status) == (
        20_000_000,
        date(2026, 10, 8),
        "CZ-2",
        "paid",
    )
    # The application steps stay where they were recorded, and read back in words.
    assert [(label, on) for label, on, _fen in view.steps] == [
        ("申请", date(2026, 8, 1)),
        ("批准", date(2026, 8, 20)),
    ]
    assert view.to_json()["paid_amount"] == "200000.00" and len(view.to_json()["payments"]) == 2
    assert subsidy_totals(session_factory, actor, first=date(2026, 1, 1), last=date(2026, 12, 31)) == {
        "2026-09": 12_000_000,
        "2026-10": 8_000_000,
    }
    # A step recorded after the payments goes on the ledger's head row, not on a payment.
    record_subsidy_step(session_factory, actor, case_no, "reviewed", on=date(2026, 8, 10))
    again = subsidy_view(session_factory, actor, case_no)
    assert again.payments == view.payments and again.reviewed_on == date(2026, 8, 10)


def test_negative_compensation_and_total_are_refused(session_factory, actor) -> None:
    case_no = case_at(session_factory, actor, Stage.CONSTRUCTION)
    with pytest.raises(UserError, match="补偿金额不能为负数：101"):
        compute_cost_share(
            session_factory, actor, case_no, total_fen=50_000_000, compensation={"101": -500}, save=True
        )
    with pytest.raises(UserError, match="分摊总额必须大于 0"):
        compute_cost_share(session_factory, actor, case_no, total_fen=-1, save=True)
    assert _count(session_factory, CostShare) == 0
    assert current_cost_share(session_factory, actor, case_no) is None


def test_saved_cost_share_reads_back_with_floor_coefficients(session_factory, actor) -> None:
    case_no = case_at(session_factory, actor, Stage.CONSTRUCTION)
    computed = compute_cost_share(
        session_factory,
        actor,
        case_no,
        total_fen=50_000_001,
        method="floor",
        exempt_floors=(1,),
        compensation={"101": 1_000_000},
        save=True,
    )
    saved = current_cost_share(session_factory, actor, case_no)
    assert saved is not None and saved.saved_id == computed.saved_id
    assert sorted(saved.lines, key=repr) == sorted(computed.lines, key=repr)
    by_room = {line.room: line for line in saved.lines if line.kind == "share"}
    assert by_room["101"].coefficient_centi == 0 and by_room["301"].coefficient_centi == 70
    assert sum(line.amount_fen for line in saved.lines) == 50_000_001
