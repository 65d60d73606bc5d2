"""Every action code the program writes into the audit trail has words for the screen."""

from __future__ import annotations

import ast
from pathlib import Path

from casedesk.core.audit import ACTION_LABELS, OTHER_ACTION, action_label, user_label

SRC = Path(__file__).resolve().parents[2] / "src" / "casedesk"

# Codes built with an f-string, and every value their placeholder can take (read from the code
# that builds them): a new f-string code fails the test until it is listed here and labelled.
FORMATTED = {
    "case.{kind}": ("suspend", "resume", "withdraw", "reject", "reopen"),
    "subsidy.{step}": ("applied", "reviewed", "approved"),
    "{kind}.rename": ("district", "street", "community"),
}


def _codes(node: ast.expr) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _codes(node.body) + _codes(node.orelse)
    if isinstance(node, ast.JoinedStr):
        pattern = "".join(
            part.value if isinstance(part, ast.Constant) else "{" + ast.unparse(part.value) + "}"
            for part in node.values
        )
        assert pattern in FORMATTED, f"list the values of the formatted action code {pattern}"
        head, _, rest = pattern.partition("{")
        tail = rest.partition("}")[2]
        return [f"{head}{value}{tail}" for value in FORMATTED[pattern]]
    raise AssertionError(f"action code is not a literal: {ast.unparse(node)}")


def audit_codes_in_source() -> dict[str, str]:
    """Every action code passed to record_audit(session, actor, CODE, ...) under src/casedesk."""
    found: dict[str, str] = {}
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name != "record_audit" or path.name == "audit.py":
                continue
            if len(node.args) > 2:
                action = node.args[2]
            else:
                action = next(k.value for k in node.keywords if k.arg == "action")
            for code in _codes(action):
                found[code] = f"{path.relative_to(SRC)}:{node.lineno}"
    return found


def test_every_action_code_in_src_has_a_label() -> None:
    codes = audit_codes_in_source()
    assert len(codes) > 40  # the scan finds the calls (a broken scan would pass vacuously)
    missing = {code: where for code, where in codes.items() if code not in ACTION_LABELS}
    assert not missing, f"action codes without a label in core/audit.py ACTION_LABELS: {missing}"


def test_labels_are_words_and_unknown_codes_never_show() -> None:
    for code, label in ACTION_LABELS.items():
        assert "." not in label and not label.isascii(), code
    assert action_label("case.create") == "登记案件"
    assert action_label("something.new") == OTHER_ACTION == "其他操作"
    assert user_label("li", "李社工") == "李社工"
    assert user_label("system", "system") == "系统"
    assert user_label("li", None) == "li"
