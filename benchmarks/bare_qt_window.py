"""The yardstick for famdesk's start-up: a bare PySide6 window with a table.

Started the same way as the famdesk GUI by ``benchmarks/run.py`` (offscreen,
``FAMDESK_BENCH_EXIT_WHEN_READY=1``), it shows a QMainWindow holding a
QTableView over a small model, prints ``READY <seconds since process start>``
once the event loop has shown it, and quits. famdesk's figure divided by this
one is the price of unlocking the store and filling the families list.
"""

from __future__ import annotations

import os
import sys
import time

_IMPORTED_AT = time.time()

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtGui import QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView  # noqa: E402

ROWS = 50  # about one page of the families list


def process_start_time() -> float:
    """When this process started (epoch seconds): /proc on Linux, else module import."""
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])
        with open("/proc/uptime", encoding="ascii") as fh:
            uptime = float(fh.read().split()[0])
        return time.time() - (uptime - start_ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError, AttributeError):
        return _IMPORTED_AT


def main() -> int:
    app = QApplication(sys.argv[:1])
    model = QStandardItemModel(ROWS, 4)
    model.setHorizontalHeaderLabels(["Reference", "Family", "Worker", "Next review"])
    for row in range(ROWS):
        for col, text in enumerate((f"FB-{row:05d}", f"Family {row}", "Worker", "2026-01-01")):
            model.setItem(row, col, QStandardItem(text))
    window = QMainWindow()
    view = QTableView(window)
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(1000, 700)
    window.show()

    def ready() -> None:
        print(f"READY {time.time() - process_start_time():.3f}", flush=True)
        app.exit(0)

    if os.environ.get("FAMDESK_BENCH_EXIT_WHEN_READY") == "1":
        QTimer.singleShot(0, ready)
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
