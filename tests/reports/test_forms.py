"""Real PDFs read back: embedded Noto Sans SC, exact text, page numbers, atomic writes."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from casedesk.core.reports import forms
from casedesk.core.reports.page import PageInfo, styles, write_pdf
from casedesk.core.services import workflow as wf
from casedesk.core.services.cases import NewCase, create_case
from casedesk.core.services.forms import FORM_KINDS, print_form
from casedesk.core.services.roster_import import import_roster
from tests.shared_paths import SAMPLES

TODAY = date(2026, 3, 20)


def pdftotext(path: Path) -> str:
    assert shutil.which("pdftotext"), "poppler-utils must be installed (make test installs it)"
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def fonts_of(path: Path) -> set[str]:
    names = set()
    for page in PdfReader(path).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            obj = font.get_object()
            names.add(str(obj["/BaseFont"]))
            descriptor = obj.get("/FontDescriptor")
            if descriptor is not None:
                descriptor = descriptor.get_object()
                assert any(k in descriptor for k in ("/FontFile2", "/FontFile", "/FontFile3")), obj[
                    "/BaseFont"
                ]
    return names


@pytest.fixture
def case_no(session_factory, actor) -> str:
    number = create_case(
        session_factory,
        actor,
        NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", "3", "2", 6, opened_on=date(2026, 1, 5)),
    )
    import_roster(session_factory, actor, number, SAMPLES / "roster-sample.csv", today=TODAY)
    wf.post_notice(session_factory, actor, number, posted_on=date(2026, 3, 10), places="小区公告栏")
    wf.add_objection(
        session_factory,
        actor,
        number,
        objector="王建国",
        received_on=date(2026, 3, 12),
        detail="担心采光和噪音",
    )
    return number


@pytest.mark.parametrize("kind", ["ballot", "tally", "notice", "objections", "street-declaration"])
def test_every_available_form_embeds_the_font_and_extracts_exactly(
    session_factory, actor, case_no, kind, tmp_path
) -> None:
    out = print_form(session_factory, actor, kind, case_no, tmp_path / f"{kind}.pdf", today=TODAY)
    names = fonts_of(out)
    assert names and all("NotoSansSC" in n for n in names), names
    assert not any("STSong" in n or n.endswith("Helvetica") for n in names)
    text = pdftotext(out)
    assert case_no in text and "济南市街道办事处" in text
    pages = len(PdfReader(out).pages)
    # -layout may drop the narrow spaces around digits; the words and numbers must all be there.
    compact = "".join(text.split())
    assert all(f"第{n}页共{pages}页" in compact for n in range(1, pages + 1))
    assert f"第 1 页 共 {pages} 页" in PdfReader(out).pages[0].extract_text()
    assert "打印日期：2026-03-20" in text


def test_tally_sheet_content(session_factory, actor, case_no, tmp_path) -> None:
    text = pdftotext(print_form(session_factory, actor, "tally", case_no, tmp_path / "t.pdf", today=TODAY))
    for expected in (
        "增设电梯表决结果统计表",
        "济南市既有住宅增设电梯办法（2021年起）",
        "940.32",
        "783.60",
        "626.88",
        "超出 39.18 ㎡",
        "恰好达到",
        "弃权计入参与表决：是",
        "参与表决面积 × 3 ≥ 总面积 × 2",
    ):
        assert expected in text, expected


def test_tally_sheet_prints_every_remark_of_the_explanation(
    session_factory, actor, case_no, tmp_path
) -> None:
    """The sheet renders the core's explanation: late ballots and warnings reach the paper."""
    from casedesk.core.consent.explanation import explain
    from casedesk.core.services.consent import run_tally

    run = run_tally(session_factory, actor, case_no, as_of=date(2026, 3, 3), save=True)
    assert run.result.late_ballots
    out = print_form(session_factory, actor, "tally", case_no, tmp_path / "late.pdf", today=TODAY)
    text = "".join(pdftotext(out).split())  # the sheet wraps long lines
    explained = explain(run.result, run.rule_reason)
    for remark in explained.remarks:
        assert "".join(f"{remark.title}：{remark.text}".split()) in text
    for line in explained.formula + explained.policies:
        assert "".join(line.split()) in text
    assert "如何通过" not in text  # advice for the clerk's screen, not part of the record


