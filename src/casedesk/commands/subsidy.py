"""`casedesk subsidy pay | step | show | payments`, `casedesk costshare`, `casedesk fund use | list`."""

from __future__ import annotations

import argparse

from casedesk.cli import CliContext, CommandTree
from casedesk.commands._args import iso_date, positive_int, yuan
from casedesk.commands._text import table
from casedesk.core.domain.enums import SubsidyStatus
from casedesk.core.domain.units import format_area, format_yuan, parse_yuan
from casedesk.core.errors import UserError
from casedesk.core.services.costshare import METHODS, compute_cost_share
from casedesk.core.services.subsidy import SUBSIDY_STEPS, SubsidyView, pay_subsidy, subsidy_view


def _yuan(text: str) -> int:
    return yuan(text)  # bounded: 9999… yuan used to end as an internal error


def _step(text: str) -> SubsidyStatus:
    """A step by its code or its label; a payment is `subsidy pay`, not a step."""
    for step in SUBSIDY_STEPS:
        if text.strip() in (step.value, step.label):
            return step
    raise argparse.ArgumentTypeError(f"补贴环节应为 {' / '.join(s.label for s in SUBSIDY_STEPS)}：{text}")


def register(tree: CommandTree) -> None:
    subsidy = tree.group("subsidy", help="补贴")
    p = subsidy.add_parser("pay", help="登记补贴拨付（金额、日期、凭证号）")
    p.add_argument("case", metavar="CASE")
    p.add_argument("--amount", type=_yuan, required=True, metavar="YUAN", help="金额（元）")
    p.add_argument("--on", type=iso_date, required=True, help="拨付日期")
    p.add_argument("--voucher", required=True, help="凭证号")
    p.set_defaults(handler=cmd_pay)
    p = subsidy.add_parser("step", help="登记补贴申请、审核或批准（批准须主管）")
    p.add_argument("case", metavar="CASE")
    p.add_argument("step", type=_step, metavar="STEP", help="申请 / 审核 / 批准")
    p.add_argument("--on", type=iso_date, help="日期（默认今天）")
    p.add_argument("--amount", type=_yuan, metavar="YUAN", help="批准金额（元；默认为按政策可得金额）")
    p.set_defaults(handler=cmd_step)
    p = subsidy.add_parser("show", help="补贴政策、可得金额（或不符合的原因）、办理环节与拨付情况")
    p.add_argument("case", metavar="CASE")
    p.set_defaults(handler=cmd_show)
    p = subsidy.add_parser("payments", help="补贴拨付明细（每笔金额、日期、凭证号）")
    p.add_argument("case", metavar="CASE")
    p.set_defaults(handler=cmd_payments)

    fund = tree.group("fund", help="维修资金")
    p = fund.add_parser("use", help="登记维修资金使用（须有已保存且通过的维修资金表决）")
    p.add_argument("case", metavar="CASE")
    p.add_argument(
        "--tally",
        type=positive_int,
        required=True,
        metavar="ID",
        help="表决统计记录号（tally --save 时显示）",
    )
    p.add_argument("--amount", type=_yuan, required=True, metavar="YUAN", help="金额（元）")
    p.add_argument("--on", type=iso_date, help="支取日期")
    p.add_argument("--note", help="备注")
    p.set_defaults(handler=cmd_fund_use)
    p = fund.add_parser("list", help="维修资金使用记录与可依据的表决")
    p.add_argument("case", metavar="CASE")
    p.set_defaults(handler=cmd_fund_list)

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
        lines += [
            f"{label}：{on}" + (f"，¥{format_yuan(fen)}" if fen is not None else "")
            for label, on, fen in view.steps
        ]
        if view.paid_fen:
            lines.append(f"已拨付 ¥{format_yuan(view.paid_fen)}，共 {len(view.payments)} 笔：")
            lines += [f"  {line}" for line in _payments_table(view).splitlines()]
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


def _payments_table(view: SubsidyView) -> str:
    return table(
        ["拨付日期", "金额(元)", "凭证号"],
        [[p.paid_on.isoformat(), format_yuan(p.amount_fen), p.voucher_no or ""] for p in view.payments],
    )


def cmd_payments(args: argparse.Namespace, ctx: CliContext) -> int:
    view = subsidy_view(ctx.session_factory, ctx.actor, args.case)
    data = {
        "case": args.case,
        "paid_amount": format_yuan(view.paid_fen or 0, grouping=False),
        "payments": [p.to_json() for p in view.payments],
    }

    def text() -> str:
        if not view.payments:
            return f"{args.case} 尚未登记补贴拨付。"
        total = f"共 {len(view.payments)} 笔，合计 ¥{format_yuan(view.paid_fen or 0)}"
        return f"{_payments_table(view)}\n{total}"

    ctx.emit(data, text)
    return 0


def cmd_step(args: argparse.Namespace, ctx: CliContext) -> int:
    from casedesk.core.services.subsidy import record_subsidy_step

    on = args.on or ctx.today
    record_subsidy_step(ctx.session_factory, ctx.actor, args.case, args.step, on=on, amount_fen=args.amount)
    ctx.emit(
        {
            "case": args.case,
            "step": args.step,
            "on": on.isoformat(),
            "amount": format_yuan(args.amount, grouping=False) if args.amount is not None else None,
        },
        f"已登记补贴{args.step.label}（{on}）",
    )
    return 0


def cmd_fund_use(args: argparse.Namespace, ctx: CliContext) -> int:
    from casedesk.core.services.costshare import record_fund_use

    use_id = record_fund_use(
        ctx.session_factory,
        ctx.actor,
        args.case,
        tally_id=args.tally,
        amount_fen=args.amount,
        drawn_on=args.on,
        note=args.note,
    )
    ctx.emit(
        {"case": args.case, "fund_use": use_id, "amount": format_yuan(args.amount, grouping=False)},
        f"已登记维修资金使用 ¥{format_yuan(args.amount)}（记录号 {use_id}）",
    )
    return 0


def cmd_fund_list(args: argparse.Namespace, ctx: CliContext) -> int:
    from casedesk.core.services.costshare import fund_view

    view = fund_view(ctx.session_factory, ctx.actor, args.case)
    data = {
        "case": args.case,
        "uses": [
            {
                "id": u.id,
                "amount": format_yuan(u.amount_fen, grouping=False),
                "drawn_on": u.drawn_on.isoformat() if u.drawn_on else None,
                "note": u.note,
                "tally_as_of": u.tally_as_of.isoformat() if u.tally_as_of else None,
            }
            for u in view.uses
        ],
        "tallies": [{"id": t.id, "as_of": t.as_of.isoformat(), "passed": t.passed} for t in view.tallies],
    }

    def text() -> str:
        lines = []
        if view.uses:
            lines.append(
                table(
                    ["记录号", "金额(元)", "支取日期", "依据表决截止日", "备注"],
                    [
                        [
                            str(u.id),
                            format_yuan(u.amount_fen),
                            str(u.drawn_on or ""),
                            str(u.tally_as_of or ""),
                            u.note or "",
                        ]
                        for u in view.uses
                    ],
                )
            )
        else:
            lines.append("尚无维修资金使用记录。")
        if view.tallies:
            lines.append(
                "可依据的表决："
                + "；".join(
                    f"记录号 {t.id}（{t.as_of}，{'通过' if t.passed else '未通过'}）" for t in view.tallies
                )
            )
        else:
            lines.append("尚无按维修资金规则保存的表决统计。")
        return "\n".join(lines)

    ctx.emit(data, text)
    return 0
