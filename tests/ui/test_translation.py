"""The English translation: complete, placeholders intact (Electrum's check), and loaded by Qt."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from PySide6.QtWidgets import QApplication

from casedesk import paths
from casedesk.ui.i18n import install_translator

TS = paths.resource_dir() / "i18n" / "casedesk_en.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def test_every_message_is_translated_with_the_same_placeholders() -> None:
    messages = list(ET.parse(TS).iter("message"))
    assert len(messages) > 50
    for m in messages:
        source = m.find("source").text or ""
        translation = m.find("translation")
        assert translation.get("type") != "unfinished", source
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation.text or "")), (
            source
        )


def test_english_is_shown_when_chosen(qtbot, database, sync_runner) -> None:
    from casedesk.ui.login import LoginDialog

    app = QApplication.instance()
    translator = install_translator(app, "en")
    assert translator is not None
    try:
        dialog = LoginDialog(database.session_factory, sync_runner)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Log in to CaseDesk"
    finally:
        app.removeTranslator(translator)
    again = LoginDialog(database.session_factory, sync_runner)
    qtbot.addWidget(again)
    assert again.windowTitle() == "登录 CaseDesk"
