"""`casedesk subsidy pay`: record the payment that lets a case reach 已完成."""

from __future__ import annotations

import argparse

from casedesk.cli import CliContext, CommandTree
from casedesk.commands._args import iso_date
from casedesk.commands._text import table
from casedesk.core.domain.units import format_area, format_yuan, parse_yuan
from casedesk.core.errors import UserError
from casedesk.core.services.costshare import METHODS, compute_cost_share
from casedesk.core.services.subsidy import pay_subsidy, subsidy_view


def _yuan(text: str) -> int:
    try:
        return parse_yuan(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def register(tree: CommandTree) -> None:
    subsidy = tree.group("subsidy", help="补贴")
    p = subsidy.add_parser("pay", help="登记补贴拨付（金额、日期、凭证号）")
    p.add_argument("case", metavar="CASE")
    p.add_argument("--amount", type=_yuan, required=True, metavar="YUAN", help="金额（元）")
    p.add_argument("--on", type=iso_date, required=True, help="拨付日期")
    p.add_argument("--voucher", required=True, help="凭证号")
    p.set_defaults(handler=cmd_pay)
    p = subsidy.add_parser("show", help="补贴政策、可得金额（或不符合的原因）与拨付情况")
    p.add_argument("case", metavar="CASE")
    p.set_defaults(handler=cmd_show)

    p = tree.add_parser("costshare", help="费用分摊表（各户金额精确到分，合计等于总额）")
    p.add_argument("case", metavar="CASE")
    p.add_argument("--total", type=_yuan, required=True, metavar="YUAN", help="分摊总额（元）")
    p.add_argument(
        "--method", choices=sorted(METHODS), default="area", help="默认按面积（民法典第二百八十三条）"
    )
    p.add_argument("--purpose", choices=("construction", "running"), default="construction")
    p.add_argument(
        "--exempt-floor",
        type=int,
        action="append",
        default=None,
        help="免于分摊的楼层（按楼层系数时默认 1、2 层），可重复",
    )
    p.add_argument(
        "--compensate", action="append", default=[], metavar="房号=元", help="对低层住户的补偿，可重复"
    )
    p.add_argument("--save", action="store_true", help="保存为本案件当前的分摊表")
    p.set_defaults(handler=cmd_costshare)


def cmd_pay(args: argparse.Namespace, ctx: CliContext) -> int:
    pay_subsidy(
        ctx.session_factory,
        ctx.actor,
        args.case,
        amount_fen=args.amount,
        paid_on=args.on,
        voucher_no=args.voucher,
    )
    ctx.emit(
        {
            "case": args.case,
            "amount": format_yuan(args.amount, grouping=False),
            "paid_on": args.on.isoformat(),
            "voucher": args.voucher,
        },
        f"已登记补贴拨付 ¥{format_yuan(args.amount)}",
    )
    return 0


def cmd_show(args: argparse.Namespace, ctx: CliContext) -> int:
    view = subsidy_view(ctx.session_factory, ctx.actor, args.case)
    d = view.decision

    def text() -> str:
        lines = [f"政策：{d.basis}（{d.policy}）"]
        lines.append(
            f"可得补贴：¥{format_yuan(d.amount_fen)}"
            if d.eligible
            else "不符合补贴条件：" + "；".join(d.reasons)
        )
        if view.paid_fen:
            lines.append(f"已拨付 ¥{format_yuan(view.paid_fen)}（{view.paid_on}，凭证 {view.voucher_no}）")
        return "\n".join(lines)

    ctx.emit(view.to_json(), text)
    return 0


def cmd_costshare(args: argparse.Namespace, ctx: CliContext) -> int:
    compensation = {}
    for item in args.compensate:
        room, _, yuan = item.partition("=")
        try:
            compensation[room.strip()] = parse_yuan(yuan)
        except ValueError as exc:
            raise UserError(str(exc)) from None
    exempt = (
        tuple(args.exempt_floor)
        if args.exempt_floor is not None
        else ((1, 2) if args.method == "floor" else ())
    )
    table_ = compute_cost_share(
        ctx.session_factory,
        ctx.actor,
        args.case,
        total_fen=args.total,
        method=args.method,
        purpose=args.purpose,
        exempt_floors=exempt,
        compensation=compensation,
        save=args.save,
    )
    ctx.emit(
        table_.to_json(),
        lambda: table(
            ["房号", "楼层", "面积(㎡)", "金额(元)", ""],
            [
                [
                    line.room,
                    str(line.floor),
                    format_area(line.area_centi),
                    format_yuan(line.amount_fen),
                    "补偿" if line.kind == "compensation" else "",
                ]
                for line in table_.lines
            ],
        ),
    )
    return 0
