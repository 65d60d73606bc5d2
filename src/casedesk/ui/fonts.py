"""Load the bundled Noto Sans SC into Qt so screens look the same on every PC."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from casedesk import paths

log = logging.getLogger(__name__)

FONT_FILES = ("NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf")
UI_POINT_SIZE = 10


def install_app_font(app: QApplication) -> str | None:
    """Register the bundled fonts and make Noto Sans SC the application font; returns the family."""
    family = None
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(paths.font_path(name)))
        if font_id < 0:
            log.error("could not load bundled font %s", paths.font_path(name))
            continue
        families = QFontDatabase.applicationFontFamilies(font_id)
        family = family or (families[0] if families else None)
    if family:
        app.setFont(QFont(family, UI_POINT_SIZE))
    return family
