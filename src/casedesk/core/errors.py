"""Error kinds, after Anki's and qutebrowser's split.

* `UserError`: the user asked for something invalid; show the message, no traceback.
* `KnownError`: the environment failed in a known way (disk full, locked, newer database);
  show the message and what to do.
* anything else is a bug: log it and show the crash dialog with details.
"""

from __future__ import annotations


class CaseDeskError(Exception):
    """Base of the errors whose message is meant for the user."""


class UserError(CaseDeskError):
    """Invalid input or a request that the rules forbid."""


class NotFound(UserError):
    """A case, person or record named by the user does not exist."""


class PermissionDenied(UserError):
    """The user's role does not allow the action."""


class StaleVersion(UserError):
    """The record was changed by someone else since it was read."""


class ConcurrentChange(StaleVersion):
    """The database server refused a transaction that raced a colleague's; nothing was saved."""


class KnownError(CaseDeskError):
    """An environmental failure with a known remedy."""


class DatabaseTooNew(KnownError):
    """The database was written by a newer CaseDesk; it is left untouched."""


class DatabaseUnavailable(KnownError):
    """The database server cannot be reached or the database file is busy."""
