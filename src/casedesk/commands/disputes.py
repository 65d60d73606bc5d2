"""`casedesk dispute …`, `casedesk meeting add`, `casedesk agreement add`, `casedesk visit add`."""

from __future__ import annotations

import argparse
from datetime import datetime

from casedesk.cli import CliContext, CommandTree
from casedesk.commands._args import iso_date, positive_int
from casedesk.commands._text import table
from casedesk.core.domain.enums import DisputeCategory, DisputeStatus, MeetingOutcome, PartyRole
from casedesk.core.errors import UserError
from casedesk.core.services import disputes as ds


def _status(text: str) -> DisputeStatus:
    try:
        return DisputeStatus.from_label(text)  # type: ignore[return-value]
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"没有这个纠纷状态：{text}（可选：{'、'.join(s.value for s in DisputeStatus)}）"
        ) from None


def _category(text: str) -> DisputeCategory:
    try:
        return DisputeCategory.from_label(text.strip())  # type: ignore[return-value]
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"没有这个纠纷类别：{text}（可选：{'、'.join(c.label for c in DisputeCategory)}）"
        ) from None


def _when(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text.strip().replace("/", "-"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"时间格式应为 YYYY-MM-DD HH:MM：{text}") from None


def register(tree: CommandTree) -> None:
    dispute = tree.group("dispute", help="纠纷与调解")
    p = dispute.add_parser("list", help="纠纷列表（按调解期限排序）")
    p.add_argument("--status", type=_status)
    p.add_argument("--case", metavar="CASE")
    p.add_argument("--overdue", action="store_true", help="只列出超过调解期限的")
    p.set_defaults(handler=cmd_list)
    p = dispute.add_parser("show", help="纠纷详情")
    p.add_argument("dispute", metavar="NO")
    p.set_defaults(handler=cmd_show)
    p = dispute.add_parser(
        "flag", help="重新检查案件，补登记尚无纠纷的自动触发项（平时随表决、异议自动登记；不会重复）"
    )
    p.add_argument("case", metavar="CASE")
    p.set_defaults(handler=cmd_flag)
    p = dispute.add_parser("open", help="手工登记纠纷")
    p.add_argument("case", metavar="CASE")
    p.add_argument("--title", required=True)
    p.add_argument("--party", action="append", required=True, metavar="姓名:房号:角色", help="当事人，可重复")
    p.add_argument("--description")
    p.add_argument("--blocking", action="store_true", help="阻断案件推进")
    p.add_argument("--on", type=iso_date)
    p.set_defaults(handler=cmd_open)
    p = dispute.add_parser("status", help="变更纠纷状态")
    p.add_argument("dispute", metavar="NO")
    p.add_argument("--to", type=_status, required=True)
    p.add_argument("--note")
    p.add_argument("--on", type=iso_date)
    p.set_defaults(handler=cmd_status)
    p = dispute.add_parser("categories", help="确认纠纷类别（调解员或主管；替换原有类别）")
    p.add_argument("dispute", metavar="NO")
    p.add_argument(
        "category",
        nargs="+",
        type=_category,
        metavar="CATEGORY",
        help="类别名称或代码，可多个：" + "、".join(c.label for c in DisputeCategory),
    )
    p.set_defaults(handler=cmd_categories)
    p = dispute.add_parser("extend", help="经双方同意延长调解期限")
    p.add_argument("dispute", metavar="NO")
    p.add_argument("--days", type=positive_int, required=True)
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=cmd_extend)

    p = tree.group("meeting", help="调解会议").add_parser("add", help="登记一次调解会议（笔录可用模板）")
    p.add_argument("dispute", metavar="NO")
    p.add_argument("--at", type=_when, required=True, help="时间 YYYY-MM-DD HH:MM")
    p.add_argument("--place", required=True)
    p.add_argument("--mediators", required=True)
    p.add_argument("--recorder", required=True)
    p.add_argument("--attendee", action="append", default=[], metavar="姓名:角色:房号")
    p.add_argument("--notes", help="笔录正文（省略时使用模板）")
    p.add_argument("--outcome", choices=[o.value for o in MeetingOutcome])
    p.add_argument("--next", type=iso_date, help="下次调解日期")
    p.set_defaults(handler=cmd_meeting)

    p = tree.group("agreement", help="调解协议").add_parser(
        "add", help="登记调解协议书（人民调解法第二十九条）"
    )
    p.add_argument("dispute", metavar="NO")
    for opt in ("--parties", "--facts", "--matters", "--terms", "--method"):
        p.add_argument(opt, required=True)
    p.add_argument("--signed-on", type=iso_date, required=True)
    p.add_argument("--deadline", type=iso_date, required=True, help="履行期限")
    p.add_argument("--partial", action="store_true", help="部分协议")
    p.add_argument("--responsibilities", help="各方当事人的责任")
    p.set_defaults(handler=cmd_agreement)

    p = tree.group("visit", help="回访").add_parser("add", help="登记回访")
    p.add_argument("dispute", metavar="NO")
    p.add_argument("--on", type=iso_date, required=True)
    p.add_argument("--findings", required=True)
    p.add_argument("--performed", action="store_true", help="协议已履行")
    p.set_defaults(handler=cmd_visit)

    p = tree.group("case").add_parser("obstruction", help="登记施工受阻（将自动生成纠纷）")
    p.add_argument("case", metavar="CASE")
    p.add_argument("--on", type=iso_date, required=True)
    p.add_argument("--description", required=True)
    p.set_defaults(handler=cmd_obstruction)


