"""The office's settings, changed by an administrator from the 设置 screen, with an audit entry."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date

from casedesk.core.audit import record_audit
from casedesk.core.db.engine import SessionFactory
from casedesk.core.domain.enums import Role
from casedesk.core.errors import UserError
from casedesk.core.i18n import N_
from casedesk.core.services.actor import Actor
from casedesk.core.settings import OfficeSettings, load_settings, save_settings

EDITABLE = (
    "office_name",
    "seal_text",
    "case_no_pattern",
    "dispute_no_pattern",
    "notice_period_days",
    "mediation_limit_days",
    "stage_limits",
    "backup_dir",
)


def get_settings(sf: SessionFactory, actor: Actor) -> OfficeSettings:
    with sf() as s:
        return load_settings(s)


def update_settings(sf: SessionFactory, actor: Actor, changes: dict[str, str]) -> OfficeSettings:
    """Check every value before writing any (a bad pattern would break numbering for everyone)."""
    actor.require(Role.ADMIN)
    types = {f.name: f.type for f in fields(OfficeSettings)}
    values: dict[str, object] = {}
    for key, raw in changes.items():
        if key not in EDITABLE:
            raise UserError(N_("不能修改的设置：{k}").format(k=key))
        text = raw.strip()
        if types[key] in ("int", int):
            if not text.isdigit() or not 1 <= int(text) <= 365:
                raise UserError(N_("{k} 应为 1 到 365 的天数：{v}").format(k=key, v=raw))
            values[key] = int(text)
        else:
            values[key] = text
    if not str(values.get("office_name", "x")).strip():
        raise UserError(N_("办事处名称不能为空"))
    for key in ("case_no_pattern", "dispute_no_pattern"):
        if key in values:
            _check_pattern(str(values[key]))
    with sf.begin() as s:
        before = load_settings(s)
        after = replace(before, **values)  # type: ignore[arg-type]
        diff = {}
        for k in values:
            if getattr(before, k) != getattr(after, k):
                diff[k] = [getattr(before, k), getattr(after, k)]
        if diff:
            save_settings(s, after)
            record_audit(
                s,
                actor,
                "settings.update",
                "settings",
                None,
                summary=N_("修改办公室设置：{keys}").format(keys="、".join(diff)),
                changes=diff,
            )
        return after


def _check_pattern(pattern: str) -> None:
    try:
        sample = pattern.format(district="LX", street="WD", year=date.today().year, serial=1)
    except (KeyError, IndexError, ValueError) as exc:
        raise UserError(
            N_("编号格式无效（可用 {{district}} {{street}} {{year}} {{serial:04d}}）：{p}").format(p=pattern)
        ) from exc
    if "{serial" not in pattern or not sample:
        raise UserError(N_("编号格式必须包含序号 {{serial}}：{p}").format(p=pattern))
