"""Roster import as offices send them: both sample files, every kind of bad row, all-or-nothing."""

from __future__ import annotations

import hashlib
import shutil
from datetime import date

import openpyxl
import pytest
from sqlalchemy import func, select

from casedesk.core.db.models import AuditEvent, Ballot, Case, Flat, Ownership, Person
from casedesk.core.domain.enums import TallyOutcome
from casedesk.core.roster.reader import read_table
from casedesk.core.services.cases import NewCase, create_case
from casedesk.core.services.consent import recompute_saved, run_tally
from casedesk.core.services.roster_import import RosterRejected, import_roster
from tests.shared_paths import SAMPLES

TODAY = date(2026, 3, 20)
HEADER = (
    "房号,楼层,专有部分面积,面积来源,业主姓名,证件号码,联系电话,表决意见,签署日期,占用专有部分,意见理由\n"
)


@pytest.fixture
def case_no(session_factory, actor) -> str:
    return create_case(
        session_factory,
        actor,
        NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", "3", "2", 6, opened_on=date(2026, 1, 10)),
    )


def counts(session_factory) -> tuple[int, ...]:
    with session_factory() as s:
        return tuple(s.scalar(select(func.count()).select_from(m)) for m in (Flat, Person, Ownership, Ballot))


def db_digest(session_factory) -> str:
    with session_factory() as s:
        rows = [
            tuple(r)
            for m in (Flat, Person, Ownership, Ballot)
            for r in s.execute(select(*m.__table__.columns)).all()
        ]
    return hashlib.sha256(repr(sorted(map(repr, rows))).encode()).hexdigest()


@pytest.mark.parametrize("name", ["roster-sample.csv", "roster-sample-gb18030.csv"])
def test_both_sample_files_import_and_tally(session_factory, actor, case_no, name) -> None:
    report = import_roster(session_factory, actor, case_no, SAMPLES / name, today=TODAY)
    assert report.ok and report.rows == 13
    assert (report.flats_created, report.owners_added, report.ballots_recorded) == (12, 13, 11)
    run = run_tally(session_factory, actor, case_no, as_of=date(2026, 3, 10))
    r = run.result
    assert (r.persons_total, r.persons_participating, r.persons_agree) == (11, 9, 7)
    assert (r.area_total, r.area_participating, r.area_agree) == (94032, 78360, 62688)
    assert r.outcome is TallyOutcome.PASS


def test_gb18030_file_is_detected(tmp_path) -> None:
    table = read_table(SAMPLES / "roster-sample-gb18030.csv")
    assert table.encoding == "gb18030" and table.headers[0] == "房号"
    assert read_table(SAMPLES / "roster-sample.csv").encoding == "utf-8-sig"


