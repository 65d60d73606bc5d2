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
        "jinan-2021",
        "940.32",
        "783.60",
        "626.88",
        "超出 39.18 ㎡",
        "恰好达到",
        "弃权计入参与表决：是",
        "参与表决面积 × 3 ≥ 总面积 × 2",
    ):
        assert expected in text, expected


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


def test_kinds_not_yet_available_say_so(session_factory, actor, case_no, tmp_path) -> None:
    from casedesk.core.errors import UserError

    with pytest.raises(UserError, match="暂不能打印"):
        print_form(session_factory, actor, "acceptance", case_no, tmp_path / "a.pdf", today=TODAY)
    assert not (tmp_path / "a.pdf").exists()
    assert set(FORM_KINDS) >= {"ballot", "mediation-agreement", "cost-share"}


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
