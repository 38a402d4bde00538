"""Headings that never end a page: a heading travels with the start of what it heads.

A reader who finds "Resumé" or a session's date alone at the foot of a page
has to turn over to learn what it was about. ``KeepWithFirst`` lays out its
headings (a title, a banner, a block of facts, a sub-heading …) only where the
first flowable after them — or at least the first piece of it that can stand
on its own (two lines of a paragraph, a table's first rows) — fits on the same
page; otherwise all of it starts on the next page. Unlike ``KeepTogether``, a
long text after the heading is not pushed whole to the next page: it is split
as usual once its start is on the heading's page.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable
from reportlab.platypus.doctemplate import ActionFlowable, FrameBreak, NullActionFlowable

__all__ = ["KeepWithFirst", "keep_with_first"]

#: Height asked of a flowable that cannot say how tall it is; large enough to never fit.
_UNBOUNDED = 0xFFFFFF


def _height(flowable: Flowable, width: float, height: float) -> float:
    """The room ``flowable`` takes, spaces around it included."""
    _w, h = flowable.wrap(width, height)
    return float(h) + flowable.getSpaceBefore() + flowable.getSpaceAfter()


class KeepWithFirst(Flowable):  # type: ignore[misc]
    """``heads`` kept on one page with ``first`` or the first part of it.

    The flowable always asks to be split (as ``KeepTogether`` does); ``split``
    answers with the heads and as much of ``first`` as fits, or with a frame
    break in front of all of them when not even the start of ``first`` fits.
    """

    def __init__(self, heads: Sequence[Flowable], first: Flowable) -> None:
        super().__init__()
        self.heads = list(heads)
        self.first = first

    def __repr__(self) -> str:
        return f"KeepWithFirst({self.heads!r}, {self.first!r})"

    def getSpaceBefore(self) -> float:  # noqa: N802 - ReportLab's name
        return float(self.heads[0].getSpaceBefore()) if self.heads else 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, _UNBOUNDED  # force a split: the frame then asks ``split``

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        together = [*self.heads, self.first]
        frame: Any = getattr(self, "_frame", None)
        at_top = bool(frame is not None and getattr(frame, "_atTop", False))
        heads = sum(_height(h, avail_width, _UNBOUNDED) for h in self.heads)
        # The first head's space before is already taken off ``avail_height`` by the frame.
        if self.heads:
            heads -= self.heads[0].getSpaceBefore()
        room = avail_height - heads - self.first.getSpaceBefore()
        if room > 0:
            _w, first_height = self.first.wrap(avail_width, room)
            if first_height <= room:
                return together
            canv = getattr(self, "canv", None)
            parts = (
                self.first.splitOn(canv, avail_width, room)
                if canv is not None
                else self.first.split(avail_width, room)
            )
            while parts and isinstance(parts[0], NullActionFlowable):
                parts = parts[1:]
            if parts and not isinstance(parts[0], ActionFlowable):
                return [*self.heads, *parts]
        if at_top:
            return together  # nothing better on any page: let the frame split as usual
        return [FrameBreak(), *together]


def keep_with_first(heads: Sequence[Flowable], body: Sequence[Flowable]) -> list[Flowable]:
    """``heads`` followed by ``body``, the heads never left without the start of the body."""
    if not body:
        return list(heads)
    if not heads:
        return list(body)
    return [KeepWithFirst(heads, body[0]), *body[1:]]
