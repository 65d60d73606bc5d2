"""One way to run work from a screen, in the manner of Anki's `CollectionOp`/`QueryOp`.

A screen holds one `OpContext` (task runner, session factory, signed-in user, error handler and
the change bus, bound once) and runs every read and write through it:

    ctx.query(lambda sf, actor: ballot_sheet(sf, actor, case_no), self._show_rows)
    ctx.change(lambda sf, actor: post_notice(sf, actor, case_no, ...), Changed.NOTICE, case_no)

The work runs on the database worker; success and failure are delivered on the GUI thread, and
a failure nobody handles goes to the context's error handler (never a traceback for a user
mistake). After a successful change the bus announces *what* changed and for which case, so
only the views showing that data reload: the note Anki's `OpChanges` carries.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from casedesk.core.services.actor import Actor
from casedesk.ui.i18n import core_tr
from casedesk.ui.tasks import TaskRunner

T = TypeVar("T")
Work = Callable[[Any, Actor], T]  # (session factory, actor) -> result, run on the worker


class Changed(enum.Flag):
    """What a change touched; a view reloads when its own kinds are in the note."""

    NOTHING = 0
    CASE = enum.auto()  # the case row: details, stage, side state, intake facts
    BALLOTS = enum.auto()  # roster, owners, ballots (and so the live tally)
    TALLY = enum.auto()  # a saved tally
    CHECKLIST = enum.auto()  # documents attached or waived, parallel procedures
    NOTICE = enum.auto()  # notice and objections
    DISPUTES = enum.auto()  # disputes, meetings, agreements, visits
    MONEY = enum.auto()  # cost share, subsidy, maintenance fund
    OFFICE = enum.auto()  # districts, streets, communities, users
    ALL = CASE | BALLOTS | TALLY | CHECKLIST | NOTICE | DISPUTES | MONEY | OFFICE


@dataclass(frozen=True)
class Change:
    kinds: Changed
    case_no: str | None = None  # None: not about one case (or about many)

    def touches(self, kinds: Changed, case_no: str | None = None) -> bool:
        if not self.kinds & kinds:
            return False
        return case_no is None or self.case_no is None or self.case_no == case_no


class ChangeBus(QObject):
    """Every successful change is announced here once; views filter with `Change.touches`."""

    changed = Signal(object)  # Change


class OpContext:
    """Runner, session factory, user and error handling bound once for one screen (or window)."""

    def __init__(
        self,
        runner: TaskRunner,
        session_factory: Any,
        actor: Actor,
        show_error: Callable[[BaseException], None],
        bus: ChangeBus | None = None,
    ) -> None:
        self.runner = runner
        self.session_factory = session_factory
        self.actor = actor
        self.show_error = show_error
        self.bus = bus or ChangeBus()

    def query(
        self,
        work: Work[T],
        on_ok: Callable[[T], Any] | None = None,
        on_err: Callable[[BaseException], Any] | None = None,
    ) -> None:
        """Read on the worker; *on_ok* gets the plain result on the GUI thread."""
        sf, actor = self.session_factory, self.actor
        self.runner.run(lambda: work(sf, actor), on_ok, on_err or self.show_error)

    def change(
        self,
        work: Work[T],
        kinds: Changed,
        case_no: str | None = None,
        on_ok: Callable[[T], Any] | None = None,
        on_err: Callable[[BaseException], Any] | None = None,
    ) -> None:
        """Write on the worker (one service call, one transaction); on success, announce it."""
        sf, actor = self.session_factory, self.actor

        def done(result: T) -> None:
            if on_ok is not None:
                on_ok(result)
            self.bus.changed.emit(Change(kinds, case_no))

        self.runner.run(lambda: work(sf, actor), done, on_err or self.show_error)

    def change_from_dialog(
        self,
        dialog: Any,
        work: Callable[[Any, Actor, dict[str, Any]], T],
        kinds: Changed,
        case_no: str | None = None,
        on_ok: Callable[[T, dict[str, Any]], Any] | None = None,
    ) -> None:
        """Open a `FormDialog`; on OK run *work(sf, actor, values)* as one change. A refusal the
        user can act on (UserError) re-opens the dialog with what was typed and the reason."""
        from casedesk.core.errors import UserError

        def failed(error: BaseException) -> None:
            if isinstance(error, UserError):
                dialog.fail(core_tr(str(error)))
            else:
                self.show_error(error)

        def submit() -> None:
            values = dict(dialog.values)
            done = (lambda result: on_ok(result, values)) if on_ok is not None else None
            self.change(lambda sf, actor: work(sf, actor, values), kinds, case_no, done, failed)

        dialog.accepted.connect(submit)
        dialog.open()


def html_text(value: object) -> str:
    """Text a user typed, made safe to put into rich text (names, notes, places)."""
    return escape("" if value is None else str(value))
