"""Column types that SQLite lacks natively."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy import String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

_UTC_FORMAT = "%Y-%m-%dT%H:%M:%S.%f"


class Instant(TypeDecorator[datetime]):
    """A timezone-aware moment that keeps the offset it was written with.

    Stored as ``<UTC, fixed width> <offset>`` text, e.g.
    ``2026-03-01T09:00:00.000000 +01:00``. The fixed-width UTC prefix sorts and
    compares chronologically in any database; the suffix lets an exported time
    carry the same offset it was imported with, so export → import → export is
    exact.
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
        utc = value.astimezone(UTC).strftime(_UTC_FORMAT)
        return f"{utc} {sign}{hh:02d}:{mm:02d}"

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        utc_text, offset_text = value.split(" ")
        sign = 1 if offset_text[0] == "+" else -1
        hh, mm = int(offset_text[1:3]), int(offset_text[4:6])
        tz = timezone(sign * timedelta(hours=hh, minutes=mm))
        # fromisoformat reads the fixed-width UTC text exactly, ~10x faster than strptime.
        return datetime.fromisoformat(utc_text).replace(tzinfo=UTC).astimezone(tz)


def new_uid() -> str:
    """A fresh record identity; stable across export, import and merge."""
    return str(uuid.uuid4())


