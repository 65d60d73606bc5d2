"""Cost-sharing tables for a case: compute from its flats, keep the agreed one, record buy-ins."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from casedesk.core.audit import record_audit
from casedesk.core.db.engine import SessionFactory
from casedesk.core.db.models import CostShare, CostShareLine, Flat, FundUse, Tally
from casedesk.core.domain.enums import Role
from casedesk.core.domain.units import format_area, format_yuan
from casedesk.core.errors import UserError
from casedesk.core.i18n import N_
from casedesk.core.money import sharing
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import resolve_case_id

METHODS = {
    "area": N_("按专有部分面积（民法典第二百八十三条）"),
    "floor": N_("按楼层系数 × 面积"),
    "equal": N_("出资户平均"),
    "custom": N_("业主约定比例"),
}


@dataclass(frozen=True)
class ShareLine:
    room: str
    floor: int
    area_centi: int
    amount_fen: int
    kind: str = "share"

    def to_json(self) -> dict[str, Any]:
        return {
            "room": self.room,
            "floor": self.floor,
            "area": format_area(self.area_centi),
            "amount": format_yuan(self.amount_fen, grouping=False),
            "kind": self.kind,
        }


@dataclass(frozen=True)
class ShareTable:
    case_no: str
    purpose: str
    method: str
    total_fen: int
    lines: tuple[ShareLine, ...]
    saved_id: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "case": self.case_no,
            "purpose": self.purpose,
            "method": self.method,
            "method_label": METHODS[self.method],
            "total": format_yuan(self.total_fen, grouping=False),
            "lines": [line.to_json() for line in self.lines],
            "saved_id": self.saved_id,
        }


def compute_cost_share(
    sf: SessionFactory,
    actor: Actor,
    case_no: str,
    *,
    total_fen: int,
    method: str = "area",
    purpose: str = "construction",
    exempt_floors: tuple[int, ...] = (),
    coefficients: dict[int, int] | None = None,
    custom: dict[str, int] | None = None,
    compensation: dict[str, int] | None = None,
    save: bool = False,
) -> ShareTable:
    """Split *total_fen* (plus any compensation to low floors, raised from the payers) over the flats."""
    if method not in METHODS:
        raise UserError(N_("分摊方式应为 {m}").format(m=" / ".join(METHODS)))
    compensation = compensation or {}
    with sf.begin() if save else sf() as s:
        case_id = resolve_case_id(s, actor, case_no)
        flats = s.scalars(select(Flat).where(Flat.case_id == case_id).order_by(Flat.floor, Flat.room)).all()
        if not flats:
            raise UserError(N_("案件还没有房屋，请先导入业主名册"))
        unknown = set(compensation) - {f.room for f in flats}
        if unknown:
            raise UserError(N_("补偿对象房号不存在：{r}").format(r="、".join(sorted(unknown))))
        inputs = [
            sharing.FlatShareInput(
                f.id,
                f.room,
                f.floor,
                f.area_centi,
                pays=f.floor not in exempt_floors and f.room not in compensation,
            )
            for f in flats
        ]
        if method == "area":
            weights = sharing.weights_by_area(inputs)
        elif method == "equal":
            weights = sharing.weights_equal(inputs)
        elif method == "floor":
            weights = sharing.weights_by_floor(inputs, coefficients)
        else:
            weights = sharing.weights_custom(inputs, custom or {})
        raised = total_fen + sum(compensation.values())
        amounts = sharing.allocate(raised, weights, [f.id for f in flats])
        lines = [ShareLine(f.room, f.floor, f.area_centi, amounts[f.id]) for f in flats]
        lines += [
            ShareLine(
                room,
                next(f.floor for f in flats if f.room == room),
                next(f.area_centi for f in flats if f.room == room),
                -amount,
                "compensation",
            )
            for room, amount in compensation.items()
        ]
        saved_id = None
        if save:
            actor.require(Role.CLERK, Role.SUPERVISOR)
            for old in s.scalars(
                select(CostShare).where(
                    CostShare.case_id == case_id, CostShare.purpose == purpose, CostShare.is_current.is_(True)
                )
            ):
                old.is_current = False
            row = CostShare(
                case_id=case_id,
                purpose=purpose,
                method=method,
                total_fen=total_fen,
                parameters={
                    "exempt_floors": list(exempt_floors),
                    "coefficients": coefficients,
                    "custom": custom,
                    "compensation": compensation,
                },
                created_by=actor.name,
            )
            s.add(row)
            s.flush()
            by_room = {f.room: f.id for f in flats}
            for line in lines:
                s.add(
                    CostShareLine(
                        cost_share_id=row.id,
                        flat_id=by_room[line.room],
                        kind=line.kind,
                        amount_fen=line.amount_fen,
                    )
                )
            saved_id = row.id
            record_audit(
                s,
                actor,
                "costshare.save",
                "cost_share",
                row.id,
                case_id=case_id,
                summary=N_("费用分摊表：{m}，总额 ¥{t}").format(m=METHODS[method], t=format_yuan(total_fen)),
            )
        return ShareTable(case_no, purpose, method, total_fen, tuple(lines), saved_id)


def record_fund_use(
    sf: SessionFactory,
    actor: Actor,
    case_no: str,
    *,
    tally_id: int,
    amount_fen: int,
    drawn_on: date | None = None,
    note: str | None = None,
) -> int:
    """Use of the maintenance fund, allowed only after a kept civil-code-majority tally that passed."""
    actor.require(Role.CLERK, Role.SUPERVISOR)
    with sf.begin() as s:
        case_id = resolve_case_id(s, actor, case_no)
        tally = s.get(Tally, tally_id)
        if tally is None or tally.case_id != case_id:
            raise UserError(N_("找不到本案件的表决统计记录 {id}").format(id=tally_id))
        if tally.rule_set != "civil-code-majority" or tally.outcome != "pass":
            raise UserError(N_("使用维修资金须先有按《民法典》共同决定规则（civil-code-majority）通过的表决"))
        row = FundUse(case_id=case_id, tally_id=tally_id, amount_fen=amount_fen, drawn_on=drawn_on, note=note)
        s.add(row)
        s.flush()
        record_audit(
            s,
            actor,
            "fund.use",
            "fund_use",
            row.id,
            case_id=case_id,
            summary=N_("使用维修资金 ¥{a}").format(a=format_yuan(amount_fen)),
        )
        return row.id
