"""The consent engine: whether a unit's owners have consented, exactly as the law counts it.

Pure and Qt-free, with no database: it takes a `TallySnapshot` and returns a `TallyResult`, so
it can be tested exhaustively (see tests/consent). Areas are integer hundredths of m² and every
threshold is compared by cross-multiplication; no float ever touches the arithmetic.
"""

from casedesk.core.consent.engine import (
    OutcomeLine,
    ballots_counted_until,
    signed_apart,
    tally,
    tally_outcome,
    tally_outcome_by_flat_groups,
)
from casedesk.core.consent.policies import Policies
from casedesk.core.consent.result import Clause, TallyResult, WhatItTakes
from casedesk.core.consent.rules import RULE_SETS, RuleSet, choose_rule_set, get_rule_set
from casedesk.core.consent.snapshot import (
    BallotInput,
    FlatGroup,
    FlatInput,
    OwnershipInput,
    PersonInput,
    TallySnapshot,
)

__all__ = [
    "RULE_SETS",
    "BallotInput",
    "Clause",
    "FlatGroup",
    "FlatInput",
    "OutcomeLine",
    "OwnershipInput",
    "PersonInput",
    "Policies",
    "RuleSet",
    "TallyResult",
    "TallySnapshot",
    "WhatItTakes",
    "ballots_counted_until",
    "choose_rule_set",
    "get_rule_set",
    "signed_apart",
    "tally",
    "tally_outcome",
    "tally_outcome_by_flat_groups",
]
