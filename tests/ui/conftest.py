from __future__ import annotations

import pytest

from casedesk.ui.tasks import SyncTaskRunner


@pytest.fixture
def sync_runner(qtbot):
    return SyncTaskRunner()


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path_factory):
    """Window state written by closing windows in tests goes to a temporary folder, not the user's."""
    from PySide6.QtCore import QSettings

    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path_factory.mktemp("qsettings"))
    )