def test_ballot_form_has_one_page_per_flat_with_masked_ids(session_factory, actor, case_no, tmp_path) -> None:
    out = print_form(session_factory, actor, "ballot", case_no, tmp_path / "b.pdf", today=TODAY)
    reader = PdfReader(out)
    assert len(reader.pages) == 12
    text = pdftotext(out)
    assert "王建国" in text and "78.36 ㎡" in text and "370102********1234" in text
    assert "370102195803121234" not in text  # never the full ID on paper left in a stairwell


def test_notice_dates(session_factory, actor, case_no, tmp_path) -> None:
    text = pdftotext(print_form(session_factory, actor, "notice", case_no, tmp_path / "n.pdf", today=TODAY))
    compact = "".join(text.split())
    assert "2026-03-10张贴" in compact and "2026-03-2524时止" in compact


def test_money_and_acceptance_forms(session_factory, actor, case_no, tmp_path) -> None:
    from casedesk.core.errors import UserError
    from casedesk.core.services.costshare import compute_cost_share

    with pytest.raises(UserError, match="尚未保存费用分摊表"):
        print_form(session_factory, actor, "cost-share", case_no, tmp_path / "c.pdf", today=TODAY)
    assert not (tmp_path / "c.pdf").exists()
    compute_cost_share(session_factory, actor, case_no, total_fen=50_000_001, method="area", save=True)
    share = "".join(
        pdftotext(
            print_form(session_factory, actor, "cost-share", case_no, tmp_path / "c.pdf", today=TODAY)
        ).split()
    )
    assert "增设电梯费用分摊表" in share and "¥500,000.01" in share and "41,666.67" in share
    with pytest.raises(UserError, match="尚未通过竣工验收"):  # no subsidy application before acceptance
        print_form(session_factory, actor, "subsidy-application", case_no, tmp_path / "s.pdf", today=TODAY)
    with session_factory.begin() as s:
        from sqlalchemy import select

        from casedesk.core.db.models import Case

        s.scalar(select(Case).where(Case.case_no == case_no)).accepted_on = date(2026, 3, 18)
    subsidy = "".join(
        pdftotext(
            print_form(
                session_factory, actor, "subsidy-application", case_no, tmp_path / "s.pdf", today=TODAY
            )
        ).split()
    )
    assert "¥200,000.00" in subsidy and "财政补助申请表" in subsidy
    acceptance = "".join(
        pdftotext(
            print_form(session_factory, actor, "acceptance", case_no, tmp_path / "a.pdf", today=TODAY)
        ).split()
    )
    assert "竣工验收记录" in acceptance and "第二十四条" in acceptance
    assert set(FORM_KINDS) == {
        "ballot",
        "tally",
        "notice",
        "objections",
        "street-declaration",
        "mediation-record",
        "mediation-agreement",
        "cost-share",
        "subsidy-application",
        "acceptance",
    }


def test_atomic_write_keeps_the_old_file_on_failure(tmp_path) -> None:
    target = tmp_path / "form.pdf"
    target.write_bytes(b"old version")

    class Boom(Exception):
        pass

    class Exploding:
        def wrap(self, *a):
            raise Boom

        def __getattr__(self, name):
            raise Boom

    with pytest.raises(Exception):  # noqa: B017 - any failure inside ReportLab
        write_pdf(target, PageInfo("o", "t", "c", TODAY), [Exploding()])
    assert target.read_bytes() == b"old version"
    assert [p.name for p in tmp_path.iterdir()] == ["form.pdf"]
    ok = write_pdf(target, PageInfo("o", "t", "c", TODAY), [forms.Paragraph("新内容", styles()["base"])])
    assert ok.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["form.pdf"]


