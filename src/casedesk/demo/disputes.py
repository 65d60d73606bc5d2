"""Disputes between owners and their mediation, closed within the legal limit as a real office does.

A dispute opened less than the mediation limit ago may still wait or be in mediation; an older one
ended within its limit: agreed (and often performed since), partly agreed, failed, or
terminated. A suspended case is held up by a dispute opened recently. Every status change goes
through the dispute rules (core/disputes/rules.can_move) and is written to the history.
"""

from __future__ import annotations

from datetime import date, timedelta

from casedesk.core.db.models import (
    Agreement,
    CaseNumberCounter,
    Dispute,
    DisputeCategoryLink,
    DisputeParty,
    DisputeStatusChange,
    FollowUpVisit,
    MediationMeeting,
)
from casedesk.core.disputes.rules import can_move
from casedesk.core.domain.enums import DisputeStatus, MeetingOutcome, SideState, Stage
from casedesk.core.i18n import N_
from casedesk.demo import vocabulary as words
from casedesk.demo.cases import DemoCase, DemoFlat
from casedesk.demo.people import People
from casedesk.demo.world import DEMO_ACTOR_NAME, World

DISPUTES_PER_CASE = {0: 55, 1: 32, 2: 13}
ENDINGS = {
    DisputeStatus.AGREED: 30,
    DisputeStatus.PARTIAL: 12,
    DisputeStatus.FAILED: 15,
    DisputeStatus.TERMINATED: 8,
}
PERFORMED_SHARE = 0.7  # agreements carried out and checked on a follow-up visit
MEETINGS_HELD = {1: 10, 2: 20, 3: 30, 4: 25, 5: 15}
_MEETING_OUTCOME = {
    DisputeStatus.AGREED: MeetingOutcome.AGREEMENT,
    DisputeStatus.PARTIAL: MeetingOutcome.PARTIAL,
}


