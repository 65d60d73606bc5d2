"""A small form dialog whose OK a service may still refuse: the one shape of every case dialog.

`read()` turns the fields into values (raising ValueError for what the dialog itself can see is
wrong); OK then closes the dialog and the screen runs the change (`OpContext.change_from_dialog`).
When the service refuses, `fail(text)` opens the dialog again with everything typed and the
reason in red, so a user never retypes a form.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casedesk.ui.i18n import core_tr

if TYPE_CHECKING:
    from casedesk.ui.operations import Changed


class FormDialog(QDialog):
    """A form, a red message line and OK/Cancel; `values` is set when OK passes `read()`."""

    def __init__(self, parent: QWidget, title: str, width_chars: int = 28):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        # Measured in text, not pixels, so it holds at 125-150 % scaling.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("汉") * width_chars)
        self.values: dict[str, Any] = {}
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # The rows (self.layout_) scroll when the screen is too short for them; the message and
        # the buttons below them never do (finish_layout).
        body = QWidget()
        self.layout_ = QVBoxLayout(body)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addLayout(self.form)
        self.body = _FittingScroll(body)
        self.outer = QVBoxLayout(self)
        self.outer.addWidget(self.body)

    def add_hint(self, text: str) -> None:
        """A wrapped note under the form (outside it: a form row would not grow with its lines)."""
        hint = QLabel(text)
        hint.setWordWrap(True)
        self.layout_.addWidget(hint)

    def finish_layout(self) -> None:
        self.outer.addWidget(self.message)
        self.outer.addWidget(self.buttons)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def read(self) -> dict[str, Any]:  # pragma: no cover - every dialog overrides it
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.values = self.read()
        except ValueError as exc:
            self.message.setText(core_tr(str(exc)))
            return
        self.message.clear()
        super().accept()

    def fail(self, text: str) -> None:
        """The service refused: open again with the typed values and the reason."""
        self.message.setText(text)
        self.adjustSize()  # room for the reason's lines
        self.open()


class _FittingScroll(QScrollArea):
    """A dialog's rows at their own size while the screen has room for them, scrolling beyond:
    a 768-px-high office screen at 150 % is 512 px high to Qt, less than 登记纠纷 needs."""

    SCREEN_SHARE = 0.75  # the rest: title bar, message line, buttons, taskbar

    def __init__(self, body: QWidget):
        super().__init__()
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)

    def sizeHint(self) -> QSize:
        wanted = self.widget().sizeHint()
        screen = self.screen()
        room = int(screen.availableGeometry().height() * self.SCREEN_SHARE) if screen else wanted.height()
        if wanted.height() <= room:
            return wanted
        return QSize(wanted.width() + self.verticalScrollBar().sizeHint().width(), room)


class OpensCaseDialogs:
    """For a tab of the case window (`self.w`): `_open` shows a FormDialog and keeps it in
    `self.dialog` (for the tests, and so a refusal can re-open it); OK runs the change for the
    window's case through `OpContext.change_from_dialog`."""

    w: Any  # the CaseWindow: its `ctx` and `case_no`
    dialog: FormDialog | None

    def _open(
        self,
        dialog: FormDialog,
        work: Callable[[Any, Any, dict[str, Any]], Any],
        kinds: Changed,
        on_ok: Callable[[Any, dict[str, Any]], None] | None = None,
    ) -> None:
        """Open *dialog* (kept for the tests); OK runs *work* as one change of this case."""
        self.dialog = dialog
        self.w.ctx.change_from_dialog(dialog, work, kinds, self.w.case_no, on_ok)
