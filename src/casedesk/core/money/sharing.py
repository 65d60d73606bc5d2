"""Cost sharing between households, exact to the fen.

Every method reduces to weights per flat; `allocate` turns weights into amounts with the
largest-remainder method, so the shares always add up exactly to the total. Ties in the
remainder go to the larger weight, then to the lower room number, so the same table always
gives the same result.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from casedesk.core.errors import UserError
from casedesk.core.i18n import N_

# Floor coefficients seen in practice (domain.md §c, Guangzhou-area example); floors 1–2 pay nothing.
DEFAULT_FLOOR_COEFFICIENTS: dict[int, int] = {1: 0, 2: 0, 3: 70, 4: 80, 5: 90, 6: 100, 7: 110, 8: 120, 9: 130}


@dataclass(frozen=True)
class FlatShareInput:
    flat_id: int
    room: str
    floor: int
    area_centi: int
    pays: bool = True  # False: does not join (yet); a late joiner can buy in later


def allocate(total_fen: int, weights: Mapping[int, int], order: Sequence[int]) -> dict[int, int]:
    """Split *total_fen* in proportion to integer *weights*; the parts add up exactly."""
    if total_fen < 0:
        raise UserError(N_("金额不能为负数"))
    weight_sum = sum(weights.values())
    if weight_sum <= 0:
        raise UserError(N_("没有分摊对象：所有住户的分摊系数都是 0"))
    base = {k: total_fen * w // weight_sum for k, w in weights.items()}
    remainder = total_fen - sum(base.values())
    rank = {k: i for i, k in enumerate(order)}
    ordered = sorted(
        weights, key=lambda k: (-(total_fen * weights[k] % weight_sum), -weights[k], rank.get(k, 0))
    )
    for k in ordered[:remainder]:
        base[k] += 1
    return base


def weights_by_area(flats: Sequence[FlatShareInput]) -> dict[int, int]:
    """Civil Code art. 283: in proportion to exclusive-part area (the default without agreement)."""
    return {f.flat_id: f.area_centi if f.pays else 0 for f in flats}


def weights_equal(flats: Sequence[FlatShareInput]) -> dict[int, int]:
    return {f.flat_id: 1 if f.pays else 0 for f in flats}


def weights_by_floor(
    flats: Sequence[FlatShareInput], coefficients: Mapping[int, int] | None = None, *, with_area: bool = True
) -> dict[int, int]:
    """Floor coefficient (in hundredths) × area: share = coefficient × area × rate."""
    table = dict(DEFAULT_FLOOR_COEFFICIENTS if coefficients is None else coefficients)
    top = max(table) if table else 0
    weights = {}
    for f in flats:
        coefficient = table.get(f.floor, table.get(top, 0) + (f.floor - top) * 10 if f.floor > top else 0)
        weights[f.flat_id] = (coefficient * (f.area_centi if with_area else 1)) if f.pays else 0
    return weights


def weights_custom(flats: Sequence[FlatShareInput], percent_by_room: Mapping[str, int]) -> dict[int, int]:
    """A table agreed by the owners, in hundredths of a percent per room."""
    rooms = {f.room for f in flats}
    unknown = set(percent_by_room) - rooms
    if unknown:
        raise UserError(N_("分摊表中有不存在的房号：{r}").format(r="、".join(sorted(unknown))))
    return {f.flat_id: percent_by_room.get(f.room, 0) if f.pays else 0 for f in flats}


def late_joiner_buy_in(
    shares: Mapping[int, int],
    joiner: int,
    joiner_weight: int,
    weights: Mapping[int, int],
    *,
    interest_fen: int = 0,
) -> tuple[int, dict[int, int]]:
    """A household that joins later pays what its share would have been (plus any agreed interest);
    the money goes back to those who paid, in proportion to what they paid.

    Returns (amount the joiner pays, refund per paying flat). Refunds add up exactly to the payment.
    """
    total = sum(shares.values())
    paying = {k: v for k, v in shares.items() if v > 0 and k != joiner}
    if not paying:
        raise UserError(N_("还没有已出资的住户，无法计算后加入费用"))
    all_weights = {**weights, joiner: joiner_weight}
    share = allocate(total, all_weights, sorted(all_weights))[joiner]
    payment = share + interest_fen
    refunds = allocate(payment, paying, sorted(paying))
    return payment, refunds
