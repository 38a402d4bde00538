"""Danish CPR numbers: format, real birth date, century, substitute numbers.

A CPR number is ``DDMMYY-NNNN``. The century comes from the 7th digit (the
first of the four after the dash) by the CPR office's table. Since 2007 numbers
are issued that fail the old modulus-11 check, so a failing check is *not* an
error: it is only reported. A substitute number (erstatningsnummer) adds 60 to
the day; it is valid and marked as such.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_CPR_RE = re.compile(r"([0-9]{2})([0-9]{2})([0-9]{2})-([0-9]{4})")
_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
SUBSTITUTE_DAY_OFFSET = 60


@dataclass(frozen=True)
class CprInfo:
    """What a well-formed CPR number tells."""

    birth_date: date
    substitute: bool
    modulus11_ok: bool
    sex: str  # "female" (even last digit) or "male" (odd last digit)


def century(seventh_digit: int, yy: int) -> int:
    """The birth century for a 7th digit and a two-digit year (CPR office's table)."""
    if seventh_digit <= 3:
        return 1900
    if seventh_digit in (4, 9):
        return 2000 if yy <= 36 else 1900
    # 5, 6, 7, 8
    return 2000 if yy <= 57 else 1800


def modulus11_ok(digits: str) -> bool:
    """The pre-2007 control: weighted digit sum divisible by 11."""
    return sum(int(d) * w for d, w in zip(digits, _WEIGHTS, strict=True)) % 11 == 0


def parse_cpr(text: str) -> CprInfo:
    """Check ``text`` as a CPR number; raise ``ValueError`` with a one-line reason."""
    if not isinstance(text, str):
        raise ValueError("not a valid CPR number: expected text like DDMMYY-NNNN")
    m = _CPR_RE.fullmatch(text)
    if m is None:
        raise ValueError("not a valid CPR number: expected the form DDMMYY-NNNN (ten digits)")
    dd, mm, yy, serial = int(m[1]), int(m[2]), int(m[3]), m[4]
    substitute = dd > SUBSTITUTE_DAY_OFFSET
    day = dd - SUBSTITUTE_DAY_OFFSET if substitute else dd
    year = century(int(serial[0]), yy) + yy
    try:
        birth = date(year, mm, day)
    except ValueError:
        if mm == 2 and day == 29:
            problem = f"no such date 29-02-{year} (not a leap year)"
        else:
            problem = f"no such date {day:02d}-{mm:02d}"
        if substitute:
            problem += f" (substitute number: day {dd} - 60)"
        raise ValueError(f"not a valid CPR number: {problem}") from None
    digits = m[1] + m[2] + m[3] + serial
    return CprInfo(
        birth_date=birth,
        substitute=substitute,
        modulus11_ok=modulus11_ok(digits),
        sex="male" if int(serial[3]) % 2 else "female",
    )


def normalize_cpr(text: str) -> str:
    """Tidy what a user typed (spaces, missing dash) into ``DDMMYY-NNNN``.

    Does not validate; pass the result to ``parse_cpr``.
    """
    digits = re.sub(r"[\s-]", "", text)
    if len(digits) == 10 and digits.isascii() and digits.isdigit():
        return f"{digits[:6]}-{digits[6:]}"
    return text.strip()


def format_cpr(cpr: str | None, reveal: bool = True) -> str:
    """A CPR number as every screen and print shows it: ``DDMMYY-NNNN``.

    ``reveal=False`` hides the serial (``DDMMYY-xxxx``), as lists do until the
    worker asks to see it. Text that is not ten digits is shown as it is, so
    nothing stored is ever hidden by formatting; '' for none.
    """
    if not cpr or not cpr.strip():
        return ""
    tidy = normalize_cpr(cpr)
    if not _CPR_RE.fullmatch(tidy):
        return cpr.strip()
    return tidy if reveal else f"{tidy[:6]}-xxxx"
