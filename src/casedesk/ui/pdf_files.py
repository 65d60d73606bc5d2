"""Where printed PDFs go and how they and stored documents are opened: shared by every screen."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from casedesk import paths


def pdf_output_dir() -> Path:
    """Printed forms go to a 打印 folder in the data folder, so a clerk can find them again."""
    folder = paths.data_dir() / "打印"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def open_pdf(parent: QWidget, path: Path) -> None:
    """Open a printed PDF in the system viewer; where none opens, say where the file is."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return
    box = QMessageBox(
        QMessageBox.Icon.Information,
        parent.tr("已生成 PDF"),
        parent.tr("没有找到可以打开 PDF 的程序。文件已保存在：\n{path}").format(path=path),
        parent=parent,
    )
    folder = box.addButton(parent.tr("打开文件夹"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Ok)
    folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))))
    parent._pdf_box = box  # kept alive while it is open
    box.open()


def open_stored_document(tab: Any, document_id: int) -> None:
    """Open a document of the case's store in the system viewer, for a case tab (`tab.w` is its
    window). The store's files are named by hash, so the viewer gets a copy under the original
    name (kept in `tab.last_opened`); where no program opens it, the window says where it is."""
    from casedesk.core.services.progress import viewable_copy

    window, documents = tab.w, tab.w.documents_dir
    folder = Path(tempfile.gettempdir()) / "casedesk-documents"

    def opened(path: Path) -> None:
        tab.last_opened = path
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            window.show_error_text(tab.tr("没有找到可以打开此文件的程序。文件在：\n{p}").format(p=path))

    window.ctx.query(lambda sf, actor: viewable_copy(sf, actor, document_id, documents, folder), opened)