def test_any_bad_row_changes_nothing_and_every_bad_row_is_reported(
    session_factory, actor, case_no, tmp_path
) -> None:
    import_roster(session_factory, actor, case_no, SAMPLES / "roster-sample.csv", today=TODAY)
    before_counts, before = counts(session_factory), db_digest(session_factory)
    bad = tmp_path / "bad.csv"
    bad.write_text(
        HEADER
        + "\n".join(
            [
                "101,1,78.36,不动产登记簿,王建国,370102195803121234,1390,同意,2026-03-02,否,",  # fine
                "102,一,78.36,,李秀英,,,,,,",  # floor not a number
                "201,2,-5,,张伟,,,,,,",  # negative area
                "202,2,78.361,,刘芳,,,,,,",  # three decimals
                "301,3,78.36,,,,,同意,2026-03-03,,",  # no owner name
                "302,3,78.36,,孙强,,,也许,2026-03-04,,",  # unknown vote
                "401,4,78.36,,周敏,,,同意,2026/13/40,,",  # impossible date
                "402,4,78.36,,周敏,,,同意,2026-03-04,可能,",  # bad yes/no
                "501,5,80.00,,吴刚,,,,,,",
                "501,6,80.00,,吴刚妻,,,,,,",  # co-owner row disagrees on floor
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    with pytest.raises(RosterRejected) as info:
        import_roster(session_factory, actor, case_no, bad, today=TODAY)
    report = info.value.report
    rows = sorted({e.row for e in report.errors})
    assert rows == [3, 4, 5, 6, 7, 8, 9, 11]
    columns = {e.row: e.column for e in report.errors}
    assert columns[3] == "楼层" and columns[4] == "专有部分面积" and columns[6] == "业主姓名"
    assert counts(session_factory) == before_counts
    assert db_digest(session_factory) == before


def test_missing_required_column_is_reported_by_name(session_factory, actor, case_no, tmp_path) -> None:
    bad = tmp_path / "cols.csv"
    bad.write_text("房号,楼层,业主姓名\n101,1,王\n", encoding="utf-8")
    with pytest.raises(RosterRejected) as info:
        import_roster(session_factory, actor, case_no, bad, today=TODAY)
    assert any(e.column == "专有部分面积" and "缺少" in e.message for e in info.value.report.errors)


def test_english_headers_and_extra_columns(session_factory, actor, case_no, tmp_path) -> None:
    f = tmp_path / "en.csv"
    f.write_text(
        "room,floor,area,owner,id_number,vote,signed_on,微信号\n101,1,60.5㎡,Li Lei,,agree,2026/3/1,x\n",
        encoding="utf-8",
    )
    report = import_roster(session_factory, actor, case_no, f, today=TODAY)
    assert report.ok and report.flats_created == 1 and report.ballots_recorded == 1
    assert any(w.column == "微信号" for w in report.warnings)
    with session_factory() as s:
        assert s.scalar(select(Flat.area_centi)) == 6050


def test_dry_run_writes_nothing(session_factory, actor, case_no) -> None:
    before = db_digest(session_factory)
    report = import_roster(
        session_factory, actor, case_no, SAMPLES / "roster-sample.csv", today=TODAY, dry_run=True
    )
    assert report.ok and report.flats_created == 12
    assert db_digest(session_factory) == before


def test_reimport_updates_and_keeps_history(session_factory, actor, case_no, tmp_path) -> None:
    import_roster(session_factory, actor, case_no, SAMPLES / "roster-sample.csv", today=TODAY)
    text = (SAMPLES / "roster-sample.csv").read_text(encoding="utf-8-sig")
    text = text.replace(
        "101,1,78.36,不动产登记簿,王建国,370102195803121234,13905310001,不同意",
        "101,1,78.40,不动产登记簿,王建国,370102195803121234,13905310001,同意",
    )
    text = text.replace(
        "502,5,78.36,不动产登记簿,郑洁,370102198804049999", "502,5,78.36,不动产登记簿,郑新,370102198804041111"
    )
    again = tmp_path / "again.csv"
    again.write_text(text, encoding="utf-8")
    report = import_roster(session_factory, actor, case_no, again, today=date(2026, 3, 21))
    assert (report.flats_updated, report.owners_added, report.owners_ended) == (1, 1, 1)
    with session_factory() as s:
        flat = s.scalar(select(Flat).where(Flat.room == "101"))
        votes = s.execute(
            select(Ballot.vote, Ballot.is_current).where(Ballot.flat_id == flat.id).order_by(Ballot.id)
        ).all()
        assert [tuple(v) for v in votes] == [("disagree", False), ("agree", True)]
        ended = s.scalar(select(func.count(Ownership.id)).where(Ownership.valid_to.is_not(None)))
        assert ended == 1
        audit = s.scalars(select(AuditEvent.action).where(AuditEvent.case_id.is_not(None))).all()
        assert audit.count("roster.import") == 2 and "flat.update" in audit
        assert flat.area_centi == 7840


def test_xlsx_with_numbers_and_dates(session_factory, actor, case_no, tmp_path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["房号", "楼层", "专有部分面积", "业主姓名", "证件号码", "表决意见", "签署日期"])
    ws.append([101, 1, 78.36, "王建国", "11010519491231002X", "同意", date(2026, 3, 2)])
    ws.append([102, 1, 65.1, "李秀英", None, "不同意", "2026-03-03"])
    path = tmp_path / "r.xlsx"
    wb.save(path)
    report = import_roster(session_factory, actor, case_no, path, today=TODAY)
    assert report.ok, report.errors
    with session_factory() as s:
        assert sorted(s.scalars(select(Flat.area_centi))) == [6510, 7836]
        assert s.scalar(select(Ballot.signed_on).where(Ballot.vote == "agree")) == date(2026, 3, 2)


def test_xls_file_imports(session_factory, actor, case_no, tmp_path) -> None:
    """Excel 97–2003 files, still common on office PCs: text, numbers and a real date cell."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("名册")
    for col, head in enumerate(["房号", "楼层", "专有部分面积", "业主姓名", "表决意见", "签署日期"]):
        sheet.write(0, col, head)
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for row, (room, area, name, vote) in enumerate(
        [("101", 78.36, "王建国", "同意"), ("102", 65.1, "李秀英", "弃权")], 1
    ):
        sheet.write(row, 0, room)
        sheet.write(row, 1, 1)
        sheet.write(row, 2, area)
        sheet.write(row, 3, name)
        sheet.write(row, 4, vote)
        sheet.write(row, 5, date(2026, 3, 2), date_style)
    path = tmp_path / "roster.xls"
    book.save(str(path))
    report = import_roster(session_factory, actor, case_no, path, today=TODAY)
    assert report.ok, report.errors
    with session_factory() as s:
        assert sorted(s.scalars(select(Flat.area_centi))) == [6510, 7836]
        assert set(s.scalars(select(Ballot.signed_on))) == {date(2026, 3, 2)}


def test_not_a_spreadsheet_is_a_clear_error(session_factory, actor, case_no, tmp_path) -> None:
    fake = tmp_path / "roster.xlsx"
    fake.write_bytes(b"this is not a zip file")
    with pytest.raises(Exception) as info:
        import_roster(session_factory, actor, case_no, fake, today=TODAY)
    assert "Excel" in str(info.value)
    with pytest.raises(Exception) as info:
        import_roster(session_factory, actor, case_no, tmp_path / "roster.pdf", today=TODAY)
    assert "找不到文件" in str(info.value)


def test_saved_tally_recomputes_unchanged(session_factory, actor, case_no) -> None:
    import_roster(session_factory, actor, case_no, SAMPLES / "roster-sample.csv", today=TODAY)
    run = run_tally(session_factory, actor, case_no, as_of=date(2026, 3, 10), save=True)
    assert run.saved_id
    # Later changes to the roster do not change what was kept.
    from casedesk.core.domain.enums import Vote
    from casedesk.core.services.consent import record_ballot

    record_ballot(
        session_factory, actor, case_no, "202", Vote.DISAGREE, signed_on=date(2026, 3, 5), today=TODAY
    )
    again = recompute_saved(session_factory, actor, run.saved_id)
    assert again.to_json() == run.result.to_json()
    assert run_tally(session_factory, actor, case_no, as_of=date(2026, 3, 10)).result.persons_disagree == 2


def test_samples_dir_exists() -> None:
    assert (SAMPLES / "roster-sample.csv").exists(), "shared/samples must sit beside the repository"
    shutil.disk_usage(SAMPLES)


def test_new_owners_get_their_own_ids_with_and_without_id_numbers(
    session_factory, actor, case_no, tmp_path
) -> None:
    """New flats and persons are bulk-inserted and matched back to their rows: by room, by 证件号码,
    and one by one for owners without a number. A wrong match would link a flat to a stranger."""
    path = tmp_path / "mixed.csv"
    path.write_text(
        HEADER
        + "101,1,60.00,不动产登记簿,甲,370102195803121234,13900000001,同意,2026-03-01,否,\n"
        + "102,1,61.00,不动产登记簿,乙,,13900000002,不同意,2026-03-01,否,\n"
        + "201,2,62.00,不动产登记簿,甲,370102195803121234,13900000009,同意,2026-03-01,否,\n"
        + "202,2,63.00,不动产登记簿,丙,,13900000003,,,否,\n",
        encoding="utf-8",
    )
    report = import_roster(session_factory, actor, case_no, path, today=TODAY)
    assert (report.flats_created, report.persons_created, report.owners_added) == (4, 3, 4)
    with session_factory() as s:
        owner_of = dict(
            s.execute(
                select(Flat.room, Person.name)
                .join(Ownership, Ownership.flat_id == Flat.id)
                .join(Person, Person.id == Ownership.person_id)
            ).all()
        )
        assert owner_of == {"101": "甲", "102": "乙", "201": "甲", "202": "丙"}
        jia = s.scalar(select(Person).where(Person.name == "甲"))
        assert jia.phone == "13900000009"  # the later row of the same owner wins, as before
        votes = dict(s.execute(select(Flat.room, Ballot.vote).join(Ballot, Ballot.flat_id == Flat.id)).all())
        assert votes == {"101": "agree", "102": "disagree", "201": "agree"}


def _case_view(session_factory, case_no: str) -> dict[str, list[tuple]]:
    """What a case holds, by room and 证件号码 rather than ids (two cases share their persons)."""
    with session_factory() as s:
        case_id = s.scalar(select(Case.id).where(Case.case_no == case_no))
        flats = s.execute(
            select(
                Flat.room,
                Flat.floor,
                Flat.area_centi,
                Flat.area_source,
                Flat.occupies_exclusive,
                Flat.developer_unsold,
            ).where(Flat.case_id == case_id)
        ).all()
        owners = s.execute(
            select(Flat.room, Person.name, Person.id_number, Person.phone, Ownership.valid_from)
            .join(Ownership, Ownership.flat_id == Flat.id)
            .join(Person, Person.id == Ownership.person_id)
            .where(Flat.case_id == case_id)
        ).all()
        ballots = s.execute(
            select(
                Flat.room, Person.id_number, Ballot.vote, Ballot.signed_on, Ballot.reason, Ballot.is_current
            )
            .join(Flat, Flat.id == Ballot.flat_id)
            .join(Person, Person.id == Ballot.person_id)
            .where(Ballot.case_id == case_id)
        ).all()
    return {"flats": sorted(flats), "owners": sorted(owners), "ballots": sorted(ballots, key=repr)}


def test_rows_without_their_trailing_empty_cells_read_as_the_full_rows(
    session_factory, actor, case_no, tmp_path
) -> None:
    """A row may end early (a hand-edited CSV; a spreadsheet row whose last cells are blank): the
    cells it lacks read as empty, every other cell stays in its own column."""
    lines = (SAMPLES / "roster-sample.csv").read_text(encoding="utf-8-sig").splitlines()
    trimmed_lines = [lines[0]]
    for line in lines[1:]:
        cells = line.split(",")  # the sample has no quoted cells
        if cells[9] == "否":
            cells[9] = ""  # blank reads as 否: the row loses its last two or more cells
        trimmed_lines.append(",".join(cells).rstrip(","))
    short = tmp_path / "short.csv"
    short.write_text("\n".join(trimmed_lines) + "\n", encoding="utf-8")
    widths = [len(line.split(",")) for line in trimmed_lines[1:]]
    assert min(widths) <= 7 and sum(w <= 9 for w in widths) >= 5
    other = create_case(
        session_factory,
        actor,
        NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", "4", "1", 6, opened_on=date(2026, 1, 10)),
    )
    full = import_roster(session_factory, actor, case_no, SAMPLES / "roster-sample.csv", today=TODAY)
    trimmed = import_roster(session_factory, actor, other, short, today=TODAY)
    assert full.ok and trimmed.ok
    assert [str(w) for w in trimmed.warnings] == [str(w) for w in full.warnings]
    assert _case_view(session_factory, other) == _case_view(session_factory, case_no)
    assert len(_case_view(session_factory, other)["ballots"]) == 11
