"""The Qt binding must not corrupt the interpreter.

PySide6 6.12.0 on Python 3.11 dropped a reference to ``None`` every time Qt
returned an empty value; after enough family openings the interpreter
aborted with "none_dealloc". famdesk pins a release without the bug; this
test fails if a release with it comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QComboBox


def test_empty_qt_values_do_not_leak_references_to_none(qtbot) -> None:
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItem("no data")
    obj = QObject()
    item = QStandardItem()
    for _ in range(10):  # warm up caches
        combo.currentData(), combo.itemData(0), item.data(), obj.property("absent")
    before = sys.getrefcount(None)
    for _ in range(500):
        combo.currentData(), combo.itemData(0), item.data(), obj.property("absent")
    after = sys.getrefcount(None)
    assert after - before > -100, f"None lost {before - after} references"