class Disputes:
    def __init__(self, world: World, people: People):
        self.world = world
        self.people = people
        self.serials: dict[int, int] = {}
        self.limit_days = world.settings.mediation_limit_days

    def for_case(self, case: DemoCase) -> None:
        """The disputes of *case*: one held open if the case is suspended, else none to two."""
        count = self.world.pick(DISPUTES_PER_CASE)
        if case.side is SideState.SUSPENDED:
            count = max(count, 1)
        for index in range(count):
            holds_case = case.side is SideState.SUSPENDED and index == 0
            self._dispute(case, holds_case=holds_case)

    def _dispute(self, case: DemoCase, *, holds_case: bool) -> None:
        world, rng, today = self.world, self.world.rng, self.world.today
        if holds_case:
            opened = max(case.opened, today - timedelta(days=rng.randint(0, self.limit_days - 1)))
        else:
            opened = world.day_between(case.opened, min(today, case.opened + timedelta(days=400)))
        due = opened + timedelta(days=self.limit_days)
        if holds_case or due > today:
            ending, closed = None, None
        else:
            ending = world.pick(ENDINGS)
            closed = opened + timedelta(days=rng.randint(7, self.limit_days))
        code, reason = rng.choice(words.DISAGREE_REASONS)
        objector = rng.choice(case.flats[: max(2, len(case.flats) // 3)])
        applicant = rng.choice(case.flats[len(case.flats) // 2 :])
        dispute_no = self._number(opened.year)
        dispute_id = world.rows.add(
            Dispute,
            dispute_no=dispute_no,
            case_id=case.id,
            title=f"{objector.room}室业主对加装电梯有异议",
            description=reason,
            source="manual",
            source_key=None,
            source_explanation=None,
            status=DisputeStatus.PENDING.value,  # moved on below, through the rules
            blocking=holds_case or (case.stage is Stage.CONSENT and closed is None and rng.random() < 0.5),
            mediator_id=world.mediator_id,
            committee=N_("街道人民调解委员会"),
            opened_on=opened,
            due_on=due,
            closed_on=closed,
            version=1,
            created_at=world.moment(opened, 9),
            updated_at=world.moment(closed or opened, 17),
        )
        for flat, role in ((objector, "objector"), (applicant, "applicant")):
            world.rows.add(
                DisputeParty,
                dispute_id=dispute_id,
                person_id=flat.owners[0],
                name=self.people.name(),
                room=flat.room,
                floor=flat.floor,
                role=role,
                contact=self.people.phone(),
            )
        world.rows.add(DisputeCategoryLink, dispute_id=dispute_id, code=code, confirmed=True)
        mediation = _Mediation(self, dispute_id, opened)
        if ending is None:
            mediation.meet_until(today, ending=None)
        elif ending is DisputeStatus.TERMINATED and rng.random() < 0.5:
            mediation.move(DisputeStatus.TERMINATED, closed)  # the objector withdrew before a meeting
        else:
            assert closed is not None
            mediation.meet_until(closed, ending=ending)
            if ending is DisputeStatus.TERMINATED:
                mediation.move(DisputeStatus.TERMINATED, closed)
            if ending in (DisputeStatus.AGREED, DisputeStatus.PARTIAL):
                agreement_id = self._agreement(dispute_id, dispute_no, objector, applicant, closed, ending)
                visit = closed + timedelta(days=rng.randint(10, 40))
                if ending is DisputeStatus.AGREED and visit <= today and rng.random() < PERFORMED_SHARE:
                    self._visit(dispute_id, agreement_id, visit)
                    mediation.move(DisputeStatus.PERFORMED, visit)
        world.rows.amend_last(Dispute, status=mediation.status.value)  # where its history ended

    def _number(self, year: int) -> str:
        if year not in self.serials:
            counter = self.world.session.get(CaseNumberCounter, f"dispute:{year}")
            self.serials[year] = counter.last_serial if counter else 0
        self.serials[year] += 1
        return self.world.settings.dispute_no_pattern.format(year=year, serial=self.serials[year])

    def _agreement(
        self,
        dispute_id: int,
        dispute_no: str,
        objector: DemoFlat,
        applicant: DemoFlat,
        signed: date,
        ending: DisputeStatus,
    ) -> int:
        rng = self.world.rng
        return self.world.rows.add(
            Agreement,
            dispute_id=dispute_id,
            agreement_no=f"{dispute_no}-XY1",
            parties=N_("{a}室业主；{b}室业主").format(a=objector.room, b=applicant.room),
            facts=N_("双方就加装电梯事项发生争议"),
            matters=rng.choice(words.MEETING_POSITIONS),
            responsibilities=None,
            terms=rng.choice(words.MEETING_PROPOSALS).format(amount=rng.choice((5000, 8000, 10000, 20000))),
            performance_method=N_("一次性履行"),
            performance_deadline=signed + timedelta(days=30),
            signed_on=signed,
            effective_on=signed,
            judicial_confirmation_requested_on=None,
            performed_on=None,
            partial=ending is DisputeStatus.PARTIAL,
            version=1,
        )

    def _visit(self, dispute_id: int, agreement_id: int, visited: date) -> None:
        self.world.rows.add(
            FollowUpVisit,
            dispute_id=dispute_id,
            agreement_id=agreement_id,
            visited_on=visited,
            visitor=self.people.name(),
            reason=N_("协议履行回访"),
            findings=N_("协议已履行，双方无异议"),
        )
        self.world.rows.amend_last(Agreement, performed_on=visited)


class _Mediation:
    """One dispute's way through mediation: meetings held, and each status change checked
    against the rules and written to the history."""

    def __init__(self, disputes: Disputes, dispute_id: int, opened: date):
        self.world = disputes.world
        self.people = disputes.people
        self.dispute_id = dispute_id
        self.opened = opened
        self.status = DisputeStatus.PENDING
        self._history(None, DisputeStatus.PENDING, opened)

    def move(self, target: DisputeStatus, day: date) -> None:
        if not can_move(self.status, target):
            raise AssertionError(f"demo dispute moved {self.status} → {target}")  # a bug in the demo
        self._history(self.status, target, day)
        self.status = target

    def meet_until(self, last_day: date, *, ending: DisputeStatus | None) -> None:
        """Meetings from the opening to *last_day*; the last one ends in *ending* (None: the
        mediation goes on, so every meeting so far was adjourned)."""
        if ending is None and (last_day - self.opened).days < 3:
            return  # opened these last days: still waiting for its first meeting
        held = self.world.pick(MEETINGS_HELD)
        days = sorted(self.world.day_between(self.opened + timedelta(days=1), last_day) for _ in range(held))
        if ending is not None:
            days[-1] = last_day
        for number, day in enumerate(days, start=1):
            if number == 1:
                self.move(DisputeStatus.IN_MEDIATION, day)
            final = number == held and ending is not None
            outcome = _MEETING_OUTCOME.get(ending, MeetingOutcome.NONE) if final else MeetingOutcome.ADJOURNED
            self._meeting(number, day, outcome, next_date=None if final else day + timedelta(days=7))
        if ending is not None and ending is not DisputeStatus.TERMINATED:
            self.move(ending, last_day)

    def _meeting(self, number: int, day: date, outcome: MeetingOutcome, next_date: date | None) -> None:
        rng, people = self.world.rng, self.people
        self.world.rows.add(
            MediationMeeting,
            dispute_id=self.dispute_id,
            held_at=self.world.moment(day, rng.choice((9, 10, 14, 15, 19))),
            place=rng.choice(words.MEETING_PLACES),
            mediators=people.name(),
            recorder=people.name(),
            attendees=[
                {"name": people.name(), "role": "objector"},
                {"name": people.name(), "role": "representative"},
            ],
            positions=rng.choice(words.MEETING_POSITIONS),
            proposals=rng.choice(words.MEETING_PROPOSALS).format(
                amount=rng.choice((5000, 8000, 10000, 20000))
            ),
            notes=N_("第 {n} 次调解。").format(n=number),
            outcome=outcome.value,
            next_date=next_date,
            is_draft=False,
            created_by_id=self.world.mediator_id,
            version=1,
        )

    def _history(self, from_status: DisputeStatus | None, to_status: DisputeStatus, day: date) -> None:
        self.world.rows.add(
            DisputeStatusChange,
            dispute_id=self.dispute_id,
            from_status=from_status.value if from_status else None,
            to_status=to_status.value,
            changed_on=day,
            actor_name=DEMO_ACTOR_NAME,
            note=None,
        )
