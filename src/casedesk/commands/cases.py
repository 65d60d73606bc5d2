"""`casedesk case new | list | show | edit | progress | construction`."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from casedesk.cli import CliContext, CommandTree
from casedesk.commands._args import iso_date, non_negative_int, positive_int, stage, yes_no
from casedesk.commands._text import table
from casedesk.core.domain.enums import Stage
from casedesk.core.domain.units import format_area
from casedesk.core.domain.views import SORT_KEYS, CaseDetail, CaseFilter, CaseSummary
from casedesk.core.errors import UserError
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
    p.add_argument("--offset", type=non_negative_int, default=0)
    p.add_argument(
        "--xlsx", type=Path, metavar="FILE.xlsx", help="把符合条件的全部案件导出为 Excel（不含业主信息）"
    )
    p.add_argument("--pdf", type=Path, metavar="FILE.pdf", help="把符合条件的全部案件打印为 PDF（A4 横向）")
    p.set_defaults(handler=cmd_list)

    p = case.add_parser("show", help="案件详情")
    p.add_argument("case", metavar="CASE", help="案件编号")
    p.add_argument("--full-ids", action="store_true", help="显示完整证件号码和电话（记入审计日志）")
    p.set_defaults(handler=cmd_show)

    p = case.add_parser("edit", help="修改案件信息（层数、已有电梯、国有土地、实施主体、权属证明、备注）")
    p.add_argument("case", metavar="CASE", help="案件编号")
    p.add_argument("--floors", type=positive_int, help="地上层数")
    p.add_argument("--has-elevator", type=yes_no, metavar="是/否", help="已有电梯")
    p.add_argument("--state-owned-land", type=yes_no, metavar="是/否", help="国有土地上的住宅")
    p.add_argument("--in-expropriation-plan", type=yes_no, metavar="是/否", help="列入征收计划")
    p.add_argument("--implementer", metavar="TEXT", help="实施主体（空字符串表示清除）")
    p.add_argument("--title-document", metavar="TEXT", help="权属证明（空字符串表示清除）")
    p.add_argument("--notes", metavar="TEXT", help="备注（空字符串表示清除）")
    p.add_argument(
        "--version",
        type=positive_int,
        dest="expected_version",
        metavar="N",
        help="读取时的版本号（case show --json 的 version）；他人已修改时拒绝保存",
    )
    p.set_defaults(handler=cmd_edit)

    p = case.add_parser("progress", help="进度：当前阶段、推进还缺什么、各项如何办理、材料与并行手续")
    p.add_argument("case", metavar="CASE", help="案件编号")
    p.add_argument("--on", type=iso_date, help="按此日期检查条件（默认今天）")
    p.set_defaults(handler=cmd_progress)

    p = case.add_parser("construction", help="施工与验收：开工、受阻记录、验收材料、验收日期")
    p.add_argument("case", metavar="CASE", help="案件编号")
    p.set_defaults(handler=cmd_construction)


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
    case_filter = CaseFilter(
        stages=tuple(args.stage or ()),
        community=args.community,
        street=args.street,
        overdue_on=today if args.overdue else None,
        text=args.search,
    )
    if args.xlsx or args.pdf:
        return _export_list(args, ctx, case_filter)
    page = list_cases(
        ctx.session_factory,
        ctx.actor,
        case_filter,
        sort=args.sort,
        descending=args.desc,
        offset=args.offset,
        limit=args.limit,
    )
    data = {"total": page.total, "offset": page.offset, "cases": [c.to_json(today) for c in page.rows]}
    ctx.emit(data, lambda: _list_text(page.rows, page.total, today))
    return 0


def _export_list(args: argparse.Namespace, ctx: CliContext, case_filter: CaseFilter) -> int:
    """The whole filtered list (every page, in the list's order) to Excel and/or PDF, as the
    desktop's 导出/打印 buttons write it; both are recorded in the audit trail."""
    from casedesk.core.export import export_case_list, print_case_list

    for path, suffix in ((args.xlsx, ".xlsx"), (args.pdf, ".pdf")):
        if path is not None and path.suffix.lower() != suffix:
            raise UserError(f"文件名应以 {suffix} 结尾：{path}")
    data: dict[str, Any] = {}
    lines: list[str] = []
    if args.xlsx:
        count = export_case_list(
            ctx.session_factory,
            ctx.actor,
            case_filter,
            args.xlsx,
            today=ctx.today,
            sort=args.sort,
            descending=args.desc,
        )
        data.update(total=count, xlsx=str(args.xlsx))
        lines.append(f"已导出 {count} 件案件：{args.xlsx}")
    if args.pdf:
        path = print_case_list(
            ctx.session_factory,
            ctx.actor,
            case_filter,
            args.pdf,
            today=ctx.today,
            sort=args.sort,
            descending=args.desc,
        )
        if "total" not in data:
            data["total"] = list_cases(ctx.session_factory, ctx.actor, case_filter, limit=1).total
        data["pdf"] = str(path)
        lines.append(f"已生成：{path}")
    ctx.emit(data, "\n".join(lines))
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
                ["日期", "事项", "阶段", "经办", "说明"],
                [
                    [
                        e.occurred_on.isoformat(),
                        _EVENT_LABELS.get(e.kind, "其他"),
                        _stage_move(e.from_stage, e.to_stage),
                        e.actor,
                        e.note or "",
                    ]
                    for e in d.events
                ],
            )
        )
    return "\n".join(lines)


