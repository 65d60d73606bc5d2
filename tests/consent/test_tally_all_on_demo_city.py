"""The city-wide tally gives every case of the demo city, with its owners of several flats,
co-owners apart, developers' flats, organisations, late and withdrawn ballots, the same outcome
and heads as tallying that case alone."""

from __future__ import annotations

from datetime import date

from casedesk.core.services.actor import SYSTEM_ACTOR
from casedesk.core.services.consent import run_tally, tally_all
from casedesk.demo import generate_demo

TODAY = date(2026, 11, 25)


def test_bulk_tally_equals_single_case_tally_on_a_demo_city(session_factory) -> None:
    generate_demo(session_factory, SYSTEM_ACTOR, units=60, seed=1, today=TODAY)
    for as_of in (TODAY, date(2022, 6, 30)):  # today, and a day late ballots and votes still open
        lines = tally_all(session_factory, SYSTEM_ACTOR, as_of=as_of)
        assert len(lines) == 60
        for line in lines:
            single = run_tally(session_factory, SYSTEM_ACTOR, line.case_no, as_of=as_of).result
            assert (line.outcome, line.persons_agree, line.persons_total) == (
                single.outcome,
                single.persons_agree,
                single.persons_total,
            ), line.case_no
