"""纠纷: the case's disputes, those flagged by themselves and those opened by hand.

A row opens the dispute through the navigator (the main window shows it in 调解, or in a read-only
window for a clerk who has no 调解 page); 登记纠纷… opens one by hand.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.disputes.rules import suggest_categories
from casedesk.core.domain.enums import DisputeCategory, PartyRole, Role
from casedesk.core.services.dispute_choices import mediator_choices
from casedesk.core.services.disputes import DisputeSummary, PartyInput, list_disputes, open_dispute
from casedesk.ui.form_dialog import FormDialog, OpensCaseDialogs
from casedesk.ui.i18n import core_tr, sep
from casedesk.ui.operations import Changed

if TYPE_CHECKING:
    from casedesk.ui.case_detail import CaseWindow

# Who may register a dispute by hand (the service's own check; the button follows it).
OPENERS = (Role.CLERK, Role.MEDIATOR, Role.SUPERVISOR, Role.ADMIN)


def category_labels(codes: tuple[str, ...] | list[str]) -> str:
    """Category codes in words, for the screen."""
    return sep().join(
        core_tr(c.label) for c in DisputeCategory if c.value in codes
    )  # in the list's own order


class DisputesTab(QWidget, OpensCaseDialogs):
    kinds = Changed.DISPUTES | Changed.BALLOTS | Changed.NOTICE | Changed.CASE

    def __init__(self, window: CaseWindow):
        super().__init__()
        self.w = window
        self.rows: list[DisputeSummary] = []
        headers = [
            self.tr("编号"),
            self.tr("事由"),
            self.tr("类别"),
            self.tr("状态"),
            self.tr("阻断"),
            self.tr("调解期限"),
            self.tr("超期"),
        ]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.count = QLabel()
        self.open_button = QPushButton(self.tr("打开"))
        self.open_button.setEnabled(False)
        self.new_button = QPushButton(self.tr("登记纠纷…"))
        self.new_button.setVisible(window.actor.role in OPENERS)
        self.dialog: FormDialog | None = None
        bar = QHBoxLayout()
        bar.addWidget(self.count, 1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.table.itemSelectionChanged.connect(
            lambda: self.open_button.setEnabled(bool(self.table.selectedItems()))
        )
        self.table.itemDoubleClicked.connect(lambda item: self.open_row(item.row()))
        self.open_button.clicked.connect(lambda: self.open_row(self.table.currentRow()))
        self.new_button.clicked.connect(self.new_dispute)

    def refresh(self) -> None:
        case_no = self.w.case_no
        self.w.ctx.query(lambda sf, actor: list_disputes(sf, actor, case_no=case_no), self._show)

    def _show(self, disputes: list[DisputeSummary]) -> None:
        today = date.today()
        self.rows = list(disputes)
        self.table.setRowCount(len(self.rows))
        for i, d in enumerate(self.rows):
            overdue = d.overdue(today)
            values = (
                d.dispute_no,
                core_tr(d.title),  # the core's own titles ("101 室业主不同意加装电梯") in English too
                category_labels(d.categories),
                core_tr(d.status.label),
                self.tr("是") if d.blocking else "",
                d.due_on.isoformat() if d.due_on else "",
                self.tr("超期 {n} 天").format(n=(today - d.due_on).days) if overdue and d.due_on else "",
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if (overdue and c >= 5) or (d.blocking and c == 4):
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(i, c, item)
        self.count.setText(
            self.tr("共 {n} 件纠纷，{m} 件阻断推进").format(
                n=len(self.rows), m=sum(d.blocking for d in self.rows)
            )
            if self.rows
            else self.tr("没有纠纷。")
        )
        self.open_button.setEnabled(bool(self.table.selectedItems()))

    def open_row(self, row: int) -> None:
        if not 0 <= row < len(self.rows):
            return
        number = self.rows[row].dispute_no
        if self.w.navigator is not None:
            self.w.navigator.open_dispute(number)
            return
        # A case window tested or used on its own: the dispute in a read-only window.
        from casedesk.ui.mediation import DisputeDetailDialog

        self.detail_dialog = DisputeDetailDialog(self.w.ctx, number, parent=self)
        self.detail_dialog.show()  # a viewer: the case window stays usable beside it

    # --- a dispute by hand --------------------------------------------------------------------------

    def new_dispute(self) -> None:
        """The dialog is kept (self.dialog): a refused write re-opens it with what was typed."""
        dialog = NewDisputeDialog(self)
        self.w.ctx.query(lambda sf, actor: mediator_choices(sf, actor), dialog.set_mediators)
        case_no = self.w.case_no
        self._open(
            dialog,
            lambda sf, actor, v: open_dispute(sf, actor, case_no, opened_on=date.today(), **v),
            Changed.DISPUTES,
            self._opened,
        )

    def _opened(self, number: str, _values: dict[str, Any]) -> None:
        self.dialog = None
        self.last_opened = number
        self.count.setText(self.tr("已登记纠纷 {no}").format(no=number))


class PartyRow:
    """One party of a dispute: name, role, room, contact (a row of the dialog's grid)."""

    def __init__(self, parent: QWidget):
        self.name = QLineEdit(parent)
        self.name.setPlaceholderText(parent.tr("姓名"))
        self.role = QComboBox(parent)
        for role in PartyRole:
            self.role.addItem(core_tr(role.label), role.value)
        self.room = QLineEdit(parent)
        self.room.setPlaceholderText(parent.tr("房号"))
        self.contact = QLineEdit(parent)
        self.contact.setPlaceholderText(parent.tr("联系电话"))

    def party(self) -> PartyInput | None:
        name = self.name.text().strip()
        if not name:
            return None
        return PartyInput(
            name,
            PartyRole(self.role.currentData()),
            self.room.text().strip() or None,
            contact=self.contact.text().strip() or None,
        )


class NewDisputeDialog(FormDialog):
    """登记纠纷: what it is about, who is in it, its categories, whether it blocks the case."""

    def __init__(self, parent: QWidget):
        # Wide enough for a party's four fields at any scaling: measured in characters, not pixels.
        super().__init__(parent, self.tr("登记纠纷"), width_chars=40)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("如：101 室认为电梯遮挡采光"))
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("纠纷经过、当事人的诉求"))
        # A few lines: the dialog must fit a 768-px-high screen at 150 % (it scrolls beyond that).
        self.description.setMaximumHeight(self.description.fontMetrics().lineSpacing() * 5)
        self.party_rows: list[PartyRow] = []
        self.party_grid = QGridLayout()
        for col, text in enumerate((self.tr("姓名"), self.tr("身份"), self.tr("房号"), self.tr("联系电话"))):
            self.party_grid.addWidget(QLabel(text), 0, col)
        self.add_party_button = QPushButton(self.tr("再加一方"))
        parties_box = QGroupBox(self.tr("当事人"))
        parties_layout = QVBoxLayout(parties_box)
        parties_layout.addLayout(self.party_grid)
        parties_layout.addWidget(self.add_party_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_party()
        self.categories: dict[DisputeCategory, QCheckBox] = {}
        self._touched: set[DisputeCategory] = set()  # ticked or unticked by hand: left alone
        categories_box = QGroupBox(self.tr("类别（按事由自动勾选，可修改）"))
        grid = QGridLayout(categories_box)
        for i, category in enumerate(DisputeCategory):
            box = QCheckBox(core_tr(category.label))
            box.clicked.connect(lambda _c, cat=category: self._touched.add(cat))
            self.categories[category] = box
            grid.addWidget(box, i // 3, i % 3)
        self.blocking = QCheckBox(self.tr("阻断案件推进（调解结束前不得进入下一阶段）"))
        self.mediator = QComboBox()
        self.mediator.addItem(self.tr("（暂不指定）"), None)
        self.form.addRow(self.tr("事由"), self.title)
        self.form.addRow(self.tr("情况说明"), self.description)
        self.form.addRow(self.tr("调解员"), self.mediator)
        self.layout_.addWidget(parties_box)
        self.layout_.addWidget(categories_box)
        self.layout_.addWidget(self.blocking)
        self.finish_layout()
        self.add_party_button.clicked.connect(self.add_party)
        self.title.textChanged.connect(self._suggest)
        self.description.textChanged.connect(self._suggest)

    def add_party(self) -> PartyRow:
        row = PartyRow(self)
        line = len(self.party_rows) + 1
        for col, widget in enumerate((row.name, row.role, row.room, row.contact)):
            self.party_grid.addWidget(widget, line, col)
        self.party_grid.setColumnStretch(0, 2)
        self.party_grid.setColumnStretch(3, 2)
        self.party_rows.append(row)
        return row

    def set_mediators(self, choices: list[tuple[int, str]]) -> None:
        for uid, name in choices:
            self.mediator.addItem(name, uid)

    def _suggest(self) -> None:
        """Tick what the words suggest, without undoing what the clerk ticked or unticked."""
        suggested = set(suggest_categories(f"{self.title.text()} {self.description.toPlainText()}"))
        for category, box in self.categories.items():
            if category not in self._touched:
                box.setChecked(category in suggested)

    def read(self) -> dict[str, Any]:
        """Keyword arguments of `open_dispute` after the case number and the day."""
        if not self.title.text().strip():
            raise ValueError(self.tr("请填写事由"))
        if not any(row.party() for row in self.party_rows):
            raise ValueError(self.tr("至少登记一方当事人（姓名）"))
        ticked = [c for c, box in self.categories.items() if box.isChecked()]
        return {
            "title": self.title.text().strip(),
            "description": self.description.toPlainText().strip() or None,
            "parties": [p for p in (row.party() for row in self.party_rows) if p is not None],
            # Nothing ticked: the service suggests from the words, for the mediator to confirm.
            "categories": ticked or None,
            "blocking": self.blocking.isChecked(),
            "mediator_id": self.mediator.currentData(),
        }
