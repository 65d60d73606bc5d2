"""The small reads behind the dispute screens: who may mediate, which categories are confirmed."""

from __future__ import annotations

from datetime import date

from casedesk.core.domain.enums import DisputeCategory, PartyRole, Role
from casedesk.core.services import disputes as ds
from casedesk.core.services.cases import NewCase, create_case
from casedesk.core.services.dispute_choices import dispute_categories, mediator_choices
from casedesk.core.services.users import create_user


def test_mediators_offered_and_categories_suggested_then_confirmed(session_factory, actor) -> None:
    sf = session_factory
    case_no = create_case(sf, actor, NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", "3", "2", 6))
    with sf.begin() as s:
        zhao = create_user(s, actor, "zhao", "赵调解员", Role.MEDIATOR, "password-2", ())
        create_user(s, actor, "li", "李社工", Role.CLERK, "password-1", ())
        zhao_id = zhao.id
    assert (zhao_id, "赵调解员") in mediator_choices(sf, actor)
    assert "李社工" not in [name for _id, name in mediator_choices(sf, actor)]

    number = ds.open_dispute(
        sf,
        actor,
        case_no,
        title="电梯遮挡采光",
        opened_on=date(2026, 3, 20),
        parties=[ds.PartyInput("王建国", PartyRole.OBJECTOR, "101", 1)],
    )
    assert dispute_categories(sf, actor, number) == [(DisputeCategory.LIGHT_VENT, False)]
    ds.confirm_categories(sf, actor, number, [DisputeCategory.LIGHT_VENT, DisputeCategory.COMPENSATION])
    assert dispute_categories(sf, actor, number) == [
        (DisputeCategory.LIGHT_VENT, True),
        (DisputeCategory.COMPENSATION, True),
    ]
