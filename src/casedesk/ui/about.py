"""关于 CaseDesk: version, where the data, backups and log live — what support asks first."""

from __future__ import annotations

import html
import platform
import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from casedesk import __version__, paths
from casedesk.logsetup import LOG_FILENAME


def about_lines(database_location: str) -> list[tuple[str, str]]:
    """(label, value) pairs, also used by the copy button."""
    return [
        (QApplication.translate("AboutDialog", "版本"), __version__),
        (QApplication.translate("AboutDialog", "数据库"), database_location),
        (QApplication.translate("AboutDialog", "数据文件夹"), str(paths.data_dir())),
        (QApplication.translate("AboutDialog", "日志文件"), str(paths.log_dir() / LOG_FILENAME)),
        (QApplication.translate("AboutDialog", "程序文件夹"), str(paths.resource_dir().parent)),
        (
            QApplication.translate("AboutDialog", "运行环境"),
            f"Python {platform.python_version()}, Qt/PySide6 {pyside_version}, {platform.platform()}"
            + (QApplication.translate("AboutDialog", "（安装版）") if getattr(sys, "frozen", False) else ""),
        ),
    ]


class AboutDialog(QDialog):
    def __init__(self, database_location: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("关于 CaseDesk"))
        self.lines = about_lines(database_location)
        title = QLabel(self.tr("<h3>CaseDesk 既有住宅增设电梯案件管理</h3>"))
        # The database location is a path or URL the user chose: shown as text, never as markup.
        line = self.tr("<b>{label}：</b>{value}")
        body = QLabel(
            "<br>".join(line.format(label=label, value=html.escape(value)) for label, value in self.lines)
        )
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body.setWordWrap(True)
        fonts = QLabel(self.tr("界面与打印字体：思源黑体 Noto Sans SC（SIL 开放字体许可证 1.1）"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("复制"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (title, body, fonts, buttons):
            layout.addWidget(widget)
        self.resize(640, 300)

    def text(self) -> str:
        line = self.tr("{label}：{value}")
        return "\n".join(line.format(label=label, value=value) for label, value in self.lines)

    def copy(self) -> None:
        QApplication.clipboard().setText(self.text())
