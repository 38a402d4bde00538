"""Finding a record by its uid, or saying that it is gone.

Callers name records by uid (integer keys never leave the store). A uid that
is not there (deleted meanwhile, or never there) is core's one ``NotFound``
(``family.not_found``, ``plan.not_found``, …), which the window and the
command line put into words from the catalogue. Every service finds its rows
here, so a missing family is refused alike wherever it is named.
"""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.sql.base import ExecutableOption

from famdesk.core.errors import NotFound
from famdesk.db.models import Base, Family

Row = TypeVar("Row", bound=Base)


def row_by_uid(
    s: Session, model: type[Row], entity: str, uid: str, *options: ExecutableOption
) -> Row:
    """The ``model`` row with ``uid``; ``NotFound(entity, uid)`` when there is none.

    ``options`` load what the caller reads next in the same query
    (``selectinload(Family.members)``).
    """
    row = s.scalar(select(model).filter_by(uid=uid).options(*options))
    if row is None:
        raise NotFound(entity, uid)
    return row


def family_row(s: Session, uid: str, *options: ExecutableOption) -> Family:
    """The family with ``uid``; ``NotFound("family", uid)`` when there is none."""
    return row_by_uid(s, Family, "family", uid, *options)
