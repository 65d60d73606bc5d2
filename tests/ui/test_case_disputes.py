"""The case window's 纠纷 tab through its widgets: a dispute registered by hand, and a row that opens
the dispute in the main window (the 调解 page, or a read-only window for a clerk)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from casedesk.core.db.models import Community
from casedesk.core.domain.enums import DisputeCategory, DisputeStatus, PartyRole, Role
from casedesk.core.services import disputes as ds
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import NewCase, create_case
from casedesk.core.services.dispute_choices import dispute_categories
from casedesk.core.services.users import create_user
from casedesk.ui.case_detail import CaseWindow
from casedesk.ui.main_window import MainWindow


def _office(database, actor):
    """A case, a clerk and a mediator of its community."""
    sf = database.session_factory
    case_no = create_case(sf, actor, NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", "3", "2", 6))
    with sf.begin() as s:
        community = s.scalar(select(Community.id))
        li = create_user(s, actor, "li", "李社工", Role.CLERK, "password-1", (community,))
        zhao = create_user(s, actor, "zhao", "赵调解员", Role.MEDIATOR, "password-2", (community,))
        clerk = Actor(li.id, "li", Role.CLERK, "李社工", frozenset({community}))
        mediator = Actor(zhao.id, "zhao", Role.MEDIATOR, "赵调解员", frozenset({community}))
    return case_no, clerk, mediator


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _column(table, col: int) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount())]


def _on_a_short_screen(qtbot, dialog) -> None:
    """On a screen too short for the dialog (a 768-px screen at 150 % is 512 px high to Qt; here
    the room it may take is made a third of the test screen): its rows scroll, and the message
    line and OK stay in view."""
    rows = dialog.body.widget().sizeHint().height()
    room = dialog.screen().availableGeometry().height()
    dialog.hide()
    dialog.body.SCREEN_SHARE = rows / room / 2
    dialog.body.updateGeometry()  # its size hint is asked again
    dialog.adjustSize()
    dialog.show()
    qtbot.waitUntil(lambda: dialog.body.verticalScrollBar().isVisible())
    assert dialog.height() < rows
    assert dialog.ok_button.isVisible() and dialog.ok_button.geometry().bottom() < dialog.height()
    assert dialog.message.geometry().bottom() < dialog.height()


def test_clerk_registers_a_dispute_by_hand(qtbot, database, actor, sync_runner) -> None:
    case_no, clerk, mediator = _office(database, actor)
    sf = database.session_factory
    window = CaseWindow(sf, clerk, sync_runner, case_no)
    qtbot.addWidget(window)
    tab = window.disputes
    window.tabs.setCurrentWidget(tab)  # the clerk works in 纠纷: it reloads after each change
    assert tab.table.rowCount() == 0 and tab.count.text() == "没有纠纷。"

    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.body.verticalScrollBar().isVisible()  # the test screen has room for it all
    _on_a_short_screen(qtbot, dialog)
    # without a title nothing is written and the dialog stays open with a message
    _ok(dialog)
    assert dialog.isVisible() and "事由" in dialog.message.text()
    assert ds.list_disputes(sf, clerk, case_no=case_no) == []

    dialog.title.setText("101室认为电梯遮挡采光，要求补偿")
    # the words tick their categories by themselves; the clerk adds one by hand
    assert dialog.categories[DisputeCategory.LIGHT_VENT].isChecked()
    assert dialog.categories[DisputeCategory.COMPENSATION].isChecked()
    dialog.categories[DisputeCategory.NOISE].click()  # (a mouse click at a wide box's centre misses)
    dialog.description.setPlainText("王建国称电梯井道正对其客厅窗户。")
    party = dialog.party_rows[0]
    party.name.setText("王建国")
    party.room.setText("101")
    party.contact.setText("13800000000")
    party.role.setCurrentIndex(party.role.findData(PartyRole.OBJECTOR.value))
    qtbot.mouseClick(dialog.add_party_button, Qt.MouseButton.LeftButton)
    second = dialog.party_rows[-1]
    second.name.setText("张伟")
    second.role.setCurrentIndex(second.role.findData(PartyRole.REPRESENTATIVE.value))
    dialog.blocking.click()
    assert dialog.mediator.findText("赵调解员") >= 0  # the mediators of the office are offered
    dialog.mediator.setCurrentIndex(dialog.mediator.findData(mediator.user_id))
    _ok(dialog)

    [summary] = ds.list_disputes(sf, clerk, case_no=case_no)
    assert summary.title == "101室认为电梯遮挡采光，要求补偿" and summary.blocking
    assert summary.status is DisputeStatus.PENDING
    assert set(summary.categories) == {"LIGHT_VENT", "COMPENSATION", "NOISE"}
    detail = ds.dispute_detail(sf, mediator, summary.dispute_no)
    assert [(p.name, p.role, p.room, p.contact) for p in detail.parties] == [
        ("王建国", PartyRole.OBJECTOR, "101", "13800000000"),
        ("张伟", PartyRole.REPRESENTATIVE, None, None),
    ]
    assert {c for c, confirmed in dispute_categories(sf, mediator, summary.dispute_no) if confirmed} == {
        DisputeCategory.LIGHT_VENT,
        DisputeCategory.COMPENSATION,
        DisputeCategory.NOISE,
    }
    # the tab reloaded from the change bus: the row, in words
    assert _column(tab.table, 0) == [summary.dispute_no]
    row = [tab.table.item(0, c).text() for c in range(tab.table.columnCount())]
    assert row[1] == summary.title and row[3] == "待调解" and row[4] == "是"
    assert set(row[2].split("、")) == {"采光通风", "补偿", "噪声"}
    assert "LIGHT_VENT" not in " ".join(row) and "pending" not in " ".join(row)
    assert tab.dialog is None


def test_a_row_opens_the_dispute_in_the_mediation_page(qtbot, database, actor, sync_runner) -> None:
    case_no, _clerk, mediator = _office(database, actor)
    sf = database.session_factory
    first = ds.open_dispute(
        sf,
        actor,
        case_no,
        title="施工噪声扰民",
        opened_on=date.today(),
        parties=[ds.PartyInput("孙丽", PartyRole.OBJECTOR, "201", 2)],
        mediator_id=mediator.user_id,
    )
    second = ds.open_dispute(
        sf,
        actor,
        case_no,
        title="费用分摊有争议",
        opened_on=date.today(),
        parties=[ds.PartyInput("周强", PartyRole.OBJECTOR, "601", 6)],
        mediator_id=mediator.user_id,
    )
    main = MainWindow(database, mediator, sync_runner)
    qtbot.addWidget(main)
    main.show()
    main.open_case(case_no)
    case_window = main.case_windows[case_no]
    qtbot.addWidget(case_window)
    table = case_window.disputes.table
    assert sorted(_column(table, 0)) == sorted([first, second])
    row = _column(table, 0).index(second)
    rect = table.visualItemRect(table.item(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    page = main.mediation_page
    assert main.pages.currentWidget() is page
    assert page.panel.dispute_no == second
    assert second in page.panel.header.text() and "费用分摊有争议" in page.panel.header.text()
    assert page.queue.item(page.queue.currentRow(), 0).text() == second
    assert "周强" in page.panel.detail_view.toPlainText()


def test_a_clerk_sees_the_dispute_read_only(qtbot, database, actor, sync_runner) -> None:
    case_no, clerk, _mediator = _office(database, actor)
    sf = database.session_factory
    number = ds.open_dispute(
        sf,
        actor,
        case_no,
        title="<b>加粗</b>的标题",
        opened_on=date.today(),
        parties=[ds.PartyInput("<i>吴</i>敏", PartyRole.OBJECTOR, "302", 3)],
    )
    main = MainWindow(database, clerk, sync_runner)
    qtbot.addWidget(main)
    main.show()
    main.open_case(case_no)
    case_window = main.case_windows[case_no]
    qtbot.addWidget(case_window)
    tab = case_window.disputes
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    dialog = main.dispute_dialog
    assert dialog.isVisible()
    text = dialog.view.toPlainText()
    # what people typed is shown as typed, never taken as markup
    assert number in text and "<b>加粗</b>的标题" in text and "<i>吴</i>敏" in text
    assert "待调解" in text and "pending" not in text
