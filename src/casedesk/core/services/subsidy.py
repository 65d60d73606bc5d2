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
from casedesk.core.domain.enums import Role, Stage, SubsidyStatus
from casedesk.core.domain.units import format_yuan
from casedesk.core.errors import UserError
from casedesk.core.i18n import N_
from casedesk.core.money.subsidy import JINAN_2018, SubsidyDecision, SubsidyFacts, policy_for
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import resolve_case_id


def jinan_2018_amount(floors: int) -> int:
    return JINAN_2018.by_floors_fen[min(floors, 7)] if floors >= 4 else 0


# The stages at which the elevator has passed its acceptance (竣工验收): advancing out of 竣工验收
# sets Case.accepted_on. Like the Beijing model (domain.md S12), money is paid only after that.
PAYABLE_STAGES = (Stage.SUBSIDY.value, Stage.DONE.value)
# The steps recorded before a payment, in order (a payment is pay_subsidy's).
SUBSIDY_STEPS = (SubsidyStatus.APPLIED, SubsidyStatus.REVIEWED, SubsidyStatus.APPROVED)


def _ledger_head(s: Session, case_id: int) -> Subsidy | None:
    """The case's first subsidy row: it carries the application steps (and the first payment)."""
    return s.scalar(select(Subsidy).where(Subsidy.case_id == case_id).order_by(Subsidy.id).limit(1))


def pay_subsidy(
    sf: SessionFactory, actor: Actor, case_no: str, *, amount_fen: int, paid_on: date, voucher_no: str
) -> int:
    """Record one payment of the subsidy (amount, date, voucher number) as its own ledger entry.

    Refused before the case has passed its acceptance; a second payment never replaces the first
    (issue 23 #3): the first payment fills the ledger's head row, every later one gets a row.
    """
    actor.require(Role.CLERK, Role.SUPERVISOR)
    if amount_fen <= 0:
        raise UserError(N_("补贴金额必须大于 0"))
    voucher_no = voucher_no.strip()
    if not voucher_no:
        raise UserError(N_("须填写拨付凭证号"))
    with sf.begin() as s:
        case_id = resolve_case_id(s, actor, case_no)
        case = s.get(Case, case_id)
        assert case is not None
        if case.stage not in PAYABLE_STAGES:
            raise UserError(
                N_("案件尚未通过竣工验收（当前阶段：{stage}），不能登记补贴拨付").format(
                    stage=Stage(case.stage).label
                )
            )
        same_voucher = s.scalar(
            select(Subsidy.id).where(Subsidy.case_id == case_id, Subsidy.voucher_no == voucher_no)
        )
        if same_voucher is not None:
            # Most often the same slip typed twice; a real correction is a new voucher.
            raise UserError(N_("凭证号 {v} 已登记过，同一笔拨付不能重复登记").format(v=voucher_no))
        row = _ledger_head(s, case_id)
        if row is None or row.paid_on is not None:
            policy = row.policy_code if row is not None else "jinan-2018"
            eligible = row.eligible_fen if row is not None else jinan_2018_amount(case.floors)
            row = Subsidy(
                case_id=case_id, policy_code=policy, eligible_fen=eligible, status=SubsidyStatus.PAID.value
            )
            s.add(row)
        before = {"paid_fen": row.paid_fen, "paid_on": row.paid_on, "voucher_no": row.voucher_no}
        row.paid_fen, row.paid_on, row.voucher_no = amount_fen, paid_on, voucher_no
        row.status = SubsidyStatus.PAID.value
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
class SubsidyPayment:
    id: int
    amount_fen: int
    paid_on: date
    voucher_no: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "amount": format_yuan(self.amount_fen, grouping=False),
            "paid_on": self.paid_on.isoformat(),
            "voucher": self.voucher_no,
        }


