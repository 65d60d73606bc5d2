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

# The settings in words, for messages and the log (the keys are the stored names only).
SETTING_LABELS = {
    "office_name": N_("办事处名称"),
    "seal_text": N_("印章文字"),
    "case_no_pattern": N_("案件编号格式"),
    "dispute_no_pattern": N_("纠纷编号格式"),
    "notice_period_days": N_("公示期"),
    "mediation_limit_days": N_("调解期限"),
    "stage_limits": N_("阶段时限"),
    "backup_dir": N_("备份文件夹"),
}


def stage_limits_in_words(stored: str) -> str:
    """ "street_review=15,planning=30" as a clerk reads it: "街道审核=15, 规划审查=30"."""
    from casedesk.core.domain.enums import Stage

    parts = []
    for part in stored.split(","):
        code, _, days = part.partition("=")
        if not code.strip():
            continue
        try:
            name = Stage(code.strip()).label
        except ValueError:
            name = code.strip()
        parts.append(f"{name}={days.strip()}")
    return ", ".join(parts)


def stage_limits_from_words(text: str) -> str:
    """The stored form of per-stage limits typed with stage names (or codes): "街道审核=15，规划审查=30"."""
    import unicodedata

    from casedesk.core.domain.enums import Stage

    stored = []
    for part in unicodedata.normalize("NFKC", text).replace("、", ",").replace(";", ",").split(","):
        if not part.strip():
            continue
        name, sep, days = part.partition("=")
        try:
            stage = Stage.from_label(name)
        except ValueError:
            stage = None
        if not sep or stage is None or not days.strip().isdigit() or not 1 <= int(days) <= 365:
            raise UserError(
                N_("阶段时限应写作“阶段=天数”，如“街道审核=15, 规划审查=30”（阶段：{all}）：{p}").format(
                    all="、".join(s.label for s in Stage), p=part.strip()
                )
            )
        stored.append(f"{stage.value}={int(days)}")
    return ",".join(stored)


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
                raise UserError(N_("{k}应为 1 到 365 的天数：{v}").format(k=SETTING_LABELS[key], v=raw))
            values[key] = int(text)
        elif key == "stage_limits":
            values[key] = stage_limits_from_words(text)
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
                summary=N_("修改办公室设置：{keys}").format(keys="、".join(SETTING_LABELS[k] for k in diff)),
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
