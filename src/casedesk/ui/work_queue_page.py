"""工作台: the cases that need the user now, each with why (days overdue and the stage's limit,
the blocking dispute or suspension, the first unmet condition); a supervisor's 待我审核 first."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QGridLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from casedesk.ui.i18n import core_tr
from casedesk.ui.operations import OpContext

OVERDUE_COLOUR = QColor("#b00020")


class WorkQueuePage(QWidget):
    """The lists of `core.services.workflow.work_queue`, each with its count.

    `lists` maps a list's key (to_review, overdue, due_soon, blocked, needs_verification) to
    its QListWidget; an item's UserRole data is the case number, and a double click opens it."""

    open_case = Signal(str)

    def __init__(self, ops: OpContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.lists: dict[str, QListWidget] = {}
        self.titles: dict[str, QLabel] = {}
        self.sections: dict[str, QWidget] = {}
        self._names = {
            "to_review": self.tr("待我审核"),
            "overdue": self.tr("超期"),
            "due_soon": self.tr("7 日内到期"),
            "blocked": self.tr("受阻"),
            "needs_verification": self.tr("表决需核实"),
        }
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        grid = QGridLayout()
        # 待我审核 across the top, shown to whoever may give the street's stamp (the queue says
        # who); the four lists two by two below it, each wide enough for its reasons at 1366 px.
        places = {
            "to_review": (0, 0, 2),
            "overdue": (1, 0, 1),
            "due_soon": (1, 1, 1),
            "blocked": (2, 0, 1),
            "needs_verification": (2, 1, 1),
        }
        for key, (row, column, span) in places.items():
            section = QWidget()
            box = QVBoxLayout(section)
            box.setContentsMargins(0, 0, 0, 0)
            title = QLabel(self._names[key])
            title.setObjectName(f"title_{key}")
            title.setStyleSheet("font-weight: bold")
            box.addWidget(title)
            widget = QListWidget()
            widget.setObjectName(f"queue_{key}")
            widget.setWordWrap(True)
            widget.setAlternatingRowColors(True)
            widget.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
            widget.itemDoubleClicked.connect(self._double_clicked)
            box.addWidget(widget, 1)
            self.lists[key] = widget
            self.titles[key] = title
            self.sections[key] = section
            grid.addWidget(section, row, column, 1, span)
            grid.setRowStretch(row, 1)
        self.sections["to_review"].hide()
        layout.addLayout(grid, 1)

    def _double_clicked(self, item: QListWidgetItem) -> None:
        case_no = item.data(Qt.ItemDataRole.UserRole)
        if case_no:
            self.open_case.emit(case_no)

    def reload(self) -> None:
        from casedesk.core.services.workflow import work_queue

        self.ops.query(lambda sf, actor: work_queue(sf, actor, date.today()), self._show)

    def _show(self, queue) -> None:  # queue: core.services.workflow.WorkQueue
        shown = dict(queue.lists())
        self.sections["to_review"].setVisible(queue.may_review)
        for key, widget in self.lists.items():
            page = shown.get(key)
            widget.clear()
            if page is None:
                continue
            for entry in page.items:
                case = entry.case
                item = QListWidgetItem(
                    f"{case.case_no}  {core_tr(case.stage_text)}\n"
                    f"{case.community}{case.address}\n{core_tr(entry.reason)}"
                )
                item.setData(Qt.ItemDataRole.UserRole, case.case_no)
                item.setToolTip(f"{case.full_address}\n{entry.reason}")
                if entry.days_overdue:
                    item.setForeground(QBrush(OVERDUE_COLOUR))
                widget.addItem(item)
            name, k = self._names[key], len(page.items)
            self.titles[key].setText(
                self.tr("{name}（共 {n} 件，显示前 {k} 件）").format(name=name, n=page.total, k=k)
                if page.total > k
                else self.tr("{name}（{n}）").format(name=name, n=page.total)
            )
        text = self.tr("超期 {a} 件，7 日内到期 {b} 件，受阻 {c} 件，需核实 {d} 件").format(
            a=queue.overdue.total,
            b=queue.due_soon.total,
            c=queue.blocked.total,
            d=queue.needs_verification.total,
        )
        if queue.may_review:
            text = self.tr("待我审核 {n} 件，").format(n=queue.to_review.total) + text
        self.summary.setText(text)
