"""Realistic, deterministic Jinan demo data (`casedesk demo`).

Everything is drawn from one seeded random generator (_QuickRandom) and one reference day, so
the same seed gives the same database. Rows are built in memory with explicit primary keys and
written with plain bulk inserts (core/db/bulk.py), which is what makes the city-scale data set
(SPEC §6) take seconds, not minutes (tech-notes §5b: `add_all` is 13x slower and uses 2.5x the memory).
"""

from __future__ import annotations

import itertools
import random
from bisect import bisect
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casedesk.core.audit import record_audit
from casedesk.core.db.bulk import insert_rows
from casedesk.core.db.dialect import resync_id_sequences
from casedesk.core.db.engine import SessionFactory
from casedesk.core.db.models import (
    AnnualTarget,
    Ballot,
    Building,
    Case,
    CaseNumberCounter,
    Community,
    Compound,
    Dispute,
    DisputeCategoryLink,
    DisputeParty,
    DisputeStatusChange,
    District,
    Flat,
    MediationMeeting,
    Notice,
    Objection,
    Ownership,
    Person,
    StageEvent,
    Street,
    Subsidy,
    UserAccount,
    UserCommunity,
)
from casedesk.core.domain import jinan
from casedesk.core.domain.enums import DisputeStatus, MeetingOutcome, Role, SideState, Stage, Vote
from casedesk.core.domain.idnumber import ID_CHECK_CHARACTERS, ID_WEIGHTS
from casedesk.core.errors import UserError
from casedesk.core.gc_pause import bulk_operation
from casedesk.core.i18n import N_
from casedesk.core.services import demo_vocabulary as vocab
from casedesk.core.services.actor import Actor
from casedesk.core.services.users import create_user
from casedesk.core.settings import load_settings
from casedesk.core.workflow.stages import STAGE_LIMIT_DAYS

FIRST_DAY = date(2017, 6, 20)  # the 2017 trial measures were issued that day
MAX_UNITS = 20_000

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
SUBSIDY_BY_FLOORS_YUAN = {4: 160_000, 5: 180_000, 6: 200_000, 7: 220_000}
MAIN_LINE = list(Stage)


@dataclass(frozen=True)
class DemoAccount:
    username: str
    display_name: str
    role: Role
    password: str


@dataclass(frozen=True)
class DemoReport:
    cases: int
    flats: int
    persons: int
    ballots: int
    disputes: int
    meetings: int
    first_case: str | None
    community_ids: tuple[int, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "cases": self.cases,
            "flats": self.flats,
            "persons": self.persons,
            "ballots": self.ballots,
            "disputes": self.disputes,
            "meetings": self.meetings,
            "first_case": self.first_case,
        }


_CUMULATIVE: dict[tuple, list] = {}
_PHONE_PREFIXES = (
    "131",
    "133",
    "135",
    "137",
    "138",
    "139",
    "150",
    "152",
    "155",
    "158",
    "176",
    "177",
    "180",
    "186",
    "188",
    "189",
)
_BIRTH_FIRST = date(1938, 1, 1)
_BIRTH_DAYS = (date(1995, 12, 31) - _BIRTH_FIRST).days + 1


def _weighted(digits: str, weights: Sequence[int]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True))


class _IdParts:
    """The three parts of a resident ID number (division, birth date, serial), each with its share
    of the GB 11643 weighted sum, so a number's check digit is one addition away.
    tests/core/test_demo.py checks every demo number with is_valid_resident_id."""

    def __init__(self) -> None:
        self.serials = [(f"{n:03d}", _weighted(f"{n:03d}", ID_WEIGHTS[14:])) for n in range(1000)]
        self._divisions: dict[str, tuple[str, int]] = {}
        self._births: dict[int, tuple[str, int]] = {}

    def division(self, code: str) -> tuple[str, int]:
        part = self._divisions.get(code)
        if part is None:
            part = self._divisions[code] = (code, _weighted(code, ID_WEIGHTS[:6]))
        return part

    def birth(self, offset: int) -> tuple[str, int]:
        part = self._births.get(offset)
        if part is None:
            text = (_BIRTH_FIRST + timedelta(days=offset)).strftime("%Y%m%d")
            part = self._births[offset] = (text, _weighted(text, ID_WEIGHTS[6:14]))
        return part


_ID_PARTS = _IdParts()


