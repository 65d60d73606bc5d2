"""The case dossier (案卷): one PDF a reviewer or a court can read on its own.

The printed forms are rendered by the form library exactly as a clerk prints them, and their
pages are appended unchanged (pypdf), so the dossier shows the same paper the office signed. The
dossier's own sections (cover, 目录, notice, objections, disputes, scans, audit extract, manifest)
are built here from plain snapshots. Every page is then stamped with the dossier's own running
page number, which is what the 目录 refers to; the 目录 is laid out twice, because its own length
moves every later page.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from casedesk.core.reports.fonts import BOLD, REGULAR, register_fonts
from casedesk.core.reports.page import (
    CELL_PADDING,
    GRID_COLOUR,
    HEADER_SHADE,
    PageInfo,
    grid,
    styles,
    wrap_cjk,
    write_pdf,
)
from casedesk.core.reports.page import _replace_with_retry as replace_with_retry

FULL_WIDTH = 174 * mm
IMAGE_BOX = (174 * mm, 200 * mm)  # an A4 frame less the heading above a scan


def _text(value: str) -> str:
    """Typed text into Paragraph markup: escaped, line breaks kept."""
    escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return escaped.replace("\n", "<br/>")


@dataclass(frozen=True)
class Cover:
    case_no: str
    office: str
    address: str
    stage: str
    opened_on: date
    printed_by: str
    printed_at: str
    personal_data: str  # how personal data is shown (masked / shown, audited)
    printed_on: date
    seal_text: str = ""


@dataclass(frozen=True)
class NoticeRecord:
    posted_on: date
    ends_on: date
    period: str  # "15 日（自然日）"
    places: str
    witness: str
    photo: Path | None  # the stored photo of the posted notice
    photo_name: str = ""
    photo_sha256: str = ""


@dataclass(frozen=True)
class ObjectionRecord:
    objector: str
    received_on: date
    contact: str
    address: str
    detail: str
    written: bool
    status: str
    response: str
    resolved_on: date | None


@dataclass(frozen=True)
class MeetingRecord:
    held_at: str
    place: str
    mediators: str
    attendees: str
    positions: str
    proposals: str
    notes: str
    outcome: str
    next_date: date | None


@dataclass(frozen=True)
class AgreementRecord:
    agreement_no: str
    signed_on: date | None
    terms: str
    responsibilities: str
    performance: str
    partial: bool


@dataclass(frozen=True)
class DisputeRecord:
    dispute_no: str
    title: str
    status: str
    opened_on: date
    closed_on: date | None
    committee: str
    parties: tuple[str, ...]
    meetings: tuple[MeetingRecord, ...] = ()
    agreements: tuple[AgreementRecord, ...] = ()


@dataclass(frozen=True)
class AttachedFile:
    title: str  # what the document is (the checklist item's title)
    filename: str
    sha256: str  # as recorded when it was attached
    size: int
    path: Path | None  # the stored file, None when it is missing from the store
    check: str  # 一致 / 不一致 / 文件缺失: the file's hash now against the recorded one
    is_image: bool = False
    is_pdf: bool = False


@dataclass(frozen=True)
class AuditLine:
    at: str
    who: str
    action: str
    summary: str


@dataclass(frozen=True)
class Part:
    """One entry of the 目录 and the pages that make it up (a PDF already on disk)."""

    title: str
    pdf: Path
    level: int = 0  # 1: indented under the part before


@dataclass
class Dossier:
    cover: Cover
    parts: list[Part] = field(default_factory=list)
    omitted: list[tuple[str, str]] = field(default_factory=list)  # form, why it is not in


# --- the dossier's own sections ----------------------------------------------------------------


def _info(cover: Cover, title: str) -> PageInfo:
    return PageInfo(cover.office, title, cover.case_no, cover.printed_on, cover.seal_text)


def cover_pdf(path: Path, cover: Cover, printed_on: date) -> Path:
    st = styles()
    story: list[Flowable] = [
        Spacer(1, 40 * mm),
        Paragraph("既有住宅增设电梯案卷", st["title"]),
        Spacer(1, 12 * mm),
        grid(
            [
                ["案件编号", cover.case_no],
                ["地址", cover.address],
                ["承办单位", cover.office],
                ["立案日期", cover.opened_on.isoformat()],
                ["当前阶段", cover.stage],
                ["打印人", cover.printed_by],
                ["打印时间", cover.printed_at],
                ["个人信息", cover.personal_data],
            ],
            [36 * mm, 138 * mm],
            header=False,
            st=st,
        ),
        Spacer(1, 10 * mm),
        Paragraph(
            "本案卷由 CaseDesk 根据系统中保存的记录生成。所附表单按保存的记录打印；"
            "卷末附件清单列出每个附件文件的 SHA-256 校验值，可据此核对附件未被替换。",
            st["small"],
        ),
    ]
    return write_pdf(path, PageInfo(cover.office, "案卷封面", cover.case_no, printed_on), story)


def toc_pdf(
    path: Path,
    cover: Cover,
    entries: list[tuple[str, int, int]],
    omitted: list[tuple[str, str]],
    printed_on: date,
) -> Path:
    """目录: (title, level, first page) rows; the forms that could not be printed, and why."""
    st = styles()
    rows = [["序号", "内容", "页码"]]
    number = 0
    for title, level, page in entries:
        if level == 0:
            number += 1
            rows.append([str(number), title, str(page)])
        else:
            rows.append(["", f"　　{title}", str(page)])
    story: list[Flowable] = [
        Paragraph("目　录", st["title"]),
        grid(rows, [16 * mm, 134 * mm, 24 * mm], st=st),
    ]
    if omitted:
        story += [
            Paragraph("未收入的表单", st["h2"]),
            grid([["表单", "原因"], *[[t, why] for t, why in omitted]], [60 * mm, 114 * mm], st=st),
        ]
    return write_pdf(path, PageInfo(cover.office, "案卷目录", cover.case_no, printed_on), story)


def _scaled_image(path: Path, box: tuple[float, float] = IMAGE_BOX) -> Image:
    """The image as large as the box allows (a phone photo is shrunk, a small scan enlarged up to
    twice its size so its writing stays readable), keeping its proportions."""
    from PIL import Image as PILImage

    with PILImage.open(path) as im:
        width, height = im.size
    # pixels at 150 dpi, a scan's usual resolution, give the natural size in points
    natural_w, natural_h = width * 72 / 150, height * 72 / 150
    scale = min(box[0] / natural_w, box[1] / natural_h, 2.0)
    return Image(str(path), width=natural_w * scale, height=natural_h * scale)


def notice_pdf(path: Path, cover: Cover, notices: list[NoticeRecord], printed_on: date) -> Path:
    st = styles()
    story: list[Flowable] = [Paragraph("公示记录（公示期与张贴照片）", st["title"])]
    if not notices:
        story.append(Paragraph("本案尚未登记公示。", st["base"]))
    for i, n in enumerate(notices):
        if i:
            story.append(PageBreak())
        story += [
            grid(
                [
                    ["张贴日期", n.posted_on.isoformat()],
                    [
                        "公示期",
                        f"{n.period}，自 {n.posted_on.isoformat()} 次日起至 {n.ends_on.isoformat()} 止",
                    ],
                    ["张贴地点", n.places or "—"],
                    ["见证单位", n.witness or "—"],
                    [
                        "现场照片",
                        f"{n.photo_name}（SHA-256：{n.photo_sha256}）" if n.photo_name else "未附照片",
                    ],
                ],
                [32 * mm, 142 * mm],
                header=False,
                st=st,
            ),
            Spacer(1, 4 * mm),
        ]
        if n.photo is not None:
            story.append(_scaled_image(n.photo, (174 * mm, 170 * mm)))
        elif n.photo_name:
            story.append(Paragraph("照片文件不在材料文件夹中，无法附入。", st["base"]))
    return write_pdf(path, _info(cover, "公示记录"), story)


def objections_pdf(path: Path, cover: Cover, objections: list[ObjectionRecord], printed_on: date) -> Path:
    st = styles()
    story: list[Flowable] = [Paragraph("异议及答复", st["title"])]
    if not objections:
        story.append(Paragraph("本案未登记异议。", st["base"]))
    for i, o in enumerate(objections, 1):
        story.append(
            KeepTogether(
                [
                    Paragraph(f"异议 {i}：{_text(o.objector)}（{o.received_on.isoformat()} 收到）", st["h2"]),
                    grid(
                        [
                            ["形式", "书面" if o.written else "口头", "状态", o.status],
                            ["联系方式", o.contact or "—", "住址", o.address or "—"],
                        ],
                        [26 * mm, 61 * mm, 26 * mm, 61 * mm],
                        header=False,
                        st=st,
                    ),
                    grid(
                        [
                            ["异议内容", o.detail],
                            ["答复", o.response or "（尚未答复）"],
                            ["答复日期", o.resolved_on.isoformat() if o.resolved_on else "—"],
                        ],
                        [26 * mm, 148 * mm],
                        header=False,
                        st=st,
                    ),
                ]
            )
        )
    return write_pdf(path, _info(cover, "异议及答复"), story)


def disputes_pdf(path: Path, cover: Cover, disputes: list[DisputeRecord], printed_on: date) -> Path:
    st = styles()
    story: list[Flowable] = [Paragraph("纠纷、调解会议与调解协议", st["title"])]
    if not disputes:
        story.append(Paragraph("本案没有纠纷记录。", st["base"]))
    for d in disputes:
        story.append(
            KeepTogether(
                [
                    Paragraph(f"{d.dispute_no}　{_text(d.title)}", st["h2"]),
                    Paragraph(
                        f"状态：{d.status}　立案：{d.opened_on.isoformat()}"
                        + (f"　结案：{d.closed_on.isoformat()}" if d.closed_on else "")
                        + (f"　调解组织：{_text(d.committee)}" if d.committee else ""),
                        st["base"],
                    ),
                    Paragraph(f"当事人：{_text('；'.join(d.parties)) or '—'}", st["base"]),
                ]
            )
        )
        if not d.meetings:
            story.append(Paragraph("尚无调解会议记录。", st["base"]))
        for i, m in enumerate(d.meetings, 1):
            lines = [
                Paragraph(f"第 {i} 次调解　{m.held_at}　{_text(m.place)}", st["h2"]),
                Paragraph(
                    f"调解员：{_text(m.mediators) or '—'}　参加人员：{_text(m.attendees) or '—'}", st["base"]
                ),
            ]
            if m.positions:
                lines.append(Paragraph(f"各方意见：{_text(m.positions)}", st["base"]))
            if m.proposals:
                lines.append(Paragraph(f"调解方案：{_text(m.proposals)}", st["base"]))
            if m.notes:
                lines.append(Paragraph(f"笔录：{_text(m.notes)}", st["small"]))
            lines.append(
                Paragraph(
                    f"结果：{m.outcome or '—'}"
                    + (f"　下次调解：{m.next_date.isoformat()}" if m.next_date else ""),
                    st["base"],
                )
            )
            story += [KeepTogether(lines[:2]), *lines[2:]]
        for a in d.agreements:
            block = [
                Paragraph(f"调解协议 {a.agreement_no}{'（部分达成）' if a.partial else ''}", st["h2"]),
                Paragraph(f"签订日期：{a.signed_on.isoformat() if a.signed_on else '—'}", st["base"]),
                Paragraph(f"协议内容：{_text(a.terms)}", st["base"]),
            ]
            if a.responsibilities:
                block.append(Paragraph(f"各方责任：{_text(a.responsibilities)}", st["base"]))
            if a.performance:
                block.append(Paragraph(f"履行方式：{_text(a.performance)}", st["base"]))
            story.append(KeepTogether(block))
    return write_pdf(path, _info(cover, "纠纷与调解"), story)


def image_pdf(path: Path, cover: Cover, attached: AttachedFile, printed_on: date) -> Path:
    """One scanned image on its own page, under its name and hash."""
    st = styles()
    assert attached.path is not None
    story: list[Flowable] = [
        Paragraph(f"附件：{_text(attached.title)}", st["h2"]),
        Paragraph(f"{_text(attached.filename)}　SHA-256：{attached.sha256}", st["small"]),
        Spacer(1, 3 * mm),
        _scaled_image(attached.path),
    ]
    return write_pdf(path, _info(cover, "案件附件"), story)


def audit_pdf(path: Path, cover: Cover, lines: list[AuditLine], printed_on: date) -> Path:
    st = styles()
    rows = [["时间", "操作人", "操作", "内容"], *[[a.at, a.who, a.action, a.summary] for a in lines]]
    story: list[Flowable] = [
        Paragraph("操作日志摘录", st["title"]),
        Paragraph(f"本案共 {len(lines)} 条操作记录，按时间顺序排列。", st["base"]),
        Spacer(1, 2 * mm),
        grid(rows, [34 * mm, 26 * mm, 32 * mm, 82 * mm], st=st),
    ]
    return write_pdf(path, _info(cover, "操作日志摘录"), story)


def manifest_pdf(path: Path, cover: Cover, files: list[AttachedFile], printed_on: date) -> Path:
    st = styles()
    table = _manifest_table(files, st)
    story: list[Flowable] = [
        Paragraph("附件清单（SHA-256）", st["title"]),
        Paragraph(
            "下表列出本案全部附件文件及其登记时记录的 SHA-256 校验值；“核对”为生成本案卷时"
            "对存档文件重新计算的结果。任何人可用 sha256sum 或 certutil -hashfile 核对文件未被替换。",
            st["base"],
        ),
        Spacer(1, 2 * mm),
        table,
        Spacer(1, 6 * mm),
        KeepTogether(
            [
                Paragraph("案卷至此结束。", st["base"]),
                Paragraph(f"打印人：{_text(cover.printed_by)}　打印时间：{cover.printed_at}", st["base"]),
            ]
        ),
    ]
    return write_pdf(path, _info(cover, "附件清单"), story)


def _manifest_table(files: list[AttachedFile], st: dict) -> Table:
    """Two rows a file: what it is, then its SHA-256 on one unbroken line under it, so a reader
    can copy the whole value and compare it with sha256sum's."""
    widths = [12 * mm, 44 * mm, 62 * mm, 26 * mm, 30 * mm]
    cell = st["cell"]

    def wrap(text: str, col: int) -> str:
        return wrap_cjk(text, REGULAR, cell.fontSize, widths[col] - 2 * CELL_PADDING)

    rows: list[list[str]] = [["序号", "附件", "文件名", "大小（字节）", "核对"]]
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTNAME", (0, 0), (-1, 0), BOLD),
        ("FONTSIZE", (0, 0), (-1, -1), cell.fontSize),
        ("LEADING", (0, 0), (-1, -1), cell.leading),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_SHADE),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID_COLOUR),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    for i, f in enumerate(files, 1):
        rows.append([str(i), wrap(f.title, 1), wrap(f.filename, 2), str(f.size), f.check])
        rows.append(["", f"SHA-256：{f.sha256}", "", "", ""])
        hash_row = len(rows) - 1
        commands += [
            ("SPAN", (0, hash_row - 1), (0, hash_row)),
            ("SPAN", (1, hash_row), (-1, hash_row)),
            ("FONTSIZE", (1, hash_row), (-1, hash_row), 8.5),
        ]
    if not files:
        rows.append(["", "本案没有附件文件", "", "", ""])
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


