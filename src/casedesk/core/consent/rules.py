"""Rule sets: the consent formulas of domain.md §b, each versioned and never silently merged.

A threshold `num/den` is compared by cross-multiplication: "三分之二以上" (≥, Civil Code art.
1259: 以上 includes the number) is `den*part >= num*whole`; "过半数" (strictly more than half) is
`den*part > num*whole`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from casedesk.core.errors import UserError
from casedesk.core.i18n import N_


@dataclass(frozen=True)
class Threshold:
    num: int
    den: int
    strict: bool = False  # True: 超过/过半数 (>); False: 以上 (≥)

    def met(self, part: int, whole: int) -> bool:
        if self.strict:
            return self.den * part > self.num * whole
        return self.den * part >= self.num * whole

    def shortfall(self, part: int, whole: int) -> int:
        """The least amount to add to *part* (whole unchanged) to meet the threshold."""
        need = self.num * whole + (1 if self.strict else 0) - self.den * part
        return max(0, -(-need // self.den))

    def surplus(self, part: int, whole: int) -> int:
        """How much *part* could lose (whole unchanged) and still meet the threshold."""
        spare = self.den * part - self.num * whole - (1 if self.strict else 0)
        return max(0, spare // self.den)

    @property
    def op(self) -> str:
        return ">" if self.strict else "≥"

    @property
    def text(self) -> str:
        frac = {(2, 3): N_("三分之二"), (3, 4): N_("四分之三"), (1, 2): N_("二分之一")}.get(
            (self.num, self.den), f"{self.num}/{self.den}"
        )
        if self.strict and (self.num, self.den) == (1, 2):
            return N_("过半数")
        return N_("超过{f}").format(f=frac) if self.strict else N_("{f}以上").format(f=frac)


class ClauseWords(NamedTuple):
    """How one clause of a rule set is said: its name, its name with the threshold, its formula
    with the figures of a tally filled in, and its formula as a rule states it."""

    name: str
    titled: str  # {threshold}
    figures: str  # {part} {whole} {num} {den} {op}
    rule: str  # {num} {den} {op}


# The words of every clause, once: the tally (engine._clauses), its explanation and the rule
# sets' formulas (RuleSet.formula) all say a clause this way.
CLAUSE_WORDS: dict[str, ClauseWords] = {
    "participation_area": ClauseWords(
        N_("参与表决面积"),
        N_("参与表决面积（{threshold}）"),
        N_("参与表决面积 {part} × {den} {op} 总面积 {whole} × {num}"),
        N_("参与表决面积 × {den} {op} 总面积 × {num}"),
    ),
    "participation_persons": ClauseWords(
        N_("参与表决人数"),
        N_("参与表决人数（{threshold}）"),
        N_("参与表决人数 {part} × {den} {op} 总人数 {whole} × {num}"),
        N_("参与表决人数 × {den} {op} 总人数 × {num}"),
    ),
    "agreement_area": ClauseWords(
        N_("同意面积占参与表决面积"),
        N_("同意面积占参与表决面积（{threshold}）"),
        N_("同意面积 {part} × {den} {op} 参与表决面积 {whole} × {num}"),
        N_("同意面积 × {den} {op} 参与表决面积 × {num}"),
    ),
    "agreement_persons": ClauseWords(
        N_("同意人数占参与表决人数"),
        N_("同意人数占参与表决人数（{threshold}）"),
        N_("同意人数 {part} × {den} {op} 参与表决人数 {whole} × {num}"),
        N_("同意人数 × {den} {op} 参与表决人数 × {num}"),
    ),
    "consent_area": ClauseWords(
        N_("同意面积占总面积"),
        N_("同意面积占总面积（{threshold}）"),
        N_("同意面积 {part} × {den} {op} 总面积 {whole} × {num}"),
        N_("同意面积 × {den} {op} 总面积 × {num}"),
    ),
    "consent_persons": ClauseWords(
        N_("同意人数占总人数"),
        N_("同意人数占总人数（{threshold}）"),
        N_("同意人数 {part} × {den} {op} 总人数 {whole} × {num}"),
        N_("同意人数 × {den} {op} 总人数 × {num}"),
    ),
}
NO_OPEN_OBJECTION = N_("无未处理的书面异议")


def _rule_line(clause: str, t: Threshold) -> str:
    return CLAUSE_WORDS[clause].rule.format(num=t.num, den=t.den, op=t.op)


@dataclass(frozen=True)
class RuleSet:
    code: str
    version: str
    name: str
    basis: str
    # Participation of all owners (area and heads), or None when the rule counts consent of all.
    participation: Threshold | None
    # Agreement, of the participants when `participation` is set, else of all owners.
    agreement: Threshold
    unanimity: bool = False  # every flat and person must agree (2017 trial practice)
    no_open_written_objection: bool = False
    notice_days: int = 15
    notice_unit: str = "calendar"

    @property
    def formula(self) -> list[str]:
        """The rule's clauses as formulas, in words a user reads (CLAUSE_WORDS)."""
        a = self.agreement
        if self.participation:
            t = self.participation
            lines = [
                _rule_line("participation_area", t),
                _rule_line("participation_persons", t),
                _rule_line("agreement_area", a),
                _rule_line("agreement_persons", a),
            ]
        elif self.unanimity:
            lines = [N_("同意面积 = 总面积"), N_("同意人数 = 总人数")]
        else:
            lines = [_rule_line("consent_area", a), _rule_line("consent_persons", a)]
        if self.no_open_written_objection:
            lines.append(NO_OPEN_OBJECTION)
        return lines


