"""费用与补贴: construction to money (obstructions, acceptance, cost share, subsidy, fund use)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from casedesk.core.domain.units import format_yuan
from casedesk.core.services.subsidy import subsidy_view
from casedesk.ui.operations import Changed, html_text

if TYPE_CHECKING:
    from casedesk.ui.case_detail import CaseWindow


class MoneyTab(QWidget):
    kinds = Changed.MONEY | Changed.CASE

    def __init__(self, window: CaseWindow):
        super().__init__()
        self.w = window
        self.view = QTextBrowser()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)

    def refresh(self) -> None:
        case_no = self.w.case_no
        self.w.ctx.query(lambda sf, actor: subsidy_view(sf, actor, case_no), self._show)

    def _show(self, view) -> None:
        d = view.decision
        eligible = (
            self.tr("可得补贴 ¥{a}").format(a=format_yuan(d.amount_fen))
            if d.eligible
            else self.tr("不符合补贴条件：{r}").format(r="；".join(d.reasons))
        )
        paid = (
            self.tr("已拨付 ¥{a}（{d}，凭证 {v}）").format(
                a=format_yuan(view.paid_fen), d=view.paid_on, v=html_text(view.voucher_no)
            )
            if view.paid_fen
            else self.tr("尚未拨付")
        )
        self.view.setHtml(f"<p>政策：{d.basis}</p><p>{eligible}</p><p>{paid}</p>")
