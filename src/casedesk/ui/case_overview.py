"""概况: the case's address, size, stage and vote rule at a glance, and its details to edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from casedesk.core.domain.units import format_area
from casedesk.core.domain.views import CaseDetail
from casedesk.ui.operations import Changed, html_text

if TYPE_CHECKING:
    from casedesk.ui.case_detail import CaseWindow


class OverviewTab(QWidget):
    kinds = Changed.CASE | Changed.BALLOTS

    def __init__(self, window: CaseWindow):
        super().__init__()
        self.w = window
        self.view = QTextBrowser()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)

    def refresh(self) -> None:
        """The window loads the case itself (one query for all tabs) and calls show_case."""

    def show_case(self, d: CaseDetail) -> None:
        s = d.summary
        self.view.setHtml(
            f"<h2>{s.case_no}</h2><p>{html_text(s.full_address)}</p>"
            f"<p>层数：{s.floors}　房屋：{s.flat_count} 套　"
            f"专有部分总面积：{format_area(d.area_total_centi)} ㎡</p>"
            f"<p>阶段：{s.stage_text}（{s.stage_entered_on} 起）　受理日期：{s.opened_on}</p>"
            f"<p>表决规则：{html_text(s.rule_set or '按表决日期与区自动确定')}</p>"
        )
