"""The street dashboard: headline figures, cases by stage, disputes and a 12-month chart.

Every figure is a button: clicking it lists the cases behind it in the case list (the filter comes
from core/services/dashboard.py). The chart is drawn with QPainter rather than QtCharts: QtCharts
is only in the PySide6-Addons wheel (about 150 MB more to ship to every office PC) and two series
of twelve bars need no more than this widget.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.domain.enums import Stage
from casedesk.core.domain.units import format_yuan
from casedesk.core.services.dashboard import PERIODS, Dashboard, Figure
from casedesk.ui.i18n import core_tr, sep

STARTS_COLOUR = QColor("#3366AA")
ACCEPTANCES_COLOUR = QColor("#DD8833")


class MonthlyBars(QWidget):
    """Starts and acceptances per month, last twelve months."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.months: list[tuple[str, int, int]] = []
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, months: list[tuple[str, int, int]]) -> None:
        self.months = months
        self.update()

    def paintEvent(self, _event) -> None:  # Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        line = metrics.height()
        left, right, top, bottom = metrics.horizontalAdvance("000") + 8, 8, line + 6, line * 2 + 6
        area = QRectF(left, top, max(10, self.width() - left - right), max(10, self.height() - top - bottom))
        painter.setPen(QPen(self.palette().text().color()))
        title = self.tr("每月开工与验收（台）")
        painter.drawText(0, 0, self.width(), line, Qt.AlignmentFlag.AlignLeft, title)
        self._legend(painter, line)
        if not self.months:
            return
        peak = max(1, *(max(s, a) for _m, s, a in self.months))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        painter.drawText(0, int(area.top()), left - 4, line, Qt.AlignmentFlag.AlignRight, str(peak))
        painter.drawText(0, int(area.bottom()) - line, left - 4, line, Qt.AlignmentFlag.AlignRight, "0")
        slot = area.width() / len(self.months)
        bar = max(2.0, slot * 0.35)
        for i, (month, starts, acceptances) in enumerate(self.months):
            x = area.left() + i * slot + slot * 0.12
            for j, (value, colour) in enumerate(((starts, STARTS_COLOUR), (acceptances, ACCEPTANCES_COLOUR))):
                h = area.height() * value / peak
                painter.fillRect(QRectF(x + j * bar, area.bottom() - h, bar - 1, h), colour)
            painter.drawText(
                QRectF(area.left() + i * slot, area.bottom() + 2, slot, line),
                Qt.AlignmentFlag.AlignHCenter,
                month[2:],  # 25-12: enough on a small screen
            )
        painter.end()

    def _legend(self, painter: QPainter, line: int) -> None:
        x = self.width() - 160
        for label, colour in ((self.tr("开工"), STARTS_COLOUR), (self.tr("验收"), ACCEPTANCES_COLOUR)):
            painter.fillRect(QRectF(x, 3, line - 6, line - 6), colour)
            painter.drawText(int(x + line), 0, 60, line, Qt.AlignmentFlag.AlignLeft, label)
            x += 75


class DashboardWidget(QWidget):
    """Figures as buttons; `show_cases` carries the figure to the case list."""

    show_cases = Signal(object)  # Figure

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.buttons: dict[str, QPushButton] = {}
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold")
        self.targets = QLabel()
        self.targets.setWordWrap(True)  # a long target line must not widen the window
        self.disputes = QLabel()
        self.disputes.setWordWrap(True)
        self.chart = MonthlyBars()

        headline = QGroupBox(self.tr("主要指标（点击数字查看案件）"))
        grid = QGridLayout(headline)
        for c, (_key, label) in enumerate(PERIODS, start=1):
            grid.addWidget(QLabel(f"<b>{core_tr(label)}</b>"), 0, c, Qt.AlignmentFlag.AlignCenter)
        for r, (row_key, row_label) in enumerate(
            (
                ("started", self.tr("开工（台）")),
                ("accepted", self.tr("竣工验收（台）")),
                ("subsidy", self.tr("补贴拨付（元）")),
            ),
            start=1,
        ):
            grid.addWidget(QLabel(row_label), r, 0)
            for c, (period, _label) in enumerate(PERIODS, start=1):
                grid.addWidget(self._button(f"{row_key}.{period}"), r, c)
        grid.addWidget(self.targets, 4, 0, 1, 4)

        stages = QGroupBox(self.tr("各阶段在办案件"))
        stage_grid = QGridLayout(stages)
        # Ten stages five to a row: two rows of figures, not three, so the page fits a 768-px screen.
        for i, stage in enumerate(Stage):
            stage_grid.addWidget(
                QLabel(core_tr(stage.label)), i // 5 * 2, i % 5, Qt.AlignmentFlag.AlignCenter
            )
            stage_grid.addWidget(self._button(f"stage.{stage.value}"), i // 5 * 2 + 1, i % 5)
        overdue_box = QGroupBox(self.tr("当前超期"))
        overdue_layout = QVBoxLayout(overdue_box)
        overdue_layout.addWidget(self._button("overdue"))
        overdue_layout.addWidget(self.disputes)

        top = QHBoxLayout()
        top.addWidget(headline, 3)
        top.addWidget(overdue_box, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(stages)
        layout.addWidget(self.chart, 1)
        self.dashboard: Dashboard | None = None

    def _button(self, key: str) -> QPushButton:
        button = QPushButton("—")
        button.setFlat(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setStyleSheet("font-size: 14pt; color: #1a4d8f; text-decoration: underline")
        button.clicked.connect(lambda _checked=False, k=key: self._clicked(k))
        self.buttons[key] = button
        return button

    def _clicked(self, key: str) -> None:
        if self.dashboard is not None:
            self.show_cases.emit(self.dashboard.figure(key))

    def show_dashboard(self, d: Dashboard) -> None:
        self.dashboard = d
        title = self.tr("{scope} 加装电梯工作概况（{month}）")
        self.title.setText(title.format(scope=core_tr(d.scope), month=d.month))
        for key, button in self.buttons.items():
            figure = d.figure(key)
            button.setText(self.figure_text(figure))
            button.setToolTip(core_tr(figure.label))
        r = d.report
        if r.target_starts or r.target_acceptances:
            self.targets.setText(
                self.tr("年度目标：开工 {a} 台（已完成 {p}），验收 {b} 台（已完成 {q}）").format(
                    a=r.target_starts or "—",
                    p=_share(r.started.year, r.target_starts),
                    b=r.target_acceptances or "—",
                    q=_share(r.accepted.year, r.target_acceptances),
                )
            )
        else:
            self.targets.setText(self.tr("未设定年度目标（设置 → 年度目标）"))
        opened, resolved, overdue = r.disputes
        categories = sep().join(f"{core_tr(name)} {n}" for name, n in r.disputes_by_category[:5])
        self.disputes.setText(
            self.tr("纠纷：本月新增 {a} 件，办结 {b} 件，超过调解期限 {c} 件。本年主要类别：{d}").format(
                a=opened, b=resolved, c=overdue, d=categories or "—"
            )
        )
        self.chart.set_data(r.monthly)

    @staticmethod
    def figure_text(figure: Figure) -> str:
        return format_yuan(figure.value) if figure.money else str(figure.value)


def _share(done: int, target: int | None) -> str:
    if not target:
        return "—"
    return f"{done * 100 // target}%"
