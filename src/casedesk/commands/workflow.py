"""Workflow commands: advance and side moves, intake facts, checklists, notice, objections, queue."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from casedesk import paths
from casedesk.cli import CliContext, CommandTree
from casedesk.commands._args import iso_date, positive_int, procedure, stage, yes_no
from casedesk.commands._text import table
from casedesk.core.domain.enums import ChecklistStatus, ObjectionStatus
from casedesk.core.services import workflow as wf
from casedesk.core.workflow.stages import PARALLEL_PROCEDURES


def register(tree: CommandTree) -> None:
    case = tree.group("case")
    p = case.add_parser("advance", help="推进到下一阶段（条件不满足时列出原因）")
    p.add_argument("case", metavar="CASE")
    p.add_argument("--to", type=stage, required=True, metavar="STAGE", help="目标阶段")
    p.add_argument("--on", type=iso_date, help="日期（默认今天）")
    p.add_argument("--note", help="备注")
    p.set_defaults(handler=cmd_advance)
    p = case.add_parser("check", help="列出推进到下一阶段还缺什么")
    p.add_argument("case", metavar="CASE")
    p.add_argument("--on", type=iso_date)
    p.set_defaults(handler=cmd_check)
    for kind, text in (
        ("suspend", "暂停"),
        ("resume", "恢复"),
        ("withdraw", "撤回"),
        ("reject", "不予通过"),
        ("reopen", "重新开启（主管）"),
    ):
        p = case.add_parser(kind, help=f"{text}案件")
        p.add_argument("case", metavar="CASE")
        p.add_argument("--reason", required=kind != "resume", help="原因")
        p.add_argument("--on", type=iso_date)
        p.set_defaults(handler=cmd_side, kind=kind)
    p = case.add_parser("intake", help="登记受理条件、业主代表或实施主体")
    p.add_argument("case", metavar="CASE")
    p.add_argument("--state-owned-land", type=yes_no, metavar="是/否")
    p.add_argument("--in-expropriation-plan", type=yes_no, metavar="是/否")
    p.add_argument("--has-elevator", type=yes_no, metavar="是/否")
    p.add_argument("--implementer", help="实施主体（受委托单位）")
    p.add_argument("--representative", action="append", help="业主代表姓名，可重复（至多 5 人）")
    p.set_defaults(handler=cmd_intake)
    p = case.add_parser("procedure", help="登记并行手续（意见征询期间即可办理）")
    p.add_argument("case", metavar="CASE")
    p.add_argument(
        "kind",
        type=procedure,
        metavar="KIND",
        help="；".join(f"{k}＝{v}" for k, v in PARALLEL_PROCEDURES.items()),
    )
    p.add_argument("--on", type=iso_date, help="办理日期（默认今天）")
    p.add_argument("--number", help="文号或编号（如规划审查意见书编号）")
    p.add_argument("--note", help="备注")
    p.set_defaults(handler=cmd_procedure)
    p = case.add_parser("history", help="案件审计记录（谁、何时、做了什么）")
    p.add_argument("case", metavar="CASE")
    p.set_defaults(handler=cmd_history)

    checklist = tree.group("checklist", help="阶段材料清单")
    p = checklist.add_parser("mark", help="登记材料已齐备（可附文件）")
    p.add_argument("case", metavar="CASE")
    p.add_argument("code", metavar="ITEM")
    p.add_argument("--file", type=Path, help="附件文件（按 SHA-256 存一份）")
    p.add_argument("--on", type=iso_date)
    p.set_defaults(handler=cmd_mark)
    p = checklist.add_parser("waive", help="主管免交材料（须填理由）")
    p.add_argument("case", metavar="CASE")
    p.add_argument("code", metavar="ITEM")
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=cmd_waive)

    notice = tree.group("notice", help="公示")
    p = notice.add_parser("post", help="登记公示张贴，计算公示截止日")
    p.add_argument("case", metavar="CASE")
    p.add_argument("--on", type=iso_date, required=True, help="张贴日期")
    p.add_argument("--places", help="张贴地点")
    p.add_argument("--witness", help="见证单位")
    p.add_argument("--photo", type=Path, help="公示现场照片（同时登记为公示阶段材料）")
    p.set_defaults(handler=cmd_notice)

    for group, name, text in (
        (notice, "show", "公示情况（张贴日期、截止日、剩余天数、照片）与全部异议及其编号"),
        (tree.group("objection", help="异议"), "list", "列出本案件的异议（编号、书面/口头、处理情况）"),
    ):
        p = group.add_parser(name, help=text, description=text)
        p.add_argument("case", metavar="CASE")
        p.set_defaults(handler=cmd_notice_show)

    p = tree.group("document", help="附件").add_parser(
        "get", help="取出已登记的附件（编号见 case progress --json 的 document_id）"
    )
    p.add_argument("id", type=positive_int, metavar="ID", help="附件编号")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help="保存为此文件")
    p.set_defaults(handler=cmd_document_get)

    objection = tree.group("objection", help="异议")
    p = objection.add_parser("add", help="登记异议（书面异议将自动生成纠纷）")
    p.add_argument("case", metavar="CASE")
    p.add_argument("--objector", required=True, help="异议人")
    p.add_argument("--detail", required=True, help="异议内容")
    p.add_argument("--on", type=iso_date, required=True, help="收到日期")
    p.add_argument("--contact", help="联系电话")
    p.add_argument("--address", help="住址")
    p.add_argument("--oral", action="store_true", help="口头异议（默认为书面异议）")
    p.set_defaults(handler=cmd_objection_add)
    p = objection.add_parser("resolve", help="登记异议处理答复")
    p.add_argument("id", type=int, metavar="ID", help="异议编号（登记时显示）")
    p.add_argument("--response", required=True, help="答复内容")
    p.add_argument("--on", type=iso_date, help="答复日期（默认今天）")
    p.set_defaults(handler=cmd_objection_resolve)

    p = tree.add_parser(
        "queue", help="工作台：待我审核（主管）、超期、即将到期、受阻、需核实的案件，各附原因与超期天数"
    )
    p.add_argument("--limit", type=positive_int, default=10, help="每个列表最多显示几件（默认 10）")
    p.set_defaults(handler=cmd_queue)


def cmd_advance(args: argparse.Namespace, ctx: CliContext) -> int:
    on = args.on or ctx.today
    try:
        wf.advance(ctx.session_factory, ctx.actor, args.case, args.to, on=on, note=args.note)
    except wf.GuardFailed as refused:
        if ctx.json:
            ctx.emit({"case": args.case, "to": args.to.value, "advanced": False, "reasons": refused.reasons})
        else:
            print(f"casedesk: {args.case} 不能进入“{args.to.label}”：", file=sys.stderr)
            for reason in refused.reasons:
                print(f"  - {reason}", file=sys.stderr)
        return 2
    ctx.emit(
        {"case": args.case, "to": args.to.value, "advanced": True, "on": on.isoformat()},
        f"{args.case} 已进入“{args.to.label}”（{on}）",
    )
    return 0


def cmd_check(args: argparse.Namespace, ctx: CliContext) -> int:
    reasons = wf.check_advance(ctx.session_factory, ctx.actor, args.case, args.on or ctx.today)
    ctx.emit(
        {"case": args.case, "ready": not reasons, "reasons": reasons},
        "可以推进到下一阶段" if not reasons else "\n".join(f"- {r}" for r in reasons),
    )
    return 0


def cmd_side(args: argparse.Namespace, ctx: CliContext) -> int:
    move = getattr(wf, args.kind)
    kwargs = {"on": args.on or ctx.today, "reason": args.reason}
    move(ctx.session_factory, ctx.actor, args.case, **kwargs)
    ctx.emit({"case": args.case, "action": args.kind}, f"{args.case}：已{_SIDE_TEXT[args.kind]}")
    return 0


_SIDE_TEXT = {
    "suspend": "暂停",
    "resume": "恢复",
    "withdraw": "撤回",
    "reject": "不予通过",
    "reopen": "重新开启",
}


def cmd_intake(args: argparse.Namespace, ctx: CliContext) -> int:
    wf.set_intake_facts(
        ctx.session_factory,
        ctx.actor,
        args.case,
        state_owned_land=args.state_owned_land,
        in_expropriation_plan=args.in_expropriation_plan,
        has_elevator=args.has_elevator,
        implementer=args.implementer,
        representatives=args.representative,
    )
    ctx.emit({"case": args.case, "updated": True}, "已登记受理信息")
    return 0


def cmd_procedure(args: argparse.Namespace, ctx: CliContext) -> int:
    wf.record_procedure(
        ctx.session_factory,
        ctx.actor,
        args.case,
        args.kind,
        on=args.on or ctx.today,
        note=args.note,
        number=args.number,
    )
    number = (args.number or "").strip() or None
    ctx.emit(
        {"case": args.case, "procedure": args.kind, "number": number},
        f"已登记：{PARALLEL_PROCEDURES[args.kind]}" + (f"（编号 {number}）" if number else ""),
    )
    return 0


def cmd_history(args: argparse.Namespace, ctx: CliContext) -> int:
    entries = wf.case_timeline(ctx.session_factory, ctx.actor, args.case)
    # JSON keeps the stable code and login (`action`, `user`) that scripts match on, and adds the
    # words; the terminal shows only the words, as the desktop's 日志 does.
    ctx.emit(
        [{**e.to_json(), "action_text": e.action_text, "user_name": e.user_name} for e in entries],
        lambda: table(
            ["时间", "用户", "操作", "内容"],
            [[e.at, e.user_name or e.user, e.action_text, e.summary or ""] for e in entries],
        ),
    )
    return 0


def _documents_dir(ctx: CliContext) -> Path:
    return paths.documents_dir_for(ctx.database.file)


def cmd_mark(args: argparse.Namespace, ctx: CliContext) -> int:
    wf.mark_checklist_item(
        ctx.session_factory,
        ctx.actor,
        args.case,
        args.code,
        on=args.on or ctx.today,
        file=args.file,
        documents_dir=_documents_dir(ctx),
    )
    ctx.emit(
        {"case": args.case, "item": args.code, "status": ChecklistStatus.PRESENT}, f"材料已登记：{args.code}"
    )
    return 0


def cmd_waive(args: argparse.Namespace, ctx: CliContext) -> int:
    wf.waive_checklist_item(ctx.session_factory, ctx.actor, args.case, args.code, reason=args.reason)
    ctx.emit({"case": args.case, "item": args.code, "status": ChecklistStatus.WAIVED}, f"已免交：{args.code}")
    return 0


def cmd_notice(args: argparse.Namespace, ctx: CliContext) -> int:
    ends = wf.post_notice(
        ctx.session_factory,
        ctx.actor,
        args.case,
        posted_on=args.on,
        places=args.places,
        witness=args.witness,
        photo=args.photo,
        documents_dir=_documents_dir(ctx) if args.photo else None,
        today=ctx.today,
    )
    ctx.emit(
        {"case": args.case, "posted_on": args.on.isoformat(), "ends_on": ends.isoformat()},
        f"公示 {args.on} 张贴，截止 {ends}（当日 24 时前可提出异议）",
    )
    return 0


def cmd_notice_show(args: argparse.Namespace, ctx: CliContext) -> int:
    view = wf.notice_and_objections(ctx.session_factory, ctx.actor, args.case)
    today = ctx.today
    days_left = view.days_left(today)
    data = {
        "case": args.case,
        "posted_on": view.posted_on.isoformat() if view.posted_on else None,
        "ends_on": view.ends_on.isoformat() if view.ends_on else None,
        "days_left": days_left,
        "period_days": view.period_days,
        "period_unit": view.period_unit,
        "places": view.places,
        "witness": view.witness,
        "photo": view.photo_filename,
        "photo_document_id": view.photo_document_id,
        "objections": [
            {
                "id": o.id,
                "objector": o.objector,
                "contact": o.contact,
                "address": o.address,
                "received_on": o.received_on.isoformat(),
                "written": o.written,
                "detail": o.detail,
                "status": o.status,
                "status_text": o.status_text,
                "response": o.response,
                "resolved_on": o.resolved_on.isoformat() if o.resolved_on else None,
            }
            for o in view.objections
        ],
    }

    def text() -> str:
        if view.posted_on is None:
            lines = ["尚未登记公示张贴。"]
        else:
            unit = "个工作日" if view.period_unit == "working" else "日"
            left = f"，还剩 {days_left} 天" if days_left else "，公示期已满"
            period = f"公示 {view.period_days} {unit}，" if view.period_days else ""
            lines = [
                f"公示：{view.posted_on} 张贴，{period}截止 {view.ends_on}{left}",
                f"张贴地点：{view.places or '—'}    见证：{view.witness or '—'}",
                f"现场照片：{view.photo_filename or '—'}",
            ]
        if not view.objections:
            lines.append("没有异议。")
            return "\n".join(lines)
        lines += ["", f"异议 {len(view.objections)} 件："]
        lines.append(
            table(
                ["编号", "异议人", "收到日期", "形式", "状态", "内容", "答复"],
                [
                    [
                        str(o.id),
                        o.objector,
                        o.received_on.isoformat(),
                        "书面" if o.written else "口头",
                        o.status_text,
                        o.detail,
                        o.response or "",
                    ]
                    for o in view.objections
                ],
            )
        )
        return "\n".join(lines)

    ctx.emit(data, text)
    return 0


def cmd_document_get(args: argparse.Namespace, ctx: CliContext) -> int:
    import shutil

    from casedesk.core.services.progress import document_file

    stored = document_file(ctx.session_factory, ctx.actor, args.id, _documents_dir(ctx))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(stored.path, args.output)
    ctx.emit(
        {"document": args.id, "filename": stored.filename, "file": str(args.output)},
        f"已取出“{stored.filename}”：{args.output}",
    )
    return 0


def cmd_objection_add(args: argparse.Namespace, ctx: CliContext) -> int:
    oid = wf.add_objection(
        ctx.session_factory,
        ctx.actor,
        args.case,
        objector=args.objector,
        received_on=args.on,
        detail=args.detail,
        contact=args.contact,
        address=args.address,
        written=not args.oral,
    )
    kind = "口头" if args.oral else "书面"
    ctx.emit({"objection": oid, "written": not args.oral}, f"已登记{kind}异议（编号 {oid}）")
    return 0


def cmd_objection_resolve(args: argparse.Namespace, ctx: CliContext) -> int:
    wf.resolve_objection(
        ctx.session_factory, ctx.actor, args.id, response=args.response, on=args.on or ctx.today
    )
    ctx.emit({"objection": args.id, "status": ObjectionStatus.RESOLVED}, f"异议 {args.id} 已处理")
    return 0


def cmd_queue(args: argparse.Namespace, ctx: CliContext) -> int:
    queue = wf.work_queue(ctx.session_factory, ctx.actor, ctx.today)
    ctx.emit(queue.to_json(ctx.today), lambda: queue_text(queue, limit=args.limit))
    return 0


# The lists in words, in the order the desktop's 工作台 shows them (待我审核 first, for those who
# give the street's stamp; the service leaves it out for everyone else).
_QUEUE_TITLES = {
    "to_review": "待我审核",
    "overdue": "超期",
    "due_soon": "7 日内到期",
    "blocked": "受阻",
    "needs_verification": "表决需核实",
}


def queue_text(queue: wf.WorkQueue, *, limit: int = 10) -> str:
    """Each list with its count, then its first cases: where the case is and why it is listed."""
    lines: list[str] = []
    for key, page in queue.lists():
        if lines:
            lines.append("")
        lines.append(f"{_QUEUE_TITLES.get(key, key)}：{page.total} 件")
        shown = page.items[:limit]
        if shown:
            rows = [
                [
                    item.case.case_no,
                    item.case.stage_text,
                    f"{item.case.community}{item.case.address}",
                    str(item.days_overdue) if item.days_overdue else "",
                    item.reason,
                ]
                for item in shown
            ]
            body = table(["案件编号", "阶段", "地址", "超期天数", "原因"], rows)
            lines += [f"  {line}" for line in body.splitlines()]
        if page.total > len(shown):
            lines.append(f"  ……另有 {page.total - len(shown)} 件（--limit N 显示更多）")
    return "\n".join(lines)
