"""Interpretation policies (domain.md §g.1). No source settles them, so each is explicit,
recorded with every tally, printed on the tally sheet, and never silently changed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from casedesk.core.i18n import N_


@dataclass(frozen=True)
class Policies:
    # A returned ballot marked 弃权 counts as 参与表决 but not as 同意.
    abstain_counts_as_participation: bool = True
    # Co-owners of one flat who sign opposite opinions make the flat unresolved (需核实);
    # the tally is then provisional until a clerk resolves it. Never pick one silently.
    co_owner_split_unresolved: bool = True
    # The same for one person who votes differently on different flats.
    multi_flat_split_unresolved: bool = True
    # A ballot signed after the cut-off date is left out of this tally (but kept).
    exclude_late_ballots: bool = True
    # If the elevator occupies a flat's exclusive part, that flat's owners must agree,
    # otherwise the case is blocked even when the vote passes.
    occupied_exclusive_requires_consent: bool = True

    def to_json(self) -> dict[str, Any]:
        # A plain dict of five flags, built directly: asdict() deep-copies, and a city-wide tally
        # asks once per case.
        return {f: getattr(self, f) for f in self.__dataclass_fields__}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Policies:
        known = {k: bool(v) for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    def describe(self) -> list[str]:
        """One Chinese line per policy, for the tally sheet and the GUI."""
        return [
            N_("弃权计入参与表决：{v}").format(v=_yes(self.abstain_counts_as_participation)),
            N_("共有人意见不一致的房屋列为待核实：{v}").format(v=_yes(self.co_owner_split_unresolved)),
            N_("一人多套意见不一致列为待核实：{v}").format(v=_yes(self.multi_flat_split_unresolved)),
            N_("截止日期后签署的意见不计入：{v}").format(v=_yes(self.exclude_late_ballots)),
            N_("占用专有部分须该业主同意：{v}").format(v=_yes(self.occupied_exclusive_requires_consent)),
        ]


def _yes(flag: bool) -> str:
    return N_("是") if flag else N_("否")
