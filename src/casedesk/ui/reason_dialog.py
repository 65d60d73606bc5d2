"""A reason, and before it what the reason is for: every side decision of the desktop asks this way.

The supervisor's menu (街道盖章, 改派, 表决规则, 免交, 重新打开), the mediation page (改派调解员) and the
进度 tab (暂停, 恢复, 撤回, 不予通过, 重新开启, 免交) open this one dialog. It may carry a choice (the
new clerk, the rule set, the document), a note saying what will happen, and a reason that is
required (optional only for 恢复). OK yields `values` {"choice", "reason"}; the screen runs the
change through `OpContext.change_from_dialog`, so a refusal re-opens it with the reason as typed.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QWidget

from casedesk.ui.form_dialog import FormDialog
from casedesk.ui.i18n import core_tr


class ReasonWord(enum.Enum):
    """How the screen names the reason; both read "Reason" in English."""

    JUSTIFICATION = enum.auto()  # 理由: why a supervisor or mediator decides so
    CAUSE = enum.auto()  # 原因: why a case moves aside, or a document is waived, on the 进度 tab


class ReasonDialog(FormDialog):
    """A choice (optional), a note (optional) and a reason (required unless told otherwise)."""

    def __init__(
        self,
        parent: QWidget,
        title: str,
        *,
        note: str | None = None,
        choice_label: str | None = None,
        choices: Sequence[tuple[str, object]] = (),
        required: bool = True,
        word: ReasonWord = ReasonWord.JUSTIFICATION,
    ):
        super().__init__(parent, title, width_chars=32)
        self.required = required
        # The texts stay literal here, one per word, so lupdate sees every one of them.
        if word is ReasonWord.CAUSE:
            label, placeholder, self.missing = (
                self.tr("原因"),
                self.tr("原因（必填，记入案件日志）"),
                self.tr("请填写原因"),
            )
        else:
            label, placeholder, self.missing = (
                self.tr("理由"),
                self.tr("理由（必填，记入案件日志）"),
                self.tr("请填写理由"),
            )
        self.note: QLabel | None = None
        if note is not None:
            # Above the form (a wrapped label in a form row would not grow with its lines).
            self.note = QLabel(note)
            self.note.setWordWrap(True)
            self.layout_.insertWidget(0, self.note)
        self.choice = QComboBox()
        for text, data in choices:
            self.choice.addItem(core_tr(text), data)  # rule names and document titles come from the core
        if choice_label is not None:
            self.form.addRow(choice_label, self.choice)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)  # Tab goes on to OK, as in every other field
        self.reason.setPlaceholderText(placeholder if required else self.tr("说明（可不填）"))
        self.form.addRow(label, self.reason)
        self.finish_layout()

    def read(self) -> dict[str, Any]:
        reason = self.reason.toPlainText().strip()
        if self.required and not reason:
            raise ValueError(self.missing)
        return {"choice": self.choice.currentData(), "reason": reason}
