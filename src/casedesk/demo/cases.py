"""A case (one 单元 of one building): its number, its walk through the stages, and its flats."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select

from casedesk.core.db.models import Case, CaseNumberCounter, Flat, StageEvent
from casedesk.core.domain.enums import SideState, Stage
from casedesk.core.i18n import N_
from casedesk.core.workflow.stages import STAGE_LIMIT_DAYS
from casedesk.demo.people import People
from casedesk.demo.places import Place
from casedesk.demo.world import DEMO_ACTOR_NAME, World

FIRST_DAY = date(2017, 6, 20)  # the 2017 trial measures were issued that day
MAIN_LINE = list(Stage)
# Typical days spent in each stage before moving on (min, max).
STAGE_DAYS: dict[Stage, tuple[int, int]] = {
    Stage.INTAKE: (7, 40),
    Stage.CONSENT: (30, 240),
    Stage.NOTICE: (16, 25),
    Stage.STREET_REVIEW: (3, 45),
    Stage.PLANNING: (15, 60),
    Stage.PERMITS: (20, 80),
    Stage.CONSTRUCTION: (60, 150),
    Stage.ACCEPTANCE: (10, 40),
    Stage.SUBSIDY: (20, 90),
}
STALLS_IN_CONSENT = 0.30  # most cases that stop, stop at the owners' vote
DEVELOPER_KEPT_FLATS = 0.06  # cases where the developer never sold one to three top-floor flats
GARDEN_OVER_SHAFT = 0.05  # the shaft lands on the ground-floor flat's garden: that owner must agree


@dataclass
class DemoFlat:
    id: int
    room: str
    floor: int
    area_centi: int
    occupies_exclusive: bool
    developer_unsold: bool
    owners: list[int] = field(default_factory=list)


@dataclass
class DemoCase:
    id: int
    case_no: str
    floors: int
    place: Place
    opened: date
    history: list[tuple[Stage, date]]  # each stage reached, with the day it was entered
    side: SideState
    flats: list[DemoFlat]

    @property
    def stage(self) -> Stage:
        return self.history[-1][0]

    def entered(self, stage: Stage) -> date | None:
        return next((day for s, day in self.history if s is stage), None)


class Cases:
    def __init__(self, world: World, people: People):
        self.world = world
        self.people = people
        self.serials: dict[str, int] = dict(
            world.session.execute(select(CaseNumberCounter.prefix, CaseNumberCounter.last_serial)).all()
        )
        self.first_case_no: str | None = None

    def new_case(self, place: Place, building_id: int, unit: str) -> DemoCase:
        rng, today = self.world.rng, self.world.today
        floors = self.world.pick({4: 10, 5: 20, 6: 40, 7: 30})
        per_floor = self.world.pick({2: 45, 3: 55})
        # Newer cases are more common: the programme grew after 2020.
        span = (today - timedelta(days=10) - FIRST_DAY).days
        opened = FIRST_DAY + timedelta(days=int(span * rng.random() ** 0.7))
        history, side = self._history(opened)
        case_no = self._case_number(place, opened.year)
        self.first_case_no = self.first_case_no or case_no
        case_id = self._write_case(case_no, place, building_id, unit, floors, opened, history, side)
        flats = self._flats(case_id, floors, per_floor, place)
        return DemoCase(case_id, case_no, floors, place, opened, history, side, flats)

    def _history(self, opened: date) -> tuple[list[tuple[Stage, date]], SideState]:
        """Walk the main line from *opened* until today; some cases stall in consent, as most
        do in life, and of those some are suspended or withdrawn."""
        rng = self.world.rng
        history = [(Stage.INTAKE, opened)]
        day = opened
        stalls = rng.random() < STALLS_IN_CONSENT
        for current, following in itertools.pairwise(MAIN_LINE):
            low, high = STAGE_DAYS[current]
            day += timedelta(days=rng.randint(low, high))
            if day > self.world.today or (current is Stage.CONSENT and stalls):
                break
            history.append((following, day))
        side = SideState.ACTIVE
        if history[-1][0] is Stage.CONSENT and stalls:
            side = self.world.pick({SideState.ACTIVE: 70, SideState.SUSPENDED: 20, SideState.WITHDRAWN: 10})
        return history, side

    def _case_number(self, place: Place, year: int) -> str:
        prefix = f"case:{place.district_code}-{place.street_code}-{year}"
        self.serials[prefix] = serial = self.serials.get(prefix, 0) + 1
        return self.world.settings.case_no_pattern.format(
            district=place.district_code, street=place.street_code, year=year, serial=serial
        )

    def _write_case(
        self,
        case_no: str,
        place: Place,
        building_id: int,
        unit: str,
        floors: int,
        opened: date,
        history: list[tuple[Stage, date]],
        side: SideState,
    ) -> int:
        world = self.world
        stage, entered = history[-1]
        reached = dict(history)
        limit = STAGE_LIMIT_DAYS.get(stage)
        side_reason = {
            SideState.SUSPENDED: N_("存在未解决的业主纠纷"),
            SideState.WITHDRAWN: N_("业主意见无法统一，申请撤回"),
        }.get(side)
        case_id = world.rows.add(
            Case,
            case_no=case_no,
            building_id=building_id,
            community_id=place.community_id,
            unit_label=unit,
            floors=floors,
            has_elevator=False,
            state_owned_land=True,
            in_expropriation_plan=False,
            title_document="不动产权证书",
            applicant_type="owners",
            implementer=None,
            stage=stage.value,
            side_state=side.value,
            side_reason=side_reason,
            stage_entered_on=entered,
            stage_due_on=entered + timedelta(days=limit) if limit and side is SideState.ACTIVE else None,
            opened_on=opened,
            closed_on=entered if stage is Stage.DONE else None,
            started_on=reached.get(Stage.CONSTRUCTION),
            accepted_on=reached.get(Stage.SUBSIDY),
            vote_date=reached.get(Stage.NOTICE),
            rule_set=None,
            rule_override_reason=None,
            rule_override_by_id=None,
            clerk_id=None,
            notes=None,
            version=1,
            created_at=world.moment(opened, 9),
            updated_at=world.moment(entered, 17),
        )
        previous: Stage | None = None
        for reached_stage, day in history:
            self._event(case_id, "open" if previous is None else "advance", previous, reached_stage, day)
            previous = reached_stage
        if side is not SideState.ACTIVE:
            self._event(case_id, side.value, stage, stage, entered)
        return case_id

    def _event(self, case_id: int, kind: str, from_stage: Stage | None, to_stage: Stage, day: date) -> None:
        self.world.rows.add(
            StageEvent,
            case_id=case_id,
            kind=kind,
            from_stage=from_stage.value if from_stage else None,
            to_stage=to_stage.value,
            occurred_on=day,
            note=None,
            actor_id=None,
            actor_name=DEMO_ACTOR_NAME,
            recorded_at=self.world.moment(day, 16),
        )

    def _flats(self, case_id: int, floors: int, per_floor: int, place: Place) -> list[DemoFlat]:
        """Each floor's flats, stair by stair; flats in one stack share a layout, so the area
        repeats floor by floor, give or take a register's rounding."""
        rng = self.world.rng
        stack_areas = [rng.randint(45_00, 130_00) for _ in range(per_floor)]
        garden_over_shaft = rng.random() < GARDEN_OVER_SHAFT
        developer_kept = rng.randint(1, 3) if rng.random() < DEVELOPER_KEPT_FLATS else 0
        flats: list[DemoFlat] = []
        for floor in range(1, floors + 1):
            for stack in range(1, per_floor + 1):
                area = stack_areas[stack - 1]
                if rng.random() < 0.2:
                    area += rng.choice((0, 0, 0, 37, -52))
                flats.append(
                    DemoFlat(
                        id=0,
                        room=f"{floor}0{stack}",
                        floor=floor,
                        area_centi=area,
                        occupies_exclusive=garden_over_shaft and floor == 1 and stack == 1,
                        developer_unsold=False,
                    )
                )
        for flat in flats[len(flats) - developer_kept :]:
            flat.developer_unsold = True  # the top floor sold last, if at all
        for flat in flats:
            flat.id = self.world.rows.add(
                Flat,
                case_id=case_id,
                room=flat.room,
                floor=flat.floor,
                area_centi=flat.area_centi,
                area_source=self.world.pick({"register": 90, "survey": 6, "contract": 4}),
                occupies_exclusive=flat.occupies_exclusive,
                developer_unsold=flat.developer_unsold,
                note=None,
                version=1,
            )
        owners = self.people.register_owners([(f.id, f.developer_unsold) for f in flats], place)
        for flat, flat_owners in zip(flats, owners, strict=True):
            flat.owners = flat_owners
        return flats
