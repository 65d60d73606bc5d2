"""The subsidy ledger, as far as the workflow needs it: record the payment of a case's subsidy.

Amounts are integer fen. The Jinan 2018 table by floor count (domain.md §c) gives the eligible
amount; the full money features (policies by year and district, cost sharing) extend this.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from casedesk.core.audit import record_audit
from casedesk.core.db.engine import SessionFactory
from casedesk.core.db.models import Case, Subsidy
from casedesk.core.domain.enums import Role
from casedesk.core.domain.units import format_yuan
from casedesk.core.errors import UserError
from casedesk.core.i18n import N_
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import resolve_case_id

# 《济南市既有住宅增设电梯财政补助资金实施细则》(2018): per elevator, by floors above ground.
JINAN_2018_BY_FLOORS_FEN = {4: 16_000_000, 5: 18_000_000, 6: 20_000_000, 7: 22_000_000}


def jinan_2018_amount(floors: int) -> int:
    if floors < 4:
        return 0
    return JINAN_2018_BY_FLOORS_FEN[min(floors, 7)]


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
        eligible = jinan_2018_amount(case.floors)
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