def cmd_list(args: argparse.Namespace, ctx: CliContext) -> int:
    rows = ds.list_disputes(
        ctx.session_factory,
        ctx.actor,
        status=args.status,
        case_no=args.case,
        overdue_on=ctx.today if args.overdue else None,
    )
    ctx.emit(
        {"total": len(rows), "disputes": [r.to_json(ctx.today) for r in rows]},
        lambda: (
            table(
                ["编号", "案件", "状态", "期限", "标题"],
                [
                    [
                        r.dispute_no,
                        r.case_no,
                        r.status.label + ("（超期）" if r.overdue(ctx.today) else ""),
                        str(r.due_on or ""),
                        r.title,
                    ]
                    for r in rows
                ],
            )
            + f"\n共 {len(rows)} 件"
        ),
    )
    return 0


def cmd_show(args: argparse.Namespace, ctx: CliContext) -> int:
    d = ds.dispute_detail(ctx.session_factory, ctx.actor, args.dispute)
    ctx.emit(d.to_json(ctx.today))
    return 0


def cmd_flag(args: argparse.Namespace, ctx: CliContext) -> int:
    created = ds.flag_disputes(ctx.session_factory, ctx.actor, args.case, today=ctx.today)
    ctx.emit(
        {"case": args.case, "created": created},
        f"新登记纠纷 {len(created)} 件：{'、'.join(created)}" if created else "没有新的纠纷",
    )
    return 0


def _party(text: str) -> ds.PartyInput:
    """姓名[:房号[:角色]] — the role defaults to 异议人 (objector)."""
    name, _, rest = text.partition(":")
    room, _, role = rest.partition(":")
    try:
        party_role = PartyRole.from_label(role) if role else PartyRole.OBJECTOR
    except ValueError:
        raise UserError(f"没有这个当事人角色：{role}") from None
    return ds.PartyInput(name.strip(), party_role, room.strip() or None)  # type: ignore[arg-type]


def cmd_open(args: argparse.Namespace, ctx: CliContext) -> int:
    number = ds.open_dispute(
        ctx.session_factory,
        ctx.actor,
        args.case,
        title=args.title,
        opened_on=args.on or ctx.today,
        parties=[_party(p) for p in args.party],
        description=args.description,
        blocking=args.blocking,
    )
    ctx.emit({"dispute": number}, number)
    return 0


def cmd_status(args: argparse.Namespace, ctx: CliContext) -> int:
    ds.change_status(
        ctx.session_factory, ctx.actor, args.dispute, args.to, on=args.on or ctx.today, note=args.note
    )
    ctx.emit({"dispute": args.dispute, "status": args.to.value}, f"{args.dispute}：{args.to.label}")
    return 0


def cmd_categories(args: argparse.Namespace, ctx: CliContext) -> int:
    codes = list(dict.fromkeys(args.category))
    ds.confirm_categories(ctx.session_factory, ctx.actor, args.dispute, codes)
    ctx.emit(
        {"dispute": args.dispute, "categories": [c.value for c in codes]},
        f"{args.dispute} 的纠纷类别：{'、'.join(c.label for c in codes)}",
    )
    return 0


def cmd_extend(args: argparse.Namespace, ctx: CliContext) -> int:
    due = ds.extend_deadline(ctx.session_factory, ctx.actor, args.dispute, days=args.days, reason=args.reason)
    ctx.emit({"dispute": args.dispute, "due_on": due.isoformat()}, f"调解期限延至 {due}")
    return 0


def cmd_meeting(args: argparse.Namespace, ctx: CliContext) -> int:
    attendees = []
    for text in args.attendee:
        name, _, rest = text.partition(":")
        role, _, room = rest.partition(":")
        attendees.append({"name": name, "role": role or "other", "room": room or None})
    notes = args.notes or ds.meeting_template(
        args.at, args.place, args.mediators, args.recorder, "、".join(a["name"] for a in attendees)
    )
    mid = ds.save_meeting(
        ctx.session_factory,
        ctx.actor,
        args.dispute,
        held_at=args.at,
        place=args.place,
        mediators=args.mediators,
        recorder=args.recorder,
        attendees=attendees,
        notes=notes,
        outcome=MeetingOutcome(args.outcome) if args.outcome else None,
        next_date=args.next,
    )
    ctx.emit({"meeting": mid}, f"已登记调解会议（编号 {mid}）")
    return 0


def cmd_agreement(args: argparse.Namespace, ctx: CliContext) -> int:
    number = ds.add_agreement(
        ctx.session_factory,
        ctx.actor,
        args.dispute,
        terms=args.terms,
        signed_on=args.signed_on,
        parties=args.parties,
        facts=args.facts,
        matters=args.matters,
        performance_method=args.method,
        performance_deadline=args.deadline,
        partial=args.partial,
        responsibilities=args.responsibilities,
    )
    ctx.emit({"agreement": number}, f"已登记调解协议 {number}")
    return 0


def cmd_visit(args: argparse.Namespace, ctx: CliContext) -> int:
    ds.add_follow_up(
        ctx.session_factory,
        ctx.actor,
        args.dispute,
        visited_on=args.on,
        findings=args.findings,
        performed=args.performed,
    )
    ctx.emit({"dispute": args.dispute, "visited_on": args.on.isoformat()}, "已登记回访")
    return 0


def cmd_obstruction(args: argparse.Namespace, ctx: CliContext) -> int:
    created = ds.log_obstruction(
        ctx.session_factory, ctx.actor, args.case, on=args.on, description=args.description
    )
    text = "已登记施工受阻" + (f"，已自动登记纠纷 {'、'.join(created)}" if created else "")
    ctx.emit({"case": args.case, "disputes_opened": created}, text)
    return 0
