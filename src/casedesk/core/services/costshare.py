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

FUND_RULE = "civil-code-majority"  # the rule set of the owners' vote that releases the fund
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
    coefficient_centi: int | None = None  # the floor coefficient in hundredths (method "floor" only)

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
    if total_fen <= 0:
        raise UserError(N_("分摊总额必须大于 0"))
    compensation = compensation or {}
    negative = sorted(room for room, fen in compensation.items() if fen < 0)
    if negative:
        # A negative compensation would silently turn into a charge on that flat (issue 23 #10).
        raise UserError(N_("补偿金额不能为负数：{r}").format(r="、".join(negative)))
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
        coefficient = (
            sharing.weights_by_floor(inputs, coefficients, with_area=False) if method == "floor" else {}
        )
        lines = [
            ShareLine(f.room, f.floor, f.area_centi, amounts[f.id], coefficient_centi=coefficient.get(f.id))
            for f in flats
        ]
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
    if amount_fen <= 0:
        raise UserError(N_("使用金额必须大于 0"))
    with sf.begin() as s:
        case_id = resolve_case_id(s, actor, case_no)
        tally = s.get(Tally, tally_id)
        if tally is None or tally.case_id != case_id:
            raise UserError(N_("找不到本案件的表决统计记录 {id}").format(id=tally_id))
        if tally.rule_set != FUND_RULE or tally.outcome != "pass":
            raise UserError(N_("使用维修资金须先有按《民法典》共同决定规则（维修资金使用）通过的表决"))
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


def current_cost_share(
    sf: SessionFactory, actor: Actor, case_no: str, *, purpose: str = "construction"
) -> ShareTable | None:
    """The case's saved (current) cost-share table, as it was computed; None if none was saved."""
    with sf() as s:
        case_id = resolve_case_id(s, actor, case_no)
        row = s.scalar(
            select(CostShare)
            .where(CostShare.case_id == case_id, CostShare.purpose == purpose, CostShare.is_current.is_(True))
            .order_by(CostShare.id.desc())
            .limit(1)
        )
        if row is None:
            return None
        found = s.execute(
            select(
                Flat.id, Flat.room, Flat.floor, Flat.area_centi, CostShareLine.kind, CostShareLine.amount_fen
            )
            .join(Flat, Flat.id == CostShareLine.flat_id)
            .where(CostShareLine.cost_share_id == row.id)
            .order_by(CostShareLine.id)
        ).all()
        coefficient: dict[int, int] = {}
        if row.method == "floor":
            params = row.parameters or {}
            exempt = set(params.get("exempt_floors") or ())
            compensated = set(params.get("compensation") or {})
            raw = params.get("coefficients")  # JSON turns the floor keys into strings
            table = {int(k): int(v) for k, v in raw.items()} if raw else None
            inputs = [
                sharing.FlatShareInput(
                    fid, room, floor, area, floor not in exempt and room not in compensated
                )
                for fid, room, floor, area, kind, _ in found
                if kind == "share"
            ]
            coefficient = sharing.weights_by_floor(inputs, table, with_area=False)
        lines = tuple(
            ShareLine(room, floor, area, fen, kind, coefficient.get(fid) if kind == "share" else None)
            for fid, room, floor, area, kind, fen in found
        )
        return ShareTable(case_no, purpose, row.method, row.total_fen, lines, row.id)


@dataclass(frozen=True)
class FundTally:
    """A kept tally a maintenance-fund use may rest on."""

    id: int
    as_of: date
    passed: bool


@dataclass(frozen=True)
class FundUseView:
    id: int
    amount_fen: int
    drawn_on: date | None
    note: str | None
    tally_as_of: date | None


@dataclass(frozen=True)
class FundView:
    uses: tuple[FundUseView, ...]
    tallies: tuple[FundTally, ...]  # the case's kept tallies under the fund's rule, newest first


def fund_view(sf: SessionFactory, actor: Actor, case_no: str) -> FundView:
    """The maintenance-fund uses of a case, and the owners' votes a new use may rest on."""
    with sf() as s:
        case_id = resolve_case_id(s, actor, case_no)
        tallies = tuple(
            FundTally(tid, as_of, outcome == "pass")
            for tid, as_of, outcome in s.execute(
                select(Tally.id, Tally.as_of, Tally.outcome)
                .where(Tally.case_id == case_id, Tally.rule_set == FUND_RULE)
                .order_by(Tally.id.desc())
            )
        )
        uses = tuple(
            FundUseView(uid, fen, drawn, note, as_of)
            for uid, fen, drawn, note, as_of in s.execute(
                select(FundUse.id, FundUse.amount_fen, FundUse.drawn_on, FundUse.note, Tally.as_of)
                .outerjoin(Tally, Tally.id == FundUse.tally_id)
                .where(FundUse.case_id == case_id)
                .order_by(FundUse.id)
            )
        )
        return FundView(uses, tallies)
