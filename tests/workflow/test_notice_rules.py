"""An honest notice: dated while the case exists, after the vote it publishes, never in the future;
its photo stored with it in one transaction; objections read back typed and resolved once."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from casedesk.core.db.models import ChecklistItem, Document, Notice
from casedesk.core.db.objections import count_open_written
from casedesk.core.domain.enums import ObjectionStatus
from casedesk.core.errors import UserError
from casedesk.core.services import workflow as wf
from casedesk.core.services.cases import NewCase, create_case
from casedesk.core.services.consent import run_tally
from casedesk.core.services.roster_import import import_roster
from tests.shared_paths import SAMPLES

OPENED = date(2026, 1, 5)
TODAY = date(2026, 3, 20)
LAST_BALLOT = date(2026, 3, 5)  # the latest 签署日期 in the sample roster


def _case(sf, actor, *, roster: bool = True) -> str:
    case_no = create_case(
        sf, actor, NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", "3", "2", 6, opened_on=OPENED)
    )
    if roster:
        import_roster(sf, actor, case_no, SAMPLES / "roster-sample.csv", today=date(2026, 3, 9))
    return case_no


def _notices(sf) -> int:
    with sf() as s:
        return s.scalar(select(func.count(Notice.id))) or 0


def test_future_notice_is_refused_and_nothing_stored(session_factory, actor) -> None:
    case_no = _case(session_factory, actor)
    with pytest.raises(UserError, match="晚于今天"):
        wf.post_notice(session_factory, actor, case_no, posted_on=date(2026, 3, 21), today=TODAY)
    assert _notices(session_factory) == 0
    # the same day is fine: a clerk records the notice right after putting it up (its 15th day,
    # 4 April, is in the 清明 holiday, so the period runs to the next working day)
    assert wf.post_notice(session_factory, actor, case_no, posted_on=TODAY, today=TODAY) == date(2026, 4, 7)


def test_notice_before_the_case_was_opened_is_refused(session_factory, actor) -> None:
    case_no = _case(session_factory, actor, roster=False)
    with pytest.raises(UserError, match="早于案件登记日期 2026-01-05"):
        wf.post_notice(session_factory, actor, case_no, posted_on=date(2026, 1, 4), today=TODAY)
    assert _notices(session_factory) == 0
    # no vote recorded yet: only the opening day and today bound it
    wf.post_notice(session_factory, actor, case_no, posted_on=OPENED, today=TODAY)
    assert _notices(session_factory) == 1


def test_notice_before_the_last_ballot_is_refused(session_factory, actor) -> None:
    case_no = _case(session_factory, actor)
    with pytest.raises(UserError, match="早于所公示的表决（2026-03-05）"):
        wf.post_notice(session_factory, actor, case_no, posted_on=date(2026, 3, 4), today=TODAY)
    assert _notices(session_factory) == 0
    wf.post_notice(session_factory, actor, case_no, posted_on=LAST_BALLOT, today=TODAY)
    assert _notices(session_factory) == 1


def test_a_saved_tally_dates_the_vote(session_factory, actor) -> None:
    case_no = _case(session_factory, actor)
    run_tally(session_factory, actor, case_no, as_of=date(2026, 3, 12), save=True)
    # after the last ballot but before the tally it would publish
    with pytest.raises(UserError, match="早于所公示的表决（2026-03-12）"):
        wf.post_notice(session_factory, actor, case_no, posted_on=date(2026, 3, 10), today=TODAY)
    assert _notices(session_factory) == 0
    ends = wf.post_notice(session_factory, actor, case_no, posted_on=date(2026, 3, 12), today=TODAY)
    assert ends == date(2026, 3, 27)


def test_photo_is_stored_with_the_notice(session_factory, actor, tmp_path: Path) -> None:
    case_no = _case(session_factory, actor)
    photo = tmp_path / "公示现场.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n not really a picture")
    documents = tmp_path / "docs"
    ends = wf.post_notice(
        session_factory,
        actor,
        case_no,
        posted_on=date(2026, 3, 10),
        places=" 单元门口公告栏 ",
        witness="社区居委会 王主任",
        photo=photo,
        documents_dir=documents,
        today=TODAY,
    )
    view = wf.notice_and_objections(session_factory, actor, case_no)
    assert (view.posted_on, view.ends_on, view.places, view.witness) == (
        date(2026, 3, 10),
        ends,
        "单元门口公告栏",
        "社区居委会 王主任",
    )
    assert view.period_days == 15 and view.photo_filename == "公示现场.png"
    with session_factory() as s:
        doc = s.get(Document, view.photo_document_id)
        assert doc is not None and doc.kind == "notice_photo"
        assert (documents / doc.sha256[:2] / doc.sha256).read_bytes() == photo.read_bytes()
        item = s.scalar(select(ChecklistItem).where(ChecklistItem.code == "notice_photo"))
        assert item is not None and item.stage == "notice"
        assert (item.status, item.document_id, item.recorded_on) == ("present", doc.id, date(2026, 3, 10))
    assert view.days_left(date(2026, 3, 25)) == 1 and view.days_left(date(2026, 3, 26)) == 0


def test_a_missing_photo_stores_no_notice(session_factory, actor, tmp_path: Path) -> None:
    case_no = _case(session_factory, actor)
    with pytest.raises(UserError, match="找不到文件"):
        wf.post_notice(
            session_factory,
            actor,
            case_no,
            posted_on=date(2026, 3, 10),
            photo=tmp_path / "gone.jpg",
            documents_dir=tmp_path / "docs",
            today=TODAY,
        )
    assert _notices(session_factory) == 0
    with session_factory() as s:
        assert s.scalar(select(func.count(ChecklistItem.id)).where(ChecklistItem.status == "present")) == 0


def test_objections_are_typed_and_resolved_once(session_factory, actor) -> None:
    case_no = _case(session_factory, actor)
    wf.post_notice(session_factory, actor, case_no, posted_on=date(2026, 3, 10), today=TODAY)
    written = wf.add_objection(
        session_factory,
        actor,
        case_no,
        objector="邻楼业主",
        received_on=date(2026, 3, 12),
        detail="挡光",
        contact="13900000000",
        address="4号楼1单元101",
    )
    wf.add_objection(
        session_factory,
        actor,
        case_no,
        objector="赵大妈",
        received_on=date(2026, 3, 13),
        detail="噪音",
        written=False,
    )
    with pytest.raises(UserError, match="早于收到异议的日期"):
        wf.resolve_objection(session_factory, actor, written, response="已答复", on=date(2026, 3, 11))
    wf.resolve_objection(session_factory, actor, written, response="调整井道位置", on=date(2026, 3, 15))
    with pytest.raises(UserError, match="该异议已处理"):
        wf.resolve_objection(session_factory, actor, written, response="再答复", on=date(2026, 3, 16))
    first, second = wf.notice_and_objections(session_factory, actor, case_no).objections
    assert (first.objector, first.written, first.contact, first.address) == (
        "邻楼业主",
        True,
        "13900000000",
        "4号楼1单元101",
    )
    assert (first.status_text, first.response, first.resolved_on, first.is_open) == (
        "已处理",
        "调整井道位置",
        date(2026, 3, 15),
        False,
    )
    assert (second.objector, second.written, second.status_text, second.is_open) == (
        "赵大妈",
        False,
        "未处理",
        True,
    )
    assert (first.status, second.status) == (ObjectionStatus.RESOLVED, ObjectionStatus.OPEN)


def test_only_open_written_objections_hold_the_case(session_factory, actor) -> None:
    """The one question (db.objections.count_open_written) the notice guard, the tally and the
    dispute detection ask: an oral or an answered objection does not count."""
    case_no = _case(session_factory, actor)
    wf.post_notice(session_factory, actor, case_no, posted_on=date(2026, 3, 10), today=TODAY)

    def add(who: str, *, written: bool = True) -> int:
        return wf.add_objection(
            session_factory,
            actor,
            case_no,
            objector=who,
            received_on=date(2026, 3, 12),
            detail="挡光",
            written=written,
        )

    def counted() -> int:
        with session_factory() as s:
            case_id = s.scalar(select(Notice.case_id))
            return count_open_written(s, case_id)

    answered = add("甲")
    add("乙", written=False)
    assert counted() == 1
    wf.resolve_objection(session_factory, actor, answered, response="已调整", on=date(2026, 3, 14))
    assert counted() == 0
    add("丙")
    assert counted() == 1
