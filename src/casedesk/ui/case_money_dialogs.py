"""The small dialogs of the 费用与补贴 tab: obstruction, acceptance, cost share, subsidy step and
payment, maintenance-fund use.

Each is opened non-blocking (`open()`), checks what it can on its own (amounts are parsed to
integer fen, never through a float), and keeps `values` for the tab to send to the service on
`accepted`. When the service refuses, the tab calls `fail(message)`: the dialog opens again
with everything the clerk typed and the reason in red.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from casedesk.core.domain.enums import SubsidyStatus
from casedesk.core.domain.units import format_area, format_yuan, parse_yuan
from casedesk.core.services.construction import AcceptanceDocument
from casedesk.core.services.costshare import METHODS, FundTally, ShareTable
from casedesk.core.services.subsidy import SUBSIDY_STEPS
from casedesk.ui.fields import date_edit
from casedesk.ui.form_dialog import FormDialog
from casedesk.ui.i18n import core_tr
from casedesk.ui.screen_fit import resize_within_screen


def yuan_field(placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return edit


def read_yuan(widget: QWidget, text: str, what: str, *, allow_empty: bool = False) -> int | None:
    """Yuan with at most two decimals -> fen, exactly; a ValueError names the field in words."""
    text = text.strip()
    if not text:
        if allow_empty:
            return None
        raise ValueError(widget.tr("请填写{what}").format(what=what))
    try:
        fen = parse_yuan(text)
    except ValueError:
        raise ValueError(
            widget.tr("{what}格式不正确：{text}（应为元，最多两位小数，如 200000.00）").format(
                what=what, text=text
            )
        ) from None
    if fen <= 0:
        raise ValueError(widget.tr("{what}必须大于 0").format(what=what))
    return fen


def fill_table(table: QTableWidget, rows: list[list[str]], *, total_row: bool = False) -> None:
    """Plain read-only rows; numbers right-aligned; the last row bold when it is a 合计 row."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if text[:1].isdigit() or text[:1] == "-":
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if total_row and r == len(rows) - 1:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


