from __future__ import annotations

import pytest

from casedesk.ui.tasks import SyncTaskRunner


@pytest.fixture
def sync_runner(qtbot):
    return SyncTaskRunner()
