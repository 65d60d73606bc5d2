"""One case from 受理登记 to 已完成 through the desktop alone (issue 20's measure of done).

A clerk registers the unit, imports the roster, types the missing opinions, saves the tally,
records the intake facts and attaches every document; posts the notice, logs and answers an
objection, whose dispute appears by itself and is mediated to an agreement by the mediator; the
supervisor gives the street's stamp; the clerk records a parallel procedure, walks the case
through planning, permits and construction, records the acceptance, computes and saves the cost
share and has the subsidy paid. This module imports nothing from casedesk.core.services: every
change goes through widgets; the fixture only sets up the office (places and accounts).
"""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog
from sqlalchemy import func, select

from casedesk.core.db.models import Ballot, Case, Dispute, Document, Notice, Subsidy
from casedesk.core.domain.enums import DisputeStatus, Stage
from casedesk.ui.case_detail import CaseWindow
from casedesk.ui.case_progress import CODE_ROLE
from casedesk.ui.main_window import MainWindow
from tests.shared_paths import SAMPLES
from tests.ui.office_fixture import Office, set_up_office

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def office(database, actor) -> Office:
    return set_up_office(database, actor)


@pytest.fixture
def files(tmp_path, monkeypatch) -> list[Path]:
    """Every file dialog answers with the next scan or photo from the clerk's desk."""
    picked: list[Path] = []
    counter = itertools.count(1)

    def next_file(*_args, **_kwargs) -> tuple[str, str]:
        filter_text = " ".join(str(a) for a in _args[2:4])
        n = next(counter)
        if "csv" in filter_text or "xlsx" in filter_text:
            path = SAMPLES / "roster-sample.csv"
        else:
            path = tmp_path / f"扫描件{n}.png"
            image = QImage(120, 90, QImage.Format.Format_RGB32)
            image.fill(QColor.fromHsv(n * 37 % 360, 120, 200))  # each scan different: its own SHA-256
            assert image.save(str(path))
        picked.append(path)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(next_file))
    return picked


def _main(qtbot, database, who, runner) -> MainWindow:
    window = MainWindow(database, who, runner, "文东街道办事处")
    qtbot.addWidget(window)
    window.show()
    return window


def _conditions(tab) -> list[str]:
    return [tab.reasons.item(i).text() for i in range(tab.reasons.count())]


def _attach_missing_documents(qtbot, tab) -> None:
    """Every required document still missing in this stage, attached from its own row (the table
    is rebuilt after each attachment, so the row is looked up again every time)."""
    while True:
        table = tab.checklist
        missing = [
            table.item(r, 0).data(CODE_ROLE)
            for r in range(table.rowCount())
            if table.item(r, 1).text() == "必交" and table.item(r, 2).text() not in ("已交", "免交")
        ]
        if not missing:
            return
        qtbot.mouseClick(tab.attach_buttons[missing[0]], LEFT)


def _advance(qtbot, window: CaseWindow, to: Stage) -> None:
    tab = window.progress
    _attach_missing_documents(qtbot, tab)
    assert _conditions(tab) == ["条件均已满足，可以推进"], _conditions(tab)
    qtbot.mouseClick(tab.advance_button, LEFT)
    assert tab.stage is to, (tab.stage, _conditions(tab))


def _ok(dialog) -> None:
    button = getattr(dialog, "ok_button", None)
    if button is None:
        button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    button.click()
    message = getattr(dialog, "message", None)
    assert not dialog.isVisible(), message.text() if message is not None else ""


