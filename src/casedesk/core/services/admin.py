"""Administration use cases: accounts and their communities, annual targets, the holiday calendar,
and reassigning cases and disputes. Every change is audited; reassignments need a reason."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from casedesk.core.audit import record_audit
from casedesk.core.db.engine import SessionFactory
from casedesk.core.db.models import (
    AnnualTarget,
    Case,
    Community,
    Dispute,
    District,
    Holiday,
    Street,
    UserAccount,
    UserCommunity,
)
from casedesk.core.domain.enums import Role
from casedesk.core.errors import NotFound, UserError
from casedesk.core.i18n import N_
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import resolve_case_id
from casedesk.core.services.users import _hasher, create_user, generate_password
from casedesk.core.workflow.holidays import BUILT_IN

SYSTEM_USERNAME = "system"


# --- accounts ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class UserView:
    username: str
    display_name: str
    role: Role
    active: bool
    communities: tuple[str, ...]


def list_users(sf: SessionFactory, actor: Actor) -> list[UserView]:
    actor.require(Role.ADMIN)
    with sf() as s:
        names: dict[int, list[str]] = {}
        for user_id, name in s.execute(
            select(UserCommunity.user_id, Community.name)
            .join(Community, Community.id == UserCommunity.community_id)
            .order_by(Community.name)
        ):
            names.setdefault(user_id, []).append(name)
        return [
            UserView(
                u.username, u.display_name, Role(u.role), u.active, tuple(sorted(set(names.get(u.id, ()))))
            )
            for u in s.scalars(select(UserAccount).order_by(UserAccount.role, UserAccount.username))
            if u.username != SYSTEM_USERNAME
        ]


def all_communities(sf: SessionFactory) -> list[str]:
    with sf() as s:
        return list(s.scalars(select(Community.name).distinct().order_by(Community.name)))


def add_user(
    sf: SessionFactory, actor: Actor, username: str, display_name: str, role: Role, communities: list[str]
) -> str:
    """Create an account; returns its first password, shown once to the administrator."""
    password = generate_password()
    with sf.begin() as s:
        ids = _community_ids(s, communities)
        create_user(s, actor, username, display_name.strip() or username, role, password, tuple(ids))
    return password


def update_user(
    sf: SessionFactory,
    actor: Actor,
    username: str,
    *,
    display_name: str | None = None,
    role: Role | None = None,
    active: bool | None = None,
    communities: list[str] | None = None,
) -> None:
    actor.require(Role.ADMIN)
    with sf.begin() as s:
        user = _user(s, username)
        before = {"display_name": user.display_name, "role": user.role, "active": user.active}
        if active is False and user.id == actor.user_id:
            raise UserError(N_("不能停用自己正在使用的账户"))
        if role is not None and role != Role.ADMIN and user.role == Role.ADMIN.value and _last_admin(s, user):
            raise UserError(N_("至少要保留一个管理员账户"))
        if active is False and user.role == Role.ADMIN.value and _last_admin(s, user):
            raise UserError(N_("至少要保留一个管理员账户"))
        if display_name is not None and display_name.strip():
            user.display_name = display_name.strip()
        if role is not None:
            user.role = role.value
        if active is not None:
            user.active = active
        changes = {k: [v, getattr(user, k)] for k, v in before.items() if getattr(user, k) != v}
        if communities is not None:
            old = set(
                s.scalars(
                    select(Community.name)
                    .join(UserCommunity, UserCommunity.community_id == Community.id)
                    .where(UserCommunity.user_id == user.id)
                )
            )
            s.execute(delete(UserCommunity).where(UserCommunity.user_id == user.id))
            for cid in _community_ids(s, communities):
                s.add(UserCommunity(user_id=user.id, community_id=cid))
            if old != set(communities):
                changes["communities"] = [sorted(old), sorted(communities)]
        if changes:
            record_audit(
                s,
                actor,
                "user.update",
                "user",
                user.id,
                summary=N_("修改账户 {name}").format(name=username),
                changes=changes,
            )


def reset_password(sf: SessionFactory, actor: Actor, username: str) -> str:
    actor.require(Role.ADMIN)
    password = generate_password()
    with sf.begin() as s:
        user = _user(s, username)
        user.password_hash = _hasher.hash(password)
        record_audit(
            s,
            actor,
            "user.reset_password",
            "user",
            user.id,
            summary=N_("重设 {name} 的密码").format(name=username),
        )
    return password


def _user(s: Session, username: str) -> UserAccount:
    user = s.scalar(select(UserAccount).where(UserAccount.username == username))
    if user is None or username == SYSTEM_USERNAME:
        raise NotFound(N_("没有这个用户：{name}").format(name=username))
    return user


def _last_admin(s: Session, user: UserAccount) -> bool:
    admins = s.scalars(
        select(UserAccount.id).where(UserAccount.role == Role.ADMIN.value, UserAccount.active.is_(True))
    ).all()
    return list(admins) == [user.id]


def _community_ids(s: Session, names: list[str]) -> list[int]:
    ids: list[int] = []
    for name in names:
        found = s.scalars(select(Community.id).where(Community.name == name)).all()
        if not found:
            raise NotFound(N_("没有这个社区：{name}").format(name=name))
        # One office is one street, where community names are unique; in a district-wide database
        # the same name in two streets gives the account both.
        ids.extend(found)
    return ids


# --- annual targets ------------------------------------------------------------------------------


@dataclass(frozen=True)
class TargetRow:
    year: int
    district: str
    street: str | None  # None: the district's own target
    starts: int
    acceptances: int


def list_targets(sf: SessionFactory, actor: Actor, year: int) -> list[TargetRow]:
    """Every district and street, with its target for *year* (0 where none is set)."""
    actor.require(Role.ADMIN, Role.SUPERVISOR)
    with sf() as s:
        set_ = {
            (t.district_id, t.street_id): t
            for t in s.scalars(select(AnnualTarget).where(AnnualTarget.year == year))
        }
        rows: list[TargetRow] = []
        for district in s.scalars(select(District).order_by(District.name)):
            t = set_.get((district.id, None))
            rows.append(
                TargetRow(
                    year, district.name, None, t.starts_target if t else 0, t.acceptances_target if t else 0
                )
            )
            for street in s.scalars(
                select(Street).where(Street.district_id == district.id).order_by(Street.name)
            ):
                t = set_.get((district.id, street.id)) or set_.get((None, street.id))
                rows.append(
                    TargetRow(
                        year,
                        district.name,
                        street.name,
                        t.starts_target if t else 0,
                        t.acceptances_target if t else 0,
                    )
                )
        return rows


@dataclass(frozen=True)
class TargetChange:
    """One row of the 年度目标 table as the administrator typed it."""

    year: int
    district: str
    street: str | None
    starts: int
    acceptances: int


def set_target(
    sf: SessionFactory,
    actor: Actor,
    year: int,
    district: str,
    street: str | None,
    *,
    starts: int,
    acceptances: int,
) -> None:
    set_targets(sf, actor, [TargetChange(year, district, street, starts, acceptances)])


def set_targets(sf: SessionFactory, actor: Actor, changes: list[TargetChange]) -> int:
    """Save the rows of the 年度目标 table in one transaction: one refused row saves none."""
    actor.require(Role.ADMIN)
    for c in changes:
        if not 2017 <= c.year <= 2100:
            raise UserError(N_("年份应在 2017 到 2100 之间"))
        if c.starts < 0 or c.acceptances < 0:
            raise UserError(N_("目标数不能为负数"))
    with sf.begin() as s:
        for c in changes:
            _set_target(s, actor, c)
    return len(changes)


def _set_target(s: Session, actor: Actor, c: TargetChange) -> None:
    year, district, street, starts, acceptances = c.year, c.district, c.street, c.starts, c.acceptances
    district_id = s.scalar(select(District.id).where(District.name == district))
    if district_id is None:
        raise NotFound(N_("没有这个区：{name}").format(name=district))
    street_id = None
    if street:
        street_id = s.scalar(
            select(Street.id).where(Street.district_id == district_id, Street.name == street)
        )
        if street_id is None:
            raise NotFound(N_("没有这个街道：{name}").format(name=street))
    target = s.scalar(
        select(AnnualTarget).where(
            AnnualTarget.year == year,
            AnnualTarget.district_id == district_id,
            AnnualTarget.street_id.is_(None) if street_id is None else AnnualTarget.street_id == street_id,
        )
    )
    before = [target.starts_target, target.acceptances_target] if target else [0, 0]
    if target is None:
        target = AnnualTarget(year=year, district_id=district_id, street_id=street_id)
        s.add(target)
    target.starts_target, target.acceptances_target = starts, acceptances
    s.flush()
    record_audit(
        s,
        actor,
        "target.set",
        "annual_target",
        target.id,
        summary=N_("{year} 年目标 {place}：开工 {a}，验收 {b}").format(
            year=year, place=street or district, a=starts, b=acceptances
        ),
        changes={"targets": [before, [starts, acceptances]]},
    )


# --- holiday calendar ----------------------------------------------------------------------------


@dataclass(frozen=True)
class HolidayRow:
    day: date
    kind: str  # holiday / workday
    name: str
    source: str  # "built-in" or "office"


def list_holidays(sf: SessionFactory, year: int) -> list[HolidayRow]:
    """The year's statutory holidays and adjusted working days: the built-in State Council
    schedule, with the office's own entries (for a year announced after this release) on top."""
    rows = {
        day: HolidayRow(day, kind, name or "", "built-in")
        for day, (kind, name) in BUILT_IN.items()
        if day.year == year
    }
    with sf() as s:
        for h in s.scalars(
            select(Holiday).where(Holiday.day >= date(year, 1, 1), Holiday.day <= date(year, 12, 31))
        ):
            rows[h.day] = HolidayRow(h.day, h.kind, h.name or "", "office")
    return [rows[d] for d in sorted(rows)]


