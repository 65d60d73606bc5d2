"""The subsidy ledger, as far as the workflow needs it: record the payment of a case's subsidy.

Amounts are integer fen. The Jinan 2018 table by floor count (domain.md §c) gives the eligible
amount; the full money features (policies by year and district, cost sharing) extend this.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casedesk.core.audit import record_audit
from casedesk.core.db.engine import SessionFactory
from casedesk.core.db.models import Building, Case, Community, District, StageEvent, Street, Subsidy
from casedesk.core.domain.enums import Role
from casedesk.core.domain.units import format_yuan
from casedesk.core.errors import UserError
from casedesk.core.i18n import N_
from casedesk.core.money.subsidy import JINAN_2018, SubsidyDecision, SubsidyFacts, policy_for
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import resolve_case_id


def jinan_2018_amount(floors: int) -> int:
    return JINAN_2018.by_floors_fen[min(floors, 7)] if floors >= 4 else 0


def pay_subsidy(
    sf: SessionFactory, actor: Actor, case_no: str, *, amount_fen: int, paid_on: date, voucher_no: str
) -> int:
    """Record that the subsidy was paid (amount, date, voucher number)."""
    actor.require(Role.CLERK, Role.SUPERVISOR)
    if amount_fen <= 0:
        raise UserError(N_("补贴金额必须大于 0"))
    if not voucher_no.strip():
        raise UserError(N_("须填写拨付凭证号"))
    with sf.begin() as s:
        case_id = resolve_case_id(s, actor, case_no)
        case = s.get(Case, case_id)
        assert case is not None
        row = s.scalar(select(Subsidy).where(Subsidy.case_id == case_id).order_by(Subsidy.id.desc()))
        eligible = jinan_2018_amount(case.floors)  # refined by subsidy_view's policy decision
        if row is None:
            row = Subsidy(case_id=case_id, policy_code="jinan-2018", eligible_fen=eligible, status="applied")
            s.add(row)
        before = {"paid_fen": row.paid_fen, "paid_on": row.paid_on, "voucher_no": row.voucher_no}
        row.paid_fen, row.paid_on, row.voucher_no, row.status = (
            amount_fen,
            paid_on,
            voucher_no.strip(),
            "paid",
        )
        s.flush()
        record_audit(
            s,
            actor,
            "subsidy.pay",
            "subsidy",
            row.id,
            case_id=case_id,
            summary=N_("补贴拨付 ¥{amount}（凭证 {v}）").format(amount=format_yuan(amount_fen), v=voucher_no),
            changes={
                k: [before[k], v]
                for k, v in {"paid_fen": amount_fen, "paid_on": paid_on, "voucher_no": voucher_no}.items()
            },
        )
        return row.id


@dataclass(frozen=True)
class SubsidyView:
    decision: SubsidyDecision
    status: str | None
    applied_on: date | None
    approved_fen: int | None
    paid_fen: int | None
    paid_on: date | None
    voucher_no: str | None

    def to_json(self) -> dict[str, Any]:
        def money(v: int | None) -> str | None:
            return format_yuan(v, grouping=False) if v is not None else None

        return {
            "policy": self.decision.policy,
            "basis": self.decision.basis,
            "eligible": self.decision.eligible,
            "eligible_amount": money(self.decision.amount_fen),
            "reasons": list(self.decision.reasons),
            "status": self.status,
            "applied_on": self.applied_on.isoformat() if self.applied_on else None,
            "approved_amount": money(self.approved_fen),
            "paid_amount": money(self.paid_fen),
            "paid_on": self.paid_on.isoformat() if self.paid_on else None,
            "voucher": self.voucher_no,
        }


def subsidy_view(sf: SessionFactory, actor: Actor, case_no: str) -> SubsidyView:
    """What the case may get, under which policy, or why not; and where its payment stands."""
    with sf() as s:
        case = s.get(Case, resolve_case_id(s, actor, case_no))
        assert case is not None
        return subsidy_view_in(s, case)


def subsidy_view_in(s: Session, case: Case) -> SubsidyView:
    """subsidy_view inside an open session (the forms use it while printing)."""
    case_id = case.id
    district = s.scalar(
        select(District.name)
        .join(Street, Street.district_id == District.id)
        .join(Community, Community.street_id == Street.id)
        .where(Community.id == case.community_id)
    )
    built = s.scalar(select(Building.built_year).where(Building.id == case.building_id))
    approved = s.scalar(
        select(StageEvent.occurred_on).where(
            StageEvent.case_id == case_id,
            StageEvent.kind == "advance",
            StageEvent.from_stage == "planning",
        )
    )
    facts = SubsidyFacts(
        district or "",
        case.floors,
        case.has_elevator,
        case.state_owned_land,
        case.in_expropriation_plan,
        built,
        approved,
    )
    decision = policy_for(approved).decide(facts)
    row = s.scalar(select(Subsidy).where(Subsidy.case_id == case_id).order_by(Subsidy.id.desc()))
    return SubsidyView(
        decision,
        row.status if row else None,
        row.applied_on if row else None,
        row.approved_fen if row else None,
        row.paid_fen if row else None,
        row.paid_on if row else None,
        row.voucher_no if row else None,
    )


def record_subsidy_step(
    sf: SessionFactory, actor: Actor, case_no: str, step: str, *, on: date, amount_fen: int | None = None
) -> None:
    """Application, review and approval of the subsidy (payment: pay_subsidy)."""
    if step not in ("applied", "reviewed", "approved"):
        raise UserError(N_("补贴环节应为 applied / reviewed / approved"))
    actor.require(Role.SUPERVISOR) if step == "approved" else actor.require(Role.CLERK, Role.SUPERVISOR)
    view = subsidy_view(sf, actor, case_no)
    with sf.begin() as s:
        case_id = resolve_case_id(s, actor, case_no)
        row = s.scalar(select(Subsidy).where(Subsidy.case_id == case_id).order_by(Subsidy.id.desc()))
        if row is None:
            row = Subsidy(
                case_id=case_id, policy_code=view.decision.policy, eligible_fen=view.decision.amount_fen
            )
            s.add(row)
        before = row.status
        row.status = step
        setattr(row, f"{step}_on", on)
        if step == "approved":
            row.approved_fen = amount_fen if amount_fen is not None else view.decision.amount_fen
        s.flush()
        record_audit(
            s,
            actor,
            f"subsidy.{step}",
            "subsidy",
            row.id,
            case_id=case_id,
            summary=N_("补贴：{step}").format(
                step={"applied": "申请", "reviewed": "审核", "approved": "批准"}[step]
            ),
            changes={"status": [before, step], "on": on, "amount_fen": amount_fen},
        )


def subsidy_totals(sf: SessionFactory, actor: Actor, *, first: date, last: date) -> dict[str, int]:
    """Subsidy paid per month (YYYY-MM -> fen) between two days, for the reports."""
    with sf() as s:
        where = [Subsidy.paid_on.between(first, last)]
        if actor.community_ids is not None:
            where.append(Case.community_id.in_(sorted(actor.community_ids)))
        totals: dict[str, int] = {}
        for paid_on, fen in s.execute(
            select(Subsidy.paid_on, Subsidy.paid_fen).join(Case, Case.id == Subsidy.case_id).where(*where)
        ):
            key = paid_on.strftime("%Y-%m")
            totals[key] = totals.get(key, 0) + (fen or 0)
        return dict(sorted(totals.items()))
