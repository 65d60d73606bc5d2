"""What a printed ballot's QR code says, and reading it back.

The code names the case, the room, the roster version the form was printed under, the form's
serial in its printed stack and the page of the form: nothing personal. The room, not a database
id, names the flat, so the code matches what is printed under it in words and survives a restore
into another database. Fields are percent-encoded: a room or case number with Chinese characters
stays plain ASCII in the code, so no reader has to guess a character set.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, unquote

PREFIX = "CDB1"  # CaseDesk ballot, format 1
_SEPARATOR = ";"


@dataclass(frozen=True)
class BallotCode:
    case_no: str
    room: str
    roster_version: int
    serial: int  # the form's place in its printed stack, from 1
    page: int = 1  # page of the form, from 1

    def encode(self) -> str:
        fields = [self.case_no, self.room, str(self.roster_version), str(self.serial), str(self.page)]
        return _SEPARATOR.join([PREFIX, *(quote(f, safe="-._~") for f in fields)])

    def readable(self) -> tuple[str, str]:
        """The same, in words, for the two lines printed under the code."""
        page = f"　第 {self.page} 页" if self.page > 1 else ""
        return (
            f"{self.case_no}　{self.room} 室",
            f"名册第 {self.roster_version} 版　表号 {self.serial}{page}",
        )


def parse_code(text: str) -> BallotCode | None:
    """The ballot code in *text*, or None when it is not a CaseDesk ballot's code."""
    parts = text.strip().split(_SEPARATOR)
    if len(parts) != 6 or parts[0] != PREFIX:
        return None
    case_no, room, version, serial, page = (unquote(p) for p in parts[1:])
    if not (case_no and room and version.isdigit() and serial.isdigit() and page.isdigit()):
        return None
    return BallotCode(case_no, room, int(version), int(serial), int(page))
