"""`casedesk place list | add | rename`: the office's districts, streets and communities.

The same service as 设置 → 地区: a new office sets its places up before the first case, and a
rename keeps the place's code, so case numbers already given never change. Service modules are
imported inside the handlers, so `casedesk --version` does not load the database layer for them.
"""

from __future__ import annotations

import argparse

from casedesk.cli import CliContext, CommandTree
from casedesk.commands._text import table
from casedesk.core.errors import UserError

_LEVELS = ("district", "street", "community")
_LEVEL_LABELS = {"district": "区", "street": "街道", "community": "社区"}


def _place_options(p: argparse.ArgumentParser, verb: str) -> None:
    p.add_argument("--district", required=True, metavar="NAME", help="区")
    p.add_argument("--street", metavar="NAME", help="街道（给出时操作街道或其下的社区）")
    p.add_argument("--community", metavar="NAME", help=f"社区（须同时给出 --street；{verb}社区）")


def register(tree: CommandTree) -> None:
    place = tree.group("place", help="地区：区、街道、社区（新办公室在登记案件前设置）")
    p = place.add_parser("list", help="列出区、街道和社区（社区工作人员只看到自己负责的）")
    p.set_defaults(handler=cmd_list)
    text = "添加区、街道或社区（主管）：添加所给的最末一级，上级须已存在"
    p = place.add_parser(
        "add",
        help=text,
        description=f"{text}。例：casedesk place add --district 历下区 --street 文东街道"
        " --community 青龙社区",
    )
    _place_options(p, "添加")
    p.set_defaults(handler=cmd_add)
    text = "重命名区、街道或社区（主管）：重命名所给的最末一级，编号不变，已有案件编号不受影响"
    p = place.add_parser(
        "rename",
        help=text,
        description=f"{text}。例：casedesk place rename --district 历下区 --street 文东街道 --to 文东",
    )
    _place_options(p, "重命名")
    p.add_argument("--to", required=True, metavar="NEW", help="新名称")
    p.set_defaults(handler=cmd_rename)


def _level(args: argparse.Namespace) -> str:
    if args.community is not None and args.street is None:
        raise UserError("给出 --community 时须同时给出 --street")
    return "community" if args.community is not None else "street" if args.street is not None else "district"


def cmd_list(args: argparse.Namespace, ctx: CliContext) -> int:
    from casedesk.core.services.places import list_places

    districts = list_places(ctx.session_factory, ctx.actor)
    data = {
        "districts": [
            {
                "name": d.name,
                "code": d.code,
                "streets": [
                    {"name": s.name, "code": s.code, "communities": list(s.communities)} for s in d.streets
                ],
            }
            for d in districts
        ]
    }

    def text() -> str:
        if not districts:
            return "尚未设置任何地区（casedesk place add --district 区名）。"
        rows = []
        for d in districts:
            if not d.streets:
                rows.append([d.name, "—", ""])
            for s in d.streets:
                rows.append([d.name, s.name, "、".join(s.communities) or "—"])
        return table(["区", "街道", "社区"], rows)

    ctx.emit(data, text)
    return 0


def cmd_add(args: argparse.Namespace, ctx: CliContext) -> int:
    from casedesk.core.services import places

    level = _level(args)
    if level == "district":
        added = places.add_district(ctx.session_factory, ctx.actor, args.district)
        name, code = added.name, added.code
    elif level == "street":
        street = places.add_street(ctx.session_factory, ctx.actor, args.district, args.street)
        name, code = street.name, street.code
    else:
        name = places.add_community(
            ctx.session_factory, ctx.actor, args.district, args.street, args.community
        )
        code = None
    data = {"level": level, "name": name, "code": code}
    ctx.emit(data, f"已添加{_LEVEL_LABELS[level]}：{name}" + (f"（编号 {code}）" if code else ""))
    return 0


def cmd_rename(args: argparse.Namespace, ctx: CliContext) -> int:
    from casedesk.core.services import places

    level = _level(args)
    sf, actor = ctx.session_factory, ctx.actor
    if level == "district":
        old = args.district
        places.rename_district(sf, actor, old, args.to)
    elif level == "street":
        old = args.street
        places.rename_street(sf, actor, args.district, old, args.to)
    else:
        old = args.community
        places.rename_community(sf, actor, args.district, args.street, old, args.to)
    new = places.clean_name(args.to)
    ctx.emit(
        {"level": level, "from": places.clean_name(old), "to": new},
        f"已重命名{_LEVEL_LABELS[level]}：{places.clean_name(old)} → {new}",
    )
    return 0
