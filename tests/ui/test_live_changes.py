"""Two clerks on one office database: what one saves appears on the other's screen without a
restart, and an open case warns instead of silently reloading under half-entered work."""

from __future__ import annotations

from casedesk.core.domain.enums import Role
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import NewCase, create_case, get_case, update_case
from casedesk.ui.main_window import MainWindow

LI = Actor(None, "li", Role.CLERK, "李社工")
WANG = Actor(None, "wang", Role.CLERK, "王社工")
SUPERVISOR = Actor(None, "zhao", Role.SUPERVISOR, "赵主任")


def _case(sf, unit: str, actor: Actor) -> str:
    return create_case(sf, actor, NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", "3", unit, 6))


def test_a_colleagues_new_case_and_edit_appear_without_a_restart(qtbot, database, sync_runner) -> None:
    sf = database.session_factory
    first = _case(sf, "1", LI)
    window = MainWindow(database, SUPERVISOR, sync_runner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.case_model.rowCount() == 1
    window.open_case(first)
    case_window = window.case_windows[first]
    qtbot.addWidget(case_window)
    assert case_window.elsewhere_banner.isHidden()

    window.change_watcher.poll()  # nothing new yet
    assert window.case_model.rowCount() == 1 and case_window.elsewhere_banner.isHidden()

    # Another PC: 王社工 registers a case and edits the one open here.
    _case(sf, "2", WANG)
    seen = get_case(sf, WANG, first).version
    update_case(sf, WANG, first, expected_version=seen, changes={"floors": 7})
    window.change_watcher.poll()  # what the timer does every few seconds

    assert window.case_model.rowCount() == 2
    assert "wang" in window.statusBar().currentMessage()
    assert case_window.elsewhere_banner.isVisible()
    assert "F5" in case_window.elsewhere_banner.text()
    case_window.reload()
    assert case_window.elsewhere_banner.isHidden()
    assert window.change_watcher.timer.isActive()


def test_ones_own_changes_raise_no_banner(qtbot, database, sync_runner) -> None:
    sf = database.session_factory
    first = _case(sf, "1", SUPERVISOR)
    window = MainWindow(database, SUPERVISOR, sync_runner)
    qtbot.addWidget(window)
    window.open_case(first)
    case_window = window.case_windows[first]
    qtbot.addWidget(case_window)
    update_case(
        sf, SUPERVISOR, first, expected_version=get_case(sf, SUPERVISOR, first).version, changes={"floors": 7}
    )
    window.change_watcher.poll()
    assert case_window.elsewhere_banner.isHidden()
