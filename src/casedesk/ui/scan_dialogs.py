"""扫描录入's two dialogs: the progress of reading the pages (with 取消) and the review of what
was found: pages matched to their flats, pages without a readable code, pages of another case or
an outdated roster, and flats scanned twice. Nothing found is guessed; every page is listed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casedesk.ui.screen_fit import resize_within_screen


class ScanProgressDialog(QDialog):
    """第 n 页，共 m 页 while the worker reads; 取消 asks the work to stop after the current page
    (nothing is recorded then), and the dialog stays until the worker has stopped."""

    cancel_requested = Signal()

    def __init__(self, files: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("扫描录入"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.label = QLabel(self.tr("正在读取 {n} 个文件…").format(n=files))
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the first page says how many there are
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.clicked.connect(self.request_cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 32)
        self.cancelling = False

    def step(self, done: int, total: int) -> None:
        if self.cancelling:
            return
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, total))
        self.label.setText(self.tr("正在读取第 {done} 页，共 {total} 页").format(done=done, total=total))

    def request_cancel(self) -> None:
        if self.cancelling:
            return
        self.cancelling = True
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("正在停止，本次扫描不保存任何内容…"))
        self.cancel_requested.emit()

    def reject(self) -> None:
        """Esc or the close box: the same as 取消; the dialog closes when the worker stops."""
        self.request_cancel()

    def finish(self) -> None:
        """The worker has stopped (done, cancelled or failed): close for good."""
        super().reject()


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], keys: Sequence[int] = ()) -> QTableWidget:
    """A read-only table; *keys* (one a row) ride on the first cell and move with it when sorted."""
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem()
            # numbers (rooms, pages) sort as numbers when the clerk clicks a header
            item.setData(
                Qt.ItemDataRole.DisplayRole, int(value) if value.isdigit() and value[0] != "0" else value
            )
            item.setToolTip(value)
            if c == 0 and keys:
                item.setData(Qt.ItemDataRole.UserRole, keys[r])
            table.setItem(r, c, item)
    table.setSortingEnabled(True)
    table.sortItems(0, Qt.SortOrder.AscendingOrder)  # by room (or file), whatever the reading order
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # the last column (a reason, a hash) takes the rest and is elided; its tooltip has it whole
    header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    return table


class ScanReviewDialog(QDialog):
    """What one 扫描录入 found, in four lists; double-clicking a matched flat shows its page."""

    flat_chosen = Signal(int)  # flat id

    def __init__(
        self,
        summary: str,
        matched: Sequence[tuple[int, Sequence[str]]],
        unmatched: Sequence[Sequence[str]],
        foreign: Sequence[Sequence[str]],
        duplicates: Sequence[Sequence[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("扫描结果"))
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.matched_table = _table(
            [self.tr("房号"), self.tr("业主"), self.tr("文件"), self.tr("页"), self.tr("SHA-256")],
            [row for _flat, row in matched],
            [flat_id for flat_id, _row in matched],
        )
        self.matched_table.setToolTip(self.tr("双击一行，在表决表中查看这一户和它的扫描件"))
        self.unmatched_table = _table([self.tr("文件"), self.tr("页"), self.tr("原因")], unmatched)
        self.foreign_table = _table(
            [self.tr("文件"), self.tr("页"), self.tr("案件编号"), self.tr("房号"), self.tr("原因")], foreign
        )
        self.duplicates_table = _table([self.tr("房号"), self.tr("页"), self.tr("处理")], duplicates)
        self.tabs = QTabWidget()
        for table, title in (
            (self.matched_table, self.tr("已匹配（{n}）")),
            (self.unmatched_table, self.tr("无法识别（{n}）")),
            (self.foreign_table, self.tr("其他案件或旧名册（{n}）")),
            (self.duplicates_table, self.tr("重复（{n}）")),
        ):
            self.tabs.addTab(table, title.format(n=table.rowCount()))
        # Problems first: the clerk has to act on those, the matched ones are done.
        for i in (1, 2, 3):
            if self.tabs.widget(i).rowCount():  # type: ignore[attr-defined]
                self.tabs.setCurrentIndex(i)
                break
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.matched_table.doubleClicked.connect(self._choose)
        em = self.fontMetrics().horizontalAdvance("M")
        resize_within_screen(self, em * 60, em * 32)

    def _choose(self, index) -> None:
        item = self.matched_table.item(index.row(), 0)
        if item is not None:
            self.flat_chosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def rows_of(self, table: QTableWidget) -> list[list[str]]:
        return [
            [table.item(r, c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]
            for r in range(table.rowCount())
        ]
