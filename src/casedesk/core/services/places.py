"""The office's places: districts (区), streets (街道) and communities (社区).

A new office sets them up in 设置 before its first case, so the new-case dialog can offer them
and accounts can be given their communities; cases may still bring new ones (ensure_address).
Places are found by name within their parent, so names are cleaned the same way everywhere:
`clean_name` (NFKC, no invisible characters, no inner line breaks). A rename keeps the place's
code, so case numbers already given never change.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from casedesk.core.audit import record_audit
from casedesk.core.db.engine import SessionFactory
from casedesk.core.db.models import Community, Compound, District, Street
from casedesk.core.domain import jinan
from casedesk.core.domain.enums import Role
from casedesk.core.errors import NotFound, UserError
from casedesk.core.i18n import N_
from casedesk.core.services.actor import Actor

# Zero-width and other format characters (Unicode category Cf) are invisible on screen but make
# two names differ: "3" and "3\u200d" must be the same building.
_SPACES = re.compile(r"\s+")


def clean_name(text: str) -> str:
    """A place name as stored: NFKC (full-width letters and digits become ASCII), format
    characters removed, runs of white space made one space, trimmed."""
    text = unicodedata.normalize("NFKC", text or "")
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return _SPACES.sub(" ", text).strip()


_BUILDING_SUFFIXES = ("号楼", "号", "栋", "幢", "座", "楼")
_UNIT_SUFFIXES = ("单元", "号")


def _number(text: str, suffixes: tuple[str, ...]) -> str:
    value = clean_name(text).replace(" ", "").upper()
    if value.startswith("第"):
        value = value[1:]
    for suffix in suffixes:
        if value.endswith(suffix) and len(value) > len(suffix):
            value = value[: -len(suffix)]
            break
    # "02" and "2" are one stairwell; a number that is all zeros stays as typed.
    if value.isdigit() and value.strip("0"):
        value = str(int(value))
    return value


def building_number(text: str) -> str:
    """楼号 as stored and compared: "３", "3\u200d", "03", "3号楼", "3栋", "第3幢" are all "3"."""
    return _number(text, _BUILDING_SUFFIXES)


def unit_number(text: str) -> str:
    """单元 as stored and compared: "２单元", "02", "2" are all "2"."""
    return _number(text, _UNIT_SUFFIXES)


# --- reading ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class StreetPlaces:
    name: str
    code: str
    communities: tuple[str, ...]


@dataclass(frozen=True)
class DistrictPlaces:
    name: str
    code: str
    streets: tuple[StreetPlaces, ...]


def list_places(sf: SessionFactory, actor: Actor) -> list[DistrictPlaces]:
    """The places the actor works in, sorted by name. A clerk or mediator sees only their own
    communities (and the districts and streets above them); others see every place, empty
    districts and streets included, so an administrator can fill them."""
    with sf() as s:
        rows = s.execute(
            select(District.name, District.code, Street.name, Street.code, Community.id, Community.name)
            .select_from(District)
            .outerjoin(Street, Street.district_id == District.id)
            .outerjoin(Community, Community.street_id == Street.id)
        ).all()
    mine = actor.community_ids
    districts: dict[tuple[str, str], dict[tuple[str, str], list[str]]] = {}
    for d_name, d_code, s_name, s_code, c_id, c_name in rows:
        if mine is not None and (c_id is None or c_id not in mine):
            continue
        streets = districts.setdefault((d_name, d_code), {})
        if s_name is None:
            continue
        communities = streets.setdefault((s_name, s_code), [])
        if c_name is not None:
            communities.append(c_name)
    return [
        DistrictPlaces(
            d_name,
            d_code,
            tuple(
                StreetPlaces(s_name, s_code, tuple(sorted(set(names))))
                for (s_name, s_code), names in sorted(streets.items())
            ),
        )
        for (d_name, d_code), streets in sorted(districts.items())
    ]


def compounds_of(sf: SessionFactory, actor: Actor, district: str, street: str, community: str) -> list[str]:
    """The 小区 already known in a community, for the new-case dialog's completion."""
    with sf() as s:
        c = _community(s, district, street, community, missing_ok=True)
        if c is None or not actor.may_see_community(c.id):
            return []
        return list(
            s.scalars(select(Compound.name).where(Compound.community_id == c.id).order_by(Compound.name))
        )


# --- adding and renaming --------------------------------------------------------------------


def _checked(name: str, what: str, max_len: int) -> str:
    cleaned = clean_name(name)
    if not cleaned:
        raise UserError(N_("{what}名称不能为空").format(what=what))
    if len(cleaned) > max_len:
        raise UserError(N_("{what}名称不能超过 {n} 个字：{name}").format(what=what, n=max_len, name=cleaned))
    return cleaned


def _district(s: Session, name: str) -> District:
    d = s.scalar(select(District).where(District.name == clean_name(name)))
    if d is None:
        raise NotFound(N_("没有这个区：{name}").format(name=name))
    return d


def _street(s: Session, district: str, name: str) -> Street:
    d = _district(s, district)
    row = s.scalar(select(Street).where(Street.district_id == d.id, Street.name == clean_name(name)))
    if row is None:
        raise NotFound(N_("{d}没有这个街道：{name}").format(d=d.name, name=name))
    return row


