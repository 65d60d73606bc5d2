"""Who owns the flats: the kinds of owner a real register holds, in realistic shares.

- residents, one per flat, with a valid resident ID number (3 % never gave one);
- co-owners: two residents on one flat (about one flat in five);
- owners of two or more flats: the resident of a flat who also bought the one next door (about
  5 % of owners; SPC art. 9 counts them as one person);
- work units (单位) that still hold flats in the staff housing they built;
- developers, who own the flats they never sold (开发商未售房; all of them together count as one
  person).
Work units and developers carry a unified social credit code, as in the register.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from casedesk.core.db.models import Ownership, Person
from casedesk.core.domain.idnumber import id_check_digit, uscc_check_char
from casedesk.demo import vocabulary as words
from casedesk.demo.places import Place
from casedesk.demo.world import World

CO_OWNED_SHARE = 0.22
SECOND_FLAT_SHARE = 0.09  # of flats after one held alone: about 5 % of owners hold two or more
NO_ID_NUMBER_SHARE = 0.03
WORK_UNIT_FLAT_SHARE = 0.15  # of the flats in a compound where a work unit still holds some
OLDEST_BIRTH, YOUNGEST_BIRTH = date(1938, 1, 1), date(1995, 12, 31)
USCC_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


class People:
    def __init__(self, world: World):
        self.world = world
        self.used_numbers: set[str] = set(
            world.session.scalars(select(Person.id_number).where(Person.id_number.is_not(None)))
        )
        self.developer_of_compound: dict[int, int] = {}
        self.work_units: dict[str, int] = {}

    # --- one owner ---------------------------------------------------------------------------

    def name(self) -> str:
        """An invented Chinese name; the common Shandong surnames weigh more."""
        rng = self.world.rng
        surnames = words.COMMON_SURNAMES if rng.random() < 0.45 else words.SURNAMES
        given_length = rng.choice((1, 2, 2, 2))
        return rng.choice(surnames) + "".join(rng.choice(words.GIVEN_CHARS) for _ in range(given_length))

    def phone(self) -> str:
        rng = self.world.rng
        return rng.choice(words.PHONE_PREFIXES) + f"{rng.randint(0, 99_999_999):08d}"

    def resident(self, division: str) -> int:
        number = None if self.world.rng.random() < NO_ID_NUMBER_SHARE else self._resident_id(division)
        return self._person(self.name(), number, organisation=False)

    def work_unit(self, name: str) -> int:
        """The work unit named *name*: one owner city-wide, however many flats it holds."""
        if name not in self.work_units:
            self.work_units[name] = self._person(name, self._credit_code("12"), organisation=True)
        return self.work_units[name]

    def developer(self, place: Place) -> int:
        """The developer that built *place*'s compound."""
        if place.compound_id not in self.developer_of_compound:
            name = f"济南{self.world.rng.choice(words.DEVELOPER_WORDS)}{words.DEVELOPER_SUFFIX}"
            self.developer_of_compound[place.compound_id] = self._person(
                name, self._credit_code("91"), organisation=True
            )
        return self.developer_of_compound[place.compound_id]

    def _person(self, name: str, id_number: str | None, *, organisation: bool) -> int:
        return self.world.rows.add(
            Person,
            name=name,
            id_number=id_number,
            id_tail=id_number[-4:] if id_number else None,
            phone=self.phone(),
            is_organisation=organisation,
            version=1,
        )

    def _resident_id(self, division: str) -> str:
        """A valid GB 11643 number from *division*, born 1938–1995, not used before."""
        while True:
            born = self.world.day_between(OLDEST_BIRTH, YOUNGEST_BIRTH)
            first17 = f"{division}{born:%Y%m%d}{self.world.rng.randint(0, 999):03d}"
            number = first17 + id_check_digit(first17)
            if number not in self.used_numbers:
                self.used_numbers.add(number)
                return number

    def _credit_code(self, kind: str) -> str:
        """A valid GB 32100 code: *kind* (12 public institution, 91 company), Jinan, a random body."""
        while True:
            body = "".join(self.world.rng.choice(USCC_CHARACTERS) for _ in range(9))
            first17 = f"{kind}370100{body}"
            code = first17 + uscc_check_char(first17)
            if code not in self.used_numbers:
                self.used_numbers.add(code)
                return code

    # --- the owners of a case's flats --------------------------------------------------------

    def register_owners(self, flats: list[tuple[int, bool]], place: Place) -> list[list[int]]:
        """Owners of each (flat id, developer's unsold flat), in stair order, written as current
        ownerships; returns each flat's owner ids."""
        rng = self.world.rng
        work_unit = None
        in_staff_housing = "宿舍" in place.compound_name
        if rng.random() < (0.35 if in_staff_housing else 0.04):
            work_unit = self.work_unit(rng.choice(words.WORK_UNITS))
        owners_of_flats: list[list[int]] = []
        sole_owner_before: int | None = None  # a resident holding the previous flat alone
        for flat_id, unsold in flats:
            sole_resident = None
            if unsold:
                owners = [self.developer(place)]
            elif work_unit is not None and rng.random() < WORK_UNIT_FLAT_SHARE:
                owners = [work_unit]
            elif sole_owner_before is not None and rng.random() < SECOND_FLAT_SHARE:
                sole_resident = sole_owner_before  # bought the flat next door, for the parents or to let
                owners = [sole_resident]
            elif rng.random() < CO_OWNED_SHARE:
                owners = [self.resident(place.division_code), self.resident(place.division_code)]
            else:
                sole_resident = self.resident(place.division_code)
                owners = [sole_resident]
            sole_owner_before = sole_resident
            for person_id in owners:
                self.world.rows.add(
                    Ownership, flat_id=flat_id, person_id=person_id, valid_from=None, valid_to=None
                )
            owners_of_flats.append(owners)
        return owners_of_flats
