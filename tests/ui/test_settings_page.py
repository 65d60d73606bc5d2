"""设置: an administrator changes the office's settings and takes a backup from the screen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from casedesk.core.services.office import get_settings
from casedesk.ui.main_window import MainWindow


def test_admin_changes_settings_and_backs_up(qtbot, database, actor, sync_runner, tmp_path) -> None:
    window = MainWindow(database, actor, sync_runner)
    qtbot.addWidget(window)
    window.nav.setCurrentRow(window.page_keys.index("settings"))
    page = window.settings_page
    assert page.fields["case_no_pattern"].text() == "{district}-{street}-{year}-{serial:04d}"

    page.fields["office_name"].setText("济南市历下区文东街道办事处")
    page.fields["case_no_pattern"].setText("{district}{year}")  # no serial: refused, nothing saved
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "序号" in page.status.text()
    assert get_settings(database.session_factory, actor).office_name == "济南市街道办事处"

    page.fields["case_no_pattern"].setText("{district}-{street}-{year}-{serial:05d}")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    saved = get_settings(database.session_factory, actor)
    assert saved.office_name == "济南市历下区文东街道办事处" and saved.case_no_pattern.endswith("05d}")

    page.fields["backup_dir"].setText(str(tmp_path / "bk"))
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    assert "已备份到" in page.status.text()
    assert len(list((tmp_path / "bk").glob("*.sqlite3"))) == 1
