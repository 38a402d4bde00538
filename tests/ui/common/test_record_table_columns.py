"""Record tables at laptop width: the widest column gives way, short ones stay whole."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from pytestqt.qtbot import QtBot

from famdesk.ui.common.record_table import record_table


def test_short_columns_keep_their_words_and_the_widest_gives_way(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWidget

    host = QWidget()
    qtbot.addWidget(host)
    model = QStandardItemModel(0, 4)
    model.setHorizontalHeaderLabels(["Role", "Name", "Age", "Placement"])
    long_place = "Residential institution – Døgninstitutionen Solsikken (since 04-10-2025)"
    for row in (
        ["Mother", "Katarzyna Lewandowski", "30 years", ""],
        ["Sibling", "Åsta Lewandowski", "9 years", ""],
        ["Child", "Øgir Lewandowski", "7 years", long_place],
    ):
        model.appendRow([QStandardItem(text) for text in row])
    table = record_table(model, host, on_open=lambda: None)
    metrics = table.fontMetrics()
    host.show()
    qtbot.waitExposed(host)
    table.resize(metrics.horizontalAdvance("Katarzyna Lewandowski" + long_place) + 40, 300)
    qtbot.waitUntil(lambda: table.columnWidth(0) > 0)
    # Too narrow for everything: the placement gives way, every short cell stays whole.
    for column in (0, 1, 2):
        assert table.columnWidth(column) >= table.sizeHintForColumn(column), column
