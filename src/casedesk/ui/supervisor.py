"""Supervisor actions on a case, each with a reason that goes into the audit trail.

The services enforce the role and the reason; the dialog only collects them, so a refusal
(wrong role, empty reason) arrives as the service's own message, in the dialog, which opens
again with the reason as typed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QMenu,
    QPushButton,
    QWidget,
)

from casedesk.core.consent.rules import RULE_SETS
from casedesk.core.domain.enums import Role, Stage
from casedesk.core.workflow.stages import CHECKLISTS
from casedesk.ui.operations import Changed
from casedesk.ui.reason_dialog import ReasonDialog

SUPERVISOR_ROLES = (Role.SUPERVISOR, Role.ADMIN)
# The street's usual opinion, which the supervisor edits; it is case data (Chinese on every form).
STAMP_OPINION = "同意加装电梯，材料齐全、公示无异议。"


class SupervisorMenu(QPushButton):
    """主管操作 on the case window: the street stamp, rule set, waive a document, reopen, reassign."""

    def __init__(self, window: QWidget):
        super().__init__(self.tr("主管操作…"))
        self.w = window
        menu = QMenu(self)
        self.stamp_action = menu.addAction(self.tr("街道盖章同意…"), self.approve_stamp)
        self.reassign_action = menu.addAction(self.tr("改派经办人…"), self.reassign)
        menu.addSeparator()
        self.rule_action = menu.addAction(self.tr("指定表决规则…"), self.override_rule)
        self.waive_action = menu.addAction(self.tr("免交材料…"), self.waive)
        self.reopen_action = menu.addAction(self.tr("重新打开案件…"), self.reopen)
        menu.aboutToShow.connect(self._update_actions)
        self.setMenu(menu)
        self.last_dialog: ReasonDialog | None = None

    def _update_actions(self) -> None:
        self.stamp_action.setEnabled(getattr(self.w.progress, "stage", None) is Stage.STREET_REVIEW)

    def _ask(
        self,
        title: str,
        label: str | None,
        choices: list[tuple[str, object]],
        work: Callable[[Any, Any, object, str], Any],
        kinds: Changed,
    ) -> ReasonDialog:
        """Open the dialog (kept for the tests); OK runs *work(sf, actor, choice, reason)* as one
        change of this case."""
        dialog = ReasonDialog(self.w, title, choice_label=label, choices=choices)
        self.last_dialog = dialog
        self.w.ctx.change_from_dialog(
            dialog, lambda sf, actor, v: work(sf, actor, v["choice"], v["reason"]), kinds, self.w.case_no
        )
        return dialog

    def approve_stamp(self) -> None:
        """The street's stamp moves the case out of 街道审核; only a supervisor may give it, and the
        guards (declaration, commitment, design plan) still apply. The opinion goes on the record."""
        from casedesk.core.services import workflow as wf

        w = self.w
        stage = getattr(w.progress, "stage", None)
        if stage is not Stage.STREET_REVIEW:
            w.show_error_text(self.tr("只有处于“街道审核”阶段的案件才能盖章"))
            return
        target, case_no = Stage.PLANNING, w.case_no

        def run(sf: Any, actor: Any, _choice: object, opinion: str) -> None:
            note = f"街道盖章：{opinion}"  # case data, printed on Chinese forms: not translated
            wf.advance(sf, actor, case_no, target, on=date.today(), note=note)

        dialog = self._ask(self.tr("街道盖章同意"), None, [], run, Changed.CASE | Changed.CHECKLIST)
        dialog.reason.setPlainText(STAMP_OPINION)

    def reassign(self) -> None:
        from casedesk.core.services.admin import assignable_users, reassign_cases

        case_no = self.w.case_no

        def run(sf: Any, actor: Any, user: object, reason: str) -> None:
            reassign_cases(sf, actor, [case_no], str(user), reason=reason)

        def ask(users: list[tuple[str, str]]) -> None:
            choices: list[tuple[str, object]] = [(f"{name}（{user}）", user) for user, name in users]
            self._ask(self.tr("改派经办人"), self.tr("新经办人"), choices, run, Changed.CASE)

        self.w.ctx.query(lambda sf, _actor: assignable_users(sf, Role.CLERK), ask)

    def override_rule(self) -> None:
        from casedesk.core.services.consent import override_rule_set

        choices: list[tuple[str, object]] = [(self.tr("按表决日期与区自动确定"), None)]
        choices += [(rule.name, code) for code, rule in RULE_SETS.items()]  # names, never codes
        case_no = self.w.case_no

        def run(sf: Any, actor: Any, rule: object, reason: str) -> None:
            override_rule_set(sf, actor, case_no, rule if isinstance(rule, str) else None, reason)

        kinds = Changed.CASE | Changed.BALLOTS | Changed.TALLY
        self._ask(self.tr("指定表决规则"), self.tr("表决规则"), choices, run, kinds)

    def waive(self) -> None:
        from casedesk.core.services import workflow as wf

        stage = getattr(self.w.progress, "stage", Stage.INTAKE)
        choices = [(item.title, item.code) for item in CHECKLISTS.get(stage, ())]
        case_no = self.w.case_no

        def run(sf: Any, actor: Any, code: object, reason: str) -> None:
            wf.waive_checklist_item(sf, actor, case_no, str(code), reason=reason)

        self._ask(self.tr("免交材料"), self.tr("材料"), choices, run, Changed.CHECKLIST)

    def reopen(self) -> None:
        from casedesk.core.services import workflow as wf

        case_no = self.w.case_no

        def run(sf: Any, actor: Any, _choice: object, reason: str) -> None:
            wf.reopen(sf, actor, case_no, on=date.today(), reason=reason)

        self._ask(self.tr("重新打开案件"), None, [], run, Changed.CASE)
