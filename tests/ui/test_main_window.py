"""The first window, clicked through as a clerk would."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from casedesk.demo import generate_demo
from casedesk.ui.main_window import MainWindow
from casedesk.ui.models.case_table import CaseTableModel
from casedesk.ui.tasks import TaskRunner


def test_window_lists_cases_and_searches(qtbot, database, actor, sync_runner) -> None:
    report = generate_demo(database.session_factory, actor, units=30, seed=1, today=date(2026, 11, 25))
    window = MainWindow(database, actor, sync_runner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.case_page
    assert page.table.model().rowCount() == 30
    assert "共 30 件" in page.count_label.text()

    qtbot.keyClicks(page.search, report.first_case or "")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.table.model().rowCount() == 1
    assert page.table.model().case_at(0).case_no == report.first_case

    page.search.clear()
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    consent = page.stage_filter.findText("意见征询")
    page.stage_filter.setCurrentIndex(consent)
    model = page.table.model()
    assert model.rowCount() > 0
    assert all(model.case_at(r).stage.value == "consent" for r in range(model.rowCount()))


def test_case_list_loads_off_the_gui_thread(qtbot, database, actor, qtmodeltester) -> None:
    generate_demo(database.session_factory, actor, units=5, seed=2, today=date(2026, 11, 25))
    runner = TaskRunner()
    model = CaseTableModel(runner, database.session_factory, actor)
    with qtbot.waitSignal(model.page_loaded, timeout=10_000) as blocker:
        model.reload()
    assert blocker.args == [5]
    assert model.rowCount() == 5
    qtmodeltester.check(model)
    runner.shutdown()


def test_sorting_is_done_by_the_database(qtbot, database, actor, sync_runner) -> None:
    generate_demo(database.session_factory, actor, units=12, seed=3, today=date(2026, 11, 25))
    model = CaseTableModel(sync_runner, database.session_factory, actor)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    numbers = [model.case_at(r).case_no for r in range(model.rowCount())]
    assert numbers == sorted(numbers, reverse=True) and len(numbers) == 12


def test_window_state_is_remembered(qtbot, database, actor, sync_runner, tmp_path, monkeypatch) -> None:
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    first = MainWindow(database, actor, sync_runner)
    qtbot.addWidget(first)
    first.show()
    first.resize(900, 600)
    first.case_page.table.horizontalHeader().resizeSection(3, 333)
    first.close()
    second = MainWindow(database, actor, sync_runner)
    qtbot.addWidget(second)
    second.show()
    assert second.case_page.table.horizontalHeader().sectionSize(3) == 333
    # The offscreen platform does not honour every restored size; that the geometry was kept is enough here.
    stored = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "CaseDesk", "casedesk-ui")
    assert stored.value("main/geometry") is not None


def test_supervisor_prints_the_monthly_report(qtbot, database, actor, sync_runner, monkeypatch) -> None:
    from PySide6.QtGui import QDesktopServices

    from casedesk.core.domain.enums import Role
    from casedesk.core.services.actor import Actor

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    generate_demo(database.session_factory, actor, units=20, seed=5, today=date(2026, 11, 25))
    supervisor = Actor(None, "boss", Role.SUPERVISOR, "街道主管")
    window = MainWindow(database, supervisor, sync_runner)
    qtbot.addWidget(window)
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "工作台",
        "案件",
        "调解",
        "报表",
    ]
    page = window.reports_page
    page.street.setText("不存在街道")
    qtbot.mouseClick(page.button, Qt.MouseButton.LeftButton)
    assert "没有这个街道" in page.status.text() and not opened
    page.street.clear()
    qtbot.mouseClick(page.button, Qt.MouseButton.LeftButton)
    assert opened and opened[0].endswith(".pdf") and "月度报表" in opened[0]


def test_filters_by_community_rule_set_and_overdue(qtbot, database, actor, sync_runner) -> None:
    from casedesk.core.db.queries import CaseFilter
    from casedesk.core.services.cases import list_cases

    generate_demo(database.session_factory, actor, units=60, seed=4, today=date(2026, 11, 25))
    window = MainWindow(database, actor, sync_runner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.case_page
    community = page.community_filter.itemText(1)
    page.community_filter.setCurrentIndex(1)
    expected = list_cases(database.session_factory, actor, CaseFilter(community=community), limit=500)
    assert page.model.total == expected.total > 0
    assert all(page.model.case_at(r).community == community for r in range(page.model.rowCount()))

    page.community_filter.setCurrentIndex(0)
    page.rule_filter.setCurrentIndex(page.rule_filter.findData("jinan-2017-trial"))
    trial = list_cases(database.session_factory, actor, CaseFilter(rule_set="jinan-2017-trial"), limit=500)
    assert page.model.total == trial.total
    page.rule_filter.setCurrentIndex(0)

    window.nav.setCurrentRow(window.page_keys.index("cases"))
    qtbot.mouseClick(page.overdue_only, Qt.MouseButton.LeftButton)
    overdue = list_cases(database.session_factory, actor, CaseFilter(overdue_on=date.today()), limit=500)
    assert page.model.total == overdue.total < 60


def test_slow_work_shows_the_progress_bar(qtbot, database, actor) -> None:
    import time

    runner = TaskRunner()
    window = MainWindow(database, actor, runner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not runner._pending, timeout=10_000)
    assert not window.busy_bar.isVisible()
    done = []
    runner.run(lambda: time.sleep(0.9), done.append)
    qtbot.waitUntil(window.busy_bar.isVisible, timeout=5_000)
    qtbot.waitUntil(lambda: bool(done), timeout=5_000)
    assert not window.busy_bar.isVisible()
    runner.shutdown()


def test_about_box_shows_version_data_folder_and_log(qtbot, database, actor, sync_runner) -> None:
    from PySide6.QtWidgets import QApplication

    from casedesk import __version__, paths

    window = MainWindow(database, actor, sync_runner)
    qtbot.addWidget(window)
    window.about_action.trigger()
    dialog = window.about_dialog
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert f"版本：{__version__}" in copied
    assert str(paths.data_dir()) in copied and "casedesk.log" in copied.lower()
    assert str(database.file) in copied


def test_work_queue_shows_the_core_counts_and_opens_a_case(qtbot, database, actor, sync_runner) -> None:
    from casedesk.core.services.workflow import work_queue

    generate_demo(database.session_factory, actor, units=80, seed=5, today=date.today())
    expected = work_queue(database.session_factory, actor, date.today())
    assert expected.overdue.total > 0  # the demo city has overdue cases, or this test proves nothing
    window = MainWindow(database, actor, sync_runner)
    qtbot.addWidget(window)
    window.show()
    assert window.page_keys[0] == "queue" and window.nav.currentRow() == 0
    page = window.queue_page
    qtbot.waitUntil(lambda: page.summary.text() != "")  # loads once the window is up
    assert f"超期 {expected.overdue.total} 件" in page.summary.text()
    assert f"受阻 {expected.blocked.total} 件" in page.summary.text()
    overdue = page.lists["overdue"]
    assert overdue.count() == len(expected.overdue.rows)
    first = overdue.item(0)
    assert first.data(Qt.ItemDataRole.UserRole) == expected.overdue.rows[0].case_no
    rect = overdue.visualItemRect(first)
    # QTest's double click is only the second press: a real one starts with a click
    qtbot.mouseClick(overdue.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(overdue.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert expected.overdue.rows[0].case_no in window.case_windows


def test_windows_open_inside_the_screen(qtbot, database, actor, sync_runner) -> None:
    """The main window and a case window ask for more than a 1366×768 screen at 150 % has (911×512
    to Qt; the test screen is narrower than they ask too): they open inside the free screen area."""
    generate_demo(database.session_factory, actor, units=3, seed=1, today=date(2026, 11, 25))
    window = MainWindow(database, actor, sync_runner)
    qtbot.addWidget(window)
    room = window.screen().availableGeometry()
    assert room.width() < 1200 or room.height() < 760  # or this test would prove nothing
    window.show()
    qtbot.waitExposed(window)
    assert window.width() <= room.width() and window.height() <= room.height()
    window.open_case(window.case_model.case_at(0).case_no)
    (case_window,) = window.case_windows.values()
    assert case_window.width() <= room.width() and case_window.height() <= room.height()
