"""Two programs on one case; the check command; export; masking."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from sqlalchemy import select

from casedesk.cli import main
from casedesk.core.db.database import open_database
from casedesk.core.db.models import Case, Person
from casedesk.core.domain.enums import Role
from casedesk.core.errors import StaleVersion
from casedesk.core.privacy import mask_id, mask_phone
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import NewCase, create_case, get_case, update_case
from tests.cli.helpers import NEW_CASE


def test_second_save_of_a_stale_version_is_refused(db_url, actor) -> None:
    first, second = open_database(db_url), open_database(db_url)  # two PCs' programs, one file
    try:
        clerk_a = Actor(None, "li", Role.CLERK, "李社工")
        clerk_b = Actor(None, "wang", Role.CLERK, "王社工")
        case_no = create_case(
            first.session_factory,
            actor,
            NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", "3", "2", 6),
        )
        seen_a = get_case(first.session_factory, clerk_a, case_no).version
        seen_b = get_case(second.session_factory, clerk_b, case_no).version
        update_case(first.session_factory, clerk_a, case_no, expected_version=seen_a, changes={"floors": 7})
        with pytest.raises(StaleVersion) as info:
            update_case(
                second.session_factory,
                clerk_b,
                case_no,
                expected_version=seen_b,
                changes={"floors": 5, "notes": "王社工的修改"},
            )
        message = str(info.value)
        assert "li" in message and "楼层数" in message and "未保存任何内容" in message
        with second.session_factory() as s:
            case = s.scalar(select(Case))
            assert (case.floors, case.notes) == (7, None)
    finally:
        first.dispose()
        second.dispose()


def test_check_reports_a_tampered_document(tmp_path, capsys) -> None:
    db = tmp_path / "office.sqlite3"
    code = main(["--db", str(db), *NEW_CASE])
    case_no = capsys.readouterr().out.strip()
    attachment = tmp_path / "申请书.pdf"
    attachment.write_bytes(b"%PDF-1.4 original")
    assert (
        main(["--db", str(db), "checklist", "mark", case_no, "application", "--file", str(attachment)]) == 0
    )
    assert main(["--db", str(db), "check"]) == 0
    stored = next((tmp_path / "documents").rglob("*"))
    while stored.is_dir():
        stored = next(stored.iterdir())
    stored.write_bytes(b"%PDF-1.4 changed")
    capsys.readouterr()
    code = main(["--db", str(db), "check"])
    assert code == 1 and "已被改动或损坏" in capsys.readouterr().err


def test_export_masks_personal_data_and_defuses_formulas(tmp_path, session_factory, actor, capsys) -> None:
    from casedesk.core.services.roster_import import import_roster
    from tests.shared_paths import SAMPLES

    case_no = create_case(
        session_factory, actor, NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", "3", "2", 6)
    )
    import_roster(session_factory, actor, case_no, SAMPLES / "roster-sample.csv", today=date(2026, 3, 20))
    with session_factory.begin() as s:
        s.scalar(select(Person).where(Person.name == "张伟")).name = '=HYPERLINK("http://x","点我")'
    from casedesk.core.export import export_xlsx

    out = tmp_path / "export.xlsx"
    counts = export_xlsx(session_factory, actor, out)
    assert counts["房屋与业主"] == 13 and counts["案件"] == 1
    wb = openpyxl.load_workbook(out)
    owners = [[c.value for c in row] for row in wb["房屋与业主"].iter_rows(min_row=2)]
    assert all(r[6] is None or "*" in r[6] for r in owners)
    assert any(str(r[5]).startswith("'=HYPERLINK") for r in owners)
    assert all(not str(r[7] or "").startswith("139053") or "*" in r[7] for r in owners)


def test_masks() -> None:
    assert mask_id("370102195803121234") == "370102********1234"
    assert mask_phone("13905310001") == "139****0001"
    assert mask_id(None) is None
