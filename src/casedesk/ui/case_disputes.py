"""纠纷: the case's disputes, those flagged by themselves and those opened by hand."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from casedesk.core.services.disputes import list_disputes
from casedesk.ui.operations import Changed, html_text

if TYPE_CHECKING:
    from casedesk.ui.case_detail import CaseWindow


class DisputesTab(QWidget):
    kinds = Changed.DISPUTES | Changed.BALLOTS | Changed.NOTICE

    def __init__(self, window: CaseWindow):
        super().__init__()
        self.w = window
        self.view = QTextBrowser()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)

    def refresh(self) -> None:
        case_no = self.w.case_no
        self.w.ctx.query(lambda sf, actor: list_disputes(sf, actor, case_no=case_no), self._show)

    def _show(self, disputes) -> None:
        today = date.today()
        rows = "".join(
            f"<tr><td>{d.dispute_no}</td><td>{html_text(d.title)}</td><td>{d.status.label}"
            f"{'（超期）' if d.overdue(today) else ''}</td><td>{'是' if d.blocking else ''}</td>"
            f"<td>{d.due_on or ''}</td></tr>"
            for d in disputes
        )
        self.view.setHtml(
            f"<table border='1' cellspacing='0' cellpadding='3'><tr><th>编号</th><th>事由</th><th>状态</th>"
            f"<th>阻断</th><th>调解期限</th></tr>{rows}</table>"
            if rows
            else self.tr("<p>没有纠纷。</p>")
        )
