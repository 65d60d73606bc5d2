"""The supervisor's dashboard: every figure equals the core's, and opens the cases behind it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from casedesk.core.db.queries import CaseFilter
from casedesk.core.services.cases import list_cases
from casedesk.core.services.report_data import build_monthly
from casedesk.demo import generate_demo
from casedesk.ui.main_window import MainWindow


def test_every_figure_matches_the_core_and_its_cases(qtbot, database, actor, sync_runner) -> None:
    sf = database.session_factory
    generate_demo(sf, actor, units=150, seed=11, today=date.today())
    window = MainWindow(database, actor, sync_runner)
    qtbot.addWidget(window)
    window.nav.setCurrentRow(window.page_keys.index("reports"))
    window.show()
    board = window.reports_page.dashboard
    report = build_monthly(sf, actor, date.today().strftime("%Y-%m"), today=date.today())

    # the numbers on screen are the monthly report's numbers
    shown = {key: button.text() for key, button in board.buttons.items()}
    assert shown["started.year"] == str(report.started.year)
    assert shown["accepted.total"] == str(report.accepted.total)
    for label, count in report.by_stage:
        key = next(
            k for k, f in board.dashboard.figures.items() if f.label == label and k.startswith("stage.")
        )
        assert shown[key] == str(count)
    assert any(int(v) > 0 for k, v in shown.items() if k.startswith("stage."))

    # and each count equals the number of cases its filter lists
    for key, figure in board.dashboard.figures.items():
        if figure.money:
            continue
        listed = list_cases(sf, actor, figure.behind, limit=1).total
        assert listed == figure.value, key
    paid = board.dashboard.figure("subsidy.total")
    assert (paid.value > 0) == (list_cases(sf, actor, paid.behind, limit=1).total > 0)

    # clicking a figure shows exactly those cases in the case list
    figure = board.dashboard.figure("accepted.total")
    qtbot.mouseClick(board.buttons["accepted.total"], Qt.MouseButton.LeftButton)
    page = window.case_page
    assert window.pages.currentWidget() is page
    assert page.model.total == figure.value > 0
    assert "竣工验收" in page.banner.text() and page.banner.isVisible()
    qtbot.mouseClick(page.clear_banner, Qt.MouseButton.LeftButton)
    assert page.model.total == list_cases(sf, actor, CaseFilter(), limit=1).total == 150


def test_supervisor_from_a_figure_to_an_override_in_the_audit_trail(
    qtbot, database, actor, sync_runner, monkeypatch
) -> None:
    from sqlalchemy import select

    from casedesk.core.db.models import UserAccount
    from casedesk.core.domain.enums import Role
    from casedesk.core.services.actor import Actor
    from casedesk.core.services.users import create_user

    sf = database.session_factory
    generate_demo(sf, actor, units=60, seed=12, today=date.today())
    with sf.begin() as s:
        user = create_user(s, actor, "boss", "钱主任", Role.SUPERVISOR, "password-9")
        assert s.scalar(select(UserAccount.id).where(UserAccount.username == "boss")) == user.id
        supervisor = Actor(user.id, "boss", Role.SUPERVISOR, "钱主任", None)
    window = MainWindow(database, supervisor, sync_runner)
    qtbot.addWidget(window)
    window.nav.setCurrentRow(window.page_keys.index("reports"))
    window.show()
    board = window.reports_page.dashboard
    qtbot.mouseClick(board.buttons["stage.consent"], Qt.MouseButton.LeftButton)
    page = window.case_page
    assert page.model.total == board.dashboard.figure("stage.consent").value > 0
    first = page.model.case_at(0)
    assert first.stage.value == "consent"
    page.table.doubleClicked.emit(page.model.index(0, 0))
    case_window = window.case_windows[first.case_no]
    qtbot.addWidget(case_window)
    menu = case_window.supervisor_menu
    assert menu is not None

    menu.rule_action.trigger()
    dialog = menu.last_dialog
    dialog.choice.setCurrentIndex(dialog.choice.findData("jinan-2017-trial"))
    dialog.ok_button.click()  # no reason: refused in the dialog
    assert "理由" in dialog.message.text() and dialog.isVisible()
    dialog.reason.setPlainText("表决发生在2017年试点期间，经街道会议决定适用试点办法")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    case_window.tabs.setCurrentWidget(case_window.log)  # 日志 reloads as it is shown
    rows = [
        (
            case_window.log.item(r, 1).text(),
            case_window.log.item(r, 2).text(),
            case_window.log.item(r, 3).text(),
        )
        for r in range(case_window.log.rowCount())
    ]
    override = [r for r in rows if r[1] == "指定表决规则"]  # in words, by the supervisor's name
    assert override and override[-1][0] == "钱主任" and "试点期间" in override[-1][2]
    assert "jinan-2017-trial" in override[-1][2]
