"""费用与补贴: construction to money (obstructions, acceptance, cost share, subsidy, fund use).

Four sections, each a table with the buttons that change it: 施工与验收, 费用分摊, 补贴, 维修资金.
Every write goes through the window's OpContext; a refused write re-opens its dialog with what
the clerk typed and the reason, so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.domain.enums import Stage
from casedesk.core.domain.units import format_yuan
from casedesk.core.errors import UserError
from casedesk.core.services import workflow as wf
from casedesk.core.services.construction import ConstructionView, construction_view
from casedesk.core.services.costshare import (
    METHODS,
    FundView,
    ShareTable,
    compute_cost_share,
    current_cost_share,
    fund_view,
    record_fund_use,
)
from casedesk.core.services.disputes import log_obstruction
from casedesk.core.services.subsidy import SubsidyView, pay_subsidy, record_subsidy_step, subsidy_view
from casedesk.ui.case_money_dialogs import (
    AcceptanceDialog,
    CostShareDialog,
    FundUseDialog,
    ObstructionDialog,
    PaymentDialog,
    SubsidyStepDialog,
    fill_table,
    read_only_table,
    share_headers,
    share_rows,
)
from casedesk.ui.form_dialog import FormDialog, OpensCaseDialogs
from casedesk.ui.i18n import core_tr, sep
from casedesk.ui.operations import Changed

if TYPE_CHECKING:
    from casedesk.ui.case_detail import CaseWindow


@dataclass(frozen=True)
class MoneyState:
    """Everything the tab shows, read in one go on the worker."""

    construction: ConstructionView
    share: ShareTable | None
    subsidy: SubsidyView
    fund: FundView


def load_money(sf: Any, actor: Any, case_no: str) -> MoneyState:
    return MoneyState(
        construction_view(sf, actor, case_no),
        current_cost_share(sf, actor, case_no),
        subsidy_view(sf, actor, case_no),
        fund_view(sf, actor, case_no),
    )


def summary_label() -> QLabel:
    """Plain text only: policy names and titles must never be read as rich text."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class MoneyTab(QWidget, OpensCaseDialogs):
    kinds = Changed.MONEY | Changed.CASE | Changed.CHECKLIST

    def __init__(self, window: CaseWindow):
        super().__init__()
        self.w = window
        self.state: MoneyState | None = None
        self.dialog: FormDialog | None = None  # the open dialog, kept for the tests and re-opening

        # 施工与验收
        self.construction_summary = summary_label()
        self.obstructions = read_only_table(
            [self.tr("日期"), self.tr("阻工情况"), self.tr("登记人")], stretch=1
        )
        self.obstruction_button = QPushButton(self.tr("登记阻工…"))
        self.obstruction_button.clicked.connect(self.open_obstruction)
        self.acceptance_button = QPushButton(self.tr("竣工验收…"))
        self.acceptance_button.clicked.connect(self.open_acceptance)
        construction = self._section(
            self.tr("施工与验收"),
            self.construction_summary,
            self.obstructions,
            (self.obstruction_button, self.acceptance_button),
        )

        # 费用分摊
        self.share_summary = summary_label()
        self.share_table = read_only_table(share_headers(self))
        self.share_table.horizontalHeader().setStretchLastSection(True)  # fills the tab, no empty band
        self.cost_share_button = QPushButton(self.tr("费用分摊…"))
        self.cost_share_button.clicked.connect(self.open_cost_share)
        sharing = self._section(
            self.tr("费用分摊"), self.share_summary, self.share_table, (self.cost_share_button,)
        )

        # 补贴
        self.subsidy_summary = summary_label()
        self.steps = read_only_table([self.tr("环节"), self.tr("日期"), self.tr("批准金额（元）")], stretch=2)
        self.payments = read_only_table(
            [self.tr("拨付日期"), self.tr("金额（元）"), self.tr("凭证号")], stretch=2
        )
        self.step_button = QPushButton(self.tr("登记补贴环节…"))
        self.step_button.clicked.connect(self.open_step)
        self.pay_button = QPushButton(self.tr("登记拨付…"))
        self.pay_button.clicked.connect(self.open_payment)
        tables = QHBoxLayout()
        tables.addWidget(self.steps, 2)
        tables.addWidget(self.payments, 3)
        holder = QWidget()
        holder.setLayout(tables)
        tables.setContentsMargins(0, 0, 0, 0)
        subsidy = self._section(
            self.tr("补贴"), self.subsidy_summary, holder, (self.step_button, self.pay_button)
        )

        # 维修资金
        self.fund_summary = summary_label()
        self.fund_uses = read_only_table(
            [self.tr("支取日期"), self.tr("金额（元）"), self.tr("依据的表决"), self.tr("说明")], stretch=3
        )
        self.fund_button = QPushButton(self.tr("维修资金使用…"))
        self.fund_button.clicked.connect(self.open_fund_use)
        fund = self._section(self.tr("维修资金"), self.fund_summary, self.fund_uses, (self.fund_button,))

        body = QWidget()
        column = QVBoxLayout(body)
        for box in (construction, sharing, subsidy, fund):
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _section(
        self, title: str, summary: QLabel, table: QWidget, buttons: tuple[QPushButton, ...]
    ) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        top = QHBoxLayout()
        top.addWidget(summary, 1)
        for button in buttons:
            top.addWidget(button)
        layout.addLayout(top)
        layout.addWidget(table)
        return box

    # --- reading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        case_no = self.w.case_no
        self.w.ctx.query(lambda sf, actor: load_money(sf, actor, case_no), self._show)

    def _show(self, state: MoneyState) -> None:
        self.state = state
        self._show_construction(state.construction)
        self._show_share(state.share)
        self._show_subsidy(state.subsidy)
        self._show_fund(state.fund)

    def _show_construction(self, c: ConstructionView) -> None:
        none = self.tr("—")
        documents = sep().join(
            self.tr("{t}（{s}）").format(t=core_tr(d.title), s=core_tr(d.status.label))
            for d in c.acceptance_documents
        )
        self.construction_summary.setText(
            self.tr(
                "当前阶段：{stage}　开工日期：{started}　竣工验收日期：{accepted}\n验收材料：{docs}"
            ).format(
                stage=core_tr(c.stage.label),
                started=c.started_on or none,
                accepted=c.accepted_on or self.tr("未验收"),
                docs=documents,
            )
        )
        rows = [[str(o.on), o.description, o.by] for o in c.obstructions]
        fill_table(self.obstructions, rows or [[self.tr("没有阻工记录"), "", ""]])
        self.acceptance_button.setEnabled(c.can_record_acceptance)
        self.acceptance_button.setToolTip(
            ""
            if c.can_record_acceptance
            else self.tr("案件在“{s}”阶段时才能登记验收").format(s=core_tr(Stage.ACCEPTANCE.label))
        )

    def _show_share(self, table: ShareTable | None) -> None:
        if table is None:
            self.share_summary.setText(self.tr("尚未保存费用分摊表。"))
            fill_table(self.share_table, [])
            return
        self.share_summary.setText(
            self.tr("分摊方式：{m}　工程总造价：¥{t}").format(
                m=core_tr(METHODS[table.method]), t=format_yuan(table.total_fen)
            )
        )
        fill_table(self.share_table, share_rows(table, self.tr("合计")), total_row=True)

    def _show_subsidy(self, v: SubsidyView) -> None:
        d = v.decision
        eligible = (
            self.tr("可得补贴 ¥{a}").format(a=format_yuan(d.amount_fen))
            if d.eligible
            else self.tr("不符合补贴条件：{r}").format(r=sep("；").join(core_tr(r) for r in d.reasons))
        )
        paid = (
            self.tr("已拨付合计 ¥{a}（{n} 笔）").format(a=format_yuan(v.paid_fen), n=len(v.payments))
            if v.paid_fen
            else self.tr("尚未拨付")
        )
        self.subsidy_summary.setText(
            self.tr("政策依据：{basis}\n{eligible}；{paid}").format(
                basis=core_tr(d.basis), eligible=eligible, paid=paid
            )
        )
        steps = [
            [core_tr(label), str(on), format_yuan(fen) if fen is not None else ""]
            for label, on, fen in v.steps
        ]
        fill_table(self.steps, steps or [[self.tr("尚未登记"), "", ""]])
        payments = [[str(p.paid_on), format_yuan(p.amount_fen), p.voucher_no or ""] for p in v.payments]
        if payments:
            payments.append([self.tr("合计"), format_yuan(v.paid_fen or 0), ""])
        fill_table(self.payments, payments or [[self.tr("尚未拨付"), "", ""]], total_row=bool(payments))

    def _show_fund(self, f: FundView) -> None:
        total = sum(u.amount_fen for u in f.uses)
        self.fund_summary.setText(
            self.tr("已使用维修资金 ¥{a}").format(a=format_yuan(total))
            if f.uses
            else self.tr("未使用维修资金（须先经业主按《民法典》共同决定规则表决通过）。")
        )
        rows = [
            [
                str(u.drawn_on or ""),
                format_yuan(u.amount_fen),
                self.tr("{d} 的表决").format(d=u.tally_as_of) if u.tally_as_of else "",
                u.note or "",
            ]
            for u in f.uses
        ]
        fill_table(self.fund_uses, rows)

    # --- writing -------------------------------------------------------------------------------

    def open_obstruction(self) -> None:
        case_no = self.w.case_no
        self._open(
            ObstructionDialog(self),
            lambda sf, actor, v: log_obstruction(
                sf, actor, case_no, on=v["on"], description=v["description"]
            ),
            Changed.MONEY | Changed.DISPUTES,
        )

    def open_acceptance(self) -> None:
        if self.state is None:
            return
        case_no = self.w.case_no
        note = self.tr("竣工验收")
        self._open(
            AcceptanceDialog(self, self.state.construction.acceptance_documents),
            # Acceptance is the move out of 竣工验收: the guard checks the two documents and the
            # move sets the case's acceptance date, the one the reports count.
            lambda sf, actor, v: wf.advance(
                sf, actor, case_no, Stage.SUBSIDY, on=v["on"], note=v["note"] or note
            ),
            Changed.CASE | Changed.CHECKLIST | Changed.MONEY,
        )

    def open_cost_share(self) -> None:
        if self.state is None:
            return
        case_no = self.w.case_no

        def compute(values: dict[str, Any], save: bool) -> Callable[[Any, Any], ShareTable]:
            return lambda sf, actor: compute_cost_share(sf, actor, case_no, save=save, **values)

        def preview(
            values: dict[str, Any], on_ok: Callable[[ShareTable], None], on_err: Callable[[str], None]
        ) -> None:
            def failed(error: BaseException) -> None:
                if isinstance(error, UserError):
                    on_err(str(error))
                else:
                    self.w.show_error(error)

            self.w.ctx.query(compute(values, False), on_ok, failed)

        c = self.state.construction
        dialog = CostShareDialog(self, c.floors, c.rooms, preview)
        if self.state.share is not None:
            dialog.prefill(self.state.share)
        self._open(
            dialog,
            lambda sf, actor, v: compute(v, True)(sf, actor),
            Changed.MONEY,
        )

    def open_step(self) -> None:
        case_no = self.w.case_no
        self._open(
            SubsidyStepDialog(self),
            lambda sf, actor, v: record_subsidy_step(
                sf, actor, case_no, v["step"], on=v["on"], amount_fen=v["amount_fen"]
            ),
            Changed.MONEY,
        )

    def open_payment(self) -> None:
        case_no = self.w.case_no
        self._open(
            PaymentDialog(self),
            lambda sf, actor, v: pay_subsidy(
                sf,
                actor,
                case_no,
                amount_fen=v["amount_fen"],
                paid_on=v["paid_on"],
                voucher_no=v["voucher_no"],
            ),
            Changed.MONEY,
        )

    def open_fund_use(self) -> None:
        if self.state is None:
            return
        case_no = self.w.case_no
        self._open(
            FundUseDialog(self, self.state.fund.tallies),
            lambda sf, actor, v: record_fund_use(
                sf,
                actor,
                case_no,
                tally_id=v["tally_id"],
                amount_fen=v["amount_fen"],
                drawn_on=v["drawn_on"],
                note=v["note"],
            ),
            Changed.MONEY,
        )
