"""A word-wrapped label that asks its layout for the height its lines need.

Qt lays a window out before it knows how narrow a wrapped label will end up, so
helper and error texts under a field were cut to one line ("Optional. The birth
date is taken from it." showed half). This label's minimum height follows its
width, so the layout (and, if need be, the window) grows to show every line.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class WrappingLabel(QLabel):
    """A QLabel with word wrap on whose minimum height is the height of its wrapped text."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        if self.wordWrap() and self.text() and self.width() > 0:
            hint.setHeight(max(hint.height(), self.heightForWidth(self.width())))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()


def boxed(label: QLabel, name: str) -> QFrame:
    """``label`` in a frame named ``name`` that the style sheet colours and pads.

    A padded label is measured by ``heightForWidth`` as if it had no padding,
    so a wrapped notice lost its last line; the frame carries the margins.
    """
    frame = QFrame(label.parentWidget())
    frame.setObjectName(name)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(10, 6, 10, 6)
    layout.addWidget(label)
    return frame
