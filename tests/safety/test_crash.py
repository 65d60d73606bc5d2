"""Crash safety: a writer killed with SIGKILL mid-work loses nothing it reported as committed."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from casedesk.core.db.database import open_database
from casedesk.core.db.location import sqlite_url

pytestmark = pytest.mark.sqlite_only  # about SQLite files themselves

WRITER = textwrap.dedent("""
    import sys
    from casedesk.core.audit import record_audit
    from casedesk.core.db.database import open_database
    from casedesk.core.services.actor import SYSTEM_ACTOR

    db = open_database(sys.argv[1])
    n = 0
    while True:
        with db.session_factory.begin() as s:
            event = record_audit(s, SYSTEM_ACTOR, "crash.test", "test", n, summary="第 %d 次写入" % n)
            s.flush()
            written = event.id
        # Printed only after the commit returned: this id must survive anything that follows.
        print(written, flush=True)
        n += 1
""")


def test_sigkill_during_writes_loses_no_committed_write(tmp_path: Path) -> None:
    db_path = tmp_path / "crash.sqlite3"
    open_database(sqlite_url(db_path)).dispose()
    rng = random.Random(20261125)
    reported: list[int] = []
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    for _round in range(4):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, sqlite_url(db_path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert proc.stdout is not None
        deadline = time.monotonic() + 20
        first = proc.stdout.readline()  # wait until it is really writing
        assert first.strip().isdigit(), proc.stderr.read() if proc.stderr else ""
        reported.append(int(first))
        time.sleep(rng.uniform(0.05, 0.6))
        assert time.monotonic() < deadline
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate(timeout=20)
        reported += [int(line) for line in out.splitlines() if line.strip().isdigit()]
    assert len(reported) > 20, "the writer should have committed many writes"
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        stored = {r[0] for r in conn.execute("SELECT id FROM audit_event WHERE action = 'crash.test'")}
    missing = set(reported) - stored
    assert not missing, f"committed writes lost after SIGKILL: {sorted(missing)[:10]}"
