"""Where printed PDFs go and how they are opened: shared by every screen that prints."""

from __future__ import annotations

from pathlib import Path

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