def set_holiday(
    sf: SessionFactory, actor: Actor, first: date, last: date | None, kind: str, name: str
) -> int:
    """Mark every day from *first* to *last* as a holiday or an adjusted working day; returns the count."""
    actor.require(Role.ADMIN)
    last = last or first
    if kind not in ("holiday", "workday"):
        raise UserError(N_("类型应为“放假”或“调休上班”"))
    if last < first or (last - first).days > 31:
        raise UserError(N_("日期范围无效（最多 31 天）"))
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    with sf.begin() as s:
        for day in days:
            holiday = s.get(Holiday, day)
            if holiday is None:
                s.add(Holiday(day=day, kind=kind, name=name.strip() or None))
            else:
                holiday.kind, holiday.name = kind, name.strip() or None
        record_audit(
            s,
            actor,
            "holiday.set",
            "holiday",
            None,
            summary=N_("节假日：{a} 至 {b} {k} {n}").format(
                a=first, b=last, k=N_("放假") if kind == "holiday" else N_("调休上班"), n=name
            ),
        )
    return len(days)


def remove_holiday(sf: SessionFactory, actor: Actor, day: date) -> None:
    actor.require(Role.ADMIN)
    with sf.begin() as s:
        holiday = s.get(Holiday, day)
        if holiday is None:
            raise NotFound(N_("{d} 不是本办事处添加的日期（内置日历不能删除）").format(d=day))
        s.delete(holiday)
        record_audit(
            s, actor, "holiday.remove", "holiday", None, summary=N_("删除节假日设置：{d}").format(d=day)
        )


