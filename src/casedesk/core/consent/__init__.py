"""The consent engine: whether a unit's owners have consented, exactly as the law counts it.

Pure and Qt-free, with no database: it takes a `TallySnapshot` and returns a `TallyResult`, so
it can be tested exhaustively (see tests/consent). Areas are integer hundredths of m² and every
threshold is compared by cross-multiplication; no float ever touches the arithmetic.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Where each name lives. They are imported when first asked for (PEP 562), so that a screen
# needing only the rule sets' names (the case list's filter, at start-up) does not load the
# engine with them.
_HOMES = {
    "OutcomeLine": "engine",
    "ballots_counted_until": "engine",
    "signed_apart": "engine",
    "tally": "engine",
    "tally_outcome": "engine",
    "tally_outcome_by_flat_groups": "engine",
    "Policies": "policies",
    "Clause": "result",
    "TallyResult": "result",
    "WhatItTakes": "result",
    "RULE_SETS": "rules",
    "RuleSet": "rules",
    "choose_rule_set": "rules",
    "get_rule_set": "rules",
    "BallotInput": "snapshot",
    "FlatGroup": "snapshot",
    "FlatInput": "snapshot",
    "OwnershipInput": "snapshot",
    "PersonInput": "snapshot",
    "TallySnapshot": "snapshot",
}

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

if TYPE_CHECKING:
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


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # asked once
    return value
