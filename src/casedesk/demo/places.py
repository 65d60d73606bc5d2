"""Where the cases are: Jinan's districts and streets, invented communities, compounds, buildings.

Places already in the database are reused (the demo may be added to an office's training file).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from casedesk.core.db.models import Building, Community, Compound, District, Street
from casedesk.core.domain import jinan
from casedesk.demo import vocabulary as words
from casedesk.demo.world import World

COMMUNITIES_PER_STREET = 5


@dataclass(frozen=True)
class Place:
    """Where one compound stands, with the codes a case number and an ID number are made of."""

    district_id: int
    district_code: str
    division_code: str  # GB/T 2260, the first six digits of its residents' ID numbers
    street_id: int
    street_code: str
    community_id: int
    compound_id: int
    compound_name: str


class Places:
    def __init__(self, world: World):
        self.world = world
        self.districts: dict[str, tuple[int, str, str]] = {}
        self.streets: dict[tuple[int, str], tuple[int, str]] = {}
        self.community_names: dict[int, set[str]] = {}
        self.compound_names: dict[int, set[str]] = {}
        self.communities_of_street: dict[int, list[int]] = {}
        self.new_community_ids: list[int] = []
        self.district_of_street: dict[int, int] = {}
        self.street_of_community: dict[int, int] = {}
        s = world.session
        for d in s.scalars(select(District)):
            self.districts[d.name] = (d.id, d.code, d.division_code or "370100")
        for st in s.scalars(select(Street)):
            self.streets[(st.district_id, st.name)] = (st.id, st.code)
            self.district_of_street[st.id] = st.district_id
        for c in s.scalars(select(Community)):
            self.community_names.setdefault(c.street_id, set()).add(c.name)
            self.street_of_community[c.id] = c.street_id
        for p in s.scalars(select(Compound)):
            self.compound_names.setdefault(p.community_id, set()).add(p.name)

    def new_compound(self) -> Place:
        """A compound in a district weighted towards the 2017 trial districts."""
        district_id, district_code, division, info = self._district()
        street_id, street_code = self._street(district_id, info)
        community_id = self._community(street_id)
        base = self.world.rng.choice(words.COMPOUND_WORDS) + self.world.rng.choice(words.COMPOUND_SUFFIXES)
        name = _unused(base, "", self.compound_names.setdefault(community_id, set()), "{base}{n}区")
        compound_id = self.world.rows.add(Compound, community_id=community_id, name=name)
        return Place(
            district_id, district_code, division, street_id, street_code, community_id, compound_id, name
        )

    def new_building(self, place: Place, number: int) -> int:
        built = self.world.rng.randint(1982, 2002)
        return self.world.rows.add(
            Building, compound_id=place.compound_id, number=str(number), built_year=built
        )

    def _district(self) -> tuple[int, str, str, jinan.DistrictInfo]:
        weights = [5 if d.trial_2017 else 2 for d in jinan.DISTRICTS]
        info = self.world.rng.choices(jinan.DISTRICTS, weights=weights)[0]
        if info.name not in self.districts:
            district_id = self.world.rows.add(
                District, name=info.name, code=info.code, division_code=info.division_code
            )
            self.districts[info.name] = (district_id, info.code, info.division_code)
        district_id, code, division = self.districts[info.name]
        return district_id, code, division, info

    def _street(self, district_id: int, info: jinan.DistrictInfo) -> tuple[int, str]:
        # Few streets per district, so a street gets a realistic few dozen cases.
        name, code = self.world.rng.choice(info.streets[:4])
        key = (district_id, name)
        if key not in self.streets:
            street_id = self.world.rows.add(Street, district_id=district_id, name=name, code=code)
            self.streets[key] = (street_id, code)
            self.district_of_street[street_id] = district_id
        return self.streets[key]

    def _community(self, street_id: int) -> int:
        """One of the street's few communities, a new one now and then until it has five."""
        pool = self.communities_of_street.setdefault(street_id, [])
        if len(pool) < COMMUNITIES_PER_STREET and (not pool or self.world.rng.random() < 0.35):
            pool.append(self._new_community(street_id))
        return self.world.rng.choice(pool)

    def _new_community(self, street_id: int) -> int:
        base = self.world.rng.choice(words.COMMUNITY_WORDS)
        name = _unused(base, "社区", self.community_names.setdefault(street_id, set()), "{base}{n}社区")
        community_id = self.world.rows.add(Community, street_id=street_id, name=name)
        self.new_community_ids.append(community_id)
        self.street_of_community[community_id] = street_id
        return community_id


def _unused(base: str, suffix: str, names: set[str], numbered: str) -> str:
    """*base* + *suffix*, or a numbered variant when a sibling has that name already; noted in *names*."""
    name, n = base + suffix, 1
    while name in names:
        n += 1
        name = numbered.format(base=base, n=n)
    names.add(name)
    return name
