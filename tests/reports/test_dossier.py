"""The case dossier (案卷) read back as a reviewer reads it: page by page with pdftotext."""

from __future__ import annotations

import hashlib
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select

from casedesk.core.db.models import AuditEvent, Dispute, Document
from casedesk.core.domain.enums import MeetingOutcome, Role, Stage
from casedesk.core.errors import PermissionDenied
from casedesk.core.reports.fonts import REGULAR, register_fonts
from casedesk.core.services import disputes as ds
from casedesk.core.services import workflow as wf
from casedesk.core.services.actor import Actor
from casedesk.core.services.dossier import build_dossier
from tests.money.walk import case_at

TODAY = date.today()
PHONE = "13912345678"


def page_texts(pdf: Path) -> list[str]:
    """Each page's text without spaces (pdftotext puts spaces between CJK runs)."""
    count = len(PdfReader(pdf).pages)
    texts = []
    for n in range(1, count + 1):
        out = subprocess.run(
            ["pdftotext", "-f", str(n), "-l", str(n), "-layout", str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        texts.append("".join(out.split()))
    return texts


def fonts_of(pdf: Path) -> list[tuple[str, str]]:
    """(name, emb) for every font pdffonts lists."""
    lines = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in lines.splitlines()[2:]:
        parts = line.split()
        # name type [encoding words] emb sub uni object ID: emb is the 5th field from the end
        rows.append((parts[0], parts[-5]))
    return rows


@pytest.fixture
def documents_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "documents"
    folder.mkdir()
    return folder


@pytest.fixture
def walked_case(session_factory, actor, documents_dir: Path, tmp_path: Path) -> str:
    """A case through its notice (with a photo), an objection answered, and a mediation that
    ended in an agreement; a scanned PDF attached to the notice stage."""
    case_no = case_at(session_factory, actor, Stage.NOTICE, days_ago=120)
    photo = tmp_path / "公示照片.png"
    Image.new("RGB", (1200, 900), (200, 220, 240)).save(photo)
    posted = TODAY - timedelta(days=60)
    ends = wf.post_notice(
        session_factory,
        actor,
        case_no,
        posted_on=posted,
        places="单元门口公告栏",
        witness="青龙街社区居委会",
        photo=photo,
        documents_dir=documents_dir,
        today=TODAY,
    )
    scan = tmp_path / "公示内容扫描.pdf"
    register_fonts()
    canvas = Canvas(str(scan), initialFontName=REGULAR)  # a scanner's PDF embeds what it uses
    canvas.drawString(100, 700, "SCANNED NOTICE CONTENT PAGE ONE")
    canvas.showPage()
    canvas.drawString(100, 700, "SCANNED NOTICE CONTENT PAGE TWO")
    canvas.save()
    wf.mark_checklist_item(
        session_factory, actor, case_no, "notice_content", on=posted, file=scan, documents_dir=documents_dir
    )
    objection = wf.add_objection(
        session_factory,
        actor,
        case_no,
        objector="刘秀英",
        received_on=posted + timedelta(days=3),
        detail="电梯井道挡住一楼采光",
        contact=PHONE,
        address="101 室",
    )
    wf.resolve_objection(session_factory, actor, objection, response="调整井道位置，补偿采光损失", on=ends)
    with session_factory() as s:
        dispute_no = s.scalar(select(Dispute.dispute_no).order_by(Dispute.id.desc()))
    assert dispute_no, "the objection raises its dispute"
    held = datetime.combine(posted + timedelta(days=5), datetime.min.time()).replace(hour=19)
    ds.save_meeting(
        session_factory,
        actor,
        dispute_no,
        held_at=held,
        place="社区会议室",
        mediators="赵调解员",
        recorder="李社工",
        attendees=[{"name": "刘秀英"}],
        notes="双方陈述意见。",
        outcome=MeetingOutcome.AGREEMENT,
    )
    ds.add_agreement(
        session_factory,
        actor,
        dispute_no,
        terms="出资业主补偿 101 室 8,000 元",
        signed_on=held.date(),
        parties="刘秀英；王建国",
        facts="井道影响采光",
        matters="补偿金额",
        performance_method="转账",
        performance_deadline=held.date() + timedelta(days=30),
    )
    return case_no


def test_dossier_contents_page_numbers_and_manifest(
    session_factory, actor, walked_case, documents_dir, tmp_path
) -> None:
    out = tmp_path / "案卷.pdf"
    result = build_dossier(session_factory, actor, walked_case, out, documents_dir=documents_dir, today=TODAY)
    pages = page_texts(out)
    assert result.pages == len(pages) and len(pages) > 10
    assert "既有住宅增设电梯案卷" in pages[0] and walked_case in pages[0]
    assert "目录" in pages[1]

    toc_lines = [
        "".join(line.split())
        for line in subprocess.run(
            ["pdftotext", "-f", "2", "-l", "3", "-layout", str(out), "-"], capture_output=True, text=True
        ).stdout.splitlines()
    ]
    # Every 目录 entry points at the page where that part begins (stamped "案卷第 n 页").
    titles = [t for t, _level, _page in result.contents]
    for title, _level, page in result.contents:
        text = pages[page - 1]
        assert f"案卷第{page}页共{len(pages)}页" in text
        assert "".join(title.split()) in text, (title, page)
        # the 目录 itself prints that number at the end of the title's line
        assert any(line.endswith("".join(title.split()) + str(page)) for line in toc_lines), (title, page)
    # ... and the part before it ends on the page before (its stamp names it)
    for (prev, _l, _p), (_t, _l2, page) in zip(result.contents, result.contents[1:], strict=False):
        assert "".join(prev.split()) in pages[page - 2]

    for part in ("表决结果统计表", "公示", "异议登记及处理表", "调解笔录", "调解协议书", "操作日志摘录"):
        assert any(part in t for t in titles), part
    whole = "".join(pages)
    assert "公示记录（公示期与张贴照片）" in whole and "单元门口公告栏" in whole and "公示照片.png" in whole
    assert "电梯井道挡住一楼采光" in whole and "调整井道位置，补偿采光损失" in whole
    assert "出资业主补偿101室8,000元" in whole and "第1次调解" in whole
    assert "SCANNEDNOTICECONTENTPAGEONE" in whole and "SCANNEDNOTICECONTENTPAGETWO" in whole
    assert "张贴公示" in whole and "登记异议" in whole  # the audit trail in words, not codes
    assert "notice.post" not in whole and "objection.add" not in whole
    # personal data masked by default
    # (the mediation agreement itself carries the parties' particulars, 人民调解法 art. 29)
    assert all("人民调解协议书" in t for t in pages if PHONE in t) and "139****5678" in whole
    omitted = dict(result.omitted)
    assert "尚未进入" in omitted["竣工验收记录"] and "尚未进入" in omitted["街道审核申报表及真实性承诺"]

    # The last part is the manifest, and its hashes are those of the stored files.
    assert "附件清单（SHA-256）" in pages[-1] or "附件清单（SHA-256）" in pages[-2]
    with session_factory() as s:
        docs = s.scalars(select(Document).where(Document.sha256.is_not(None))).all()
    manifest = "".join(p for p in pages if "附件清单（SHA-256）" in p and "核对" in p)
    assert len(docs) == 2
    for doc in docs:
        stored = documents_dir / doc.sha256[:2] / doc.sha256
        assert hashlib.sha256(stored.read_bytes()).hexdigest() == doc.sha256
        assert doc.sha256 in manifest and doc.filename in manifest
    assert manifest.count("一致") >= 2 and "不一致" not in manifest

    # A photo embedded at a readable size: the notice page carries an image at least 10 cm wide.
    reader = PdfReader(out)
    photo_page = next(
        i for i, t in enumerate(pages) if "公示记录（公示期与张贴照片）" in t and "现场照片" in t
    )
    assert reader.pages[photo_page].images, "the posting photo is on the notice page"
    # Every font is embedded.
    fonts = fonts_of(out)
    assert fonts and all(emb == "yes" for _name, emb in fonts), fonts
    with session_factory() as s:
        assert s.scalar(select(AuditEvent).where(AuditEvent.summary.like("打印案卷%")))


def test_swapped_file_shows_in_the_manifest(
    session_factory, actor, walked_case, documents_dir, tmp_path
) -> None:
    with session_factory() as s:
        doc = s.scalar(select(Document).where(Document.filename == "公示照片.png"))
    stored = documents_dir / doc.sha256[:2] / doc.sha256
    Image.new("RGB", (10, 10), (0, 0, 0)).save(stored, format="PNG")  # swapped behind our back
    out = tmp_path / "案卷.pdf"
    build_dossier(session_factory, actor, walked_case, out, documents_dir=documents_dir, today=TODAY)
    manifest = "".join(p for p in page_texts(out) if "核对" in p)
    assert "不一致" in manifest


def test_full_numbers_only_for_roles_that_may_see_them(
    session_factory, actor, walked_case, documents_dir, tmp_path
) -> None:
    clerk = Actor(None, "li", Role.CLERK, "李经办")
    out = tmp_path / "full.pdf"
    build_dossier(
        session_factory, clerk, walked_case, out, documents_dir=documents_dir, today=TODAY, reveal=True
    )
    assert PHONE in "".join(page_texts(out))
    with session_factory() as s:
        assert s.scalar(select(AuditEvent).where(AuditEvent.action == "case.view_personal_data"))
    mediator = Actor(None, "zhao", Role.MEDIATOR, "赵调解员")
    with pytest.raises(PermissionDenied):
        build_dossier(
            session_factory,
            mediator,
            walked_case,
            tmp_path / "x.pdf",
            documents_dir=documents_dir,
            today=TODAY,
            reveal=True,
        )


def test_command_line(db_url, walked_case, documents_dir, tmp_path, monkeypatch, capsys) -> None:
    import json

    from casedesk.cli import main
    from casedesk.paths import DOCUMENTS_ENV

    monkeypatch.setenv(DOCUMENTS_ENV, str(documents_dir))
    out = tmp_path / "cli.pdf"
    assert main(["--db", db_url, "--json", "dossier", walked_case, "-o", str(out)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["pages"] == len(PdfReader(out).pages)
    assert [c["title"] for c in report["contents"]][-1] == "附件清单（SHA-256）"
    assert main(["--db", db_url, "dossier", "NO-SUCH-CASE", "-o", str(out)]) == 2


def test_scans_of_every_kind(session_factory, actor, walked_case, documents_dir, tmp_path) -> None:
    """A JPEG scan is shown on its page, a PDF saved turned is stamped upright, an unreadable image
    is listed (in the 目录's omissions and the manifest) without stopping the dossier."""
    jpeg = tmp_path / "申请书.jpg"
    Image.new("RGB", (1240, 1754), (250, 250, 250)).save(jpeg, quality=70)
    turned = tmp_path / "协议书.pdf"
    canvas = Canvas(str(turned), initialFontName=REGULAR)
    canvas.drawString(100, 700, "TURNED AGREEMENT PAGE")
    canvas.showPage()
    canvas.save()
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=turned)
    writer.pages[0].rotate(90)
    writer.write(turned)
    broken = tmp_path / "坏图.png"
    broken.write_bytes(b"not an image")
    for code, stage, path in (
        ("application", Stage.INTAKE, jpeg),
        ("project_agreement", Stage.CONSENT, turned),
        ("representatives", Stage.INTAKE, broken),
    ):
        wf.mark_checklist_item(
            session_factory,
            actor,
            walked_case,
            code,
            on=TODAY,
            file=path,
            documents_dir=documents_dir,
            stage=stage,
        )
    out = tmp_path / "案卷.pdf"
    result = build_dossier(session_factory, actor, walked_case, out, documents_dir=documents_dir, today=TODAY)
    pages = page_texts(out)
    reader = PdfReader(out)
    jpeg_page = next(page for title, _l, page in result.contents if "申请书.jpg" in title)
    assert reader.pages[jpeg_page - 1].images
    turned_page = next(page for title, _l, page in result.contents if "协议书.pdf" in title)
    assert reader.pages[turned_page - 1].rotation == 0
    assert (
        "TURNEDAGREEMENTPAGE" in pages[turned_page - 1] and f"案卷第{turned_page}页" in pages[turned_page - 1]
    )
    assert any("坏图.png" in title and "无法读取" in why for title, why in result.omitted)
    manifest = "".join(p for p in pages if "核对" in p)
    assert "坏图.png" in manifest and "申请书.jpg" in manifest and "协议书.pdf" in manifest


def test_mediation_notes_stay_out_of_an_administrators_dossier(
    session_factory, actor, walked_case, documents_dir, tmp_path
) -> None:
    """What was said in mediation is for mediators and supervisors (issue 23 #11): the dossier an
    administrator prints says the record was left out; a supervisor's carries it."""
    admin = Actor(None, "admin", Role.ADMIN, "管理员")
    supervisor = Actor(None, "zhu", Role.SUPERVISOR, "朱主任")
    texts = {}
    for who in (admin, supervisor):
        out = tmp_path / f"{who.username}.pdf"
        build_dossier(session_factory, who, walked_case, out, documents_dir=documents_dir, today=TODAY)
        texts[who.username] = "".join(page_texts(out)).replace("\n", "")
    assert "双方陈述意见" in texts["zhu"]
    assert "双方陈述意见" not in texts["admin"] and "调解记录仅调解员和主管可阅" in texts["admin"]
