"""Local accounts: create, authenticate, and turn an account into an Actor."""

from __future__ import annotations

import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from casedesk.core.audit import record_audit
from casedesk.core.db.engine import SessionFactory
from casedesk.core.db.models import UserAccount, UserCommunity
from casedesk.core.domain.enums import Role
from casedesk.core.errors import NotFound, UserError
from casedesk.core.i18n import N_
from casedesk.core.services.actor import Actor

_hasher = PasswordHasher()


def generate_password() -> str:
    """A password a clerk can type: 10 characters without look-alikes (0/O, 1/l/I)."""
    alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(10))


def create_user(
    session: Session,
    actor: Actor,
    username: str,
    display_name: str,
    role: Role,
    password: str,
    community_ids: tuple[int, ...] = (),
) -> UserAccount:
    """Add an account inside the caller's transaction."""
    actor.require(Role.ADMIN)
    username = username.strip()
    if not username:
        raise UserError(N_("用户名不能为空"))
    if len(password) < 8:
        raise UserError(N_("密码至少 8 位"))
    if session.scalar(select(UserAccount.id).where(UserAccount.username == username)):
        raise UserError(N_("用户名已存在：{name}").format(name=username))
    user = UserAccount(
        username=username, display_name=display_name, role=role.value, password_hash=_hasher.hash(password)
    )
    session.add(user)
    session.flush()
    for cid in community_ids:
        session.add(UserCommunity(user_id=user.id, community_id=cid))
    record_audit(
        session,
        actor,
        "user.create",
        "user",
        user.id,
        summary=N_("创建账户 {name}（{role}）").format(name=username, role=role.label),
    )
    return user


def _actor_for(session: Session, user: UserAccount) -> Actor:
    role = Role(user.role)
    community_ids = None
    if role in (Role.CLERK, Role.MEDIATOR):
        community_ids = frozenset(
            session.scalars(select(UserCommunity.community_id).where(UserCommunity.user_id == user.id))
        )
    return Actor(user.id, user.username, role, user.display_name, community_ids)


def authenticate(session_factory: SessionFactory, username: str, password: str) -> Actor:
    """The Actor for a correct username/password; one message for every failure (no hints)."""
    wrong = UserError(N_("用户名或密码不正确"))
    with session_factory() as s:
        user = s.scalar(select(UserAccount).where(UserAccount.username == username.strip()))
        if user is None or not user.active or not user.password_hash:
            raise wrong
        try:
            _hasher.verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            raise wrong from None
        return _actor_for(s, user)


def actor_for_username(session_factory: SessionFactory, username: str) -> Actor:
    """The Actor of an existing account, for `casedesk --user NAME` (no password: see SPEC §4)."""
    with session_factory() as s:
        user = s.scalar(select(UserAccount).where(UserAccount.username == username.strip()))
        if user is None or not user.active:
            raise NotFound(N_("没有这个用户：{name}").format(name=username))
        return _actor_for(s, user)


MIN_PASSWORD_LENGTH = 8


def change_own_password(session_factory: SessionFactory, actor: Actor, current: str, new: str) -> None:
    """The signed-in user replaces their own password; the current one must be right, so a
    colleague at an unlocked PC cannot take the account over."""
    if actor.user_id is None:
        raise UserError(N_("内置的系统账户没有密码"))
    if len(new) < MIN_PASSWORD_LENGTH:
        raise UserError(N_("新密码至少 {n} 位").format(n=MIN_PASSWORD_LENGTH))
    if new == current:
        raise UserError(N_("新密码不能与当前密码相同"))
    with session_factory.begin() as s:
        user = s.get(UserAccount, actor.user_id)
        if user is None or not user.active or not user.password_hash:
            raise UserError(N_("当前密码不正确"))
        try:
            _hasher.verify(user.password_hash, current)
        except (VerificationError, InvalidHashError):
            raise UserError(N_("当前密码不正确")) from None
        user.password_hash = _hasher.hash(new)
        record_audit(
            s,
            actor,
            "user.change_password",
            "user",
            user.id,
            summary=N_("{name} 修改了自己的密码").format(name=user.display_name or user.username),
        )
