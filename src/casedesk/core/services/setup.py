"""First run: the office and its administrator, created together or not at all."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import func, select

from casedesk.core.db.engine import SessionFactory
from casedesk.core.db.models import UserAccount
from casedesk.core.domain.enums import Role
from casedesk.core.errors import UserError
from casedesk.core.i18n import N_
from casedesk.core.services.actor import SYSTEM_ACTOR, Actor
from casedesk.core.services.users import authenticate, create_user
from casedesk.core.settings import load_settings, save_settings


def needs_first_run(sf: SessionFactory) -> bool:
    with sf() as s:
        return (s.scalar(select(func.count(UserAccount.id))) or 0) == 0


def first_run_setup(
    sf: SessionFactory,
    *,
    office_name: str,
    seal_text: str,
    username: str,
    display_name: str,
    password: str,
    password_again: str,
) -> Actor:
    if not office_name.strip():
        raise UserError(N_("请填写办事处名称"))
    if password != password_again:
        raise UserError(N_("两次输入的密码不一致"))
    with sf.begin() as s:
        if (s.scalar(select(func.count(UserAccount.id))) or 0) > 0:
            raise UserError(N_("已有账户，无需再次初始化"))
        save_settings(
            s, replace(load_settings(s), office_name=office_name.strip(), seal_text=seal_text.strip())
        )
        create_user(s, SYSTEM_ACTOR, username, display_name or username, Role.ADMIN, password)
    return authenticate(sf, username, password)