# --- putting it together -----------------------------------------------------------------------


def page_count(pdf: Path) -> int:
    return len(PdfReader(pdf).pages)


def _stamps(sizes: list[tuple[float, float]], labels: list[str], case_no: str) -> PdfReader:
    """One overlay page per dossier page: the running number the 目录 refers to, at the foot."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, initialFontName=REGULAR)
    total = len(sizes)
    for number, ((width, height), label) in enumerate(zip(sizes, labels, strict=True), 1):
        canvas.setPageSize((width, height))
        canvas.setFont(REGULAR, 8)
        canvas.setFillGray(0.35)
        canvas.drawCentredString(
            width / 2, 4.5 * mm, f"案卷 {case_no}　{label}　案卷第 {number} 页 共 {total} 页"
        )
        canvas.showPage()
    canvas.save()
    buffer.seek(0)
    return PdfReader(buffer)


def assemble(
    out: Path,
    dossier: Dossier,
    make_cover: Callable[[Path], Path],
    make_toc: Callable[[Path, list[tuple[str, int, int]]], Path],
    work: Path,
) -> tuple[Path, list[tuple[str, int, int]]]:
    """Cover, 目录 and the parts into *out*; returns the path and the 目录's (title, level, page)."""
    cover = make_cover(work / "cover.pdf")
    counts = [page_count(p.pdf) for p in dossier.parts]
    cover_pages = page_count(cover)

    def entries(toc_pages: int) -> list[tuple[str, int, int]]:
        page = cover_pages + toc_pages + 1
        rows = []
        for part, n in zip(dossier.parts, counts, strict=True):
            rows.append((part.title, part.level, page))
            page += n
        return rows

    toc_pages = 1
    for _ in range(4):  # the 目录's length settles at once unless it grows a page
        toc = make_toc(work / "toc.pdf", entries(toc_pages))
        actual = page_count(toc)
        if actual == toc_pages:
            break
        toc_pages = actual
    rows = entries(toc_pages)

    writer = PdfWriter()
    labels: list[str] = []
    for pdf, label in [(cover, "封面"), (toc, "目录"), *[(p.pdf, p.title) for p in dossier.parts]]:
        reader = PdfReader(pdf)
        for page in reader.pages:
            added = writer.add_page(page)
            if added.rotation:  # a scan saved turned: upright it, so the stamp lands at its foot
                added.transfer_rotation_to_content()
            labels.append(label)
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in writer.pages]
    stamps = _stamps(sizes, labels, dossier.cover.case_no)
    for page, stamp in zip(writer.pages, stamps.pages, strict=True):
        page.merge_page(stamp)
    writer.add_metadata({"/Title": f"案卷 {dossier.cover.case_no}", "/Creator": "CaseDesk"})
    outline_parent = None
    for title, level, page_no in rows:
        if level == 0:
            outline_parent = writer.add_outline_item(title=title, page_number=page_no - 1)
        else:
            writer.add_outline_item(title=title, page_number=page_no - 1, parent=outline_parent)

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=out.parent, prefix=".casedesk-", suffix=".pdf")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with open(tmp, "wb") as fh:
            writer.write(fh)
        replace_with_retry(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out, rows