def test_mediation_record_and_agreement(session_factory, actor, case_no, tmp_path) -> None:
    from datetime import datetime

    from casedesk.core.domain.enums import MeetingOutcome, PartyRole
    from casedesk.core.errors import UserError
    from casedesk.core.services import disputes as ds

    number = ds.open_dispute(
        session_factory,
        actor,
        case_no,
        title="101室要求补偿",
        opened_on=TODAY,
        parties=[
            ds.PartyInput("王建国", PartyRole.OBJECTOR, "101", 1),
            ds.PartyInput("张伟", PartyRole.REPRESENTATIVE, "201", 2),
        ],
    )
    notes = ds.meeting_template(datetime(2026, 3, 21, 19), "社区会议室", "赵调解员", "李社工", "王建国、张伟")
    ds.save_meeting(
        session_factory,
        actor,
        number,
        held_at=datetime(2026, 3, 21, 19),
        place="社区会议室",
        mediators="赵调解员",
        recorder="李社工",
        attendees=[{"name": "王建国"}],
        notes=notes,
        outcome=MeetingOutcome.AGREEMENT,
    )
    record = print_form(session_factory, actor, "mediation-record", number, tmp_path / "r.pdf", today=TODAY)
    text = pdftotext(record)
    assert "人民调解笔录" in "".join(text.split()) and number in text and "调解员告知双方权利义务" in text
    with pytest.raises(UserError, match="尚未登记调解协议"):
        print_form(session_factory, actor, "mediation-agreement", number, tmp_path / "a.pdf", today=TODAY)
    ds.add_agreement(
        session_factory,
        actor,
        number,
        terms="出资业主补偿 101 室 10,000 元",
        signed_on=date(2026, 3, 25),
        parties="王建国；张伟",
        facts="井道影响采光",
        matters="补偿金额",
        performance_method="转账",
        performance_deadline=date(2026, 4, 30),
    )
    agreement = print_form(
        session_factory, actor, "mediation-agreement", case_no, tmp_path / "a.pdf", today=TODAY
    )
    compact = "".join(pdftotext(agreement).split())
    assert "人民调解协议书" in compact and "10,000元" in compact and "2026-04-24" in compact
    assert all("NotoSansSC" in n for n in fonts_of(agreement))


def test_long_names_and_addresses_wrap_inside_the_page(session_factory, actor, tmp_path) -> None:
    """A long compound name and owner name wrap within the page (no text outside the right margin)."""
    import re

    from casedesk.core.services.cases import NewCase, create_case

    long_compound = "山东省济南市历下区文化东路与山大路交叉口东北角原济南机床二厂职工宿舍新建住宅小区"
    number = create_case(
        session_factory, actor, NewCase("历下区", "文东街道", "青龙街社区", long_compound, "3", "2", 6)
    )
    roster = tmp_path / "r.csv"
    long_owner = "欧阳" + "慕容" * 12
    roster.write_text(f"房号,楼层,专有部分面积,业主姓名\n101,1,78.36,{long_owner}\n", encoding="utf-8")
    import_roster(session_factory, actor, number, roster, today=TODAY)
    out = print_form(session_factory, actor, "ballot", number, tmp_path / "long.pdf", today=TODAY)
    # Raw reading order: in -layout mode a wrapped cell interleaves with its neighbours.
    raw = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    compact = "".join(raw.split())
    assert long_compound in compact and long_owner in compact
    bbox = subprocess.run(
        ["pdftotext", "-bbox", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    page_width = float(re.search(r'<page width="([\d.]+)"', bbox).group(1))
    right_edges = [float(x) for x in re.findall(r'xMax="([\d.]+)"', bbox)]
    assert right_edges and max(right_edges) <= page_width - 40  # inside the 18 mm margin, give or take