# --- reassignment --------------------------------------------------------------------------------


def _assignee(s: Session, username: str, roles: tuple[Role, ...]) -> UserAccount:
    user = _user(s, username)
    if Role(user.role) not in roles or not user.active:
        raise UserError(
            N_("{name} 不能承办此项工作（角色：{role}）").format(name=username, role=Role(user.role).label)
        )
    return user


def _reassign_reason(reason: str) -> str:
    """Work changes hands only with a reason on the record (who asked, leave, recusal)."""
    if not reason.strip():
        raise UserError(N_("改派须填写理由"))
    return reason.strip()


def reassign_cases(sf: SessionFactory, actor: Actor, case_nos: list[str], clerk: str, *, reason: str) -> int:
    """Give cases to another clerk (leave, transfer, workload); returns how many changed hands."""
    actor.require(Role.SUPERVISOR, Role.ADMIN)
    reason = _reassign_reason(reason)
    moved = 0
    with sf.begin() as s:
        user = _assignee(s, clerk, (Role.CLERK, Role.SUPERVISOR))
        for case_no in case_nos:
            case = s.get(Case, resolve_case_id(s, actor, case_no))
            assert case is not None
            if case.clerk_id == user.id:
                continue
            before = case.clerk_id
            case.clerk_id = user.id
            moved += 1
            record_audit(
                s,
                actor,
                "case.reassign",
                "case",
                case.id,
                case_id=case.id,
                summary=N_("改派经办人为 {name}：{reason}").format(name=user.display_name, reason=reason),
                changes={"clerk_id": [before, user.id], "reason": reason},
            )
    return moved


def reassign_dispute(
    sf: SessionFactory, actor: Actor, dispute_no: str, mediator: str, *, reason: str
) -> None:
    actor.require(Role.SUPERVISOR, Role.ADMIN)
    reason = _reassign_reason(reason)
    with sf.begin() as s:
        dispute = s.scalar(select(Dispute).where(Dispute.dispute_no == dispute_no))
        if dispute is None:
            raise NotFound(N_("找不到纠纷：{no}").format(no=dispute_no))
        user = _assignee(s, mediator, (Role.MEDIATOR, Role.SUPERVISOR))
        before = dispute.mediator_id
        dispute.mediator_id = user.id
        record_audit(
            s,
            actor,
            "dispute.reassign",
            "dispute",
            dispute.id,
            case_id=dispute.case_id,
            summary=N_("纠纷 {no} 改派调解员 {name}：{reason}").format(
                no=dispute_no, name=user.display_name, reason=reason
            ),
            changes={"mediator_id": [before, user.id], "reason": reason},
        )


def assignable_users(sf: SessionFactory, role: Role) -> list[tuple[str, str]]:
    """(username, display name) of active accounts that can take work of *role*."""
    with sf() as s:
        return [
            (u.username, u.display_name)
            for u in s.scalars(
                select(UserAccount)
                .where(
                    UserAccount.role.in_([role.value, Role.SUPERVISOR.value]), UserAccount.active.is_(True)
                )
                .order_by(UserAccount.username)
            )
            if u.username != SYSTEM_USERNAME
        ]
