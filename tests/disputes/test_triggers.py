"""What calls for a dispute is decided without a database (core/disputes/triggers.py): the same
rows give the same triggers, with keys that stay put so each is raised once."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from casedesk.core.disputes import triggers
from casedesk.core.disputes.triggers import BallotRow, ObjectionRow, ObstructionRow, OccupiedFlat, detect
from casedesk.core.domain.enums import DisputeCategory, Vote

AGREE, DISAGREE, ABSTAIN = Vote.AGREE.value, Vote.DISAGREE.value, Vote.ABSTAIN.value


def _ballot(flat: int, person: int, vote: str, reason: str | None = None) -> BallotRow:
    return BallotRow(flat, person, vote, reason, f"{flat}01", flat, f"业主{person}")


def test_a_quiet_case_holds_no_trigger() -> None:
    ballots = [_ballot(1, 1, AGREE), _ballot(2, 2, ABSTAIN), _ballot(3, 3, DISAGREE, "　")]
    assert detect(ballots) == []  # a reason of full-width spaces is no reason


def test_each_kind_of_trigger_with_its_key() -> None:
    ballots = [
        _ballot(1, 1, DISAGREE, "挡光"),  # a reasoned 不同意
        _ballot(2, 2, AGREE),  # co-owners of flat 2 disagree with each other
        _ballot(2, 3, DISAGREE),
        _ballot(4, 4, AGREE),  # one owner, two flats, two opinions
        _ballot(5, 4, ABSTAIN),
        _ballot(6, 6, ABSTAIN),  # occupied and not agreed
        _ballot(7, 7, AGREE),  # occupied and agreed: nothing to mediate
    ]
    occupied = [OccupiedFlat(6, "601", 6, ((6, "业主6"),)), OccupiedFlat(7, "701", 7, ((7, "业主7"),))]
    objection = ObjectionRow(9, "孙丽", date(2026, 3, 1), "公示期太短", "3 号楼", None, None)
    obstruction = ObstructionRow(11, date(2026, 5, 2), "堵门")
    found = detect(ballots, occupied, [objection], [obstruction])
    assert [t.key for t in found] == [
        "ballot:1:1",
        "co-owner-split:2",
        "multi-flat-split:4",
        "exclusive:6",
        "objection:9",
        "obstruction:11",
    ]
    by_key = {t.key: t for t in found}
    assert [p.name for p in by_key["co-owner-split:2"].parties] == ["业主2", "业主3"]
    assert by_key["multi-flat-split:4"].parties[0].room == "401、501"
    assert by_key["exclusive:6"].blocking and by_key["obstruction:11"].blocking
    assert not by_key["ballot:1:1"].blocking and by_key["ballot:1:1"].reason_text == "挡光"
    assert by_key["co-owner-split:2"].extra_categories == (DisputeCategory.PROCEDURE_VALIDITY,)


def test_an_occupied_part_waits_for_its_owners_opinion() -> None:
    """Before the vote an occupied part is a consent still to collect, not a dispute."""
    occupied = [OccupiedFlat(6, "601", 6, ((6, "业主6"),))]
    assert detect([], occupied) == []
    assert [t.key for t in detect([_ballot(6, 6, AGREE), _ballot(6, 8, DISAGREE)], occupied)] == [
        "co-owner-split:6",
        "exclusive:6",
    ]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(1, 6), st.integers(1, 6), st.sampled_from([AGREE, AGREE, DISAGREE, ABSTAIN])),
        max_size=25,
    ),
    st.sets(st.integers(1, 6)),
)
def test_the_ballots_left_out_can_take_part_in_no_trigger(votes, occupied_flats) -> None:
    """detect looks only at ballots of flats or signers with an opinion other than 同意 (the
    _in_question narrowing that keeps a 5,000-owner roster import quick): each finder gives the
    same triggers from every ballot as from those."""
    ballots = [_ballot(flat, person, vote, "理由") for flat, person, vote in dict.fromkeys(votes)]
    occupied = [OccupiedFlat(f, f"{f}01", f, ((f, f"业主{f}"),)) for f in sorted(occupied_flats)]
    narrowed = triggers._in_question(ballots)
    for finder in (triggers._reasoned_disagreements, triggers._split_flats, triggers._split_owners):
        assert finder(narrowed) == finder(ballots)
    assert triggers._occupied_without_consent(narrowed, occupied) == triggers._occupied_without_consent(
        ballots, occupied
    )