class _QuickRandom(random.Random):
    """random.Random with randint and choice from one random() call each.

    The city data set draws a million numbers; the standard methods' exact-uniform rejection
    sampling was a third of the generator's time. A 53-bit float is uniform enough for demo
    data, and the same seed still gives the same database."""

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def choice(self, seq: Sequence[Any]) -> Any:
        return seq[int(self.random() * len(seq))]

    def choices(self, population, weights=None, *, cum_weights=None, k=1):  # type: ignore[no-untyped-def]
        """random.Random.choices, with the running totals of a weights tuple computed once: the
        demo draws tens of thousands of weighted choices from a few fixed tables. The same
        random() call picks the same item as the standard method."""
        if k != 1 or cum_weights is not None or not isinstance(weights, tuple):
            return super().choices(population, weights, cum_weights=cum_weights, k=k)
        cum = _CUMULATIVE.get(weights)
        if cum is None:
            cum = _CUMULATIVE[weights] = list(itertools.accumulate(weights))
        return [population[bisect(cum, self.random() * (cum[-1] + 0.0), 0, len(population) - 1)]]


class _Ids:
    """Next free primary key per table, so rows can reference each other before insertion."""

    def __init__(self, first: dict[str, int]):
        # itertools.count: its __next__ is one C call, and the city takes 400,000 ids
        self._counters = {table: itertools.count(start) for table, start in first.items()}

    def take(self, table: str) -> int:
        return next(self._counters[table])

    def taker(self, table: str) -> Callable[[], int]:
        """take(table) as a bound C method, for the loops that add thousands of rows."""
        return self._counters[table].__next__


@dataclass
class _Rows:
    by_table: dict[Any, list[dict[str, Any]]] = field(default_factory=dict)

    def add(self, model: Any, **row: Any) -> None:
        self.by_table.setdefault(model, []).append(row)

    def of(self, model: Any) -> list[dict[str, Any]]:
        """The rows of *model*'s table, to append to directly in the loops that add thousands."""
        return self.by_table.setdefault(model, [])

    def count(self, model: Any) -> int:
        return len(self.by_table.get(model, ()))


_TABLES = (
    District,
    Street,
    Community,
    Compound,
    Building,
    Case,
    Flat,
    Person,
    Ownership,
    Ballot,
    StageEvent,
    Notice,
    Objection,
    Dispute,
    DisputeParty,
    DisputeCategoryLink,
    DisputeStatusChange,
    MediationMeeting,
    Subsidy,
)
_INSERT_ORDER = _TABLES


# Command line only: `casedesk demo` fills a training database before anyone signs in; a live
# office's screens must never offer to add a made-up city to its records.
@bulk_operation
def generate_demo(
    session_factory: SessionFactory,
    actor: Actor,
    *,
    units: int,
    seed: int,
    today: date,
    accounts: Sequence[DemoAccount] = (),
) -> DemoReport:
    """Add *units* demo cases (one per 单元) with flats, owners, ballots, events and disputes.

    *accounts* that do not exist yet are created in the same transaction (all or nothing); the
    demo accounts are given the first new communities and the demo mediator the disputes.
    """
    actor.require(Role.ADMIN)
    if not 1 <= units <= MAX_UNITS:
        raise UserError(N_("单元数应在 1 到 {max} 之间").format(max=MAX_UNITS))
    with session_factory.begin() as s:
        existing = set(s.scalars(select(UserAccount.username)))
        users = {
            a.username: create_user(s, actor, a.username, a.display_name, a.role, a.password)
            for a in accounts
            if a.username not in existing
        }
        mediator_id = s.scalar(
            select(UserAccount.id).where(UserAccount.role == Role.MEDIATOR.value).order_by(UserAccount.id)
        )
        gen = _Generator(s, _QuickRandom(seed), today, mediator_id)
        report = gen.run(units)
        # Every demo account holds the first new communities, so each role's screens show data
        # the moment one logs in (the mediator's queue also lists every dispute given to them).
        for user in users.values():
            for cid in report.community_ids[:3]:
                s.add(UserCommunity(user_id=user.id, community_id=cid))
        record_audit(
            s,
            actor,
            "demo.generate",
            "database",
            None,
            summary=N_("生成演示数据：{n} 个单元（种子 {seed}）").format(n=units, seed=seed),
            changes=report.to_json(),
        )
        return report