def test_end_to_end_one_case_from_intake_to_done(qtbot, database, office, sync_runner, files) -> None:
    sf = database.session_factory

    # --- 登记新案件: the clerk's list offers the office's places ------------------------------------
    clerk_main = _main(qtbot, database, office.clerk, sync_runner)
    clerk_main.nav.setCurrentRow(clerk_main.page_keys.index("cases"))
    qtbot.mouseClick(clerk_main.case_page.new_button, LEFT)
    dialog = clerk_main.new_case_dialog
    assert dialog.community.findText("青龙街社区") >= 0
    for name, text in (("compound", "山大北路小区"), ("building", "3"), ("unit", "2")):
        dialog.fields[name].setText(text)
    dialog.opened_on.setDate(QDate(2026, 2, 2))  # the paper file came in before CaseDesk
    _ok(dialog)
    (case_no,) = clerk_main.case_windows
    window: CaseWindow = clerk_main.case_windows[case_no]
    qtbot.addWidget(window)
    assert window.progress.stage is Stage.INTAKE

    # --- 住户与表决: the roster, two opinions typed from the paper forms, the saved tally -----------
    ballots = window.ballots
    window.tabs.setCurrentWidget(ballots)
    qtbot.mouseClick(ballots.import_button, LEFT)
    ballots.preview_dialog.import_button.click()
    assert ballots.model.rowCount() == 13
    # 101's 不同意 with its reason raised a dispute by itself, with the import (纠纷 reloads as shown)
    window.tabs.setCurrentWidget(window.disputes)
    assert window.disputes.table.rowCount() == 1
    window.tabs.setCurrentWidget(ballots)
    ballots.signed_on.setDate(QDate(2026, 3, 6))
    for room in ("102", "202"):
        row = next(r for r, b in enumerate(ballots.model.rows) if b.room == room)
        ballots.table.selectRow(row)
        qtbot.keyClick(ballots.table, Qt.Key.Key_1)
    assert [b.vote.label for b in ballots.model.rows if b.room in ("102", "202")] == ["同意", "同意"]
    ballots.as_of.setDate(QDate(2026, 3, 20))
    qtbot.mouseClick(ballots.save_button, LEFT)
    assert "已保存统计" in ballots.status.text() and "通过" in ballots.tally_view.toPlainText()

    # --- 进度, 受理登记: intake facts and representatives, the three documents --------------------
    progress = window.progress
    window.tabs.setCurrentWidget(progress)
    qtbot.mouseClick(progress.intake_button, LEFT)
    intake = progress.dialog
    intake.state_owned_land.setCurrentIndex(intake.state_owned_land.findData(True))
    intake.not_in_plan.setCurrentIndex(intake.not_in_plan.findData(True))
    intake.representatives.setPlainText("张伟\n孙强")
    _ok(intake)
    _advance(qtbot, window, Stage.CONSENT)
    # a parallel procedure while consent is collected (2021 rule)
    qtbot.mouseClick(progress.procedure_button, LEFT)
    procedure = progress.dialog
    procedure.kind.setCurrentIndex(procedure.kind.findText("方案设计"))
    procedure.number.setText("SJ-2026-007")
    _ok(procedure)
    assert progress.procedures.rowCount() == 1
    _advance(qtbot, window, Stage.NOTICE)

    # --- 公示与异议: the notice with its photo; a written objection, answered --------------------
    notice = window.notice
    window.tabs.setCurrentWidget(notice)
    qtbot.mouseClick(notice.post_button, LEFT)
    post = notice.dialog
    post.posted_on.setDate(QDate(2026, 3, 25))
    post.places.setText("单元门口公告栏")
    post.witness.setText("青龙街社区居委会 王主任")
    qtbot.mouseClick(post.choose_photo_button, LEFT)
    _ok(post)
    assert "2026-04-09" in notice.result.text() or "2026-04-" in notice.summary.text()
    qtbot.mouseClick(notice.add_objection_button, LEFT)
    objection = notice.dialog
    objection.objector.setText("王建国")
    objection.contact.setText("13905310001")
    objection.received_on.setDate(QDate(2026, 3, 28))
    objection.kind.setCurrentIndex(objection.kind.findText("书面"))
    objection.detail.setPlainText("电梯井道挡住一楼采光，要求补偿。")
    _ok(objection)
    # the written objection raised its own dispute, in the same transaction
    disputes = window.disputes
    window.tabs.setCurrentWidget(disputes)
    assert disputes.table.rowCount() == 2
    objection_dispute = next(
        disputes.table.item(r, 0).text()
        for r in range(disputes.table.rowCount())
        if "异议" in disputes.table.item(r, 1).text()
    )
    window.tabs.setCurrentWidget(notice)
    notice.objections.selectRow(0)
    qtbot.mouseClick(notice.resolve_button, LEFT)
    reply = notice.dialog
    reply.response.setPlainText("已约请设计单位调整井道位置，并转调解处理采光补偿。")
    reply.on.setDate(QDate(2026, 4, 2))
    _ok(reply)
    assert "已处理" in [notice.objections.item(0, c).text() for c in range(notice.objections.columnCount())]

    # --- 调解: the mediator's queue holds the dispute; a meeting, then an agreement ----------------
    mediator_main = _main(qtbot, database, office.mediator, sync_runner)
    page = mediator_main.mediation_page
    qtbot.waitUntil(lambda: page.queue.rowCount() > 0)
    page.view.setCurrentIndex(page.view.findData("all"))
    numbers = [page.queue.item(r, 0).text() for r in range(page.queue.rowCount())]
    page.queue.selectRow(numbers.index(objection_dispute))
    panel = page.panel
    assert objection_dispute in panel.header.text()
    panel.meeting.place.setText("社区议事厅")
    qtbot.mouseClick(panel.meeting.template_button, LEFT)
    panel.meeting.notes.appendPlainText("王建国：井道挡光。张伟：愿意补偿。")
    qtbot.mouseClick(panel.meeting.save_button, LEFT)
    assert "笔录已保存" in panel.meeting.status.text()
    agreement = page.panel.agreement
    agreement.parties.setText("王建国；业主代表张伟")
    agreement.facts.setPlainText("加装电梯影响一楼采光。")
    agreement.matters.setPlainText("采光补偿。")
    agreement.terms.setPlainText("高层业主一次性补偿一楼住户 8000 元。")
    agreement.performance_method.setText("银行转账")
    agreement.performance_deadline.setDate(QDate.currentDate().addDays(20))
    qtbot.mouseClick(agreement.save_button, LEFT)
    assert "协议已保存" in agreement.status.text()
    window.reload()  # F5 in the clerk's window, which another account's change does not reach
    row = next(
        r for r in range(disputes.table.rowCount()) if disputes.table.item(r, 0).text() == objection_dispute
    )
    assert disputes.table.item(row, 3).text() == DisputeStatus.AGREED.label

    # the notice period has run (2026-03-25 + 15 days): on to the street
    window.tabs.setCurrentWidget(progress)
    _advance(qtbot, window, Stage.STREET_REVIEW)
    _attach_missing_documents(qtbot, progress)

    # --- 街道审核: the supervisor finds it in 待我审核 and gives the stamp -------------------------
    boss_main = _main(qtbot, database, office.supervisor, sync_runner)
    review = boss_main.queue_page.lists["to_review"]
    qtbot.waitUntil(lambda: review.count() == 1)
    rect = review.visualItemRect(review.item(0))
    qtbot.mouseClick(review.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(review.viewport(), LEFT, pos=rect.center())
    boss_window = boss_main.case_windows[case_no]
    qtbot.addWidget(boss_window)
    boss_window.supervisor_menu.stamp_action.trigger()
    _ok(boss_window.supervisor_menu.last_dialog)
    assert boss_window.progress.stage is Stage.PLANNING

    # --- the clerk again: planning, permits, construction -----------------------------------------
    window.reload()
    assert progress.stage is Stage.PLANNING
    _advance(qtbot, window, Stage.PERMITS)
    _advance(qtbot, window, Stage.CONSTRUCTION)
    _advance(qtbot, window, Stage.ACCEPTANCE)

    # --- 费用与补贴: acceptance, the cost share, the subsidy ----------------------------------------
    _attach_missing_documents(qtbot, progress)
    money = window.money
    window.tabs.setCurrentWidget(money)
    qtbot.mouseClick(money.acceptance_button, LEFT)
    accept = money.dialog
    accept.on.setDate(QDate.currentDate())
    _ok(accept)
    assert progress.stage is Stage.SUBSIDY

    qtbot.mouseClick(money.cost_share_button, LEFT)
    share = money.dialog
    share.method.setCurrentIndex(share.method.findData("floor"))
    qtbot.keyClicks(share.total, "456789.13")
    share.comp_room.setCurrentText("101")
    qtbot.keyClicks(share.comp_amount, "8000")
    qtbot.mouseClick(share.add_compensation, LEFT)
    qtbot.mouseClick(share.compute, LEFT)
    _ok(share)
    total_row = [
        money.share_table.item(money.share_table.rowCount() - 1, c)
        for c in range(money.share_table.columnCount())
    ]
    assert "合计" in " ".join(i.text() for i in total_row if i)

    qtbot.mouseClick(money.step_button, LEFT)
    step = money.dialog
    step.step.setCurrentIndex(step.step.findText("申请"))
    _ok(step)
    qtbot.mouseClick(money.pay_button, LEFT)
    pay = money.dialog
    pay.amount.clear()
    qtbot.keyClicks(pay.amount, "200000")
    pay.voucher.setText("JNCZ-2026-118")
    _ok(pay)
    assert money.payments.rowCount() >= 1

    window.tabs.setCurrentWidget(progress)
    _advance(qtbot, window, Stage.DONE)
    assert not progress.advance_button.isEnabled() and "已完成" in progress.state_line.text()

    # --- the record, as stored ---------------------------------------------------------------------
    with sf() as s:
        case = s.scalar(select(Case).where(Case.case_no == case_no))
        assert case.stage == Stage.DONE.value and case.opened_on == date(2026, 2, 2)
        assert (
            s.scalar(select(func.count(Ballot.id)).where(Ballot.case_id == case.id, Ballot.is_current)) == 12
        )
        assert s.scalar(select(Notice.posted_on).where(Notice.case_id == case.id)) == date(2026, 3, 25)
        statuses = dict(
            s.execute(select(Dispute.dispute_no, Dispute.status).where(Dispute.case_id == case.id)).all()
        )
        assert statuses[objection_dispute] == DisputeStatus.AGREED.value and len(statuses) == 2
        assert s.scalar(select(func.sum(Subsidy.paid_fen)).where(Subsidy.case_id == case.id)) == 20_000_000
        stored = set(s.scalars(select(Document.filename).where(Document.case_id == case.id)))
    assert {p.name for p in files if p.suffix == ".png"} <= stored  # every scan the clerk attached
    window.tabs.setCurrentWidget(window.log)
    log = [window.log.item(r, 2).text() for r in range(window.log.rowCount())]
    assert "登记案件" in log and not any("." in action and action.isascii() for action in log)
