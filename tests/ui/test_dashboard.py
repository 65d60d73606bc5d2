"""The supervisor's dashboard: every figure equals the core's, and opens the cases behind it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from casedesk.core.db.queries import CaseFilter
from casedesk.core.services.cases import list_cases
from casedesk.core.services.demo import generate_demo
from casedesk.core.services.report_data import build_monthly
from casedesk.ui.main_window import MainWindow


def test_every_figure_matches_the_core_and_its_cases(qtbot, database, actor, sync_runner) -> None:
    sf = database.session_factory
    generate_demo(sf, actor, units=150, seed=11, today=date.today())
    window = MainWindow(database, actor, sync_runner)
    qtbot.addWidget(window)
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
