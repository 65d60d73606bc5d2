"""Money: the city's subsidy for each accepted lift, and each district's annual targets."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from casedesk.core.db.models import AnnualTarget, Case, Subsidy
from casedesk.core.domain.enums import Stage
from casedesk.demo.cases import DemoCase
from casedesk.demo.places import Places
from casedesk.demo.world import World

FIRST_TARGET_YEAR = 2018
SUBSIDY_BY_FLOORS_YUAN = {4: 160_000, 5: 180_000, 6: 200_000, 7: 220_000}


def subsidy(world: World, case: DemoCase) -> None:
    """Applied for on acceptance, paid when the case is done."""
    applied = case.entered(Stage.SUBSIDY)
    if applied is None:
        return
    fen = SUBSIDY_BY_FLOORS_YUAN[min(case.floors, 7)] * 100
    paid = case.entered(Stage.DONE)
    world.rows.add(
        Subsidy,
        case_id=case.id,
        policy_code="jinan-2018",
        eligible_fen=fen,
        status="paid" if paid else "applied",
        applied_on=applied,
        reviewed_on=None,
        approved_on=None,
        approved_fen=fen if paid else None,
        paid_on=paid,
        paid_fen=fen if paid else None,
        voucher_no=f"JNCZ{paid:%Y%m}{world.rng.randint(1000, 9999)}" if paid else None,
        note=None,
        version=1,
    )


def annual_targets(world: World, places: Places) -> None:
    """Targets per district and year near what was achieved, like the article's '完成年度目标
    136.5%'; a district that has its targets already keeps them."""
    started: Counter[tuple[int, int]] = Counter()
    for row in world.rows.of(Case):
        if row["started_on"] is not None:
            street = places.street_of_community[row["community_id"]]
            started[(places.district_of_street[street], row["started_on"].year)] += 1
    have = set(
        world.session.execute(
            select(AnnualTarget.district_id, AnnualTarget.year).where(AnnualTarget.street_id.is_(None))
        ).all()
    )
    for _name, (district_id, _code, _division) in sorted(places.districts.items()):
        for year in range(FIRST_TARGET_YEAR, world.today.year + 1):
            if (district_id, year) in have:
                continue
            done = started[(district_id, year)]
            world.session.add(
                AnnualTarget(
                    year=year,
                    district_id=district_id,
                    street_id=None,
                    starts_target=max(1, done * 10 // world.rng.randint(8, 14)),
                    acceptances_target=max(1, done * 10 // world.rng.randint(10, 16)),
                )
            )
