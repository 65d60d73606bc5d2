"""Interface language: Chinese (the source language) or the English translation.

CASEDESK_LANG=en|zh chooses; otherwise an English system locale gets English and everything else
(Chinese, or the bare C locale of a server) keeps Chinese, the working language. Translations are
Qt Linguist files in resources/i18n (tools/update_translations.py).
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from casedesk import paths

log = logging.getLogger(__name__)

# Contexts made by tools/update_translations.py besides the classes' own.
CORE_CONTEXT = "core"  # the core's N_() texts
ANY_CONTEXT = "any"  # every screen string once, whatever class asks for it


class CaseDeskTranslator(QTranslator):
    """Qt asks for a string under the class of the object that calls tr() at run time, while
    lupdate files it under the class that encloses the call, or under the variable's name for a
    helper's `parent.tr("…")`; a subclass or a helper would then stay Chinese. After the exact
    context, the string is looked up once more by its source text alone."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        found = super().translate(context, source, disambiguation, n)
        if not found and context not in (CORE_CONTEXT, ANY_CONTEXT):
            found = super().translate(ANY_CONTEXT, source, disambiguation, n)
        return found


def core_tr(text: str) -> str:
    """A text made by the core (a stage name, a status, a guard reason) in the interface language:
    the core writes Chinese and marks it with N_(); the English is in the context "core"."""
    return QCoreApplication.translate(CORE_CONTEXT, text)


def wanted_language() -> str:
    chosen = os.environ.get("CASEDESK_LANG", "").strip().lower()
    if chosen in ("en", "zh"):
        return chosen
    return "en" if QLocale.system().name().lower().startswith("en") else "zh"


def install_translator(app: QCoreApplication, language: str | None = None) -> QTranslator | None:
    language = language or wanted_language()
    if language == "zh":
        return install_qt_chinese(app)
    translator = CaseDeskTranslator(app)
    qm = paths.resource_dir() / "i18n" / f"casedesk_{language}.qm"
    if not translator.load(str(qm)):
        log.warning("translation %s not found; staying in Chinese", qm)
        return None
    app.installTranslator(translator)
    return translator


def install_qt_chinese(app: QCoreApplication) -> QTranslator | None:
    """Qt's own strings (OK/Cancel, file dialogs, context menus) in Chinese: Qt ships them as
    qtbase_zh_CN.qm; without it a Chinese dialog ends in an English "Cancel" button."""
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load("qtbase_zh_CN", folder):
        log.info("Qt's Chinese translation not found in %s", folder)
        return None
    app.installTranslator(translator)
    return translator
