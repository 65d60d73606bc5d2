"""Places set up before any case, and look-alike buildings refused (issue 23 #10)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from casedesk.core.db.models import AuditEvent, Building, Community
from casedesk.core.domain.enums import Role
from casedesk.core.errors import NotFound, PermissionDenied, UserError
from casedesk.core.services import places
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import NewCase, create_case, get_case
from casedesk.core.services.users import create_user

ADDRESS = ("历下区", "文东街道", "青龙街社区", "山大北路小区")


def _set_up(sf, actor) -> None:
    places.add_district(sf, actor, "历下区")
    places.add_street(sf, actor, "历下区", "文东街道")
    places.add_community(sf, actor, "历下区", "文东街道", "青龙街社区")
    places.add_community(sf, actor, "历下区", "文东街道", "燕山社区")


def _clerk(sf, actor, community: str) -> Actor:
    with sf.begin() as s:
        cid = s.scalar(select(Community.id).where(Community.name == community))
        user = create_user(s, actor, "li", "李社工", Role.CLERK, "correct-horse", (cid,))
        return Actor(user.id, "li", Role.CLERK, "李社工", frozenset({cid}))


def test_an_empty_office_sets_up_its_places_and_cases_use_them(session_factory, actor) -> None:
    sf = session_factory
    assert places.list_places(sf, actor) == []
    _set_up(sf, actor)
    places.add_district(sf, actor, "新区")  # not in the built-in list: a code of its own
    [lixia, xin] = sorted(places.list_places(sf, actor), key=lambda d: d.name != "历下区")
    assert (lixia.code, lixia.streets[0].code) == ("LX", "WD")  # the built-in Jinan codes
    assert lixia.streets[0].communities == ("燕山社区", "青龙街社区")
    assert xin.code == "D01" and xin.streets == ()

    case_no = create_case(sf, actor, NewCase(*ADDRESS, "3", "1", 6))
    assert case_no.startswith("LX-WD-")
    with sf() as s:  # the case joined the places set up, it did not make new ones
        assert len(s.scalars(select(Community.id)).all()) == 2

    with sf() as s:
        actions = list(s.scalars(select(AuditEvent.action).where(AuditEvent.object_type != "case")))
    assert actions.count("community.add") == 2 and "district.add" in actions and "street.add" in actions


def test_rename_keeps_codes_and_refuses_duplicates(session_factory, actor) -> None:
    sf = session_factory
    _set_up(sf, actor)
    case_no = create_case(sf, actor, NewCase(*ADDRESS, "3", "1", 6))
    places.rename_community(sf, actor, "历下区", "文东街道", "青龙街社区", "青龙街道社区")
    places.rename_street(sf, actor, "历下区", "文东街道", "文东街道办")
    summary = get_case(sf, actor, case_no).summary  # the case follows; its number never changes
    assert (summary.case_no, summary.street, summary.community) == (case_no, "文东街道办", "青龙街道社区")
    tree = places.list_places(sf, actor)
    assert tree[0].streets[0].name == "文东街道办" and tree[0].streets[0].code == "WD"
    assert "青龙街道社区" in tree[0].streets[0].communities
    with pytest.raises(UserError, match="已有这个社区"):
        places.rename_community(sf, actor, "历下区", "文东街道办", "燕山社区", "青龙街道社区")
    with pytest.raises(UserError, match="已有这个社区"):
        places.add_community(sf, actor, "历下区", "文东街道办", "燕山社区\u200b")  # invisible character
    with pytest.raises(UserError, match="不能为空"):
        places.add_street(sf, actor, "历下区", " \u200d ")
    with pytest.raises(NotFound):
        places.add_street(sf, actor, "不存在区", "某街道")


def test_clerks_see_their_communities_and_cannot_set_up_places(session_factory, actor) -> None:
    sf = session_factory
    _set_up(sf, actor)
    clerk = _clerk(sf, actor, "燕山社区")
    [district] = places.list_places(sf, clerk)
    assert district.streets[0].communities == ("燕山社区",)
    with pytest.raises(PermissionDenied):
        places.add_community(sf, clerk, "历下区", "文东街道", "新社区")
    supervisor = Actor(None, "zhang", Role.SUPERVISOR, "张主任")
    places.add_community(sf, supervisor, "历下区", "文东街道", "新社区")


@pytest.mark.parametrize(
    ("building", "unit"),
    [
        ("３", "1"),
        ("3\u200d", "1"),
        ("\u200b3", "１"),
        ("03", "01"),
        ("3号楼", "1单元"),
        ("3栋", "1"),
        (" 3 号楼 ", "1"),
        ("第3幢", "1"),
    ],
)
def test_a_look_alike_of_an_open_stairwell_is_refused(session_factory, actor, building, unit) -> None:
    sf = session_factory
    first = create_case(sf, actor, NewCase(*ADDRESS, "3", "1", 6))
    with pytest.raises(UserError, match=first):
        create_case(sf, actor, NewCase(*ADDRESS, building, unit, 6))
    with sf() as s:
        assert s.scalars(select(Building.number)).all() == ["3"]


def test_look_alikes_are_stored_clean_and_other_units_pass(session_factory, actor) -> None:
    sf = session_factory
    first = create_case(
        sf,
        actor,
        NewCase("历下区\u200b", "文东街道", "青龙街社区", "山大北路小区", "０３号楼", "０２单元", 6),
    )
    summary = get_case(sf, actor, first).summary
    assert (summary.district, summary.building, summary.unit) == ("历下区", "3", "2")
    second = create_case(sf, actor, NewCase(*ADDRESS, "3栋", "1", 6))  # same building, other unit
    assert second != first
    with sf() as s:
        assert s.scalars(select(Building.number)).all() == ["3"]
        assert s.scalars(select(Community.name)).all() == ["青龙街社区"]


def test_an_older_building_typed_with_a_suffix_is_the_same_building(session_factory, actor) -> None:
    sf = session_factory
    create_case(sf, actor, NewCase(*ADDRESS, "5", "1", 6))
    with sf.begin() as s:  # as an older program stored it
        s.scalar(select(Building).where(Building.number == "5")).number = "5号楼"
    with pytest.raises(UserError, match="已有案件"):
        create_case(sf, actor, NewCase(*ADDRESS, "5", "1", 6))
    create_case(sf, actor, NewCase(*ADDRESS, "5", "2", 6))
    with sf() as s:
        assert s.scalars(select(Building.number)).all() == ["5号楼"]


def test_number_cleaning() -> None:
    assert places.building_number("ａ座") == "A"
    assert places.building_number("00") == "00"
    assert places.unit_number("单元") == "单元"  # nothing left to strip: kept, the clerk sees it
    assert places.clean_name(" 历下\u00a0区 ") == "历下 区"
