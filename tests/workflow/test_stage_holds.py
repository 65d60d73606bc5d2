"""The stage hold rule (deadlines.hold_spans) over a stream of several cases' events, as the
monthly report feeds it: day numbers, each case's events together and in order."""

from __future__ import annotations

from casedesk.core.workflow.deadlines import hold_spans


def test_holds_of_several_cases_in_one_stream() -> None:
    moves = [
        (1, "intake", 100),
        (1, "consent", 105),
        (1, "done", 130),  # 办结 holds nothing, and ends the hold before it
        (2, "intake", 101),
        (2, "consent", 109),  # still there: no length yet
        (3, "intake", 120),  # a case with one event is held from it
    ]
    assert list(hold_spans(moves)) == [
        (1, "intake", 100, 105),
        (1, "consent", 105, 130),
        (2, "intake", 101, 109),
        (2, "consent", 109, None),
        (3, "intake", 120, None),
    ]
    assert list(hold_spans([])) == []
