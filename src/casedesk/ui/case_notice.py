"""公示与异议: the notice of the vote's result and the objections it drew."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from casedesk.core.services import workflow as wf
from casedesk.ui.operations import Changed, html_text

if TYPE_CHECKING:
    from casedesk.ui.case_detail import CaseWindow


class NoticeTab(QWidget):
    kinds = Changed.NOTICE | Changed.CHECKLIST

    def __init__(self, window: CaseWindow):
        super().__init__()
        self.w = window
        self.view = QTextBrowser()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)

    def refresh(self) -> None:
        case_no = self.w.case_no
        self.w.ctx.query(lambda sf, actor: wf.notice_and_objections(sf, actor, case_no), self._show)

    def _show(self, n: wf.NoticeView) -> None:
        head = (
            self.tr("<p>公示：{a} 张贴，至 {b} 止；地点：{p}</p>").format(
                a=n.posted_on, b=n.ends_on, p=html_text(n.places or "—")
            )
            if n.posted_on
            else self.tr("<p>尚未公示。</p>")
        )
        rows = "".join(
            f"<tr><td>{html_text(who)}</td><td>{on}</td><td>{html_text(detail)}</td>"
            f"<td>{'已处理' if st == 'resolved' else '未处理'}</td><td>{html_text(reply or '')}</td></tr>"
            for _id, who, on, detail, st, reply in n.objections
        )
        table = (
            (
                "<table border='1' cellspacing='0' cellpadding='3'><tr><th>异议人</th><th>收到日期</th>"
                f"<th>内容</th><th>状态</th><th>答复</th></tr>{rows}</table>"
            )
            if rows
            else self.tr("<p>没有异议。</p>")
        )
        self.view.setHtml(head + table)