# The event kinds workflow and disputes write (the side moves by their verb: "suspend"), and the
# older past-tense spellings, so no code reaches the screen.
_EVENT_LABELS = {
    "open": "受理",
    "advance": "推进",
    "suspend": "暂停",
    "suspended": "暂停",
    "withdraw": "撤回",
    "withdrawn": "撤回",
    "reject": "不予通过",
    "rejected": "不予通过",
    "resume": "恢复",
    "reopen": "重新开启",
    "procedure": "并行手续",
    "obstruction": "施工受阻",
}


def _stage_move(before: str | None, after: str | None) -> str:
    def label(code: str | None) -> str:
        return Stage(code).label if code in {s.value for s in Stage} else (code or "")

    # A move shows both stages; an event within a stage (a procedure, a suspension) shows one.
    return f"{label(before)} → {label(after)}" if before and before != after else label(after)


_EDIT_OPTIONS = (
    "floors",
    "has_elevator",
    "state_owned_land",
    "in_expropriation_plan",
    "implementer",
    "title_document",
    "notes",
)


def cmd_edit(args: argparse.Namespace, ctx: CliContext) -> int:
    from casedesk.core.services.cases import CASE_FIELD_LABELS, update_case

    changes: dict[str, Any] = {}
    for name in _EDIT_OPTIONS:
        value = getattr(args, name)
        if value is None:
            continue
        if isinstance(value, str):
            value = value.strip() or None  # an empty text clears the field, as in the dialog
        changes[name] = value
    if not changes:
        raise UserError(
            "没有要修改的内容（可用 --floors、--has-elevator、--notes 等，见 casedesk case edit --help）"
        )
    version = args.expected_version
    if version is None:  # no version read before: edit what is there now
        version = get_case(ctx.session_factory, ctx.actor, args.case).version
    new_version = update_case(
        ctx.session_factory, ctx.actor, args.case, expected_version=version, changes=changes
    )
    ctx.emit(
        {"case": args.case, "version": new_version, "changed": sorted(changes)},
        f"{args.case}：已修改" + "、".join(CASE_FIELD_LABELS[k] for k in changes),
    )
    return 0


# What meets each unmet condition, as the command that does it (the desktop offers a button).
_DOOR_HOW = {
    "case_details": "修改案件信息：casedesk case edit {case} --floors 层数",
    "intake_facts": (
        "登记受理条件：casedesk case intake {case} --state-owned-land 是 --in-expropriation-plan 否"
    ),
    "representatives": "登记业主代表或实施主体：casedesk case intake {case} --representative 姓名",
    "checklist": "交材料：casedesk checklist mark {case} {target} --file 文件（主管可 checklist waive 免交）",
    "tally": "统计并保存表决结果：casedesk tally {case} --save",
    "notice": "登记公示张贴：casedesk notice post {case} --on 日期（已张贴则等待公示期满）",
    "objections": (
        "答复异议：casedesk objection list {case} 查看编号，"
        "再 casedesk objection resolve 编号 --response 答复"
    ),
    "dispute": "调解纠纷：casedesk dispute show {target}",
    "subsidy": "登记补贴拨付：casedesk subsidy pay {case} --amount 元 --on 日期 --voucher 凭证号",
}


def _yes_no_text(value: bool | None) -> str:
    return "未确认" if value is None else "是" if value else "否"


