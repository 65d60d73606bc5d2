"""Money: exact shares, late joiners, subsidy policies, the ledger."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casedesk.core.errors import UserError
from casedesk.core.money import sharing
from casedesk.core.money.subsidy import JINAN_2018, JINAN_2021_ASSUMED, SHANDONG_2017_PILOT, SubsidyFacts
from casedesk.core.services.cases import NewCase, create_case
from casedesk.core.services.costshare import compute_cost_share, record_fund_use
from casedesk.core.services.roster_import import import_roster
from casedesk.core.services.subsidy import pay_subsidy, record_subsidy_step, subsidy_totals, subsidy_view
from tests.shared_paths import SAMPLES

TODAY = date(2026, 3, 20)


@given(st.integers(0, 10**9), st.lists(st.integers(0, 20000), min_size=1, max_size=30))
def test_allocation_is_exact_and_fair(total, raw_weights) -> None:
    weights = dict(enumerate(raw_weights))
    if sum(raw_weights) == 0:
        with pytest.raises(UserError):
            sharing.allocate(total, weights, list(weights))
        return
    parts = sharing.allocate(total, weights, list(weights))
    assert sum(parts.values()) == total
    weight_sum = sum(raw_weights)
    for k, w in weights.items():
        exact = Fraction(total * w, weight_sum)
        assert exact - 1 < parts[k] <= exact + 1  # never more than a fen from the exact share
        if w == 0:
            assert parts[k] == 0


def test_awkward_totals_by_each_method() -> None:
    flats = [
        sharing.FlatShareInput(i, f"{i}01", i, a)
        for i, a in enumerate([7836, 6510, 9999, 4501, 12345, 7777], 1)
    ]
    for weights in (
        sharing.weights_by_area(flats),
        sharing.weights_equal(flats),
        sharing.weights_by_floor(flats),
        sharing.weights_custom(
            flats, {"101": 0, "201": 500, "301": 1500, "401": 2000, "501": 2500, "601": 3500}
        ),
    ):
        for total in (1, 99, 100_001, 33_333_333):
            parts = sharing.allocate(total, weights, [f.flat_id for f in flats])
            assert sum(parts.values()) == total
    floor_parts = sharing.allocate(1_000_000, sharing.weights_by_floor(flats), [f.flat_id for f in flats])
    assert floor_parts[1] == floor_parts[2] == 0  # floors 1–2 exempt by default
    with pytest.raises(UserError, match="不存在的房号"):
        sharing.weights_custom(flats, {"999": 100})


def test_ties_are_deterministic() -> None:
    assert sharing.allocate(100, {1: 1, 2: 1, 3: 1}, [1, 2, 3]) == {1: 34, 2: 33, 3: 33}
    assert sharing.allocate(100, {1: 1, 2: 1, 3: 1}, [3, 2, 1]) == {1: 33, 2: 33, 3: 34}


def test_late_joiner_redistributes_exactly() -> None:
    weights = {1: 100, 2: 100, 3: 200}
    shares = sharing.allocate(400_000, weights, [1, 2, 3])
    payment, refunds = sharing.late_joiner_buy_in(
        shares, joiner=4, joiner_weight=100, weights=weights, interest_fen=5_000
    )
    assert payment == 80_000 + 5_000  # a fifth of the total, plus the agreed interest
    assert sum(refunds.values()) == payment
    assert refunds[3] == 2 * refunds[1]


@pytest.mark.parametrize(
    ("floors", "yuan"), [(4, 160_000), (5, 180_000), (6, 200_000), (7, 220_000), (9, 220_000)]
)
def test_jinan_2018_table(floors, yuan) -> None:
    facts = SubsidyFacts("历下区", floors, False, True, False, 1995, date(2019, 5, 1))
    decision = JINAN_2018.decide(facts)
    assert decision.eligible and decision.amount_fen == yuan * 100


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"floors": 3}, "4 层"),
        ({"has_elevator": True}, "已有电梯"),
        ({"in_expropriation_plan": True}, "征收"),
        ({"district": "章丘区"}, "不在本政策适用区域"),
        ({"built_year": 2018}, "建成年份"),
        ({"approved_on": date(2019, 8, 1)}, "2019-07-20"),
        ({"state_owned_land": False}, "国有土地"),
    ],
)
def test_out_of_policy_cases_say_why(change, reason) -> None:
    base = dict(
        district="历下区",
        floors=6,
        has_elevator=False,
        state_owned_land=True,
        in_expropriation_plan=False,
        built_year=1995,
        approved_on=date(2019, 5, 1),
    )
    decision = JINAN_2018.decide(SubsidyFacts(**{**base, **change}))
    assert not decision.eligible and decision.amount_fen == 0
    assert any(reason in r for r in decision.reasons)


def test_percentage_with_cap() -> None:
    facts = SubsidyFacts("历下区", 6, False, True, False, 1995, None, cost_fen=50_000_000)
    assert SHANDONG_2017_PILOT.decide(facts).amount_fen == 20_000_000
    big = SubsidyFacts("历下区", 6, False, True, False, 1995, None, cost_fen=90_000_000)
    assert SHANDONG_2017_PILOT.decide(big).amount_fen == 25_000_000
    assert JINAN_2021_ASSUMED.decide(big).amount_fen == 20_000_000


@pytest.fixture
def case_no(session_factory, actor) -> str:
    number = create_case(
        session_factory,
        actor,
        NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", "3", "2", 6, opened_on=date(2026, 1, 5)),
    )
    import_roster(session_factory, actor, number, SAMPLES / "roster-sample.csv", today=TODAY)
    return number


def test_case_cost_share_with_compensation_saved(session_factory, actor, case_no) -> None:
    table = compute_cost_share(
        session_factory,
        actor,
        case_no,
        total_fen=50_000_000,
        method="floor",
        exempt_floors=(1, 2),
        compensation={"101": 1_000_000},
        save=True,
    )
    shares = [line.amount_fen for line in table.lines if line.kind == "share"]
    assert sum(shares) == 51_000_000 and table.saved_id
    assert [line.amount_fen for line in table.lines if line.kind == "compensation"] == [-1_000_000]
    area = compute_cost_share(session_factory, actor, case_no, total_fen=100_001)
    assert sum(line.amount_fen for line in area.lines) == 100_001


def test_ledger_steps_and_monthly_totals(session_factory, actor) -> None:
    from casedesk.core.domain.enums import Stage, SubsidyStatus
    from tests.money.walk import case_at

    case_no = case_at(session_factory, actor, Stage.SUBSIDY)  # paid only after acceptance
    view = subsidy_view(session_factory, actor, case_no)
    assert view.decision.eligible and view.decision.amount_fen == 20_000_000
    record_subsidy_step(session_factory, actor, case_no, "applied", on=date(2026, 8, 1))
    record_subsidy_step(session_factory, actor, case_no, SubsidyStatus.APPROVED, on=date(2026, 8, 20))
    with pytest.raises(UserError, match="补贴环节应为 申请 / 审核 / 批准"):  # a payment is not a step
        record_subsidy_step(session_factory, actor, case_no, SubsidyStatus.PAID, on=date(2026, 8, 21))
    approved = subsidy_view(session_factory, actor, case_no)
    assert approved.status is SubsidyStatus.APPROVED
    assert [label for label, _on, _fen in approved.steps] == ["申请", "批准"]
    pay_subsidy(
        session_factory, actor, case_no, amount_fen=20_000_000, paid_on=date(2026, 9, 3), voucher_no="JNCZ-9"
    )
    assert subsidy_view(session_factory, actor, case_no).status is SubsidyStatus.PAID
    assert subsidy_view(session_factory, actor, case_no).to_json()["paid_amount"] == "200000.00"
    assert subsidy_totals(session_factory, actor, first=date(2026, 1, 1), last=date(2026, 12, 31)) == {
        "2026-09": 20_000_000
    }


def test_maintenance_fund_needs_a_passing_majority_vote(session_factory, actor, case_no) -> None:
    from casedesk.core.services.consent import run_tally

    retrofit = run_tally(session_factory, actor, case_no, as_of=TODAY, save=True)
    with pytest.raises(UserError, match="共同决定规则"):
        record_fund_use(session_factory, actor, case_no, tally_id=retrofit.saved_id, amount_fen=1_000_000)
    fund_vote = run_tally(session_factory, actor, case_no, rule="civil-code-majority", as_of=TODAY, save=True)
    assert fund_vote.result.passed
    assert record_fund_use(session_factory, actor, case_no, tally_id=fund_vote.saved_id, amount_fen=1_000_000)
