"""`casedesk case new | list | show`."""

from __future__ import annotations

import argparse
from datetime import date

from casedesk.cli import CliContext, CommandTree
from casedesk.commands._args import iso_date, positive_int, stage
from casedesk.commands._text import table
from casedesk.core.db.queries import SORT_KEYS, CaseFilter
from casedesk.core.domain.enums import Stage
from casedesk.core.domain.units import format_area
from casedesk.core.domain.views import CaseDetail, CaseSummary
from casedesk.core.services.cases import NewCase, create_case, get_case, list_cases, reveal_personal_data


def register(tree: CommandTree) -> None:
    case = tree.group("case", help="案件：登记、列表、详情")
    p = case.add_parser("new", help="登记新案件（一个单元）")
    for opt, label in (
        ("--district", "区"),
        ("--street", "街道"),
        ("--community", "社区"),
        ("--compound", "小区"),
        ("--building", "楼号"),
        ("--unit", "单元"),
    ):
        p.add_argument(opt, required=True, help=label)
    p.add_argument("--floors", type=positive_int, required=True, help="地上层数")
    p.add_argument("--opened-on", type=iso_date, help="受理日期（默认今天）")
    p.set_defaults(handler=cmd_new)

    p = case.add_parser("list", help="案件列表")
    p.add_argument("--stage", type=stage, action="append", help="阶段代码或名称，可重复")
    p.add_argument("--community", help="社区名称")
    p.add_argument("--street", help="街道名称")
    p.add_argument("--overdue", action="store_true", help="只列出超期案件")
    p.add_argument("--search", help="案件编号、地址、业主姓名、电话或证件号后四位")
    p.add_argument("--sort", choices=SORT_KEYS, default="case_no")
    p.add_argument("--desc", action="store_true", help="倒序")
    p.add_argument("--limit", type=positive_int, default=1000)
    p.add_argument("--offset", type=int, default=0)
    p.set_defaults(handler=cmd_list)

    p = case.add_parser("show", help="案件详情")
    p.add_argument("case", metavar="CASE", help="案件编号")
    p.add_argument("--full-ids", action="store_true", help="显示完整证件号码和电话（记入审计日志）")
    p.set_defaults(handler=cmd_show)


def cmd_new(args: argparse.Namespace, ctx: CliContext) -> int:
    number = create_case(
        ctx.session_factory,
        ctx.actor,
        NewCase(
            district=args.district,
            street=args.street,
            community=args.community,
            compound=args.compound,
            building=args.building,
            unit=args.unit,
            floors=args.floors,
            opened_on=args.opened_on,
        ),
    )
    ctx.emit({"case": number}, number)
    return 0


def cmd_list(args: argparse.Namespace, ctx: CliContext) -> int:
    today = ctx.today
    page = list_cases(
        ctx.session_factory,
        ctx.actor,
        CaseFilter(
            stages=tuple(args.stage or ()),
            community=args.community,
            street=args.street,
            overdue_on=today if args.overdue else None,
            text=args.search,
        ),
        sort=args.sort,
        descending=args.desc,
        offset=args.offset,
        limit=args.limit,
    )
    data = {"total": page.total, "offset": page.offset, "cases": [c.to_json(today) for c in page.rows]}
    ctx.emit(data, lambda: _list_text(page.rows, page.total, today))
    return 0


def _list_text(rows: tuple[CaseSummary, ...], total: int, today: date) -> str:
    if not rows:
        return "没有符合条件的案件。"
    body = [
        [c.case_no, c.stage_text, c.community, c.address, "超期" if c.is_overdue(today) else ""] for c in rows
    ]
    shown = f"，显示 {len(rows)} 件" if len(rows) < total else ""
    return table(["案件编号", "阶段", "社区", "地址", ""], body) + f"\n共 {total} 件{shown}"


def cmd_show(args: argparse.Namespace, ctx: CliContext) -> int:
    from casedesk.core.services.workflow import case_deadlines

    detail = get_case(ctx.session_factory, ctx.actor, args.case)
    if args.full_ids:
        reveal_personal_data(ctx.session_factory, ctx.actor, args.case)
    deadlines = case_deadlines(ctx.session_factory, ctx.actor, args.case)
    data = {**detail.to_json(ctx.today, full_ids=args.full_ids), **deadlines.to_json(ctx.today)}

    def text() -> str:
        lines = [_show_text(detail, ctx.today)]
        if deadlines.holds:
            lines += [
                "",
                "各阶段停留天数："
                + "，".join(f"{h.stage.label} {h.days(ctx.today)} 天" for h in deadlines.holds),
            ]
        lines += [
            f"{w.name}：{w.due_on} 前"
            + ("（已办）" if w.done else "（已超期）" if w.overdue(ctx.today) else "")
            for w in deadlines.windows
        ]
        return "\n".join(lines)

    ctx.emit(data, text)
    return 0


def _show_text(d: CaseDetail, today: date) -> str:
    c = d.summary
    due = f"，期限 {c.stage_due_on}" if c.stage_due_on else ""
    late = "，已超期" if c.is_overdue(today) else ""
    lines = [
        f"案件编号：{c.case_no}",
        f"地址：{c.full_address}",
        f"层数：{c.floors}    房屋：{c.flat_count} 套    总面积：{format_area(d.area_total_centi)} ㎡",
        f"阶段：{c.stage_text}（{c.stage_entered_on} 起{due}{late}）",
        f"表决规则：{c.rule_set or '按表决日期与区自动确定'}",
        "",
        table(
            ["房号", "楼层", "面积(㎡)", "业主"],
            [
                [f.room, str(f.floor), format_area(f.area_centi), "、".join(o.name for o in f.owners) or "—"]
                for f in d.flats
            ],
        ),
    ]
    if d.events:
        lines += ["", "进度："]
        lines.append(
            table(
                ["日期", "事项", "阶段", "经办"],
                [
                    [
                        e.occurred_on.isoformat(),
                        _EVENT_LABELS.get(e.kind, e.kind),
                        _stage_move(e.from_stage, e.to_stage),
                        e.actor,
                    ]
                    for e in d.events
                ],
            )
        )
    return "\n".join(lines)


_EVENT_LABELS = {
    "open": "受理",
    "advance": "推进",
    "suspended": "暂停",
    "withdrawn": "撤回",
    "rejected": "不予通过",
    "resume": "恢复",
    "reopen": "重新开启",
}


def _stage_move(before: str | None, after: str | None) -> str:
    def label(code: str | None) -> str:
        return Stage(code).label if code in {s.value for s in Stage} else (code or "")

    return f"{label(before)} → {label(after)}" if before else label(after)
