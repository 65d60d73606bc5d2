"""A new office from nothing, through the widgets: places in 设置, a clerk's new case offered
them, a refused case that keeps what was typed, and each user's own password."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from casedesk.core.db.models import Community
from casedesk.core.db.queries import CaseFilter
from casedesk.core.domain.enums import Role
from casedesk.core.errors import UserError
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import NewCase, create_case, list_cases
from casedesk.core.services.office import get_settings
from casedesk.core.services.places import list_places
from casedesk.core.services.users import authenticate, create_user
from casedesk.ui.main_window import MainWindow


def _click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _tree_paths(tab) -> set[tuple[str, ...]]:
    return {tuple(item.data(0, Qt.ItemDataRole.UserRole)) for item in tab._items()}


def _select(tab, path: tuple[str, ...]) -> None:
    [item] = [i for i in tab._items() if tuple(i.data(0, Qt.ItemDataRole.UserRole)) == path]
    tab.tree.setCurrentItem(item)


def _clerk(sf, actor, community: str) -> Actor:
    with sf.begin() as s:
        cid = s.scalar(select(Community.id).where(Community.name == community))
        user = create_user(s, actor, "li", "李社工", Role.CLERK, "correct-horse", (cid,))
        return Actor(user.id, "li", Role.CLERK, "李社工", frozenset({cid}))


def test_admin_sets_up_places_and_a_clerks_new_case_offers_them(qtbot, database, actor, sync_runner) -> None:
    sf = database.session_factory
    admin = MainWindow(database, actor, sync_runner)
    qtbot.addWidget(admin)
    admin.nav.setCurrentRow(admin.page_keys.index("settings"))
    page = admin.settings_page
    page.tabs.setCurrentWidget(page.places_tab)
    tab = page.places_tab
    assert tab.tree.topLevelItemCount() == 0 and not tab.add_street_button.isEnabled()

    tab.name.setText("历下区")
    _click(qtbot, tab.add_district_button)
    assert tab.selected_path() == ("历下区",) and "已添加区" in tab.status.text()
    tab.name.setText("文东街道")
    _click(qtbot, tab.add_street_button)
    assert tab.selected_path() == ("历下区", "文东街道")
    for name in ("青龙街社区", "燕山社区"):
        tab.name.setText(name)
        _click(qtbot, tab.add_community_button)
    tab.name.setText("燕山社区")  # a second one of the same name is refused, in words
    _click(qtbot, tab.add_community_button)
    assert "已有这个社区" in tab.status.text()
    _select(tab, ("历下区", "文东街道", "燕山社区"))
    tab.name.setText("燕山新村社区")
    _click(qtbot, tab.rename_button)

    assert _tree_paths(tab) == {
        ("历下区",),
        ("历下区", "文东街道"),
        ("历下区", "文东街道", "青龙街社区"),
        ("历下区", "文东街道", "燕山新村社区"),
    }
    [district] = list_places(sf, actor)
    assert (district.name, district.code, district.streets[0].code) == ("历下区", "LX", "WD")
    assert district.streets[0].communities == ("燕山新村社区", "青龙街社区")
    # the case list's filter offers them at once, once each (the bus refilled it)
    combo = admin.case_page.community_filter
    assert sorted(combo.itemText(i) for i in range(1, combo.count())) == ["燕山新村社区", "青龙街社区"]
    # the accounts tab can now give the communities to a clerk
    page.tabs.setCurrentWidget(page.users_tab)
    assert "青龙街社区" in page.users_tab.communities

    # the clerk of 青龙街社区 sees only their community in the new-case dialog, filled in
    window = MainWindow(database, _clerk(sf, actor, "青龙街社区"), sync_runner)
    qtbot.addWidget(window)
    _click(qtbot, window.case_page.new_button)
    dialog = window.new_case_dialog
    assert dialog.isVisible()
    assert [dialog.community.itemText(i) for i in range(dialog.community.count())] == ["青龙街社区"]
    assert [dialog.fields[k].text() for k in ("district", "street", "community")] == [
        "历下区",
        "文东街道",
        "青龙街社区",
    ]
    dialog.compound.setText("山大北路小区")
    qtbot.keyClicks(dialog.building, "3")
    qtbot.keyClicks(dialog.unit, "2")
    _click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    [case_no] = window.case_windows
    assert case_no.startswith("LX-WD-")
    with sf() as s:
        assert len(s.scalars(select(Community.id)).all()) == 2  # the case used the places set up


def test_a_refused_case_keeps_the_dialog_and_what_was_typed(qtbot, database, actor, sync_runner) -> None:
    sf = database.session_factory
    first = create_case(sf, actor, NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", "3", "1", 6))
    window = MainWindow(database, actor, sync_runner)
    qtbot.addWidget(window)
    _click(qtbot, window.case_page.new_button)
    dialog = window.new_case_dialog
    assert dialog.district.findText("历下区") >= 0  # places born from cases are offered too
    dialog.compound.setText("山大北路小区")
    dialog.building.setText("３号楼")  # a look-alike of building 3
    qtbot.keyClicks(dialog.unit, "01")
    dialog.floors.setValue(7)
    _click(qtbot, dialog.ok_button)

    assert dialog.isVisible() and first in dialog.message.text()
    assert [dialog.fields[k].text() for k in dialog.fields] == [
        "历下区",
        "文东街道",
        "青龙街社区",
        "山大北路小区",
        "３号楼",
        "01",
    ]
    assert dialog.floors.value() == 7 and window.case_windows == {}
    assert list_cases(sf, actor, CaseFilter()).total == 1

    dialog.unit.setText("2")  # the other stairwell of the same building
    _click(qtbot, dialog.ok_button)
    assert not dialog.isVisible() and dialog.message.text() == ""
    [second] = window.case_windows
    assert second != first and list_cases(sf, actor, CaseFilter()).total == 2


def test_each_user_changes_their_own_password(qtbot, database, actor, sync_runner) -> None:
    sf = database.session_factory
    with sf.begin() as s:
        create_user(s, actor, "li", "李社工", Role.CLERK, "correct-horse")
    window = MainWindow(database, authenticate(sf, "li", "correct-horse"), sync_runner)
    qtbot.addWidget(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert "账户" in menus and window.password_action.text() == "修改密码…"
    window.password_action.trigger()
    dialog = window.password_dialog
    assert dialog.isVisible()

    qtbot.keyClicks(dialog.current, "wrong-horse")
    qtbot.keyClicks(dialog.new, "battery-staple")
    qtbot.keyClicks(dialog.again, "battery-staple")
    _click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and dialog.message.text() == "当前密码不正确"

    dialog.current.clear()
    qtbot.keyClicks(dialog.current, "correct-horse")
    dialog.again.clear()
    qtbot.keyClicks(dialog.again, "battery-stable")  # a typo: refused before anything is sent
    _click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and "不一致" in dialog.message.text()
    authenticate(sf, "li", "correct-horse")

    qtbot.keyClicks(dialog.again, "battery-staple")
    _click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    assert authenticate(sf, "li", "battery-staple").username == "li"
    with pytest.raises(UserError):
        authenticate(sf, "li", "correct-horse")
    assert "密码已修改" in window.statusBar().currentMessage()


def test_stage_limits_are_set_in_words(qtbot, database, actor, sync_runner) -> None:
    window = MainWindow(database, actor, sync_runner)
    qtbot.addWidget(window)
    window.nav.setCurrentRow(window.page_keys.index("settings"))
    page = window.settings_page
    page.fields["stage_limits"].setText("街道审核=15，规划审查=30")
    _click(qtbot, page.save_button)
    assert get_settings(database.session_factory, actor).stage_limits == "street_review=15,planning=30"
    assert page.fields["stage_limits"].text() == "街道审核=15, 规划审查=30"

    page.fields["stage_limits"].setText("审核=15")
    _click(qtbot, page.save_button)
    assert "阶段时限应写作" in page.status.text() and "street_review" not in page.status.text()
    page.fields["notice_period_days"].setText("0")
    page.fields["stage_limits"].setText("")
    _click(qtbot, page.save_button)
    assert page.status.text().startswith("公示期应为")  # the setting's name, not its key
