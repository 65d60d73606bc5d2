"""报表: the street dashboard and the monthly report for a month and a street (or the city)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casedesk.ui.operations import OpContext


class ReportsPage(QWidget):
    """报表: the monthly report for a month and a street (or the whole city), opened in the viewer.

    The dashboard sits in a scroll area: its figures, stage grid and chart are taller than a
    1366×768 screen leaves a window at 150 % scaling, and without the scroll area they set the
    whole main window's minimum height."""

    def __init__(self, ops: OpContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        today = date.today()
        self.month = QComboBox()
        for back in range(24):
            year, month = divmod(today.year * 12 + today.month - 1 - back, 12)
            self.month.addItem(f"{year:04d}-{month + 1:02d}")
        self.street = QLineEdit(placeholderText=self.tr("街道名称（留空为全部）"))
        self.refresh_button = QPushButton(self.tr("刷新概况"))
        self.button = QPushButton(self.tr("生成月度报表"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()  # shown with the first message: an empty line would only push the page down
        self.last_pdf: Path | None = None
        from casedesk.ui.dashboard import DashboardWidget

        self.dashboard = DashboardWidget()
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.dashboard)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("街道")))
        bar.addWidget(self.street, 1)
        bar.addWidget(self.refresh_button)
        bar.addSpacing(24)
        bar.addWidget(QLabel(self.tr("月份")))
        bar.addWidget(self.month)
        bar.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.scroll, 1)
        self.button.clicked.connect(self.generate)
        self.refresh_button.clicked.connect(self.reload)
        self.street.returnPressed.connect(self.reload)

    def reload(self) -> None:
        from casedesk.core.services.dashboard import dashboard

        street = self.street.text().strip() or None
        self.ops.query(
            lambda sf, actor: dashboard(sf, actor, today=date.today(), street=street),
            self.dashboard.show_dashboard,
            self._failed,
        )

    def generate(self) -> None:
        from casedesk.core.services.report_data import print_monthly
        from casedesk.ui.pdf_files import pdf_output_dir

        month, street = self.month.currentText(), self.street.text().strip() or None
        out = pdf_output_dir() / f"月度报表-{month}{'-' + street if street else ''}.pdf"
        self._say(self.tr("正在生成……"))
        self.ops.query(
            lambda sf, actor: print_monthly(sf, actor, month, out, street=street, today=date.today()),
            self._done,
            self._failed,
        )

    def _done(self, path: Path) -> None:
        from casedesk.ui.pdf_files import open_pdf

        self.last_pdf = path
        self._say(self.tr("已生成：{p}").format(p=path))
        open_pdf(self, path)  # where no viewer opens, it says where the file is

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()

    def _failed(self, error: BaseException) -> None:
        from casedesk.ui.errors import user_error_to_label

        user_error_to_label(self.status, error)
        self.status.show()
