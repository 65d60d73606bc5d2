"""住户与表决's paper side: 扫描录入 (read the signed forms off the GUI thread, then review what
was found) and 未交回执 (the flats whose signed paper is not on file, printable for the
community's door-to-door round)."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.domain.enums import Role
from casedesk.core.services.scans import (
    PendingPaper,
    ScanCancelled,
    ScanReport,
    pending_papers,
    pending_papers_pdf,
    scan_ballots,
)
from casedesk.ui.i18n import core_tr, sep
from casedesk.ui.operations import Changed
from casedesk.ui.scan_dialogs import ScanProgressDialog, ScanReviewDialog
from casedesk.ui.tasks import ProgressRelay

if TYPE_CHECKING:
    from casedesk.ui.case_ballots import BallotTab


class ScanIntake(QObject):
    """扫描录入: choose the copier's files, read them on the worker with a progress bar and 取消,
    then show the review. Kept by the ballot tab as `scans`; its dialogs as attributes for tests."""

    def __init__(self, tab: BallotTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.progress_dialog: ScanProgressDialog | None = None
        self.review: ScanReviewDialog | None = None
        self.last_report: ScanReport | None = None
        self._stop = threading.Event()

    def choose(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self.tab,
            self.tr("选择扫描件（可多选）"),
            "",
            self.tr("扫描件 (*.pdf *.png *.jpg *.jpeg);;PDF (*.pdf);;图片 (*.png *.jpg *.jpeg)"),
        )
        if names:
            self.scan([Path(n) for n in names])

    def scan(self, paths: list[Path]) -> None:
        w = self.tab.w
        case_no, documents = w.case_no, w.documents_dir
        # A fresh relay and stop flag per run: a late page of an earlier run reaches nothing.
        self._stop = stop = threading.Event()
        relay = ProgressRelay(self)
        self.progress_dialog = dialog = ScanProgressDialog(len(paths), self.tab)
        relay.progressed.connect(dialog.step)
        dialog.cancel_requested.connect(stop.set)
        dialog.open()
        self.tab.scan_button.setEnabled(False)

        def work(sf, actor) -> ScanReport:
            # On the worker: the relay's signal is queued to the GUI thread, the flag is thread-safe.
            return scan_ballots(
                sf, actor, case_no, paths, documents, progress=relay.report, cancelled=stop.is_set
            )

        def finished() -> None:
            dialog.finish()
            relay.deleteLater()
            self.tab.scan_button.setEnabled(self.tab.may_scan)

        def done(report: ScanReport) -> None:
            finished()
            self.show_review(report)

        def failed(error: BaseException) -> None:
            finished()
            if isinstance(error, ScanCancelled):
                self.tab.status.setText(core_tr(str(error)))
            else:
                w.show_error(error)

        w.ctx.change(work, Changed.BALLOTS | Changed.CHECKLIST, case_no, done, failed)

    def show_review(self, report: ScanReport) -> None:
        self.last_report = report
        if self.review is not None:
            self.review.deleteLater()
        self.review = ScanReviewDialog(
            self.summary(report),
            [
                (
                    m.flat_id,
                    (m.room, sep().join(m.owners), Path(m.page.file).name, str(m.page.page), m.sha256),
                )
                for m in report.matched
            ],
            [(Path(u.page.file).name, str(u.page.page), core_tr(u.why)) for u in report.unmatched],
            [
                (Path(f.page.file).name, str(f.page.page), f.case_no, f.room, core_tr(f.why))
                for f in report.foreign
            ],
            [
                (d.room, sep().join(p.label for p in d.repeats), self._duplicate_outcome(d))
                for d in report.duplicates
            ],
            self.tab,
        )
        self.review.flat_chosen.connect(self.tab.select_flat)
        self.tab.status.setText(self.summary(report))
        self.tab.show_paper_side()
        self.review.open()

    def summary(self, r: ScanReport) -> str:
        if r.clean:
            return self.tr("读取 {pages} 页，全部匹配：{m} 户的签字意见表已存档。").format(
                pages=r.pages_read, m=len(r.matched)
            )
        return self.tr(
            "读取 {pages} 页：{m} 户已匹配存档；{u} 页无法识别，{f} 页属于其他案件或旧版名册，"
            "{d} 户重复扫描。这些页没有保存，请核对。"
        ).format(
            pages=r.pages_read, m=len(r.matched), u=len(r.unmatched), f=len(r.foreign), d=len(r.duplicates)
        )

    def _duplicate_outcome(self, d) -> str:
        if d.already_on_file or d.kept is None:
            return self.tr("此前已有存档，本次未保存")
        return self.tr("保存了 {page}，其余未保存").format(page=d.kept.label)


class MissingPapersPanel(QWidget):
    """未交回执: the flats whose signed paper is not on file (room, owners, phone masked by role).
    Reloaded with the ballot tab (a scan is announced as a BALLOTS change)."""

    def __init__(self, tab: BallotTab) -> None:
        super().__init__()
        self.tab = tab
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("房号"), self.tr("楼层"), self.tr("业主"), self.tr("联系电话")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setToolTip(self.tr("双击一行，在表决表中选中这一户"))
        # A click prints the phones masked; its menu prints them in full for the roles that verify
        # owners (the look is audited, as 打印案卷's).
        self.print_button = QToolButton()
        self.print_button.setText(self.tr("打印催交名单"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.print_button.setToolTip(self.tr("未交回签字意见表的住户名单（电话已遮挡），供社区上门收取"))
        self.print_button.clicked.connect(lambda: self.print_list())
        self.print_menu = QMenu(self)
        self.print_full = self.print_menu.addAction(self.tr("打印催交名单（完整显示联系电话）"))
        self.print_full.setEnabled(tab.w.actor.role in (Role.CLERK, Role.SUPERVISOR, Role.ADMIN))
        self.print_full.triggered.connect(lambda: self.print_list(reveal=True))
        self.print_button.setMenu(self.print_menu)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.rows: list[PendingPaper] = []
        self.table.doubleClicked.connect(lambda index: self.tab.select_flat(self.rows[index.row()].flat_id))

    def refresh(self) -> None:
        case_no = self.tab.w.case_no
        self.tab.w.ctx.query(lambda sf, actor: pending_papers(sf, actor, case_no), self.show_rows)

    def show_rows(self, rows: list[PendingPaper]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, p in enumerate(rows):
            for c, value in enumerate((p.room, str(p.floor), sep().join(p.owners), sep().join(p.phones))):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.summary.setText(
            self.tr("还有 {n} 户的签字意见表未交回（未扫描存档）。").format(n=len(rows))
            if rows
            else self.tr("所有住户的签字意见表都已扫描存档。")
        )
        self.print_button.setEnabled(bool(rows))
        self.tab.missing_count_changed(len(rows))

    def print_list(self, reveal: bool = False) -> None:
        from casedesk.ui.case_detail import open_pdf, pdf_output_dir

        w = self.tab.w
        case_no = w.case_no
        out = pdf_output_dir() / f"{case_no}-未交回执.pdf"

        def done(path: Path) -> None:
            w.last_pdf = path
            open_pdf(w, path)

        # A change: printing personal data is audited (the log reloads).
        w.ctx.change(
            lambda sf, actor: pending_papers_pdf(sf, actor, case_no, out, today=date.today(), reveal=reveal),
            Changed.NOTHING,
            case_no,
            done,
        )
