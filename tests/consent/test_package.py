"""casedesk.core.consent lends its names lazily (PEP 562): each must still be there, and the
rule sets alone must not load the engine (the case list reads their names at start-up)."""

from __future__ import annotations

import subprocess
import sys

import casedesk.core.consent as consent


def test_every_name_the_package_lends_is_found_where_it_says() -> None:
    assert sorted(consent.__all__) == sorted(consent._HOMES)
    for name in consent.__all__:
        assert getattr(consent, name) is not None, name


def test_an_unknown_name_is_an_attribute_error() -> None:
    try:
        consent.no_such_thing  # noqa: B018
    except AttributeError as error:
        assert "no_such_thing" in str(error)
    else:
        raise AssertionError("an unknown name was found")


def test_the_rule_sets_load_without_the_engine() -> None:
    script = (
        "import sys; from casedesk.core.consent.rules import RULE_SETS; "
        "print('casedesk.core.consent.engine' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
