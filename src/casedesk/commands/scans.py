"""`casedesk ballot scan CASE FILE...` and `casedesk ballot pending CASE [--pdf FILE]`: signed
paper ballots from the copier, matched to their flats by their QR codes (issue 25)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from casedesk import paths
from casedesk.cli import CliContext, CommandTree
from casedesk.commands._text import table
from casedesk.core.services.scans import ScanReport, pending_papers, pending_papers_pdf, scan_ballots

# A scan whose every page was placed exits 0; one that left pages for the clerk to look at (no
# code, another case, an outdated roster, a repeat) exits 1, with what it could place recorded.
EXIT_PAGES_TO_REVIEW = 1


def register(tree: CommandTree) -> None:
    ballot = tree.group("ballot", help="表决意见")
    p = ballot.add_parser(
        "scan",
        help="录入签字意见征询表的扫描件（PDF、PNG、JPEG），按二维码对应到各户；"
        "有未识别、非本案件或重复的页面时退出码为 1",
    )
    p.add_argument("case", metavar="CASE", help="案件编号")
    p.add_argument("files", metavar="FILE", type=Path, nargs="+", help="扫描文件（可多个，多页 PDF 亦可）")
    p.add_argument("--progress", action="store_true", help="在标准错误输出上显示读取进度")
    p.set_defaults(handler=cmd_ballot_scan)
    p = ballot.add_parser("pending", help="签字意见征询表尚未存档的房屋（入户收取提醒）")
    p.add_argument("case", metavar="CASE", help="案件编号")
    p.add_argument("--pdf", metavar="FILE", type=Path, help="另存为可打印的提醒清单（PDF）")
    p.add_argument(
        "--full-contacts",
        action="store_true",
        help="完整显示联系电话（仅经办人、主管；记入操作日志）",
    )
    p.set_defaults(handler=cmd_ballot_pending)


def _report_text(report: ScanReport) -> str:
    lines = [
        f"{report.case_no}：读取 {report.pages_read} 页，匹配 {len(report.matched)} 户，"
        f"未识别 {len(report.unmatched)} 页，非本案件或名册已变更 {len(report.foreign)} 页，"
        f"重复 {sum(len(d.repeats) for d in report.duplicates)} 页。"
    ]
    if report.matched:
        lines.append("已存档：")
        lines.append(
            table(
                ["房号", "业主", "页面", "SHA-256"],
                [[m.room, "、".join(m.owners), m.page.label, m.sha256] for m in report.matched],
            )
        )
    if report.unmatched:
        lines.append("未识别（未存档，请核对）：")
        lines += [f"  {u.page.label}：{u.why}" for u in report.unmatched]
    if report.foreign:
        lines.append("非本案件或名册已变更（未存档）：")
        lines += [f"  {f.page.label}：{f.room} 室，{f.why}" for f in report.foreign]
    if report.duplicates:
        lines.append("重复（未存档，请核对）：")
        for d in report.duplicates:
            where = f"已存档的是 {d.kept.label}" if d.kept else "此前已有存档"
            lines.append(f"  {d.room} 室：{'、'.join(r.label for r in d.repeats)}（{where}）")
    return "\n".join(lines)


def cmd_ballot_scan(args: argparse.Namespace, ctx: CliContext) -> int:
    def progress(done: int, total: int) -> None:
        print(f"\r读取 {done}/{total} 页", end="" if done < total else "\n", file=sys.stderr, flush=True)

    report = scan_ballots(
        ctx.session_factory,
        ctx.actor,
        args.case,
        list(args.files),
        paths.documents_dir_for(ctx.database.file),
        progress=progress if args.progress else None,
    )
    ctx.emit(report.to_json(), lambda: _report_text(report))
    return 0 if report.clean else EXIT_PAGES_TO_REVIEW


def cmd_ballot_pending(args: argparse.Namespace, ctx: CliContext) -> int:
    reveal = args.full_contacts
    if args.pdf is not None:
        pending_papers_pdf(
            ctx.session_factory, ctx.actor, args.case, args.pdf, today=ctx.today, reveal=reveal
        )
    rows = pending_papers(ctx.session_factory, ctx.actor, args.case, reveal=reveal and args.pdf is None)
    data = {
        "case": args.case,
        "pending": [
            {"room": r.room, "floor": r.floor, "owners": list(r.owners), "phones": list(r.phones)}
            for r in rows
        ],
    }
    if args.pdf is not None:
        data["pdf"] = str(args.pdf)

    def text() -> str:
        if not rows:
            lines = [f"{args.case}：各户签字意见征询表均已存档。"]
        else:
            lines = [
                f"{args.case}：{len(rows)} 户的签字意见征询表尚未存档：",
                table(
                    ["房号", "楼层", "业主", "联系电话"],
                    [[r.room, str(r.floor), "、".join(r.owners), "、".join(r.phones)] for r in rows],
                ),
            ]
        if args.pdf is not None:
            lines.append(f"已生成：{args.pdf}")
        return "\n".join(lines)

    ctx.emit(data, text)
    return 0