def _community(
    s: Session, district: str, street: str, name: str, missing_ok: bool = False
) -> Community | None:
    d = s.scalar(select(District).where(District.name == clean_name(district)))
    st = d and s.scalar(select(Street).where(Street.district_id == d.id, Street.name == clean_name(street)))
    c = st and s.scalar(
        select(Community).where(Community.street_id == st.id, Community.name == clean_name(name))
    )
    if c is None and not missing_ok:
        raise NotFound(N_("{s}没有这个社区：{name}").format(s=clean_name(street), name=name))
    return c or None


def _free_code(s: Session, column, prefix: str, *where) -> str:
    """The first unused D01, D02… (S01… within a district) for a place not in the built-in list."""
    used = set(s.scalars(select(column).where(*where)))
    n = 1
    while f"{prefix}{n:02d}" in used:
        n += 1
    return f"{prefix}{n:02d}"


def add_district(sf: SessionFactory, actor: Actor, name: str) -> DistrictPlaces:
    actor.require(Role.SUPERVISOR)
    name = _checked(name, N_("区"), 40)
    with sf.begin() as s:
        if s.scalar(select(District.id).where(District.name == name)):
            raise UserError(N_("已有这个区：{name}").format(name=name))
        info = jinan.BY_NAME.get(name)
        code = info.code if info else None
        if code is None or s.scalar(select(District.id).where(District.code == code)):
            code = _free_code(s, District.code, "D")
        d = District(name=name, code=code, division_code=info.division_code if info else None)
        s.add(d)
        s.flush()
        record_audit(
            s, actor, "district.add", "district", d.id, summary=N_("添加区 {name}").format(name=name)
        )
        return DistrictPlaces(name, code, ())


def add_street(sf: SessionFactory, actor: Actor, district: str, name: str) -> StreetPlaces:
    actor.require(Role.SUPERVISOR)
    name = _checked(name, N_("街道"), 40)
    with sf.begin() as s:
        d = _district(s, district)
        if s.scalar(select(Street.id).where(Street.district_id == d.id, Street.name == name)):
            raise UserError(N_("{d}已有这个街道：{name}").format(d=d.name, name=name))
        code = jinan.street_code(d.name, name)
        if code is None or s.scalar(select(Street.id).where(Street.district_id == d.id, Street.code == code)):
            code = _free_code(s, Street.code, "S", Street.district_id == d.id)
        row = Street(district_id=d.id, name=name, code=code)
        s.add(row)
        s.flush()
        record_audit(
            s,
            actor,
            "street.add",
            "street",
            row.id,
            summary=N_("添加街道 {d}{name}").format(d=d.name, name=name),
        )
        return StreetPlaces(name, code, ())


def add_community(sf: SessionFactory, actor: Actor, district: str, street: str, name: str) -> str:
    actor.require(Role.SUPERVISOR)
    name = _checked(name, N_("社区"), 60)
    with sf.begin() as s:
        st = _street(s, district, street)
        if s.scalar(select(Community.id).where(Community.street_id == st.id, Community.name == name)):
            raise UserError(N_("{s}已有这个社区：{name}").format(s=st.name, name=name))
        row = Community(street_id=st.id, name=name)
        s.add(row)
        s.flush()
        record_audit(
            s,
            actor,
            "community.add",
            "community",
            row.id,
            summary=N_("添加社区 {s}{name}").format(s=st.name, name=name),
        )
        return name


def rename_district(sf: SessionFactory, actor: Actor, old: str, new: str) -> None:
    actor.require(Role.SUPERVISOR)
    new = _checked(new, N_("区"), 40)
    with sf.begin() as s:
        d = _district(s, old)
        if d.name == new:
            return
        if s.scalar(select(District.id).where(District.name == new)):
            raise UserError(N_("已有这个区：{name}").format(name=new))
        before, d.name = d.name, new
        _audit_rename(s, actor, "district", d.id, before, new)


def rename_street(sf: SessionFactory, actor: Actor, district: str, old: str, new: str) -> None:
    actor.require(Role.SUPERVISOR)
    new = _checked(new, N_("街道"), 40)
    with sf.begin() as s:
        st = _street(s, district, old)
        if st.name == new:
            return
        if s.scalar(select(Street.id).where(Street.district_id == st.district_id, Street.name == new)):
            raise UserError(N_("已有这个街道：{name}").format(name=new))
        before, st.name = st.name, new
        _audit_rename(s, actor, "street", st.id, before, new)


def rename_community(
    sf: SessionFactory, actor: Actor, district: str, street: str, old: str, new: str
) -> None:
    actor.require(Role.SUPERVISOR)
    new = _checked(new, N_("社区"), 60)
    with sf.begin() as s:
        c = _community(s, district, street, old)
        assert c is not None
        if c.name == new:
            return
        if s.scalar(select(Community.id).where(Community.street_id == c.street_id, Community.name == new)):
            raise UserError(N_("已有这个社区：{name}").format(name=new))
        before, c.name = c.name, new
        _audit_rename(s, actor, "community", c.id, before, new)


def _audit_rename(s: Session, actor: Actor, kind: str, object_id: int, before: str, after: str) -> None:
    s.flush()
    record_audit(
        s,
        actor,
        f"{kind}.rename",
        kind,
        object_id,
        summary=N_("重命名 {a} → {b}").format(a=before, b=after),
        changes={"name": [before, after]},
    )
