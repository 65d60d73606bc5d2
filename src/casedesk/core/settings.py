"""Office-wide settings: stored in the database so they travel with the data (Vorta's choice)."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casedesk.core.db.models import OfficeSetting
from casedesk.core.domain.enums import Stage
from casedesk.core.workflow.stages import STAGE_LIMIT_DAYS


@dataclass(frozen=True)
class OfficeSettings:
    office_name: str = "济南市街道办事处"
    seal_text: str = ""
    # Fields: {district} {street} codes, {year}, {serial}. SPEC §2 example: LX-WD-2026-0042.
    case_no_pattern: str = "{district}-{street}-{year}-{serial:04d}"
    dispute_no_pattern: str = "JF-{year}-{serial:04d}"
    notice_period_days: int = 15
    mediation_limit_days: int = 30
    # Per-stage hold-time limits overriding the defaults, e.g. "street_review=15,planning=30".
    stage_limits: str = ""
    # Where automatic and manual backups go; empty = the "backups" folder beside the database.
    backup_dir: str = ""

    def stage_limit_days(self, stage: str, default: int | None) -> int | None:
        for part in self.stage_limits.split(","):
            code, _, days = part.partition("=")
            if code.strip() == stage and days.strip().isdigit():
                return int(days)
        return default

    def stage_due_on(self, stage: Stage, since: date) -> date | None:
        """The day a stage's hold-time limit runs out, counted from entering it (or from resuming
        a suspended case: time suspended does not count); None for a stage without a limit."""
        limit = self.stage_limit_days(stage.value, STAGE_LIMIT_DAYS.get(stage))
        return since + timedelta(days=limit) if limit else None

    def to_strings(self) -> dict[str, str]:
        return {f.name: str(getattr(self, f.name)) for f in fields(self)}


def load_settings(session: Session) -> OfficeSettings:
    stored = dict(session.execute(select(OfficeSetting.key, OfficeSetting.value)).all())
    values: dict[str, Any] = {}  # int or str, as each field's type says
    for f in fields(OfficeSettings):
        if f.name in stored:
            values[f.name] = int(stored[f.name]) if f.type in ("int", int) else stored[f.name]
    return replace(OfficeSettings(), **values)


def save_settings(session: Session, settings: OfficeSettings) -> None:
    for key, value in settings.to_strings().items():
        row = session.get(OfficeSetting, key)
        if row is None:
            session.add(OfficeSetting(key=key, value=value))
        else:
            row.value = value
