"""公示与异议 through its widgets: post the notice with its photo, refuse a notice dated in the future,
log a written and an oral objection, reply to and resolve the written one.

The fixture prepares a case with the workflow services (opened, roster imported); the test changes
data only by typing into the tab's dialogs and clicking, then checks what the services return and
what the tab shows.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QImage
from sqlalchemy import select

from casedesk.core.db.models import ChecklistItem, Document
from casedesk.core.services import workflow as wf
from casedesk.core.services.cases import NewCase, create_case
from casedesk.core.services.roster_import import import_roster
from casedesk.ui import case_notice_dialogs
from casedesk.ui.case_detail import CaseWindow
from casedesk.ui.case_notice_dialogs import ObjectionDialog, PostNoticeDialog, ResolveObjectionDialog
from tests.shared_paths import SAMPLES

CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def case_no(database, actor) -> str:
    sf = database.session_factory
    number = create_case(
        sf,
        actor,
        NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", "3", "2", 6, opened_on=date(2026, 1, 5)),
    )
    import_roster(sf, actor, number, SAMPLES / "roster-sample.csv", today=date(2026, 3, 9))
    return number


@pytest.fixture
def window(qtbot, database, actor, sync_runner, case_no, tmp_path) -> CaseWindow:
    w = CaseWindow(database.session_factory, actor, sync_runner, case_no, documents_dir=tmp_path / "docs")
    qtbot.addWidget(w)
    w.show()
    w.tabs.setCurrentWidget(w.notice)
    return w


def _table(table) -> list[list[str]]:
    return [
        [table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def _photo(tmp_path: Path) -> Path:
    path = tmp_path / "公示现场.png"
    image = QImage(160, 120, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7"))
    assert image.save(str(path))
    return path


def _log_objection(qtbot, tab, who: str, on: date, detail: str, *, oral: bool = False) -> None:
    qtbot.mouseClick(tab.add_objection_button, CLICK)
    dialog = tab.dialog
    assert isinstance(dialog, ObjectionDialog) and dialog.isVisible()
    dialog.objector.setText(who)
    dialog.contact.setText("13900000000")
    dialog.address.setText("4号楼1单元101")
    dialog.received_on.setDate(QDate(on))
    dialog.kind.setCurrentIndex(dialog.kind.findText("口头" if oral else "书面"))
    dialog.detail.setPlainText(detail)
    qtbot.mouseClick(dialog.ok_button, CLICK)
    assert not dialog.isVisible(), dialog.message.text()


def test_post_notice_log_and_resolve_objections(
    qtbot, database, actor, window, case_no, tmp_path, monkeypatch
):
    sf = database.session_factory
    tab = window.notice
    assert "尚未公示" in tab.summary.text()
    assert tab.objection_summary.text() == "没有异议。"
    assert not tab.resolve_button.isEnabled()

    # 张贴公示…: places, witness and a photo chosen in the file dialog
    photo = _photo(tmp_path)
    monkeypatch.setattr(
        case_notice_dialogs.QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(photo), ""))
    )
    qtbot.mouseClick(tab.post_button, CLICK)
    dialog = tab.dialog
    assert isinstance(dialog, PostNoticeDialog) and dialog.isVisible()
    qtbot.mouseClick(dialog.ok_button, CLICK)  # no places: refused in the dialog itself
    assert dialog.isVisible() and "张贴地点" in dialog.message.text()
    dialog.places.setText("单元门口公告栏、小区公告栏")
    dialog.witness.setText("社区居委会 王主任")
    qtbot.mouseClick(dialog.choose_photo_button, CLICK)
    assert dialog.photo_path.text() == str(photo)

    # a notice dated tomorrow is refused by the service: the dialog comes back as typed
    dialog.posted_on.setDate(QDate(date.today() + timedelta(days=1)))
    qtbot.mouseClick(dialog.ok_button, CLICK)
    assert dialog.isVisible() and "晚于今天" in dialog.message.text()
    assert dialog.places.text() == "单元门口公告栏、小区公告栏" and dialog.photo_path.text() == str(photo)
    assert wf.notice_and_objections(sf, actor, case_no).posted_on is None
    with sf() as s:
        assert s.scalars(select(Document)).all() == []

    # before the last ballot (5 March) it is refused too
    dialog.posted_on.setDate(QDate(2026, 3, 4))
    qtbot.mouseClick(dialog.ok_button, CLICK)
    assert dialog.isVisible() and "早于所公示的表决" in dialog.message.text()

    dialog.posted_on.setDate(QDate(2026, 3, 10))
    qtbot.mouseClick(dialog.ok_button, CLICK)
    assert not dialog.isVisible()
    assert tab.result.isVisible() and "2026-03-25" in tab.result.text()
    shown = tab.summary.text()
    assert "2026-03-10" in shown and "2026-03-25" in shown
    assert "单元门口公告栏、小区公告栏" in shown and "社区居委会 王主任" in shown
    assert tab.period.text() == "公示期已满"  # 2026-03-25 is long past
    assert tab.photo.pixmap() is not None and not tab.photo.pixmap().isNull()
    assert tab.open_photo_button.isVisible()
    notice = wf.notice_and_objections(sf, actor, case_no)
    assert (notice.posted_on, notice.ends_on, notice.places, notice.witness) == (
        date(2026, 3, 10),
        date(2026, 3, 25),
        "单元门口公告栏、小区公告栏",
        "社区居委会 王主任",
    )
    assert notice.photo_filename == "公示现场.png"
    with sf() as s:
        item = s.scalar(select(ChecklistItem).where(ChecklistItem.code == "notice_photo"))
        assert item is not None and item.status == "present" and item.document_id == notice.photo_document_id

    # 登记异议…: a written one and an oral one
    _log_objection(qtbot, tab, "邻楼业主", date(2026, 3, 12), "挡光，影响采光")
    _log_objection(qtbot, tab, "赵大妈", date(2026, 3, 13), "担心施工噪音", oral=True)
    rows = _table(tab.objections)
    assert rows == [
        ["邻楼业主", "2026-03-12", "书面", "挡光，影响采光", "未处理", "", ""],
        ["赵大妈", "2026-03-13", "口头", "担心施工噪音", "未处理", "", ""],
    ]
    assert "书面 1 条，口头 1 条" in tab.objection_summary.text()
    written, oral = wf.notice_and_objections(sf, actor, case_no).objections
    assert (written.written, oral.written) == (True, False)
    assert (written.contact, written.address) == ("13900000000", "4号楼1单元101")

    # 答复并处理… the written one
    tab.objections.selectRow(0)
    assert tab.resolve_button.isEnabled()
    qtbot.mouseClick(tab.resolve_button, CLICK)
    dialog = tab.dialog
    assert isinstance(dialog, ResolveObjectionDialog) and "邻楼业主" in dialog.about.text()
    dialog.response.setPlainText("已调整井道位置，采光影响在规范允许范围内")
    dialog.on.setDate(QDate(2026, 3, 11))  # before it was received: refused, typed reply kept
    qtbot.mouseClick(dialog.ok_button, CLICK)
    assert dialog.isVisible() and "早于收到异议的日期" in dialog.message.text()
    assert dialog.response.toPlainText() == "已调整井道位置，采光影响在规范允许范围内"
    dialog.on.setDate(QDate(2026, 3, 15))
    qtbot.mouseClick(dialog.ok_button, CLICK)
    assert not dialog.isVisible()

    rows = _table(tab.objections)
    assert rows[0] == [
        "邻楼业主",
        "2026-03-12",
        "书面",
        "挡光，影响采光",
        "已处理",
        "已调整井道位置，采光影响在规范允许范围内",
        "2026-03-15",
    ]
    assert rows[1][4] == "未处理"
    tab.objections.selectRow(0)
    assert not tab.resolve_button.isEnabled()  # resolved once, not again
    tab.objections.selectRow(1)
    assert tab.resolve_button.isEnabled()
    written, oral = wf.notice_and_objections(sf, actor, case_no).objections
    assert (written.status, written.resolved_on, oral.status) == ("resolved", date(2026, 3, 15), "open")


def test_mediator_sees_the_tab_read_only(qtbot, database, sync_runner, case_no, tmp_path) -> None:
    from casedesk.core.domain.enums import Role
    from casedesk.core.services.actor import Actor

    mediator = Actor(user_id=None, username="med", role=Role.MEDIATOR, display_name="调解员")
    w = CaseWindow(database.session_factory, mediator, sync_runner, case_no, documents_dir=tmp_path)
    qtbot.addWidget(w)
    tab = w.notice
    assert not tab.post_button.isEnabled() and not tab.add_objection_button.isEnabled()
    assert "尚未公示" in tab.summary.text()
