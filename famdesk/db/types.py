"""Column types that SQLite lacks natively."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy import String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class Spelled(datetime):
    """A moment that remembers how a file wrote it (see ``read_time``).

    ``spelling`` is empty for the form ``datetime.isoformat()`` gives; else
    ``Z`` (UTC written as ``Z``), ``m`` (no seconds) or ``f<n>`` (``n``
    fraction digits), combined, e.g. ``Zf1`` for ``…T08:00:00.5Z``.
    """

    spelling: str = ""


_TIME_FORM_RE = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(?:\.([0-9]{1,6}))?)?(Z|[+-].*)"
)
_SPELLING_RE = re.compile(r"Z?(?:m|f[1-6])?")


def _spelled(value: datetime, spelling: str) -> datetime:
    if not spelling:
        return value
    out = Spelled(
        value.year,
        value.month,
        value.day,
        value.hour,
        value.minute,
        value.second,
        value.microsecond,
        value.tzinfo,
        fold=value.fold,
    )
    out.spelling = spelling
    return out


def read_time(text: str) -> datetime:
    """An ISO 8601 time with offset that keeps its spelling for ``write_time``.

    ``2026-03-01T08:00Z`` comes back out as ``2026-03-01T08:00Z``, not as
    ``2026-03-01T08:00:00+00:00``: "times exactly as given" survive a round
    trip through the store. Raises ``ValueError`` for text that is not a time.
    """
    value = datetime.fromisoformat(text)
    found = _TIME_FORM_RE.fullmatch(text)
    if found is None or value.isoformat() == text:
        return value
    seconds, fraction, zone = found.groups()
    spelling = "Z" if zone == "Z" else ""
    if seconds is None:
        spelling += "m"
    elif fraction is not None:
        spelling += f"f{len(fraction)}"
    elif value.microsecond:  # pragma: no cover - a fraction of 0 digits is not ISO
        raise ValueError(text)
    return _spelled(value, spelling)


def write_time(value: datetime) -> str:
    """``value`` as ISO 8601 text, spelled as it was read (``read_time``)."""
    spelling = getattr(value, "spelling", "")
    if not spelling:
        return value.isoformat()
    text = f"{value.year:04d}-{value.month:02d}-{value.day:02d}T{value.hour:02d}:{value.minute:02d}"
    if "m" not in spelling:
        text += f":{value.second:02d}"
        if "f" in spelling:
            digits = int(spelling[spelling.index("f") + 1])
            text += "." + f"{value.microsecond:06d}"[:digits]
        elif value.microsecond:
            text += f".{value.microsecond:06d}"
    if "Z" in spelling:
        return text + "Z"
    return text + value.isoformat()[-6:]


class Instant(TypeDecorator[datetime]):
    """A timezone-aware moment that keeps the offset it was written with.

    Stored as ``<UTC, fixed width> <offset>`` text, e.g.
    ``2026-03-01T09:00:00.000000 +01:00``. The fixed-width UTC prefix sorts and
    compares chronologically in any database; the suffix lets an exported time
    carry the same offset it was imported with, so export → import → export is
    exact. A time read from a file in another spelling (``Z``, ``.5``, no
    seconds: see ``Spelled``) stores that spelling as a third part, e.g.
    ``2026-03-01T08:00:00.500000 +00:00 Zf1``.
    """

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("Instant needs a timezone-aware datetime")
        offset = value.utcoffset()
        assert offset is not None
        minutes = int(offset.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        hh, mm = divmod(abs(minutes), 60)
        # isoformat, not strftime: the year is zero-padded to four digits.
        utc = value.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds")
        spelling = getattr(value, "spelling", "")
        if spelling and _SPELLING_RE.fullmatch(spelling):
            return f"{utc} {sign}{hh:02d}:{mm:02d} {spelling}"
        return f"{utc} {sign}{hh:02d}:{mm:02d}"

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        utc_text, offset_text, *spelling = value.split(" ")
        sign = 1 if offset_text[0] == "+" else -1
        hh, mm = int(offset_text[1:3]), int(offset_text[4:6])
        tz = timezone(sign * timedelta(hours=hh, minutes=mm))
        # fromisoformat reads the fixed-width UTC text exactly, ~10x faster than strptime.
        moment = datetime.fromisoformat(utc_text).replace(tzinfo=UTC).astimezone(tz)
        return _spelled(moment, spelling[0]) if spelling else moment


def new_uid() -> str:
    """A fresh record identity; stable across export, import and merge."""
    return str(uuid.uuid4())
