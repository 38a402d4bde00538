"""Window sizes that fit the screen they open on.

A municipal laptop has 1366×768 pixels, less a taskbar; a window asked for at
1280×800 or a dialog at 760×860 hid its Save and Close buttons below the screen.
Windows ask for the size they would like and get at most what the screen has.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: Room kept free for a window's title bar and frame (the screen's available area
#: already leaves out the taskbar).
FRAME = QSize(16, 40)
#: A dialog taller than this is hard to use on a laptop; long forms scroll inside it.
DIALOG_MAX_HEIGHT = 700


def available(widget: QWidget | None = None) -> QSize:
    """The room on the screen ``widget`` is on (or the primary screen), less a frame."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(1366, 728) - FRAME
    return screen.availableGeometry().size() - FRAME


def fitted_size(widget: QWidget | None, width: int, height: int) -> QSize:
    """``width``×``height``, made smaller where the screen has less room."""
    room = available(widget)
    return QSize(min(width, room.width()), min(height, room.height()))


def fit_dialog(dialog: QWidget, width: int, height: int) -> None:
    """Resize a dialog to ``width``×``height``, no taller than DIALOG_MAX_HEIGHT nor the screen."""
    dialog.resize(fitted_size(dialog, width, min(height, DIALOG_MAX_HEIGHT)))