class _Generator:
    def __init__(self, session: Session, rng: random.Random, today: date, mediator_id: int | None):
        self.s = session
        self.rng = rng
        self.today = today
        self.mediator_id = mediator_id
        self.rows = _Rows()
        self.ids = _Ids({m.__tablename__: self._max_id(m) + 1 for m in _TABLES})
        self._next_person, self._next_ownership = self.ids.taker("person"), self.ids.taker("ownership")
        self._next_flat, self._next_ballot = self.ids.taker("flat"), self.ids.taker("ballot")
        self._person_rows, self._ownership_rows = self.rows.of(Person), self.rows.of(Ownership)
        self.settings = load_settings(session)
        self.used_id_numbers: set[str] = set(
            n for n in session.scalars(select(Person.id_number).where(Person.id_number.is_not(None)))
        )
        self.serials: dict[str, int] = dict(
            session.execute(select(CaseNumberCounter.prefix, CaseNumberCounter.last_serial)).all()
        )
        self.dispute_serials: dict[int, int] = {}
        self.districts: dict[str, tuple[int, str, str]] = {}
        self.streets: dict[tuple[int, str], tuple[int, str]] = {}
        self.community_names: dict[int, set[str]] = {}
        self.compound_names: dict[int, set[str]] = {}
        self.new_community_ids: list[int] = []
        self.first_case: str | None = None
        self._load_existing_places()

    # --- helpers -----------------------------------------------------------------------------

    def _max_id(self, model: Any) -> int:
        return self.s.scalar(select(func.coalesce(func.max(model.id), 0))) or 0

    def _load_existing_places(self) -> None:
        for d in self.s.scalars(select(District)):
            self.districts[d.name] = (d.id, d.code, d.division_code or "370100")
        for st in self.s.scalars(select(Street)):
            self.streets[(st.district_id, st.name)] = (st.id, st.code)
        for c in self.s.scalars(select(Community)):
            self.community_names.setdefault(c.street_id, set()).add(c.name)
        for p in self.s.scalars(select(Compound)):
            self.compound_names.setdefault(p.community_id, set()).add(p.name)

    def _date_between(self, start: date, end: date) -> date:
        if end <= start:
            return start
        return start + timedelta(days=self.rng.randint(0, (end - start).days))

    def _at(self, day: date, hour: int = 10) -> datetime:
        # datetime.combine(day, time(hour, rng.randint(0, 59))) in one call: the same random() draw
        return datetime(day.year, day.month, day.day, hour, int(self.rng.random() * 60))

    def _name(self) -> str:
        # rng.choice written out (the same random() calls, in the same order): 27,000 names
        rnd = self.rng.random
        surnames = vocab.COMMON_SURNAMES if rnd() < 0.45 else vocab.SURNAMES
        surname = surnames[int(rnd() * len(surnames))]
        length = (1, 2, 2, 2)[int(rnd() * 4)]
        chars = vocab.GIVEN_CHARS
        if length == 1:
            return surname + chars[int(rnd() * len(chars))]
        return surname + chars[int(rnd() * len(chars))] + chars[int(rnd() * len(chars))]

    def _id_number(self, division: str) -> str:
        # _date_between and randint written out (the same random() calls, in the same order), and
        # the check digit from cached partial sums: the city draws 90,000 of these.
        rnd = self.rng.random
        prefix = _ID_PARTS.division(division)
        while True:
            birth, birth_sum = _ID_PARTS.birth(int(rnd() * _BIRTH_DAYS))
            serial, serial_sum = _ID_PARTS.serials[int(rnd() * 1000)]
            number = (
                prefix[0] + birth + serial + ID_CHECK_CHARACTERS[(prefix[1] + birth_sum + serial_sum) % 11]
            )
            if number not in self.used_id_numbers:
                self.used_id_numbers.add(number)
                return number

    def _phone(self) -> str:
        rnd = self.rng.random  # rng.choice and randint written out: the same random() calls
        return _PHONE_PREFIXES[int(rnd() * len(_PHONE_PREFIXES))] + f"{int(rnd() * 100_000_000):08d}"

    # --- places --------------------------------------------------------------------------------

    def _district(self) -> tuple[int, str, str, jinan.DistrictInfo]:
        weights = [5 if d.trial_2017 else 2 for d in jinan.DISTRICTS]
        info = self.rng.choices(jinan.DISTRICTS, weights=weights)[0]
        if info.name not in self.districts:
            did = self.ids.take("district")
            self.rows.add(District, id=did, name=info.name, code=info.code, division_code=info.division_code)
            self.districts[info.name] = (did, info.code, info.division_code)
        did, code, division = self.districts[info.name]
        return did, code, division, info

    def _street(self, district_id: int, info: jinan.DistrictInfo) -> tuple[int, str]:
        # Few streets per district, so a street gets a realistic few dozen cases.
        name, code = self.rng.choice(info.streets[:4])
        key = (district_id, name)
        if key not in self.streets:
            sid = self.ids.take("street")
            self.rows.add(Street, id=sid, district_id=district_id, name=name, code=code)
            self.streets[key] = (sid, code)
        return self.streets[key]

    def _community(self, street_id: int) -> int:
        names = self.community_names.setdefault(street_id, set())
        while True:
            name = self.rng.choice(vocab.COMMUNITY_WORDS) + "社区"
            if name not in names:
                break
            if len(names) >= len(vocab.COMMUNITY_WORDS):
                name = f"{name}{len(names)}"
                break
        names.add(name)
        cid = self.ids.take("community")
        self.rows.add(Community, id=cid, street_id=street_id, name=name)
        self.new_community_ids.append(cid)
        return cid

    def _compound(self, community_id: int) -> int:
        names = self.compound_names.setdefault(community_id, set())
        name = self.rng.choice(vocab.COMPOUND_WORDS) + self.rng.choice(vocab.COMPOUND_SUFFIXES)
        if name in names:
            name = f"{name}{len(names) + 1}区"
        names.add(name)
        pid = self.ids.take("compound")
        self.rows.add(Compound, id=pid, community_id=community_id, name=name)
        return pid

    # --- the run -------------------------------------------------------------------------------

    def run(self, units: int) -> DemoReport:
        made = 0
        community_pool: dict[int, list[int]] = {}
        while made < units:
            district_id, dcode, division, info = self._district()
            street_id, scode = self._street(district_id, info)
            pool = community_pool.setdefault(street_id, [])
            if len(pool) < 5 and (not pool or self.rng.random() < 0.35):
                pool.append(self._community(street_id))
            community_id = self.rng.choice(pool)
            compound_id = self._compound(community_id)
            for number in range(1, self.rng.randint(2, 6) + 1):
                building_id = self.ids.take("building")
                built = self.rng.randint(1982, 2002)
                self.rows.add(
                    Building, id=building_id, compound_id=compound_id, number=str(number), built_year=built
                )
                for unit in range(1, self.rng.randint(1, 3) + 1):
                    if made >= units:
                        break
                    self._case(building_id, community_id, dcode, scode, division, info, str(unit))
                    made += 1
        self._write()
        return DemoReport(
            cases=self.rows.count(Case),
            flats=self.rows.count(Flat),
            persons=self.rows.count(Person),
            ballots=self.rows.count(Ballot),
            disputes=self.rows.count(Dispute),
            meetings=self.rows.count(MediationMeeting),
            first_case=self.first_case,
            community_ids=tuple(self.new_community_ids),
        )

    def _case_number(self, dcode: str, scode: str, year: int) -> str:
        prefix = f"case:{dcode}-{scode}-{year}"
        serial = self.serials.get(prefix, 0) + 1
        self.serials[prefix] = serial
        return self.settings.case_no_pattern.format(district=dcode, street=scode, year=year, serial=serial)

    def _case(
        self,
        building_id: int,
        community_id: int,
        dcode: str,
        scode: str,
        division: str,
        info: jinan.DistrictInfo,
        unit: str,
    ) -> None:
        r = self.rng
        case_id = self.ids.take("case_file")
        floors = r.choices((4, 5, 6, 7), weights=(10, 20, 40, 30))[0]
        per_floor = r.choices((2, 3), weights=(45, 55))[0]
        # Newer cases are more common: the programme grew after 2020.
        span = (self.today - timedelta(days=10) - FIRST_DAY).days
        opened = FIRST_DAY + timedelta(days=int(span * (r.random() ** 0.7)))
        history, stage, side = self._history(opened)
        entered = history[-1][1]
        case_no = self._case_number(dcode, scode, opened.year)
        self.first_case = self.first_case or case_no
        started = next((d for s, d in history if s is Stage.CONSTRUCTION), None)
        accepted = next((d for s, d in history if s is Stage.SUBSIDY), None)
        consent_end = next((d for s, d in history if s is Stage.NOTICE), None)
        limit = STAGE_LIMIT_DAYS.get(stage)
        self.rows.add(
            Case,
            id=case_id,
            case_no=case_no,
            building_id=building_id,
            community_id=community_id,
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
            side_reason=N_("存在未解决的业主纠纷")
            if side is SideState.SUSPENDED
            else (N_("业主意见无法统一，申请撤回") if side is SideState.WITHDRAWN else None),
            stage_entered_on=entered,
            stage_due_on=entered + timedelta(days=limit) if limit and side is SideState.ACTIVE else None,
            opened_on=opened,
            closed_on=history[-1][1] if stage is Stage.DONE else None,
            started_on=started,
            accepted_on=accepted,
            vote_date=consent_end,
            rule_set=None,
            rule_override_reason=None,
            rule_override_by_id=None,
            clerk_id=None,
            notes=None,
            version=1,
            created_at=self._at(opened, 9),
            updated_at=self._at(entered, 17),
        )
        previous: Stage | None = None
        for st, day in history:
            self.rows.add(
                StageEvent,
                id=self.ids.take("stage_event"),
                case_id=case_id,
                kind="open" if previous is None else "advance",
                from_stage=previous.value if previous else None,
                to_stage=st.value,
                occurred_on=day,
                note=None,
                actor_id=None,
                actor_name="演示数据",
                recorded_at=self._at(day, 16),
            )
            previous = st
        if side is not SideState.ACTIVE:
            self.rows.add(
                StageEvent,
                id=self.ids.take("stage_event"),
                case_id=case_id,
                kind=side.value,
                from_stage=stage.value,
                to_stage=stage.value,
                occurred_on=entered,
                note=None,
                actor_id=None,
                actor_name="演示数据",
                recorded_at=self._at(entered, 17),
            )
        flats = self._flats(case_id, floors, per_floor, division)
        consent_start = next((d for s, d in history if s is Stage.CONSENT), None)
        if consent_start is not None:
            passed = consent_end is not None
            self._ballots(case_id, flats, consent_start, consent_end or self.today, passed)
        if consent_end is not None:
            ends = consent_end + timedelta(days=15)
            notice_id = self.ids.take("notice")
            self.rows.add(
                Notice,
                id=notice_id,
                case_id=case_id,
                posted_on=consent_end,
                period_days=15,
                period_unit="calendar",
                ends_on=ends,
                places=N_("小区公告栏、本单元楼道口"),
                witness=N_("社区居委会"),
                photo_document_id=None,
            )
            if r.random() < 0.12:
                self._objection(case_id, notice_id, flats, consent_end, resolved=stage is not Stage.NOTICE)
        disputes_wanted = r.choices((0, 1, 2), weights=(55, 32, 13))[0]
        for _ in range(disputes_wanted):
            self._dispute(case_id, flats, opened, stage, side)
        if accepted is not None:
            yuan = SUBSIDY_BY_FLOORS_YUAN[min(floors, 7)]
            paid_on = next((d for s, d in history if s is Stage.DONE), None)
            self.rows.add(
                Subsidy,
                id=self.ids.take("subsidy"),
                case_id=case_id,
                policy_code="jinan-2018",
                eligible_fen=yuan * 100,
                status="paid" if paid_on else "applied",
                applied_on=accepted,
                reviewed_on=None,
                approved_on=None,
                approved_fen=yuan * 100 if paid_on else None,
                paid_on=paid_on,
                paid_fen=yuan * 100 if paid_on else None,
                voucher_no=f"JNCZ{paid_on:%Y%m}{r.randint(1000, 9999)}" if paid_on else None,
                note=None,
                version=1,
            )

    def _history(self, opened: date) -> tuple[list[tuple[Stage, date]], Stage, SideState]:
        """Walk the main line from *opened*; some cases stall in consent, as most do in life."""
        r = self.rng
        history = [(Stage.INTAKE, opened)]
        day = opened
        stall_in_consent = r.random() < 0.30
        for current, nxt in itertools.pairwise(MAIN_LINE):
            low, high = STAGE_DAYS[current]
            day = day + timedelta(days=r.randint(low, high))
            if day > self.today or (current is Stage.CONSENT and stall_in_consent):
                break
            history.append((nxt, day))
        stage = history[-1][0]
        side = SideState.ACTIVE
        if stage is Stage.CONSENT and stall_in_consent:
            side = r.choices(
                (SideState.ACTIVE, SideState.SUSPENDED, SideState.WITHDRAWN), weights=(70, 20, 10)
            )[0]
        return history, stage, side

    def _flats(self, case_id: int, floors: int, per_floor: int, division: str) -> list[dict[str, Any]]:
        r = self.rng
        # Flats in one stack share a layout, so the area repeats floor by floor.
        stack_areas = [r.randint(45_00, 130_00) for _ in range(per_floor)]
        # 1 in 20: the shaft lands on the ground-floor flat's garden, so that owner must consent.
        occupied = r.random() < 0.05
        flats: list[dict[str, Any]] = []
        flat_rows = self.rows.of(Flat)
        for floor in range(1, floors + 1):
            for pos in range(1, per_floor + 1):
                flat_id = self._next_flat()
                area = stack_areas[pos - 1] + (r.choice((0, 0, 0, 37, -52)) if r.random() < 0.2 else 0)
                row = {
                    "id": flat_id,
                    "case_id": case_id,
                    "room": f"{floor}0{pos}",
                    "floor": floor,
                    "area_centi": area,
                    "area_source": r.choices(("register", "survey", "contract"), weights=(90, 6, 4))[0],
                    "occupies_exclusive": occupied and floor == 1 and pos == 1,
                    "developer_unsold": False,
                    "note": None,
                    "version": 1,
                }
                flat_rows.append(row)
                owners = self._owners(flat_id, division, co_owned=r.random() < 0.22)
                flats.append({**row, "owners": owners})
        return flats

    def _owners(self, flat_id: int, division: str, *, co_owned: bool) -> list[int]:
        owners = []
        persons, ownerships = self._person_rows, self._ownership_rows
        for _ in range(2 if co_owned else 1):
            pid = self._next_person()
            number = self._id_number(division) if self.rng.random() > 0.03 else None
            persons.append(
                {
                    "id": pid,
                    "name": self._name(),
                    "id_number": number,
                    "id_tail": number[-4:] if number else None,
                    "phone": self._phone(),
                    "is_organisation": False,
                    "version": 1,
                }
            )
            ownerships.append(
                {
                    "id": self._next_ownership(),
                    "flat_id": flat_id,
                    "person_id": pid,
                    "valid_from": None,
                    "valid_to": None,
                }
            )
            owners.append(pid)
        return owners

    def _ballots(
        self, case_id: int, flats: list[dict[str, Any]], start: date, end: date, passed: bool
    ) -> None:
        r = self.rng
        n = len(flats)
        if passed:
            # A vote that went on to notice passed: everyone voted and at least 3/4 agreed by
            # area and by head. Keep the largest flats agreeing to be sure of the area clause.
            disagree_budget = r.choice((0, 0, 1, 1, 2)) if n >= 8 else 0
            ordered = sorted(flats, key=lambda f: f["area_centi"])
            votes = {f["id"]: Vote.AGREE for f in flats}
            total = sum(f["area_centi"] for f in flats)
            against_area = against = 0
            for f in ordered[:disagree_budget]:
                if f["occupies_exclusive"]:
                    continue
                area_ok = 4 * (total - against_area - f["area_centi"]) >= 3 * total
                if area_ok and 4 * (n - against - 1) >= 3 * n:
                    votes[f["id"]] = r.choice((Vote.DISAGREE, Vote.ABSTAIN))
                    against_area += f["area_centi"]
                    against += 1
        else:
            share = r.uniform(0.0, 0.9)
            votes = {}
            for f in flats:
                if r.random() < share:
                    votes[f["id"]] = r.choices(
                        (Vote.AGREE, Vote.DISAGREE, Vote.ABSTAIN), weights=(75, 17, 8)
                    )[0]
        ballots = self.rows.of(Ballot)
        for f in flats:
            vote = votes.get(f["id"])
            if vote is None:
                continue
            signed = self._date_between(start, min(end, self.today))
            reason = None
            if vote is Vote.DISAGREE:
                reason = r.choice(vocab.DISAGREE_REASONS)[1]
            for pid in f["owners"]:
                ballots.append(
                    {
                        "id": self._next_ballot(),
                        "case_id": case_id,
                        "flat_id": f["id"],
                        "person_id": pid,
                        "vote": vote.value,
                        "signed_on": signed,
                        "source": "paper",
                        "agent_name": None,
                        "agent_id_number": None,
                        "power_of_attorney_document_id": None,
                        "reason": reason,
                        "is_current": True,
                        "withdrawn_at": None,
                        "recorded_by_id": None,
                        "recorded_at": self._at(signed, 15),
                    }
                )

    def _objection(
        self, case_id: int, notice_id: int, flats: list[dict[str, Any]], posted: date, resolved: bool
    ) -> None:
        flat = self.rng.choice(flats[: max(2, len(flats) // 3)])
        received = posted + timedelta(days=self.rng.randint(1, 14))
        self.rows.add(
            Objection,
            id=self.ids.take("objection"),
            case_id=case_id,
            notice_id=notice_id,
            person_id=flat["owners"][0],
            objector_name=self._name(),
            contact=self._phone(),
            address=f"{flat['room']}室",
            received_on=received,
            detail=self.rng.choice(vocab.DISAGREE_REASONS)[1],
            written=True,
            response=N_("经社区协调，双方达成一致") if resolved else None,
            resolved_on=received + timedelta(days=7) if resolved else None,
            status="resolved" if resolved else "open",
            version=1,
        )

    def _dispute(
        self, case_id: int, flats: list[dict[str, Any]], opened: date, stage: Stage, side: SideState
    ) -> None:
        r = self.rng
        start = self._date_between(opened, min(self.today, opened + timedelta(days=400)))
        year = start.year
        serial = self.dispute_serials.get(year) or self._existing_dispute_serial(year)
        serial += 1
        self.dispute_serials[year] = serial
        dispute_id = self.ids.take("dispute")
        code, reason = r.choice(vocab.DISAGREE_REASONS)
        low = r.choice(flats[: max(2, len(flats) // 3)])
        high = r.choice(flats[len(flats) // 2 :])
        age = (self.today - start).days
        if side is SideState.SUSPENDED:
            status = DisputeStatus.IN_MEDIATION
        elif age < 20:
            status = r.choice((DisputeStatus.PENDING, DisputeStatus.IN_MEDIATION))
        else:
            status = r.choices(
                (
                    DisputeStatus.IN_MEDIATION,
                    DisputeStatus.AGREED,
                    DisputeStatus.PARTIAL,
                    DisputeStatus.FAILED,
                    DisputeStatus.TERMINATED,
                    DisputeStatus.PERFORMED,
                ),
                weights=(15, 25, 10, 12, 8, 30),
            )[0]
        closed = status not in (DisputeStatus.PENDING, DisputeStatus.IN_MEDIATION)
        closed_on = min(self.today, start + timedelta(days=r.randint(10, 60))) if closed else None
        self.rows.add(
            Dispute,
            id=dispute_id,
            dispute_no=self.settings.dispute_no_pattern.format(year=year, serial=serial),
            case_id=case_id,
            title=f"{low['room']}室业主对加装电梯有异议",
            description=reason,
            source="manual",
            source_key=None,
            source_explanation=None,
            status=status.value,
            blocking=side is SideState.SUSPENDED
            or (stage is Stage.CONSENT and not closed and r.random() < 0.5),
            mediator_id=self.mediator_id,
            committee=N_("街道人民调解委员会"),
            opened_on=start,
            due_on=start + timedelta(days=self.settings.mediation_limit_days),
            closed_on=closed_on,
            version=1,
            created_at=self._at(start, 9),
            updated_at=self._at(closed_on or start, 17),
        )
        for flat, role in ((low, "objector"), (high, "applicant")):
            self.rows.add(
                DisputeParty,
                id=self.ids.take("dispute_party"),
                dispute_id=dispute_id,
                person_id=flat["owners"][0],
                name=self._name(),
                room=flat["room"],
                floor=flat["floor"],
                role=role,
                contact=self._phone(),
            )
        self.rows.add(
            DisputeCategoryLink,
            id=self.ids.take("dispute_category"),
            dispute_id=dispute_id,
            code=code,
            confirmed=True,
        )
        self.rows.add(
            DisputeStatusChange,
            id=self.ids.take("dispute_status_change"),
            dispute_id=dispute_id,
            from_status=None,
            to_status=DisputeStatus.PENDING.value,
            changed_on=start,
            actor_name="演示数据",
            note=None,
        )
        if status is not DisputeStatus.PENDING:
            self.rows.add(
                DisputeStatusChange,
                id=self.ids.take("dispute_status_change"),
                dispute_id=dispute_id,
                from_status=DisputeStatus.PENDING.value,
                to_status=status.value,
                changed_on=closed_on or start,
                actor_name="演示数据",
                note=None,
            )
            meetings = r.choices((1, 2, 3, 4, 5, 6), weights=(15, 20, 25, 20, 12, 8))[0]
            day = start
            last_day = closed_on or self.today
            for i in range(meetings):
                day = min(last_day, day + timedelta(days=r.randint(2, 12)))
                final = i == meetings - 1
                outcome = (
                    (
                        MeetingOutcome.AGREEMENT
                        if status in (DisputeStatus.AGREED, DisputeStatus.PERFORMED)
                        else MeetingOutcome.PARTIAL
                        if status is DisputeStatus.PARTIAL
                        else MeetingOutcome.NONE
                    )
                    if final and closed
                    else MeetingOutcome.ADJOURNED
                )
                self.rows.add(
                    MediationMeeting,
                    id=self.ids.take("mediation_meeting"),
                    dispute_id=dispute_id,
                    held_at=self._at(day, r.choice((9, 10, 14, 15, 19))),
                    place=r.choice(vocab.MEETING_PLACES),
                    mediators=self._name(),
                    recorder=self._name(),
                    attendees=[
                        {"name": self._name(), "role": "objector", "room": low["room"]},
                        {"name": self._name(), "role": "representative", "room": high["room"]},
                    ],
                    positions=r.choice(vocab.MEETING_POSITIONS),
                    proposals=r.choice(vocab.MEETING_PROPOSALS).format(
                        amount=r.choice((5000, 8000, 10000, 20000))
                    ),
                    notes=N_("第 {n} 次调解。").format(n=i + 1),
                    outcome=outcome.value,
                    next_date=None if final else day + timedelta(days=7),
                    is_draft=False,
                    created_by_id=self.mediator_id,
                    version=1,
                )

    def _existing_dispute_serial(self, year: int) -> int:
        counter = self.s.get(CaseNumberCounter, f"dispute:{year}")
        return counter.last_serial if counter else 0

    # --- writing -------------------------------------------------------------------------------

    def _write(self) -> None:
        # Plain executemany on the session's connection (core/db/bulk.py): the ORM's bulk-insert
        # path re-processed every row dict and was half of the demo's time.
        connection = self.s.connection()
        for model in _INSERT_ORDER:
            insert_rows(connection, model.__table__, self.rows.by_table.get(model, []))
        resync_id_sequences(self.s, [m.__table__ for m in _INSERT_ORDER])
        self._counters()
        self._targets()

    def _counters(self) -> None:
        """The last serial of every prefix used: existing counters updated, new ones inserted in
        one go (a merge per prefix cost a query and a flush each, hundreds of them)."""
        serials = {**self.serials, **{f"dispute:{y}": n for y, n in self.dispute_serials.items()}}
        existing = {c.prefix: c for c in self.s.scalars(select(CaseNumberCounter))}
        new = []
        for prefix, serial in serials.items():
            if prefix in existing:
                existing[prefix].last_serial = serial
            else:
                new.append({"prefix": prefix, "last_serial": serial})
        insert_rows(self.s.connection(), CaseNumberCounter.__table__, new)

    def _targets(self) -> None:
        """Annual targets per district near what was achieved, like the article's '完成年度目标 136.5%'."""
        started: Counter[tuple[int, int]] = Counter()
        district_of_street = {sid: did for (did, _name), (sid, _code) in self.streets.items()}
        street_of_community = {row["id"]: row["street_id"] for row in self.rows.by_table.get(Community, [])}
        for row in self.rows.by_table.get(Case, []):
            if row["started_on"] is not None:
                district = district_of_street.get(street_of_community.get(row["community_id"], -1))
                if district is not None:
                    started[(district, row["started_on"].year)] += 1
        have = set(
            self.s.execute(
                select(AnnualTarget.district_id, AnnualTarget.year).where(AnnualTarget.street_id.is_(None))
            ).all()
        )
        for _name, (district_id, _code, _div) in sorted(self.districts.items()):
            for year in range(2018, self.today.year + 1):
                if (district_id, year) not in have:
                    done = started[(district_id, year)]
                    self.s.add(
                        AnnualTarget(
                            year=year,
                            district_id=district_id,
                            street_id=None,
                            starts_target=max(1, done * 10 // self.rng.randint(8, 14)),
                            acceptances_target=max(1, done * 10 // self.rng.randint(10, 16)),
                        )
                    )
