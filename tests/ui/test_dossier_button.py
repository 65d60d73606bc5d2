"""打印案卷 in the case window: one click builds the dossier, opens it and logs the print."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from sqlalchemy import select

from casedesk.core.db.models import AuditEvent
from casedesk.core.domain.enums import Stage
from casedesk.ui import case_detail
from casedesk.ui.case_detail import CaseWindow
from tests.money.walk import case_at


def test_print_dossier_button(qtbot, session_factory, actor, sync_runner, tmp_path, monkeypatch) -> None:
    case_no = case_at(session_factory, actor, Stage.STREET_REVIEW, days_ago=90)
    opened: list[Path] = []
    monkeypatch.setattr(case_detail, "open_pdf", lambda parent, path: opened.append(path))
    window = CaseWindow(session_factory, actor, sync_runner, case_no, documents_dir=tmp_path / "docs")
    qtbot.addWidget(window)
    assert window.print_dossier_button.text() == "打印案卷"

    qtbot.mouseClick(window.print_dossier_button, Qt.MouseButton.LeftButton)

    assert len(opened) == 1 and opened[0] == window.last_pdf
    assert opened[0].name == f"{case_no}-案卷.pdf"
    reader = PdfReader(opened[0])
    assert "目录" in "".join(reader.pages[1].extract_text().split())
    assert "附件清单" in "".join(reader.pages[-1].extract_text().split())
    with session_factory() as s:
        assert s.scalar(select(AuditEvent).where(AuditEvent.summary.like("打印案卷%")))
    window.tabs.setCurrentWidget(window.log)  # 日志 reloads as it is shown
    log = [window.log.item(r, 3).text() for r in range(window.log.rowCount())]
    assert any(text.startswith("打印案卷") for text in log)
    assert window.print_dossier_button.isEnabled()


def test_full_contacts_from_the_menu_are_audited(
    qtbot, session_factory, actor, sync_runner, monkeypatch
) -> None:
    from datetime import date, timedelta

    from casedesk.core.domain.enums import Role
    from casedesk.core.services import workflow as wf
    from casedesk.core.services.actor import Actor

    case_no = case_at(session_factory, actor, Stage.STREET_REVIEW, days_ago=90)
    wf.add_objection(
        session_factory,
        actor,
        case_no,
        objector="刘秀英",
        received_on=date.today() - timedelta(days=30),
        detail="挡光",
        contact="13912345678",
    )
    opened: list[Path] = []
    monkeypatch.setattr(case_detail, "open_pdf", lambda parent, path: opened.append(path))
    mediator = CaseWindow(
        session_factory, Actor(None, "zhao", Role.MEDIATOR, "赵调解员"), sync_runner, case_no
    )
    qtbot.addWidget(mediator)
    assert not mediator.print_dossier_full.isEnabled()

    window = CaseWindow(session_factory, actor, sync_runner, case_no)
    qtbot.addWidget(window)
    assert window.print_dossier_full.isEnabled()
    qtbot.mouseClick(window.print_dossier_button, Qt.MouseButton.LeftButton)
    masked = "".join("".join(p.extract_text().split()) for p in PdfReader(opened[-1]).pages)
    assert "13912345678" not in masked
    assert "139****5678" in masked
    window.print_dossier_full.trigger()
    assert len(opened) == 2
    full = "".join("".join(p.extract_text().split()) for p in PdfReader(opened[-1]).pages)
    assert "13912345678" in full
    with session_factory() as s:
        assert s.scalar(select(AuditEvent).where(AuditEvent.action == "case.view_personal_data"))