def read_only_table(headers: list[str], stretch: int | None = None) -> QTableWidget:
    """A table sized to its contents; *stretch* names the column that takes the spare width
    (free text), otherwise the numbers stay at their natural width."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
    return table


def share_headers(w: QWidget) -> list[str]:
    return [
        w.tr("房号"),
        w.tr("楼层"),
        w.tr("面积（㎡）"),
        w.tr("楼层系数"),
        w.tr("分摊金额（元）"),
        w.tr("补偿（元）"),
        w.tr("应缴（元）"),
    ]


def share_rows(table: ShareTable, total_label: str) -> list[list[str]]:
    """One row per flat (its share, the compensation it receives, what it pays net) and a 合计 row
    whose 应缴 equals the total cost: compensation is raised from the payers, so it nets out."""
    flats: dict[str, dict[str, Any]] = {}
    for line in table.lines:
        flat = flats.setdefault(
            line.room, {"floor": line.floor, "area": line.area_centi, "share": 0, "comp": 0, "coef": None}
        )
        if line.kind == "compensation":
            flat["comp"] += -line.amount_fen
        else:
            flat["share"] += line.amount_fen
            flat["coef"] = line.coefficient_centi
    rows = []
    for room, f in flats.items():
        coef = f["coef"]
        rows.append(
            [
                room,
                str(f["floor"]),
                format_area(f["area"]),
                f"{coef // 100}.{coef % 100:02d}" if coef is not None else "—",
                format_yuan(f["share"]),
                format_yuan(f["comp"]) if f["comp"] else "",
                format_yuan(f["share"] - f["comp"]),
            ]
        )
    share = sum(f["share"] for f in flats.values())
    comp = sum(f["comp"] for f in flats.values())
    rows.append([total_label, "", "", "", format_yuan(share), format_yuan(comp), format_yuan(share - comp)])
    return rows


class ObstructionDialog(FormDialog):
    def __init__(self, parent: QWidget):
        super().__init__(parent, parent.tr("登记阻工"))
        self.on = date_edit()
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("谁在何处以何种方式阻挠施工，施工停了多久"))
        self.form.addRow(self.tr("日期"), self.on)
        self.form.addRow(self.tr("情况"), self.description)
        self.finish_layout()

    def read(self) -> dict[str, Any]:
        text = self.description.toPlainText().strip()
        if not text:
            raise ValueError(self.tr("请填写阻工情况"))
        return {"on": self.on.date().toPython(), "description": text}


class AcceptanceDialog(FormDialog):
    """The elevator passed its acceptance: the case leaves 竣工验收 on that date."""

    def __init__(self, parent: QWidget, documents: tuple[AcceptanceDocument, ...]):
        super().__init__(parent, parent.tr("竣工验收"))
        self.on = date_edit()
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("如：质监部门监督检验合格，已办理使用登记"))
        self.documents = QLabel(
            "\n".join(
                self.tr("{title}：{status}").format(title=core_tr(d.title), status=core_tr(d.status.label))
                for d in documents
            )
        )
        self.documents.setWordWrap(True)
        self.documents.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow(self.tr("验收日期"), self.on)
        self.form.addRow(self.tr("备注"), self.note)
        self.form.addRow(self.tr("验收材料"), self.documents)
        hint = QLabel(
            self.tr("两项材料须已提交或经主管免交（在“进度”中附上扫描件）；登记后案件进入补贴拨付。")
        )
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.finish_layout()

    def read(self) -> dict[str, Any]:
        return {"on": self.on.date().toPython(), "note": self.note.text().strip() or None}


class CostShareDialog(FormDialog):
    """Method, total, exempt floors and compensation; 计算 previews, OK (保存) keeps the table."""

    def __init__(
        self,
        parent: QWidget,
        floors: int,
        rooms: tuple[str, ...],
        preview: Callable[[dict[str, Any], Callable[[ShareTable], None], Callable[[str], None]], None],
    ):
        super().__init__(parent, parent.tr("费用分摊"))
        resize_within_screen(self, 760, 620)
        self._preview = preview
        self.method = QComboBox()
        for code, label in METHODS.items():
            if code != "custom":  # a custom table needs a per-flat ratio editor (command line only for now)
                self.method.addItem(core_tr(label), code)
        self.method.currentIndexChanged.connect(self._method_changed)
        self.total = yuan_field(self.tr("元，如 500000.00"))
        self.exempt: dict[int, QCheckBox] = {}
        exempt_row = QHBoxLayout()
        for floor in range(1, max(floors, 1) + 1):
            box = QCheckBox(self.tr("{n} 层").format(n=floor))
            self.exempt[floor] = box
            exempt_row.addWidget(box)
        exempt_row.addStretch(1)
        self.comp_room = QComboBox()
        self.comp_room.addItems(list(rooms))
        self.comp_amount = yuan_field(self.tr("补偿金额（元）"))
        self.add_compensation = QPushButton(self.tr("添加补偿"))
        self.add_compensation.clicked.connect(self._add_compensation)
        self.remove_compensation = QPushButton(self.tr("删除所选"))
        self.remove_compensation.clicked.connect(self._remove_compensation)
        comp_row = QHBoxLayout()
        comp_row.addWidget(self.comp_room)
        comp_row.addWidget(self.comp_amount, 1)
        comp_row.addWidget(self.add_compensation)
        comp_row.addWidget(self.remove_compensation)
        self.compensations = read_only_table([self.tr("房号"), self.tr("补偿（元）")])
        self.compensation_fen: dict[str, int] = {}
        self.compute = QPushButton(self.tr("计算"))
        self.compute.clicked.connect(self.run_preview)
        self.table = read_only_table(share_headers(self))
        self.form.addRow(self.tr("分摊方式"), self.method)
        self.form.addRow(self.tr("工程总造价"), self.total)
        self.form.addRow(self.tr("免于分摊的楼层"), exempt_row)
        self.form.addRow(self.tr("对低层住户的补偿"), comp_row)
        self.form.addRow("", self.compensations)
        self.layout_.addWidget(self.compute, 0, Qt.AlignmentFlag.AlignLeft)
        self.layout_.addWidget(self.table, 1)
        self.ok_button.setText(self.tr("保存分摊表"))
        self.finish_layout()

    def prefill(self, saved: ShareTable) -> None:
        """Start from the saved table (method, total, exempt floors, compensation): a clerk who
        reopens 费用分摊 changes one figure, never retypes the lot."""
        self.method.setCurrentIndex(max(self.method.findData(saved.method), 0))
        self.total.setText(format_yuan(saved.total_fen, grouping=False))
        shares = [line for line in saved.lines if line.kind == "share"]
        paying_floors = {line.floor for line in shares if line.amount_fen > 0}
        compensated = {line.room for line in saved.lines if line.kind == "compensation"}
        for floor, box in self.exempt.items():
            # A floor pays nothing either because it is exempt or because all its flats are compensated.
            rooms = {line.room for line in shares if line.floor == floor}
            box.setChecked(floor not in paying_floors and not rooms <= compensated)
        self.compensation_fen = {
            line.room: -line.amount_fen for line in saved.lines if line.kind == "compensation"
        }
        self._show_compensations()
        self.show_table(saved)

    def _method_changed(self) -> None:
        # The floor-coefficient tables seen in practice exempt floors 1–2 (the CLI's default too).
        if self.method.currentData() == "floor" and not any(b.isChecked() for b in self.exempt.values()):
            for floor in (1, 2):
                if floor in self.exempt:
                    self.exempt[floor].setChecked(True)

    def _add_compensation(self) -> None:
        room = self.comp_room.currentText()
        text = self.comp_amount.text().strip()
        try:
            fen = parse_yuan(text) if text else None
        except ValueError:
            fen = None
        if fen is None:
            self.message.setText(self.tr("补偿金额格式不正确：{t}（应为元，最多两位小数）").format(t=text))
            return
        if fen < 0:
            # A negative compensation would turn into a charge on that flat.
            self.message.setText(self.tr("补偿金额不能为负数：{room} 室 {t}").format(room=room, t=text))
            return
        self.message.clear()
        self.compensation_fen[room] = fen
        self.comp_amount.clear()
        self._show_compensations()

    def _remove_compensation(self) -> None:
        rows = sorted({i.row() for i in self.compensations.selectedIndexes()}, reverse=True)
        rooms = list(self.compensation_fen)
        for r in rows:
            self.compensation_fen.pop(rooms[r], None)
        self._show_compensations()

    def _show_compensations(self) -> None:
        fill_table(
            self.compensations, [[room, format_yuan(fen)] for room, fen in self.compensation_fen.items()]
        )

    def read(self) -> dict[str, Any]:
        return {
            "method": self.method.currentData(),
            "total_fen": read_yuan(self, self.total.text(), self.tr("工程总造价")),
            "exempt_floors": tuple(f for f, box in self.exempt.items() if box.isChecked()),
            "compensation": dict(self.compensation_fen),
        }

    def run_preview(self) -> None:
        try:
            values = self.read()
        except ValueError as exc:
            self.message.setText(core_tr(str(exc)))
            return
        self.message.clear()
        self._preview(values, self.show_table, self.message.setText)

    def show_table(self, table: ShareTable) -> None:
        fill_table(self.table, share_rows(table, self.tr("合计")), total_row=True)


class SubsidyStepDialog(FormDialog):
    def __init__(self, parent: QWidget):
        super().__init__(parent, parent.tr("登记补贴环节"))
        self.step = QComboBox()
        for step in SUBSIDY_STEPS:
            self.step.addItem(core_tr(step.label), step.value)
        self.step.currentIndexChanged.connect(self._step_changed)
        self.on = date_edit()
        self.amount = yuan_field(self.tr("留空则按可得补贴金额"))
        self.form.addRow(self.tr("环节"), self.step)
        self.form.addRow(self.tr("日期"), self.on)
        self.form.addRow(self.tr("批准金额（元）"), self.amount)
        self._step_changed()
        self.finish_layout()

    def _step_changed(self) -> None:
        self.amount.setEnabled(self.step.currentData() == SubsidyStatus.APPROVED)

    def read(self) -> dict[str, Any]:
        step = self.step.currentData()
        amount = (
            read_yuan(self, self.amount.text(), self.tr("批准金额"), allow_empty=True)
            if step == SubsidyStatus.APPROVED
            else None
        )
        return {"step": step, "on": self.on.date().toPython(), "amount_fen": amount}


class PaymentDialog(FormDialog):
    def __init__(self, parent: QWidget):
        super().__init__(parent, parent.tr("登记补贴拨付"))
        self.amount = yuan_field(self.tr("元，如 200000.00"))
        self.on = date_edit()
        self.voucher = QLineEdit()
        self.voucher.setPlaceholderText(self.tr("财政拨付凭证号"))
        self.form.addRow(self.tr("拨付金额"), self.amount)
        self.form.addRow(self.tr("拨付日期"), self.on)
        self.form.addRow(self.tr("凭证号"), self.voucher)
        hint = QLabel(self.tr("每笔拨付单独登记，不会覆盖之前的记录。"))
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.finish_layout()

    def read(self) -> dict[str, Any]:
        voucher = self.voucher.text().strip()
        amount = read_yuan(self, self.amount.text(), self.tr("拨付金额"))
        if not voucher:
            raise ValueError(self.tr("请填写凭证号"))
        return {"amount_fen": amount, "paid_on": self.on.date().toPython(), "voucher_no": voucher}


class FundUseDialog(FormDialog):
    """A use of the maintenance fund rests on a kept, passing vote under the fund's rule."""

    def __init__(self, parent: QWidget, tallies: tuple[FundTally, ...]):
        super().__init__(parent, parent.tr("维修资金使用"))
        self.tally = QComboBox()
        for t in tallies:
            self.tally.addItem(
                self.tr("{d} 的表决（{r}）").format(
                    d=t.as_of, r=self.tr("通过") if t.passed else self.tr("未通过")
                ),
                t.id,
            )
        self.amount = yuan_field(self.tr("元"))
        self.on = date_edit()
        self.note = QLineEdit()
        self.form.addRow(self.tr("依据的表决"), self.tally)
        if not tallies:
            none = QLabel(
                self.tr(
                    "本案件还没有按《民法典》共同决定规则（维修资金使用）保存的表决；请先在“住户与表决”中统计并保存。"
                )
            )
            none.setWordWrap(True)
            self.form.addRow(none)
        self.form.addRow(self.tr("使用金额"), self.amount)
        self.form.addRow(self.tr("支取日期"), self.on)
        self.form.addRow(self.tr("说明"), self.note)
        self.finish_layout()

    def read(self) -> dict[str, Any]:
        if self.tally.currentData() is None:
            raise ValueError(self.tr("请先保存一次按维修资金使用规则通过的表决"))
        return {
            "tally_id": self.tally.currentData(),
            "amount_fen": read_yuan(self, self.amount.text(), self.tr("使用金额")),
            "drawn_on": self.on.date().toPython(),
            "note": self.note.text().strip() or None,
        }