JINAN_2021 = RuleSet(
    code="jinan-2021",
    version="2021.1",
    name=N_("济南市既有住宅增设电梯办法（2021年起）"),
    basis=N_(
        "《民法典》第二百七十八条第一款第七项、第二款：专有部分面积占比三分之二以上且人数占比三分之二以上的业主"
        "参与表决，并经参与表决专有部分面积四分之三以上且参与表决人数四分之三以上的业主书面同意"
    ),
    participation=Threshold(2, 3),
    agreement=Threshold(3, 4),
)
JINAN_2017_TRIAL = RuleSet(
    code="jinan-2017-trial",
    version="2017.1",
    name=N_("济南市既有住宅增设电梯办法（试行，2017）"),
    basis=N_("试行期实践：本单元全体业主同意且无书面异议（一票否决）"),
    participation=None,
    agreement=Threshold(1, 1),
    unanimity=True,
    no_open_written_objection=True,
)
LAIWU_2019 = RuleSet(
    code="laiwu-2019",
    version="2019.1",
    name=N_("济南市既有多层住宅增设电梯规定（莱芜区、钢城区，2019修订）"),
    basis=N_(
        "第七条、第十一条：本单元专有部分面积三分之二以上且人数三分之二以上的业主书面同意，"
        "公示期满无未解决的书面异议"
    ),
    participation=None,
    agreement=Threshold(2, 3),
    no_open_written_objection=True,
)
CIVIL_CODE_MAJORITY = RuleSet(
    code="civil-code-majority",
    version="2021.1",
    name=N_("《民法典》共同决定其他事项（维修资金使用）"),
    basis=N_(
        "《民法典》第二百七十八条第二款：三分之二以上参与表决，并经参与表决专有部分面积过半数且参与表决人数"
        "过半数的业主同意"
    ),
    participation=Threshold(2, 3),
    agreement=Threshold(1, 2, strict=True),
)

RULE_SETS: dict[str, RuleSet] = {
    r.code: r for r in (JINAN_2021, JINAN_2017_TRIAL, LAIWU_2019, CIVIL_CODE_MAJORITY)
}
DEFAULT_RULE = JINAN_2021.code
JINAN_2021_START = date(2021, 1, 1)
TRIAL_2017_START = date(2017, 6, 20)
# The 2017 trial measures covered these areas only (domain.md §a.0).
TRIAL_2017_DISTRICTS = frozenset({"历下区", "市中区", "槐荫区", "天桥区", "历城区", "高新区", "南部山区"})
LAIWU_DISTRICTS = frozenset({"莱芜区", "钢城区"})


def get_rule_set(code: str) -> RuleSet:
    try:
        return RULE_SETS[code.strip()]
    except KeyError:
        raise UserError(
            N_("没有这个表决规则：{code}（可选：{codes}）").format(code=code, codes="、".join(RULE_SETS))
        ) from None


@dataclass(frozen=True)
class RuleChoice:
    rule: RuleSet
    reason: str
    overridden: bool = False


def choose_rule_set(
    vote_date: date | None,
    district: str | None,
    override: str | None = None,
    override_reason: str | None = None,
) -> RuleChoice:
    """The rule set for a vote on *vote_date* in *district*; a supervisor's override wins."""
    if override:
        if not override_reason or not override_reason.strip():
            raise UserError(N_("更换表决规则须填写理由"))
        return RuleChoice(get_rule_set(override), N_("主管指定：{r}").format(r=override_reason.strip()), True)
    if district in LAIWU_DISTRICTS:
        return RuleChoice(LAIWU_2019, N_("{d}适用《济南市既有多层住宅增设电梯规定》").format(d=district))
    if (
        vote_date is not None
        and vote_date < JINAN_2021_START
        and (district is None or district in TRIAL_2017_DISTRICTS)
    ):
        return RuleChoice(
            JINAN_2017_TRIAL, N_("表决日期 {d} 早于 2021-01-01，适用试行办法").format(d=vote_date)
        )
    return RuleChoice(JINAN_2021, N_("2021-01-01 起适用《民法典》第二百七十八条"))