@dataclass(frozen=True)
class SubsidyView:
    decision: SubsidyDecision
    status: SubsidyStatus | None
    applied_on: date | None
    approved_fen: int | None
    paid_fen: int | None  # all payments together (None: nothing paid yet)
    paid_on: date | None  # the latest payment
    voucher_no: str | None  # the latest payment's voucher
    reviewed_on: date | None = None
    approved_on: date | None = None
    payments: tuple[SubsidyPayment, ...] = ()

    @property
    def steps(self) -> tuple[tuple[str, date, int | None], ...]:
        """The recorded steps in order: (label, date, amount approved or None)."""
        found = (
            (SubsidyStatus.APPLIED, self.applied_on, None),
            (SubsidyStatus.REVIEWED, self.reviewed_on, None),
            (SubsidyStatus.APPROVED, self.approved_on, self.approved_fen),
        )
        return tuple((step.label, on, fen) for step, on, fen in found if on is not None)

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
            "reviewed_on": self.reviewed_on.isoformat() if self.reviewed_on else None,
            "approved_on": self.approved_on.isoformat() if self.approved_on else None,
            "payments": [p.to_json() for p in self.payments],
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
    row = _ledger_head(s, case_id)
    payments = tuple(
        SubsidyPayment(pid, fen or 0, on, voucher)
        for pid, fen, on, voucher in s.execute(
            select(Subsidy.id, Subsidy.paid_fen, Subsidy.paid_on, Subsidy.voucher_no)
            .where(Subsidy.case_id == case_id, Subsidy.paid_on.is_not(None))
            .order_by(Subsidy.paid_on, Subsidy.id)
        )
        if on is not None  # the query asks for paid rows only; this tells the type checker
    )
    last = payments[-1] if payments else None
    return SubsidyView(
        decision,
        (SubsidyStatus.PAID if payments else SubsidyStatus(row.status)) if row else None,
        row.applied_on if row else None,
        row.approved_fen if row else None,
        sum(p.amount_fen for p in payments) if payments else None,
        last.paid_on if last else None,
        last.voucher_no if last else None,
        row.reviewed_on if row else None,
        row.approved_on if row else None,
        payments,
    )


def record_subsidy_step(
    sf: SessionFactory,
    actor: Actor,
    case_no: str,
    step: SubsidyStatus | str,
    *,
    on: date,
    amount_fen: int | None = None,
) -> None:
    """Application, review and approval of the subsidy (payment: pay_subsidy)."""
    if step not in SUBSIDY_STEPS:
        raise UserError(N_("补贴环节应为 {steps}").format(steps=" / ".join(s.label for s in SUBSIDY_STEPS)))
    step = SubsidyStatus(step)
    if step is SubsidyStatus.APPROVED:
        actor.require(Role.SUPERVISOR)
    else:
        actor.require(Role.CLERK, Role.SUPERVISOR)
    view = subsidy_view(sf, actor, case_no)
    with sf.begin() as s:
        case_id = resolve_case_id(s, actor, case_no)
        row = _ledger_head(s, case_id)  # the steps live on the head row, never on a later payment
        if row is None:
            row = Subsidy(
                case_id=case_id, policy_code=view.decision.policy, eligible_fen=view.decision.amount_fen
            )
            s.add(row)
        before = row.status
        row.status = step.value
        setattr(row, f"{step.value}_on", on)
        if step is SubsidyStatus.APPROVED:
            row.approved_fen = amount_fen if amount_fen is not None else view.decision.amount_fen
        s.flush()
        record_audit(
            s,
            actor,
            f"subsidy.{step}",  # a StrEnum formats as its code
            "subsidy",
            row.id,
            case_id=case_id,
            summary=N_("补贴：{step}").format(step=step.label),
            changes={"status": [before, step.value], "on": on, "amount_fen": amount_fen},
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
            assert paid_on is not None  # BETWEEN never matches an unpaid row's NULL
            key = paid_on.strftime("%Y-%m")
            totals[key] = totals.get(key, 0) + (fen or 0)
        return dict(sorted(totals.items()))
