"""Local accounts: create, authenticate, and turn an account into an Actor."""

from __future__ import annotations

import secrets
import time
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from casedesk.core.audit import record_audit
from casedesk.core.db.engine import SessionFactory
from casedesk.core.db.models import AuditEvent, UserAccount, UserCommunity
from casedesk.core.domain.enums import Role
from casedesk.core.errors import NotFound, UserError
from casedesk.core.i18n import N_
from casedesk.core.services.actor import Actor

_hasher = PasswordHasher()


def generate_password() -> str:
    """A password a clerk can type: 10 characters without look-alikes (0/O, 1/l/I)."""
    alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(10))


def existing_usernames(session_factory: SessionFactory) -> set[str]:
    """Every account's log-in name."""
    with session_factory() as s:
        return set(s.scalars(select(UserAccount.username)))


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


# Log-in guard. Each wrong password waits a little longer (0.5, 1, 2, 4 s …), and after
# LOCK_AFTER failures in LOCK_MINUTES the name is locked for the rest of that window, so a script
# cannot try a dictionary (100 guesses took 14 s before). Failures are counted from the audit
# trail, which every client shares, so the count holds across PCs on an office server and needs
# no table of its own; they are counted per typed name, so a name that does not exist locks the
# same way as a real one and the answer never tells which names exist.
LOCK_AFTER = 5
LOCK_MINUTES = 15
MAX_FAILURE_DELAY = 8.0
LOGIN_FAILED = "user.login_failed"
LOGIN_LOCKED = "user.login_locked"
LOGIN_AFTER_FAILURES = "user.login"
_USERNAME_MAX = 40  # the audit trail's username column


def _pause(seconds: float) -> None:
    time.sleep(seconds)


_dummy_hash: str | None = None


def _verify(password_hash: str | None, password: str) -> bool:
    """Check *password*; with no hash (unknown or disabled account) check it against a dummy
    hash, so that every attempt costs one argon2 verification and takes the same time."""
    global _dummy_hash
    if _dummy_hash is None:
        _dummy_hash = _hasher.hash(secrets.token_urlsafe(16))
    try:
        matched: bool = _hasher.verify(password_hash or _dummy_hash, password)
    except (VerificationError, InvalidHashError):
        matched = False
    return matched and password_hash is not None


def _recent_failures(s: Session, name: str, user_id: int | None, now: datetime) -> int:
    """Failures for *name* inside the lock window, since its last good log-in or password reset."""
    clears = [and_(AuditEvent.action == LOGIN_AFTER_FAILURES, AuditEvent.username == name)]
    if user_id is not None:
        clears.append(
            and_(
                AuditEvent.action == "user.reset_password",
                AuditEvent.object_type == "user",
                AuditEvent.object_id == user_id,
            )
        )
    # By id, not time: the audit clock has whole seconds, and a failure in the same second as
    # the log-in that cleared it must not count again.
    cleared_id = s.scalar(select(func.max(AuditEvent.id)).where(or_(*clears))) or 0
    return (
        s.scalar(
            select(func.count(AuditEvent.id)).where(
                AuditEvent.action == LOGIN_FAILED,
                AuditEvent.username == name,
                AuditEvent.at >= now - timedelta(minutes=LOCK_MINUTES),
                AuditEvent.id > cleared_id,
            )
        )
        or 0
    )


def authenticate(
    session_factory: SessionFactory, username: str, password: str, *, now: datetime | None = None
) -> Actor:
    """The Actor for a correct username/password; one message for every failure (no hints).

    Every failure is written to the audit trail and answered after a growing delay; after
    LOCK_AFTER failures the name is locked for LOCK_MINUTES (an administrator's password reset
    lifts it at once)."""
    name = username.strip()
    if not name:
        raise UserError(N_("请输入用户名"))
    name = name[:_USERNAME_MAX]
    now = now or datetime.now().replace(microsecond=0)
    with session_factory() as s:
        user = s.scalar(select(UserAccount).where(UserAccount.username == name))
        usable = user is not None and user.active and bool(user.password_hash)
        password_hash = user.password_hash if usable else None  # type: ignore[union-attr]
        user_id = user.id if user is not None else None
        failures = _recent_failures(s, name, user_id, now)
    attempt = Actor(None, name, Role.CLERK, name)
    if failures >= LOCK_AFTER:
        _verify(None, password)  # the same work as any other attempt
        with session_factory.begin() as s:
            record_audit(
                s,
                attempt,
                "user.login_locked",
                "user",
                user_id,
                summary=N_("账户锁定期间尝试登录：{name}").format(name=name),
            )
        raise UserError(
            N_("连续 {n} 次登录失败，此用户名已暂时锁定。请 {m} 分钟后再试，或请管理员重设密码。").format(
                n=LOCK_AFTER, m=LOCK_MINUTES
            )
        )
    if _verify(password_hash, password):
        with session_factory.begin() as s:
            if failures:  # a good log-in clears the count, and the audit shows the earlier tries
                record_audit(
                    s,
                    attempt,
                    "user.login",
                    "user",
                    user_id,
                    summary=N_("{n} 次失败后登录成功：{name}").format(n=failures, name=name),
                )
            user = s.get(UserAccount, user_id)
            assert user is not None
            return _actor_for(s, user)
    with session_factory.begin() as s:
        record_audit(
            s,
            attempt,
            "user.login_failed",
            "user",
            user_id,
            summary=N_("登录失败：{name}（{why}）").format(
                name=name, why=N_("密码不正确") if usable else N_("没有这个可用的账户")
            ),
        )
    _pause(min(0.5 * 2**failures, MAX_FAILURE_DELAY))
    left = LOCK_AFTER - failures - 1
    if left <= 0:
        raise UserError(
            N_("用户名或密码不正确。此用户名已暂时锁定 {m} 分钟；忘记密码请联系管理员重设。").format(
                m=LOCK_MINUTES
            )
        )
    if left <= 2:
        raise UserError(
            N_("用户名或密码不正确。再错 {n} 次，此用户名将暂时锁定 {m} 分钟。").format(
                n=left, m=LOCK_MINUTES
            )
        )
    raise UserError(N_("用户名或密码不正确"))


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
