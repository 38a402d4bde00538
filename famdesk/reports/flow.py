"""What a page break must not separate: a heading from its text, a table row from itself.

A reader who finds "Resumé" or a session's date alone at the foot of a page
has to turn over to learn what it was about. ``KeepWithFirst`` lays out its
headings (a title, a banner, a block of facts, a sub-heading …) only where the
first flowable after them — or at least the first piece of it that can stand
on its own (two lines of a paragraph, a table's first rows) — fits on the same
page; otherwise all of it starts on the next page. Unlike ``KeepTogether``, a
long text after the heading is not pushed whole to the next page: it is split
as usual once its start is on the heading's page.

``WholeRowsTable`` is a table whose rows move whole to the next page (a
goal's title, scores and status stay side by side); only a row taller than a
page, which could never stand whole, is split inside.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Table
from reportlab.platypus.doctemplate import ActionFlowable, FrameBreak, NullActionFlowable

__all__ = ["KeepWithFirst", "WholeRowsTable", "keep_with_first"]

#: Height asked of a flowable that cannot say how tall it is; large enough to never fit.
_UNBOUNDED = 0xFFFFFF


def _wrap(flowable: Flowable, canv: Any, width: float, height: float) -> float:
    """The height ``flowable`` takes in ``width`` (on the canvas, when there is one)."""
    if canv is not None:
        return float(flowable.wrapOn(canv, width, height)[1])
    return float(flowable.wrap(width, height)[1])


def _height(flowable: Flowable, canv: Any, width: float, height: float) -> float:
    """The room ``flowable`` takes, spaces around it included."""
    h = _wrap(flowable, canv, width, height)
    return h + flowable.getSpaceBefore() + flowable.getSpaceAfter()


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
        canv = getattr(self, "canv", None)
        heads = sum(_height(h, canv, avail_width, _UNBOUNDED) for h in self.heads)
        # The first head's space before is already taken off ``avail_height`` by the frame.
        if self.heads:
            heads -= self.heads[0].getSpaceBefore()
        room = avail_height - heads - self.first.getSpaceBefore()
        if room > 0:
            if _wrap(self.first, canv, avail_width, room) <= room:
                return together
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


class WholeRowsTable(Table):  # type: ignore[misc]
    """A table split only between rows, unless a row could never fit whole on a page.

    Give it ``splitByRow=1`` and a ``splitInRow`` minimum: the split parts are
    made with the same class, so the rule holds on every page the table spans.
    """

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self._calc(avail_width, avail_height)
        whole: list[Flowable] = self._splitRows(avail_height, doInRowSplit=0)
        if whole or not self.splitInRow:
            return whole
        frame: Any = getattr(self, "_frame", None)
        repeat = self.repeatRows
        first = repeat if isinstance(repeat, int) else max(repeat) + 1
        heights = self._rowHeights
        if frame is None or first >= len(heights):
            return []
        header = sum(heights[:first])
        if getattr(frame, "_atTop", False) or header + heights[first] > frame._height:
            return list(self._splitRows(avail_height, doInRowSplit=1))
        return []  # the row fits on the next page: it moves there whole


#: How many of the story's last flowables go with a closing block (see ``keep_end_with``).
END_KEPT = 2


def keep_end_with(story: Sequence[Flowable], closing: Sequence[Flowable]) -> list[Flowable]:
    """``story`` then ``closing`` (the signatures), the story's end on the same page.

    ``closing`` kept together on its own could leave a last page with nothing but
    it. Here it is kept with the last ``END_KEPT`` flowables of the story's last
    piece (what follows its last ``CondPageBreak``: a heading kept with its text
    is opened up, and a heading never stays behind without its text).
    """
    story = list(story)
    cut = max((i for i, f in enumerate(story) if isinstance(f, CondPageBreak)), default=-1)
    tail: list[Flowable] = []
    bound = 0  # the tail's first flowables that must stay together (heads and first part)
    for f in story[cut + 1 :]:
        if isinstance(f, KeepWithFirst):
            if not tail:
                bound = len(f.heads) + 1
            tail += [*f.heads, f.first]
        else:
            tail.append(f)
    start = max(0, len(tail) - END_KEPT)
    if start < bound:  # a heading never stays behind without its text
        start = 0
    ahead = keep_with_first(tail[: bound - 1], tail[bound - 1 : start]) if start else []
    return [*story[: cut + 1], *ahead, KeepTogether(_opened([*tail[start:], *closing]))]


def _opened(flowables: Sequence[Flowable]) -> list[Flowable]:
    """``flowables`` with every KeepTogether inside them opened up.

    A KeepTogether reports a height of 0xffffff from ``wrap`` (to force its own
    split), so one nested in another makes the outer one always too tall: it
    would start a new page even with room to spare. The outer one keeps them
    together anyway.
    """
    out: list[Flowable] = []
    for f in flowables:
        if isinstance(f, KeepTogether):
            out += _opened(f._content)
        elif isinstance(f, KeepWithFirst):
            out += _opened([*f.heads, f.first])
        else:
            out.append(f)
    return out
