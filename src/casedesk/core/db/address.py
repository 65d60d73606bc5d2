"""Find or create the address hierarchy 区 / 街道 / 社区 / 小区 / 楼."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casedesk.core.db.models import Building, Community, Compound, District, Street
from casedesk.core.domain import jinan


@dataclass(frozen=True)
class AddressIds:
    district_id: int
    street_id: int
    community_id: int
    compound_id: int
    building_id: int
    district_code: str
    street_code: str


def ensure_address(
    session: Session, district: str, street: str, community: str, compound: str, building: str
) -> AddressIds:
    d = session.scalar(select(District).where(District.name == district))
    if d is None:
        info = jinan.BY_NAME.get(district)
        code = info.code if info else _fallback_code(session, District.code, "D")
        d = District(name=district, code=code, division_code=info.division_code if info else None)
        session.add(d)
        session.flush()
    s = session.scalar(select(Street).where(Street.district_id == d.id, Street.name == street))
    if s is None:
        code = jinan.street_code(district, street) or _fallback_code(
            session, Street.code, "S", Street.district_id == d.id
        )
        s = Street(district_id=d.id, name=street, code=code)
        session.add(s)
        session.flush()
    c = session.scalar(select(Community).where(Community.street_id == s.id, Community.name == community))
    if c is None:
        c = Community(street_id=s.id, name=community)
        session.add(c)
        session.flush()
    p = session.scalar(select(Compound).where(Compound.community_id == c.id, Compound.name == compound))
    if p is None:
        p = Compound(community_id=c.id, name=compound)
        session.add(p)
        session.flush()
    b = session.scalar(select(Building).where(Building.compound_id == p.id, Building.number == building))
    if b is None:
        b = Building(compound_id=p.id, number=building)
        session.add(b)
        session.flush()
    return AddressIds(d.id, s.id, c.id, p.id, b.id, d.code, s.code)


def _fallback_code(session: Session, column, prefix: str, *where) -> str:
    """For a place not in the built-in list: D01, D02… (an office can rename it in settings)."""
    count = session.scalar(select(func.count()).select_from(column.class_).where(*where)) or 0
    return f"{prefix}{count + 1:02d}"
