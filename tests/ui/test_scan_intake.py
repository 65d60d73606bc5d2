"""扫描录入 in the case window: the clerk picks the copier's files, the pages are read off the GUI
thread with a progress bar and 取消, a review lists what was found, and the grid then shows each
flat's signed page beside it, marks opinions typed without paper and lists who is missing."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from PIL import Image, ImageFilter
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from casedesk.core.db.models import Case as CaseRow
from casedesk.core.db.models import Community
from casedesk.core.domain.enums import Role, Vote
from casedesk.core.services import scans
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import NewCase, create_case
from casedesk.core.services.consent import ballot_sheet
from casedesk.core.services.forms import print_form
from casedesk.core.services.roster_import import import_roster
from casedesk.core.services.users import create_user
from casedesk.ui import case_scans
from casedesk.ui.case_detail import CaseWindow
from casedesk.ui.tasks import TaskRunner
from tests.shared_paths import SAMPLES

CASE = NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", "1", "1", 6)
FLATS = 12  # the sample roster: 101 … 602, two flats a floor


@pytest.fixture
def clerk(database, actor) -> Actor:
    sf = database.session_factory
    create_case(sf, actor, CASE)
    with sf.begin() as s:
        community = s.scalar(select(Community.id))
        user = create_user(s, actor, "li", "李社工", Role.CLERK, "correct-horse", (community,))
        return Actor(user.id, "li", Role.CLERK, "李社工", frozenset({community}))


@pytest.fixture
def case_no(database, clerk) -> str:
    with database.session_factory() as s:
        number = s.scalar(select(CaseRow.case_no))
    import_roster(
        database.session_factory, clerk, number, SAMPLES / "roster-sample.csv", today=date(2026, 3, 20)
    )
    return number


@pytest.fixture
def printed(database, clerk, case_no, tmp_path) -> Path:
    """The ballots as the office printed them: one PDF, one form per flat."""
    return print_form(
        database.session_factory, clerk, "ballot", case_no, tmp_path / "ballots.pdf", today=date(2026, 3, 1)
    )


def rasterise(pdf: Path, folder: Path, dpi: int = 150) -> list[Path]:
    """What the copier gives back: greyscale JPEGs, a little tilted and blurred."""
    import pypdfium2

    out = []
    document = pypdfium2.PdfDocument(str(pdf))
    for i in range(len(document)):
        image = document[i].render(scale=dpi / 72).to_pil().convert("L")
        image = image.rotate(1.5 if i % 2 else -1, expand=True, fillcolor=255).filter(
            ImageFilter.GaussianBlur(0.6)
        )
        path = folder / f"scan-{i + 1:02d}.jpg"
        image.save(path, quality=70)
        out.append(path)
    document.close()
    return out


def blank_page(folder: Path) -> Path:
    path = folder / "blank.png"
    Image.new("L", (1240, 1754), 255).save(path)
    return path


def open_window(qtbot, database, clerk, runner, case_no, documents: Path) -> CaseWindow:
    window = CaseWindow(database.session_factory, clerk, runner, case_no, documents_dir=documents)
    qtbot.addWidget(window)
    window.resize(1400, 800)
    window.show()
    window.tabs.setCurrentWidget(window.ballots)
    return window


def choose_files(monkeypatch, paths: list[Path]) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in paths], ""))


def column(model, title: str) -> int:
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return headers.index(title)


def test_scanned_forms_come_back_to_their_flats_and_show_beside_the_grid(
    qtbot, database, clerk, case_no, printed, sync_runner, tmp_path, monkeypatch
) -> None:
    documents = tmp_path / "documents"
    window = open_window(qtbot, database, clerk, sync_runner, case_no, documents)
    ballots = window.ballots
    sf = database.session_factory
    missing_before = scans.pending_papers(sf, clerk, case_no)
    assert len(missing_before) == FLATS
    assert "未交回执（12）" in ballots.side_tabs.tabText(ballots.side_tabs.indexOf(ballots.missing))
    assert ballots.missing.table.rowCount() == FLATS
    # The roster came with opinions: typed, no paper yet, and the grid says so.
    model = ballots.model
    paper_col = column(model, "纸质件")
    assert model.index(0, paper_col).data() == "无纸质件"
    assert "尚未扫描" in model.index(0, paper_col).data(Qt.ItemDataRole.ToolTipRole)

    # The copier's output: pages shuffled, the 301 form scanned twice, a blank page among them.
    pages = rasterise(printed, tmp_path)
    shuffled = [*pages[::-1], pages[2], blank_page(tmp_path)]
    choose_files(monkeypatch, shuffled)
    qtbot.mouseClick(ballots.scan_button, Qt.MouseButton.LeftButton)

    review = ballots.scans.review
    assert review is not None and review.isVisible()
    assert not ballots.scans.progress_dialog.isVisible()
    matched = review.rows_of(review.matched_table)
    assert sorted(r[0] for r in matched) == sorted(p.room for p in missing_before)
    assert len(matched) == FLATS and all(len(r[4]) == 64 for r in matched)  # each page's SHA-256
    assert [r[0] for r in review.rows_of(review.unmatched_table)] == ["blank.png"]
    [duplicate] = review.rows_of(review.duplicates_table)
    assert duplicate[0] == matched_room(review, pages[2].name) and pages[2].name in duplicate[1]
    assert review.tabs.currentIndex() != 0  # the problems are shown first
    assert "无法识别（1）" in review.tabs.tabText(1) and "重复（1）" in review.tabs.tabText(3)

    # The database: every flat's paper is on file.
    assert scans.pending_papers(sf, clerk, case_no) == []
    assert len(scans.flats_with_paper(sf, clerk, case_no)) == FLATS

    # The screen: nobody missing, every row marked, the paper beside the grid.
    review.close()
    assert ballots.missing.table.rowCount() == 0 and "都已扫描存档" in ballots.missing.summary.text()
    assert not ballots.missing.print_button.isEnabled()
    assert all(model.index(r, paper_col).data() == "已扫描" for r in range(model.rowCount()))
    assert ballots.side_tabs.currentWidget() is ballots.paper
    ballots.table.setFocus()
    ballots.table.selectRow(3)  # 202 刘芳
    row = model.rows[3]
    assert ballots.paper.showing_image() and "202" in ballots.paper.title.text()
    stored = scans.ballot_paper(sf, clerk, case_no, row.flat_id)
    assert ballots.paper.path == stored.image_path
    assert "有签字纸质件存档的意见" in ballots.backing_label.text()

    # The clerk types 1 looking at the page; the opinion is backed by the scan.
    qtbot.keyClick(ballots.table, Qt.Key.Key_1)
    [liu] = [r for r in ballot_sheet(sf, clerk, case_no) if r.room == "202"]
    assert liu.vote is Vote.AGREE
    backing = scans.paper_backing(sf, clerk, case_no)
    assert backing.typed_without_paper == 0
    assert (
        f"{backing.backed} 份" in ballots.backing_label.text()
        and "无纸质件：0 份" in ballots.backing_label.text()
    )


def matched_room(review, file_name: str) -> str:
    for row in review.rows_of(review.matched_table):
        if row[2] == file_name:
            return row[0]
    raise AssertionError(file_name)


def test_the_printed_pdf_itself_can_be_scanned_and_double_click_shows_the_flat(
    qtbot, database, clerk, case_no, printed, sync_runner, tmp_path, monkeypatch
) -> None:
    window = open_window(qtbot, database, clerk, sync_runner, case_no, tmp_path / "documents")
    ballots = window.ballots
    choose_files(monkeypatch, [printed])
    qtbot.mouseClick(ballots.scan_button, Qt.MouseButton.LeftButton)
    review = ballots.scans.review
    assert review.tabs.currentIndex() == 0 and review.matched_table.rowCount() == FLATS
    assert "全部匹配" in review.summary.text()
    # Sorted by room with a click on its header; double-clicking 502 puts the grid's cursor there
    # and shows its page.
    review.matched_table.horizontalHeader().sectionClicked.emit(0)
    rooms = [r[0] for r in review.rows_of(review.matched_table)]
    assert rooms == sorted(rooms, key=int) or rooms == sorted(rooms, key=int, reverse=True)
    row = next(i for i, r in enumerate(review.rows_of(review.matched_table)) if r[0] == "502")
    review.matched_table.doubleClicked.emit(review.matched_table.model().index(row, 0))
    assert ballots.model.rows[ballots.table.currentIndex().row()].room == "502"
    assert ballots.paper.showing_image() and "502" in ballots.paper.title.text()


def test_zoom_buttons_and_ctrl_wheel_scale_the_page(
    qtbot, database, clerk, case_no, printed, sync_runner, tmp_path, monkeypatch
) -> None:
    window = open_window(qtbot, database, clerk, sync_runner, case_no, tmp_path / "documents")
    ballots = window.ballots
    assert not ballots.paper.showing_image() and not ballots.paper.zoom_in_button.isEnabled()
    choose_files(monkeypatch, [printed])
    qtbot.mouseClick(ballots.scan_button, Qt.MouseButton.LeftButton)
    ballots.scans.review.close()
    ballots.table.selectRow(0)
    image = ballots.paper.image
    fitted = image.zoom
    page_width = image.item.pixmap().width() * fitted
    assert abs(page_width - image.viewport().width()) < 4  # fit to the pane's width
    qtbot.mouseClick(ballots.paper.zoom_in_button, Qt.MouseButton.LeftButton)
    assert image.zoom > fitted and not image.fit_to_width
    qtbot.mouseClick(ballots.paper.fit_button, Qt.MouseButton.LeftButton)
    assert image.zoom == pytest.approx(fitted)
    # Ctrl+wheel zooms in and out; the wheel alone scrolls the page and leaves the scale.
    wheel(image, +120, Qt.KeyboardModifier.ControlModifier)
    assert image.zoom == pytest.approx(fitted * 1.25)
    wheel(image, -120, Qt.KeyboardModifier.ControlModifier)
    wheel(image, -120, Qt.KeyboardModifier.ControlModifier)
    assert image.zoom == pytest.approx(fitted / 1.25)
    wheel(image, -120, Qt.KeyboardModifier.NoModifier)
    assert image.zoom == pytest.approx(fitted / 1.25)
    assert ballots.table.hasFocus() or not ballots.paper.fit_button.hasFocus()  # the keys stay in the grid


def wheel(view, delta: int, modifiers) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    centre = QPointF(view.viewport().rect().center())
    event = QWheelEvent(
        centre,
        QPointF(view.viewport().mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_the_pages_are_read_off_the_gui_thread_and_cancel_records_nothing(
    qtbot, database, clerk, case_no, printed, tmp_path, monkeypatch
) -> None:
    runner = TaskRunner()
    try:
        window = open_window(qtbot, database, clerk, runner, case_no, tmp_path / "documents")
        ballots = window.ballots
        qtbot.waitUntil(lambda: ballots.model.rowCount() > 0)
        real = case_scans.scan_ballots
        threads: list[threading.Thread] = []
        gate = threading.Event()

        def held_after_first_page(sf, actor, number, paths, documents, progress=None, cancelled=None):
            threads.append(threading.current_thread())

            def step(done: int, total: int) -> None:
                progress(done, total)
                if done == 1:
                    gate.wait(30)  # the first page is read: wait until the clerk has clicked 取消

            return real(sf, actor, number, paths, documents, progress=step, cancelled=cancelled)

        monkeypatch.setattr(case_scans, "scan_ballots", held_after_first_page)
        choose_files(monkeypatch, [printed])
        qtbot.mouseClick(ballots.scan_button, Qt.MouseButton.LeftButton)
        dialog = ballots.scans.progress_dialog
        # The GUI thread is free while the worker reads: the progress arrives and is painted.
        qtbot.waitUntil(lambda: dialog.bar.value() == 1 and dialog.bar.maximum() == FLATS)
        assert dialog.isVisible() and "第 1 页，共 12 页" in dialog.label.text()
        assert not ballots.scan_button.isEnabled()
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        assert "正在停止" in dialog.label.text() and dialog.isVisible()
        gate.set()
        qtbot.waitUntil(lambda: not dialog.isVisible())
        assert threads and threads[0] is not threading.main_thread()
        assert "已取消" in ballots.status.text() and ballots.scans.review is None
        assert ballots.scan_button.isEnabled()
        assert (
            len(scans.pending_papers(database.session_factory, clerk, case_no)) == FLATS
        )  # nothing recorded

        # Again, to the end, on the worker: the review arrives.
        gate.set()
        qtbot.mouseClick(ballots.scan_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: ballots.scans.review is not None and ballots.scans.review.isVisible(), timeout=60000
        )
        assert ballots.scans.review.matched_table.rowCount() == FLATS
        qtbot.waitUntil(lambda: ballots.missing.table.rowCount() == 0)
        assert scans.pending_papers(database.session_factory, clerk, case_no) == []
    finally:
        runner.shutdown()


def test_missing_papers_print_as_a_reminder_list_with_phones_masked(
    qtbot, database, clerk, case_no, printed, sync_runner, tmp_path, monkeypatch
) -> None:
    from pypdf import PdfReader
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    window = open_window(qtbot, database, clerk, sync_runner, case_no, tmp_path / "documents")
    ballots = window.ballots
    # Half the stack came back: the forms of the first three floors.
    pages = rasterise(printed, tmp_path)
    choose_files(monkeypatch, pages[:6])
    qtbot.mouseClick(ballots.scan_button, Qt.MouseButton.LeftButton)
    ballots.scans.review.close()
    missing = ballots.missing
    rows = [[missing.table.item(r, c).text() for c in range(4)] for r in range(missing.table.rowCount())]
    assert [r[0] for r in rows] == ["401", "402", "501", "502", "601", "602"]
    assert "还有 6 户" in missing.summary.text()
    assert "未交回执（6）" in ballots.side_tabs.tabText(ballots.side_tabs.indexOf(missing))
    phones = [r[3] for r in rows if r[3]]
    assert phones and all("****" in p for p in phones)  # masked on screen
    # Opinions typed for flats without paper are marked in the grid and counted beside the tally.
    model = ballots.model
    paper_col = column(model, "纸质件")
    marks = {r.room: model.index(i, paper_col).data() for i, r in enumerate(model.rows)}
    assert marks["101"] == "已扫描" and marks["401"] == "无纸质件"
    backing = scans.paper_backing(database.session_factory, clerk, case_no)
    assert backing.typed_without_paper > 0
    assert f"无纸质件：{backing.typed_without_paper} 份" in ballots.backing_label.text()
    # Double-clicking a missing flat puts the grid there and says its paper is not on file.
    missing.table.doubleClicked.emit(missing.table.model().index(2, 0))
    assert model.rows[ballots.table.currentIndex().row()].room == "501"
    assert (
        not ballots.paper.showing_image() and "501 室的签字意见表尚未扫描存档" in ballots.paper.empty.text()
    )

    qtbot.mouseClick(missing.print_button, Qt.MouseButton.LeftButton)
    assert opened and opened[-1].endswith(f"{case_no}-未交回执.pdf")
    text = "".join(page.extract_text() for page in PdfReader(opened[-1]).pages)
    listed = text.split("收取情况")[-1].split()
    assert (
        all(room in listed for room in ("401", "502", "602")) and "101" not in listed and "302" not in listed
    )
    assert "以下 6 户" in text
    assert all(p in text for p in phones)  # the same masked numbers as on screen
    window.tabs.setCurrentWidget(window.log)
    assert window.log.rowCount() and any(
        "未交回" in (window.log.item(r, 3).text() if window.log.item(r, 3) else "")
        for r in range(window.log.rowCount())
    )


def test_a_mediator_sees_the_paper_but_does_not_file_it(
    qtbot, database, actor, clerk, case_no, sync_runner, tmp_path
) -> None:
    with database.session_factory.begin() as s:
        community = s.scalar(select(Community.id))
        user = create_user(s, actor, "zhao", "赵调解员", Role.MEDIATOR, "correct-horse", (community,))
        mediator = Actor(user.id, "zhao", Role.MEDIATOR, "赵调解员", frozenset({community}))
    window = open_window(qtbot, database, mediator, sync_runner, case_no, tmp_path / "documents")
    assert not window.ballots.scan_button.isEnabled()
    assert not window.ballots.missing.print_full.isEnabled()  # full phone numbers: not for mediators
    assert window.ballots.missing.table.rowCount() == FLATS  # the list itself is there to read
    assert window.ballots.missing.table.item(0, 3).text().count("*") == 4