def cmd_progress(args: argparse.Namespace, ctx: CliContext) -> int:
    from casedesk.core.services.progress import progress_view

    on = args.on or ctx.today
    view = progress_view(ctx.session_factory, ctx.actor, args.case, on)

    def how(c: Any) -> str:
        return _DOOR_HOW.get(c.door.value, "").format(case=view.case_no, target=c.target or "")

    data = {
        "case": view.case_no,
        "on": on.isoformat(),
        "stage": view.stage.value,
        "stage_label": view.stage_label,
        "stage_entered_on": view.stage_entered_on.isoformat(),
        "stage_due_on": view.stage_due_on.isoformat() if view.stage_due_on else None,
        "side_state": view.side_state.value,
        "side_label": view.side_label,
        "side_reason": view.side_reason,
        "next_stage": view.next_stage.value if view.next_stage else None,
        "next_stage_label": view.next_stage_label,
        "may_advance": view.may_advance,
        "closed": view.closed,
        "conditions": [
            {"text": c.text, "door": c.door.value, "target": c.target, "how": how(c)} for c in view.conditions
        ],
        "checklist": [
            {
                "code": r.code,
                "title": r.title,
                "required": r.required,
                "status": r.status,
                "status_label": r.status_label,
                "recorded_on": r.recorded_on.isoformat() if r.recorded_on else None,
                "file": r.file_name,
                "document_id": r.document_id,
                "waive_reason": r.waive_reason,
            }
            for r in view.checklist
        ],
        "procedures": [{"on": p.on.isoformat(), "text": p.text, "by": p.by} for p in view.procedures],
        "intake": {
            "state_owned_land": view.intake.state_owned_land,
            "in_expropriation_plan": view.intake.in_expropriation_plan,
            "has_elevator": view.intake.has_elevator,
            "representatives": list(view.intake.representatives),
            "implementer": view.intake.implementer,
        },
    }

    def text() -> str:
        due = f"，期限 {view.stage_due_on}" if view.stage_due_on else ""
        side = "" if view.side_state.value == "active" else f"（{view.side_label}：{view.side_reason or ''}）"
        lines = [f"{view.case_no}  阶段：{view.stage_label}（{view.stage_entered_on} 起{due}）{side}"]
        if view.finished:
            lines.append("案件已完成。")
        elif view.closed:
            lines.append(f"案件{view.side_label}，须主管重新开启（casedesk case reopen）后才能继续。")
        else:
            if view.side_state.value == "suspended":
                lines.append(f"案件暂停中，须先恢复：casedesk case resume {view.case_no}")
            if view.conditions:
                lines.append(f"进入“{view.next_stage_label}”还缺 {len(view.conditions)} 项：")
                for c in view.conditions:
                    lines.append(f"  - {c.text}")
                    if how(c):
                        lines.append(f"      办理：{how(c)}")
            elif view.may_advance and view.next_stage is not None:
                lines.append(
                    f"条件已满足，可推进到“{view.next_stage_label}”："
                    f"casedesk case advance {view.case_no} --to {view.next_stage.value}"
                )
        intake = view.intake
        lines += [
            "",
            f"受理条件：国有土地 {_yes_no_text(intake.state_owned_land)}；"
            f"列入征收计划 {_yes_no_text(intake.in_expropriation_plan)}；"
            f"已有电梯 {_yes_no_text(intake.has_elevator)}",
            f"业主代表：{'、'.join(intake.representatives) or '—'}    实施主体：{intake.implementer or '—'}",
        ]
        if view.checklist:
            lines += ["", f"{view.stage_label}材料："]
            lines.append(
                table(
                    ["材料", "必交", "状态", "日期", "附件或理由"],
                    [
                        [
                            r.title,
                            "是" if r.required else "",
                            r.status_label,
                            r.recorded_on.isoformat() if r.recorded_on else "",
                            r.file_name or r.waive_reason or "",
                        ]
                        for r in view.checklist
                    ],
                )
            )
        if view.procedures:
            lines += ["", "并行手续："]
            lines += [f"  {p.on}  {p.text}（{p.by}）" for p in view.procedures]
        return "\n".join(lines)

    ctx.emit(data, text)
    return 0


def cmd_construction(args: argparse.Namespace, ctx: CliContext) -> int:
    from casedesk.core.services.construction import construction_view

    view = construction_view(ctx.session_factory, ctx.actor, args.case)
    data = {
        "case": args.case,
        "stage": view.stage.value,
        "stage_label": view.stage.label,
        "active": view.active,
        "started_on": view.started_on.isoformat() if view.started_on else None,
        "accepted_on": view.accepted_on.isoformat() if view.accepted_on else None,
        "obstructions": [
            {"on": o.on.isoformat(), "description": o.description, "by": o.by} for o in view.obstructions
        ],
        "acceptance_documents": [
            {"title": d.title, "status": d.status, "status_label": d.status.label}
            for d in view.acceptance_documents
        ],
        "can_record_acceptance": view.can_record_acceptance,
    }

    def text() -> str:
        documents = "；".join(f"{d.title} {d.status.label}" for d in view.acceptance_documents)
        lines = [
            f"{args.case}  阶段：{view.stage.label}" + ("" if view.active else "（未在办理中）"),
            f"开工日期：{view.started_on or '尚未开工'}",
            f"竣工验收：{view.accepted_on or '尚未验收'}",
            f"验收材料：{documents}",
        ]
        if view.obstructions:
            lines.append("施工受阻记录：")
            lines += [f"  {o.on}  {o.description}（{o.by}）" for o in view.obstructions]
        else:
            lines.append("施工受阻记录：无")
        if view.can_record_acceptance:
            lines.append(
                "验收材料齐备后登记验收："
                f"casedesk case advance {args.case} --to {Stage.SUBSIDY.value} --on 验收日期"
            )
        return "\n".join(lines)

    ctx.emit(data, text)
    return 0
