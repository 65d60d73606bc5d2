"""`make bench`: CaseDesk against baselines measured in the same run on the same machine.

Each measure runs CaseDesk's real code path and a hand-written baseline doing the same work
with the least machinery (bare PySide6, stdlib sqlite3, csv), several times, and reports the
ratio of the medians against its budget. Machines differ; ratios measured side by side do not.
Results go to benchmarks/results.json; the exit code is non-zero when a budget is missed.

Measures not yet wired (tally, roster import, monthly report, memory) are added as the features
they measure land; see issue 12.
"""

from __future__ import annotations

import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPEATS = int(os.environ.get("CASEDESK_BENCH_REPEATS", "5"))
UNITS = int(os.environ.get("CASEDESK_BENCH_UNITS", "5000"))


@dataclass
class Result:
    measure: str
    casedesk_s: float
    baseline_s: float
    spread_s: float
    budget: str
    ratio: float
    ok: bool


def median_of(fn: Callable[[], object], repeats: int = REPEATS) -> tuple[float, float]:
    samples = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t)
    return statistics.median(samples), max(samples) - min(samples)


def ratio_result(name: str, ours: Callable[[], object], base: Callable[[], object], budget: float) -> Result:
    ours()  # warm-up: page cache, imports, statement caches
    base()
    o, spread = median_of(ours)
    b, _ = median_of(base)
    ratio = o / b if b else float("inf")
    return Result(name, o, b, spread, f"≤ {budget}×", ratio, ratio <= budget)


def build_city(db: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "casedesk",
            "--db",
            str(db),
            "demo",
            "--units",
            str(UNITS),
            "--seed",
            "1",
            "--json",
        ],
        check=True,
        capture_output=True,
    )


def search_measures(db: Path) -> list[Result]:
    from casedesk.core.db.database import open_database
    from casedesk.core.db.location import sqlite_url
    from casedesk.core.db.queries import CaseFilter
    from casedesk.core.services.actor import SYSTEM_ACTOR
    from casedesk.core.services.cases import list_cases

    database = open_database(sqlite_url(db))
    raw = sqlite3.connect(db)
    owner = raw.execute("SELECT name FROM person ORDER BY id LIMIT 1 OFFSET 500").fetchone()[0]
    fragment = raw.execute("SELECT name FROM compound ORDER BY id LIMIT 1 OFFSET 7").fetchone()[0][:3]

    def ours(text: str) -> Callable[[], object]:
        return lambda: list_cases(database.session_factory, SYSTEM_ACTOR, CaseFilter(text=text), limit=200)

    def baseline(text: str) -> Callable[[], object]:
        sql = """
            SELECT c.case_no, d.name, s.name, cm.name, p.name, b.number, c.unit_label, c.floors,
                   c.stage, c.side_state, c.opened_on, c.stage_entered_on, c.stage_due_on,
                   (SELECT count(*) FROM flat f WHERE f.case_id = c.id), c.rule_set
            FROM case_file c JOIN building b ON b.id = c.building_id
            JOIN compound p ON p.id = b.compound_id JOIN community cm ON cm.id = c.community_id
            JOIN street s ON s.id = cm.street_id JOIN district d ON d.id = s.district_id
            WHERE c.case_no LIKE :like OR p.name LIKE :like OR cm.name LIKE :like OR EXISTS (
                SELECT 1 FROM ownership o JOIN flat f ON f.id = o.flat_id
                JOIN person pe ON pe.id = o.person_id
                WHERE f.case_id = c.id AND (pe.name = :t OR pe.name LIKE :prefix))
            ORDER BY c.case_no, c.id LIMIT 200"""
        count_sql = sql.replace("ORDER BY c.case_no, c.id LIMIT 200", "")
        params = {"like": f"%{text}%", "t": text, "prefix": f"{text}%"}
        return lambda: (
            raw.execute(f"SELECT count(*) FROM ({count_sql})", params).fetchone(),
            raw.execute(sql, params).fetchall(),
        )

    results = [
        ratio_result("case-list search: owner name", ours(owner), baseline(owner), 1.5),
        ratio_result("case-list search: address fragment", ours(fragment), baseline(fragment), 1.5),
    ]
    database.dispose()
    raw.close()
    return results


def demo_measure(tmp: Path) -> Result:
    """Generating the data set against sqlite3 executemany of the same rows."""
    from casedesk.core.db.database import open_database
    from casedesk.core.db.location import sqlite_url
    from casedesk.core.services.actor import SYSTEM_ACTOR
    from casedesk.core.services.demo import generate_demo

    units = min(UNITS, 1000)
    counter = iter(range(1_000_000))
    ref = tmp / "ref.sqlite3"
    db = open_database(sqlite_url(ref))
    generate_demo(db.session_factory, SYSTEM_ACTOR, units=units, seed=9, today=date(2026, 11, 25))
    db.dispose()
    src = sqlite3.connect(ref)
    tables = [
        r[0]
        for r in src.execute(
            "SELECT name FROM sqlite_master WHERE type='table' "
            "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
        )
    ]
    dump = {t: src.execute(f'SELECT * FROM "{t}"').fetchall() for t in tables}
    src.close()

    def ours() -> None:
        path = tmp / f"ours{next(counter)}.sqlite3"
        d = open_database(sqlite_url(path))
        generate_demo(d.session_factory, SYSTEM_ACTOR, units=units, seed=9, today=date(2026, 11, 25))
        d.dispose()

    def baseline() -> None:
        path = tmp / f"base{next(counter)}.sqlite3"
        d = open_database(sqlite_url(path))  # same schema, created outside the timing would favour us
        d.dispose()
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA foreign_keys=OFF")
        with conn:
            for t, rows in dump.items():
                if rows:
                    marks = ",".join("?" * len(rows[0]))
                    conn.executemany(f'INSERT INTO "{t}" VALUES ({marks})', rows)
        conn.close()

    return ratio_result(f"demo data, {units} units", ours, baseline, 2.0)


def main() -> int:
    print(
        f"CaseDesk benchmarks: {UNITS} units, {REPEATS} repeats, {platform.processor() or platform.machine()}"
    )
    with tempfile.TemporaryDirectory(prefix="casedesk-bench-") as tmpdir:
        tmp = Path(tmpdir)
        city = tmp / "city.sqlite3"
        t = time.perf_counter()
        build_city(city)
        print(f"city data set built in {time.perf_counter() - t:.1f} s")
        results = [*search_measures(city), demo_measure(tmp)]
    header = f"{'measure':<40}{'CaseDesk':>10}{'baseline':>10}{'ratio':>8}  {'budget':<8}verdict"
    print(header)
    for r in results:
        verdict = "ok" if r.ok else "MISSED"
        times = f"{r.casedesk_s:>9.3f}s{r.baseline_s:>9.3f}s{r.ratio:>8.2f}"
        print(f"{r.measure:<40}{times}  {r.budget:<8}{verdict}")
    (HERE / "results.json").write_text(
        json.dumps(
            {
                "machine": {
                    "platform": platform.platform(),
                    "python": platform.python_version(),
                    "cpus": os.cpu_count(),
                },
                "units": UNITS,
                "repeats": REPEATS,
                "results": [asdict(r) for r in results],
            },
            ensure_ascii=False,
            indent=2,
        ),
        encoding="utf-8",
    )
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent / "src"))
    raise SystemExit(main())
