"""费用与补贴 through its widgets: obstruction, cost share, acceptance, subsidy steps and payments.

Fixtures bring cases to the right stage with the workflow services (tests/money/walk.py); the
tests change data only by typing into the tab's dialogs and clicking, then check what the
services now return and what the tab shows.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from casedesk.core.domain.enums import Stage
from casedesk.core.services import workflow as wf
from casedesk.core.services.construction import construction_view
from casedesk.core.services.costshare import current_cost_share
from casedesk.core.services.subsidy import subsidy_view
from casedesk.ui.case_detail import CaseWindow
from casedesk.ui.case_money_dialogs import (
    AcceptanceDialog,
    CostShareDialog,
    ObstructionDialog,
    PaymentDialog,
    SubsidyStepDialog,
)
from tests.money.walk import case_at

CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot, database, actor, sync_runner, request):
    def make(case_no: str) -> CaseWindow:
        w = CaseWindow(database.session_factory, actor, sync_runner, case_no)
        qtbot.addWidget(w)
        w.show()
        w.tabs.setCurrentWidget(w.money)
        return w

    return make


def _table(table) -> list[list[str]]:
    return [
        [table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def _pay(qtbot, tab, amount: str, voucher: str, on: date) -> PaymentDialog:
    qtbot.mouseClick(tab.pay_button, CLICK)
    dialog = tab.dialog
    assert isinstance(dialog, PaymentDialog) and dialog.isVisible()
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, amount)
    dialog.voucher.clear()
    qtbot.keyClicks(dialog.voucher, voucher)
    dialog.on.setDate(QDate(on))
    qtbot.mouseClick(dialog.ok_button, CLICK)
    return dialog


def test_construction_obstruction_cost_share_and_early_payment(qtbot, database, actor, window) -> None:
    sf = database.session_factory
    case_no = case_at(sf, actor, Stage.CONSTRUCTION)
    w = window(case_no)
    tab = w.money
    assert tab.obstructions.item(0, 0).text() == "没有阻工记录"
    assert not tab.acceptance_button.isEnabled()  # only in 竣工验收

    # 登记阻工
    qtbot.mouseClick(tab.obstruction_button, CLICK)
    dialog = tab.dialog
    assert isinstance(dialog, ObstructionDialog)
    qtbot.mouseClick(dialog.ok_button, CLICK)  # no description: refused in the dialog itself
    assert dialog.isVisible() and "阻工情况" in dialog.message.text()
    dialog.on.setDate(QDate(date.today() - timedelta(days=2)))
    dialog.description.setPlainText("一楼业主堵住施工入口，停工半天")
    qtbot.mouseClick(dialog.ok_button, CLICK)
    assert not dialog.isVisible()
    logged = construction_view(sf, actor, case_no).obstructions
    assert [(o.on, o.description) for o in logged] == [
        (date.today() - timedelta(days=2), "一楼业主堵住施工入口，停工半天")
    ]
    assert _table(tab.obstructions)[0][:2] == [
        str(date.today() - timedelta(days=2)),
        "一楼业主堵住施工入口，停工半天",
    ]

    # 费用分摊: by floor coefficient, floors 1–2 exempt, 101 compensated
    qtbot.mouseClick(tab.cost_share_button, CLICK)
    dialog = tab.dialog
    assert isinstance(dialog, CostShareDialog)
    labels = [dialog.method.itemText(i) for i in range(dialog.method.count())]
    assert "按楼层系数 × 面积" in labels and not any(c in labels for c in ("floor", "area", "equal"))
    dialog.method.setCurrentIndex(dialog.method.findData("floor"))
    assert dialog.exempt[1].isChecked() and dialog.exempt[2].isChecked()
    qtbot.keyClicks(dialog.total, "500000.01")
    dialog.comp_room.setCurrentText("101")
    qtbot.keyClicks(dialog.comp_amount, "-5")
    qtbot.mouseClick(dialog.add_compensation, CLICK)
    assert "不能为负数" in dialog.message.text() and dialog.compensations.rowCount() == 0
    dialog.comp_amount.clear()
    qtbot.keyClicks(dialog.comp_amount, "10000")
    qtbot.mouseClick(dialog.add_compensation, CLICK)
    assert _table(dialog.compensations) == [["101", "10,000.00"]]
    qtbot.mouseClick(dialog.compute, CLICK)
    preview = _table(dialog.table)
    assert preview[-1][0] == "合计" and preview[-1][6] == "500,000.01" and preview[-1][5] == "10,000.00"
    assert current_cost_share(sf, actor, case_no) is None  # 计算 only previews
    qtbot.mouseClick(dialog.ok_button, CLICK)
    saved = current_cost_share(sf, actor, case_no)
    assert saved is not None and saved.method == "floor" and saved.total_fen == 50_000_001
    assert [(line.room, line.amount_fen) for line in saved.lines if line.kind == "compensation"] == [
        ("101", -1_000_000)
    ]
    shown = _table(tab.share_table)
    assert shown[-1][0] == "合计" and shown[-1][6] == "500,000.01"
    row_101 = next(r for r in shown if r[0] == "101")
    assert row_101[3] == "0.00" and row_101[5] == "10,000.00" and row_101[6] == "-10,000.00"
    assert "按楼层系数" in tab.share_summary.text()

    # reopened, 费用分摊 starts from the saved table: one figure changed, nothing retyped
    qtbot.mouseClick(tab.cost_share_button, CLICK)
    again = tab.dialog
    assert again is not dialog and again.method.currentData() == "floor"
    assert again.total.text() == "500000.01" and again.compensation_fen == {"101": 1_000_000}
    assert [f for f, box in again.exempt.items() if box.isChecked()] == [1, 2]
    assert _table(again.table)[-1][6] == "500,000.01"
    again.reject()

    # 登记拨付 before acceptance: refused, the dialog comes back with what was typed
    dialog = _pay(qtbot, tab, "200000", "JNCZ-1", date.today())
    assert dialog.isVisible() and "尚未通过竣工验收" in dialog.message.text()
    assert dialog.amount.text() == "200000" and dialog.voucher.text() == "JNCZ-1"
    assert subsidy_view(sf, actor, case_no).payments == ()
    assert _table(tab.payments)[0][0] == "尚未拨付"


def test_acceptance_then_subsidy_steps_and_two_payments(qtbot, database, actor, window) -> None:
    sf = database.session_factory
    case_no = case_at(sf, actor, Stage.ACCEPTANCE, building="5")
    accepted = date.today() - timedelta(days=5)
    for code in ("inspection_report", "acceptance_record"):
        wf.mark_checklist_item(sf, actor, case_no, code, on=accepted)
    w = window(case_no)
    tab = w.money
    assert (
        "未验收" in tab.construction_summary.text()
        and "电梯监督检验报告（已交）" in tab.construction_summary.text()
    )

    # 竣工验收
    assert tab.acceptance_button.isEnabled()
    qtbot.mouseClick(tab.acceptance_button, CLICK)
    dialog = tab.dialog
    assert isinstance(dialog, AcceptanceDialog) and "竣工验收记录：已交" in dialog.documents.text()
    dialog.on.setDate(QDate(accepted))
    qtbot.mouseClick(dialog.ok_button, CLICK)
    view = construction_view(sf, actor, case_no)
    assert view.accepted_on == accepted and view.stage is Stage.SUBSIDY
    assert f"竣工验收日期：{accepted}" in tab.construction_summary.text()
    assert not tab.acceptance_button.isEnabled()

    # 登记补贴环节: 申请
    qtbot.mouseClick(tab.step_button, CLICK)
    dialog = tab.dialog
    assert isinstance(dialog, SubsidyStepDialog)
    assert [dialog.step.itemText(i) for i in range(dialog.step.count())] == ["申请", "审核", "批准"]
    assert not dialog.amount.isEnabled()
    dialog.on.setDate(QDate(accepted + timedelta(days=1)))
    qtbot.mouseClick(dialog.ok_button, CLICK)
    assert [(label, on) for label, on, _ in subsidy_view(sf, actor, case_no).steps] == [
        ("申请", accepted + timedelta(days=1))
    ]
    assert _table(tab.steps)[0][:2] == ["申请", str(accepted + timedelta(days=1))]
    assert "济南" in tab.subsidy_summary.text() and "可得补贴 ¥200,000.00" in tab.subsidy_summary.text()

    # Two payments: two ledger entries and a 合计
    _pay(qtbot, tab, "120000", "JNCZ-1", accepted + timedelta(days=2))
    dialog = _pay(qtbot, tab, "80000.50", "JNCZ-2", accepted + timedelta(days=3))
    assert not dialog.isVisible()
    payments = subsidy_view(sf, actor, case_no).payments
    assert [(p.amount_fen, p.voucher_no) for p in payments] == [(12_000_000, "JNCZ-1"), (8_000_050, "JNCZ-2")]
    assert _table(tab.payments) == [
        [str(accepted + timedelta(days=2)), "120,000.00", "JNCZ-1"],
        [str(accepted + timedelta(days=3)), "80,000.50", "JNCZ-2"],
        ["合计", "200,000.50", ""],
    ]
    # The same voucher twice is refused with the reason, and nothing more is stored.
    dialog = _pay(qtbot, tab, "1", "JNCZ-2", accepted + timedelta(days=4))
    assert dialog.isVisible() and "已登记过" in dialog.message.text()
    assert len(subsidy_view(sf, actor, case_no).payments) == 2
