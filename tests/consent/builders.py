"""Small builders for rosters in tests: flats with one owner each unless told otherwise."""

from __future__ import annotations

from datetime import date

from casedesk.core.consent import BallotInput, FlatInput, OwnershipInput, PersonInput, TallySnapshot
from casedesk.core.domain.enums import Vote

AS_OF = date(2026, 3, 1)
SIGNED = date(2026, 2, 1)
A, D, X = Vote.AGREE, Vote.DISAGREE, Vote.ABSTAIN


def f1_roster(votes: list[Vote | None], areas: list[int] | None = None, **flat_flags) -> TallySnapshot:
    """Fixture F1 of domain.md §g.1a: 6 floors × 2 flats, one owner each (areas in centi-m²)."""
    areas = areas or [6000] * len(votes)
    flats, persons, owns, ballots = [], [], [], []
    for i, (vote, area) in enumerate(zip(votes, areas, strict=True)):
        floor, pos = divmod(i, 2)
        room = f"{floor + 1}0{pos + 1}"
        flats.append(FlatInput(i + 1, room, floor + 1, area, **flat_flags.get(room, {})))
        persons.append(PersonInput(i + 1, f"业主{i + 1}", f"ID{i + 1:04d}"))
        owns.append(OwnershipInput(i + 1, i + 1))
        if vote is not None:
            ballots.append(BallotInput(i + 1, i + 1, vote, SIGNED))
    return TallySnapshot(tuple(flats), tuple(persons), tuple(owns), tuple(ballots), case_no="T-1")
