"""The crash dialog: short text, details, copy, and where the log is (Anki, calibre, Friture)."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from casedesk.core.errors import CaseDeskError, KnownError
from casedesk.ui.i18n import core_tr

log = logging.getLogger(__name__)

_shown: set[str] = set()


def show_error(parent: QWidget | None, error: BaseException, log_file: Path | None) -> None:
    """User mistakes get their message; anything else gets the crash dialog with details."""
    if isinstance(error, CaseDeskError):
        if isinstance(error, KnownError):
            title = QCoreApplication.translate("errors", "环境问题")
        else:
            title = QCoreApplication.translate("errors", "无法完成操作")
        QMessageBox.warning(parent, title, core_tr(str(error)))
        return
    details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    log.error("unexpected error\n%s", details)
    if details in _shown:  # the same crash repeating: one dialog is enough (Electrum)
        return
    _shown.add(details)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle("CaseDesk 出现错误")
    box.setText("程序遇到了意外错误。您的数据已保存，可以继续工作。")
    where = f"\n日志文件：{log_file}" if log_file else ""
    box.setInformativeText("请把“显示详细信息”中的内容复制给技术支持。" + where)
    box.setDetailedText(details)
    box.exec()


def install_excepthook(log_file: Path | None) -> None:
    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        exc.__traceback__ = tb
        if QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        show_error(QApplication.activeWindow(), exc, log_file)

    sys.excepthook = hook


def route_qt_messages_to_log() -> None:
    """Qt's own warnings go to the log file too (Friture), not only to a console nobody sees."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }
    qt_log = logging.getLogger("qt")

    def handler(msg_type: QtMsgType, _context: object, message: str) -> None:
        qt_log.log(levels.get(msg_type, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)


def user_error_to_label(label, error: BaseException) -> None:
    """A user's mistake is shown in the page's own status line; anything else is a bug and goes on to
    the crash handler (the excepthook's dialog with details and the log file)."""
    from casedesk.core.errors import CaseDeskError

    if not isinstance(error, CaseDeskError):
        raise error
    label.setText(core_tr(str(error)))
