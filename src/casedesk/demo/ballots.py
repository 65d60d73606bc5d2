"""The owners' vote on a case, the notice that follows it, and the written objections to it.

A vote that went on to the notice passed: every owner voted and at least 3/4 of persons and of
area agreed when it closed, though a few opinions arrived after that day (late ballots, which the
tally leaves out by default). A vote still open has whatever share of owners has signed so far,
and there co-owners sometimes disagree with each other. Anywhere an owner may have changed their
mind: the first ballot stays on record, withdrawn.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from casedesk.core.db.models import Ballot, Notice, Objection
from casedesk.core.domain.enums import Stage, Vote
from casedesk.core.i18n import N_
from casedesk.demo import vocabulary as words
from casedesk.demo.cases import DemoCase, DemoFlat
from casedesk.demo.people import People
from casedesk.demo.world import World

NOTICE_DAYS = 15
LATE_BALLOT_SHARE = 0.15  # passed votes with one opinion signed after the vote closed
CHANGED_MIND_SHARE = 0.03  # owners whose first ballot was withdrawn and replaced
TOOK_BACK_SHARE = 0.02  # owners in an open vote who withdrew their ballot and gave none since
CO_OWNERS_APART_SHARE = 0.20  # co-owned flats in an open vote where the two sign differently
OBJECTION_SHARE = 0.15  # notices that drew a written objection
# A notice still running, or under the street's review, has more: its objections are the ones
# the office must still answer.
RUNNING_NOTICE_OBJECTION_SHARE = 0.5
OPEN_VOTE_OPINIONS = {Vote.AGREE: 75, Vote.DISAGREE: 17, Vote.ABSTAIN: 8}


class Ballots:
    def __init__(self, world: World, people: People):
        self.world = world
        self.people = people

    def vote(self, case: DemoCase) -> None:
        """The ballots of *case*, if it reached the consent stage, and its notice if it passed."""
        opened = case.entered(Stage.CONSENT)
        if opened is None:
            return
        closed = case.entered(Stage.NOTICE)
        if closed is None:
            self._open_vote(case, opened)
        else:
            self._passed_vote(case, opened, closed)
            self._notice(case, closed)

    # --- persons -------------------------------------------------------------------------------

    @staticmethod
    def _persons(flats: list[DemoFlat]) -> list[list[DemoFlat]]:
        """The flats of each person the law counts: a sole owner's flats together (an owner of
        two flats, a work unit, the developer), a co-owned flat on its own."""
        groups: dict[object, list[DemoFlat]] = {}
        for flat in flats:
            key = flat.owners[0] if len(flat.owners) == 1 else ("co-owned", flat.id)
            groups.setdefault(key, []).append(flat)
        return list(groups.values())

    # --- votes ---------------------------------------------------------------------------------

    def _passed_vote(self, case: DemoCase, opened: date, closed: date) -> None:
        """Everyone voted; a few small single-flat owners against, or late, but never so many
        that 3/4 of persons, of flats or of area would not have agreed on the closing day."""
        rng = self.world.rng
        persons = self._persons(case.flats)
        total_area = sum(f.area_centi for f in case.flats)
        budget = rng.choice((0, 0, 1, 1, 2)) if len(persons) >= 8 else 0
        late = closed < self.world.today and rng.random() < LATE_BALLOT_SHARE
        not_agreeing: dict[int, Vote | None] = {}  # person index → opinion; None: agreed, but late
        against_area = 0
        smallest_first = sorted(range(len(persons)), key=lambda i: persons[i][0].area_centi)
        for index in smallest_first[: budget + int(late)]:
            flats = persons[index]
            if len(flats) > 1 or flats[0].occupies_exclusive:
                continue
            n = len(not_agreeing) + 1
            area = against_area + flats[0].area_centi
            if 4 * (total_area - area) < 3 * total_area or 4 * (len(persons) - n) < 3 * len(persons):
                break
            if 4 * (len(case.flats) - n) < 3 * len(case.flats):
                break
            is_late = late and len(not_agreeing) == 0
            not_agreeing[index] = None if is_late else rng.choice((Vote.DISAGREE, Vote.ABSTAIN))
            against_area = area
        for index, flats in enumerate(persons):
            if index in not_agreeing and not_agreeing[index] is None:
                signed = self.world.day_between(
                    closed + timedelta(days=1), min(self.world.today, closed + timedelta(days=10))
                )
                self._sign(case, flats, Vote.AGREE, signed, opened)
            else:
                signed = self.world.day_between(opened, closed)
                self._sign(case, flats, not_agreeing.get(index) or Vote.AGREE, signed, opened)

    def _open_vote(self, case: DemoCase, opened: date) -> None:
        """A vote still collecting opinions (or stalled): some owners signed, some co-owners apart."""
        rng = self.world.rng
        share = rng.uniform(0.0, 0.9)
        for flats in self._persons(case.flats):
            if rng.random() >= share:
                continue
            vote = self.world.pick(OPEN_VOTE_OPINIONS)
            signed = self.world.day_between(opened, self.world.today)
            if rng.random() < TOOK_BACK_SHARE:
                self._withdrawn(case, flats, vote, signed, signed)
                continue
            co_owned = len(flats) == 1 and len(flats[0].owners) == 2
            if co_owned and rng.random() < CO_OWNERS_APART_SHARE:
                flat = flats[0]
                other = rng.choice([v for v in Vote if v is not vote])
                self._ballot(case, flat, flat.owners[0], vote, signed)
                self._ballot(
                    case, flat, flat.owners[1], other, self.world.day_between(opened, self.world.today)
                )
                continue
            self._sign(case, flats, vote, signed, opened)

    def _sign(self, case: DemoCase, flats: list[DemoFlat], vote: Vote, signed: date, opened: date) -> None:
        """Every owner of *flats* signs *vote* on *signed*; now and then after withdrawing an
        earlier, different opinion."""
        if signed > opened and self.world.rng.random() < CHANGED_MIND_SHARE:
            first = self.world.rng.choice([v for v in Vote if v is not vote])
            self._withdrawn(
                case, flats, first, self.world.day_between(opened, signed - timedelta(days=1)), signed
            )
        for flat in flats:
            for person_id in flat.owners:
                self._ballot(case, flat, person_id, vote, signed)

    def _withdrawn(
        self, case: DemoCase, flats: list[DemoFlat], vote: Vote, signed: date, taken_back: date
    ) -> None:
        for flat in flats:
            for person_id in flat.owners:
                self._ballot(case, flat, person_id, vote, signed, withdrawn_on=taken_back)

    def _ballot(
        self,
        case: DemoCase,
        flat: DemoFlat,
        person_id: int,
        vote: Vote,
        signed: date,
        *,
        withdrawn_on: date | None = None,
    ) -> None:
        withdrawn_at = None
        if withdrawn_on is not None:
            withdrawn_at = datetime(withdrawn_on.year, withdrawn_on.month, withdrawn_on.day, 11, 0)
        self.world.rows.add(
            Ballot,
            case_id=case.id,
            flat_id=flat.id,
            person_id=person_id,
            vote=vote.value,
            signed_on=signed,
            source="paper",
            agent_name=None,
            agent_id_number=None,
            power_of_attorney_document_id=None,
            reason=self.world.rng.choice(words.DISAGREE_REASONS)[1] if vote is Vote.DISAGREE else None,
            is_current=withdrawn_on is None,
            withdrawn_at=withdrawn_at,
            recorded_by_id=None,
            recorded_at=self.world.moment(signed, 15),
        )

    # --- notice and objections -----------------------------------------------------------------

    def _notice(self, case: DemoCase, posted: date) -> None:
        notice_id = self.world.rows.add(
            Notice,
            case_id=case.id,
            posted_on=posted,
            period_days=NOTICE_DAYS,
            period_unit="calendar",
            ends_on=posted + timedelta(days=NOTICE_DAYS),
            places=N_("小区公告栏、本单元楼道口"),
            witness=N_("社区居委会"),
            photo_document_id=None,
        )
        running = case.stage in (Stage.NOTICE, Stage.STREET_REVIEW)
        if self.world.rng.random() < (RUNNING_NOTICE_OBJECTION_SHARE if running else OBJECTION_SHARE):
            # Open until the street has reviewed them; settled by the community by then.
            self._objection(case, notice_id, posted, resolved=not running)

    def _objection(self, case: DemoCase, notice_id: int, posted: date, *, resolved: bool) -> None:
        rng = self.world.rng
        flat = rng.choice(case.flats[: max(2, len(case.flats) // 3)])  # the lower floors object
        received = posted + timedelta(days=rng.randint(1, NOTICE_DAYS - 1))
        self.world.rows.add(
            Objection,
            case_id=case.id,
            notice_id=notice_id,
            person_id=flat.owners[0],
            objector_name=self.people.name(),
            contact=self.people.phone(),
            address=f"{flat.room}室",
            received_on=received,
            detail=rng.choice(words.DISAGREE_REASONS)[1],
            written=True,
            response=N_("经社区协调，双方达成一致") if resolved else None,
            resolved_on=received + timedelta(days=7) if resolved else None,
            status="resolved" if resolved else "open",
            version=1,
        )
