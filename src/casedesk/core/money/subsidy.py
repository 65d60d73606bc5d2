"""Subsidy policies as data: which rule applies to a case, and how much it gives, or why not."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from casedesk.core.i18n import N_

TRIAL_DISTRICTS = frozenset({"历下区", "市中区", "槐荫区", "天桥区", "历城区", "高新区", "南部山区"})


@dataclass(frozen=True)
class SubsidyFacts:
    district: str
    floors: int
    has_elevator: bool
    state_owned_land: bool | None
    in_expropriation_plan: bool | None
    built_year: int | None
    approved_on: date | None  # planning approval (the 2018 rules require it before 2019-07-20)
    cost_fen: int | None = None  # total construction cost, for percentage policies


@dataclass(frozen=True)
class SubsidyDecision:
    policy: str
    eligible: bool
    amount_fen: int
    reasons: tuple[str, ...] = ()
    basis: str = ""


@dataclass(frozen=True)
class FloorTablePolicy:
    """A fixed amount per elevator by floors above ground (Jinan 2018)."""

    code: str
    name: str
    by_floors_fen: dict[int, int]
    districts: frozenset[str] | None = None
    built_before: date | None = None
    approved_before: date | None = None

    def decide(self, f: SubsidyFacts) -> SubsidyDecision:
        reasons = _common_reasons(f)
        if self.districts is not None and f.district not in self.districts:
            reasons.append(N_("{d} 不在本政策适用区域").format(d=f.district))
        if self.built_before and f.built_year is not None and f.built_year >= self.built_before.year:
            reasons.append(N_("建成年份 {y} 晚于 {d}").format(y=f.built_year, d=self.built_before))
        if self.approved_before and (f.approved_on is None or f.approved_on >= self.approved_before):
            reasons.append(N_("须在 {d} 前取得审批").format(d=self.approved_before))
        amount = self.by_floors_fen[min(max(f.floors, 4), max(self.by_floors_fen))] if f.floors >= 4 else 0
        return SubsidyDecision(self.code, not reasons, 0 if reasons else amount, tuple(reasons), self.name)


@dataclass(frozen=True)
class PercentCapPolicy:
    """A share of the construction cost with a cap (Shandong 2017 pilot: 40%, ¥250,000)."""

    code: str
    name: str
    percent: int
    cap_fen: int

    def decide(self, f: SubsidyFacts) -> SubsidyDecision:
        reasons = _common_reasons(f)
        if not f.cost_fen:
            reasons.append(N_("须先登记工程总造价"))
        amount = min(self.cap_fen, (f.cost_fen or 0) * self.percent // 100)
        return SubsidyDecision(self.code, not reasons, 0 if reasons else amount, tuple(reasons), self.name)


def _common_reasons(f: SubsidyFacts) -> list[str]:
    reasons = []
    if f.floors < 4:
        reasons.append(N_("层数不足 4 层"))
    if f.has_elevator:
        reasons.append(N_("原已有电梯"))
    if f.state_owned_land is False:
        reasons.append(N_("不是国有土地上的住宅"))
    if f.in_expropriation_plan:
        reasons.append(N_("位于征收计划范围内"))
    return reasons


JINAN_2018 = FloorTablePolicy(
    "jinan-2018",
    N_("《济南市既有住宅增设电梯财政补助资金实施细则》（2018）"),
    {4: 16_000_000, 5: 18_000_000, 6: 20_000_000, 7: 22_000_000},
    districts=TRIAL_DISTRICTS,
    built_before=date(2017, 6, 20),
    approved_before=date(2019, 7, 20),
)
# From 2021 the article says subsidies continue; amounts are not published (domain.md gap). The
# 2018 table without the trial's dates and districts is the working assumption, named as such.
JINAN_2021_ASSUMED = FloorTablePolicy(
    "jinan-2021-assumed",
    N_("济南市 2021 年起补助（按 2018 年标准暂定，待文件确认）"),
    {4: 16_000_000, 5: 18_000_000, 6: 20_000_000, 7: 22_000_000},
)
SHANDONG_2017_PILOT = PercentCapPolicy(
    "shandong-2017-pilot", N_("山东省 2017 年试点：造价 40%，每台最高 25 万元"), 40, 25_000_000
)
POLICIES = {p.code: p for p in (JINAN_2018, JINAN_2021_ASSUMED, SHANDONG_2017_PILOT)}


def policy_for(approved_on: date | None) -> FloorTablePolicy:
    """The 2018 table for projects approved during the trial, the 2021 assumption after it."""
    if approved_on is not None and approved_on < date(2019, 7, 20):
        return JINAN_2018
    return JINAN_2021_ASSUMED
