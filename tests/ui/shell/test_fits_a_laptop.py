"""Every window, dialog and tab fits a 1366×768 laptop and shows its words whole.

The windows are not listed by hand: the walk starts at the main window, triggers
every action in its menus and toolbars and clicks every button on every family
tab, and follows each window or dialog that appears (and the buttons inside it)
a few levels deep. Message boxes, file and input dialogs are answered "cancel",
so nothing is deleted and nothing waits for a person. Every window met is checked
as ``qt-clipcheck`` checks a running program (labels, buttons, headers, tabs,
combo texts, tree and list headers), plus chart axes and legends, horizontal
scrolling, lists too short to work in, and windows larger than the screen's
available area. The test screen is 1366×728, a 1366×768 laptop less its taskbar
(tests/conftest.py configures the offscreen platform).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCharts import (
    QAbstractAxis,
    QBarCategoryAxis,
    QCategoryAxis,
    QChartView,
    QDateTimeAxis,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QModelIndex, Qt
from PySide6.QtGui import QAction, QDesktopServices, QFontMetrics
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListView,
    QMenu,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTableView,
    QTabWidget,
    QToolButton,
    QTreeView,
    QWidget,
)

from famdesk.core.caseload import list_families
from famdesk.core.demo import create_demo
from famdesk.db.store import Store
from famdesk.ui.families.families_model import COL_NAME
from famdesk.ui.shell.main_window import MainWindow
from famdesk.ui.shell.start_dialog import StartDialog
from famdesk.ui.shell.unlock_dialog import UnlockDialog

#: The room a window has on a 1366×768 laptop with a 40 px taskbar (the test screen's size).
AVAILABLE_WIDTH, AVAILABLE_HEIGHT = 1366, 728
#: A list shorter than this many rows cannot be worked in.
MIN_LIST_ROWS = 3
#: How far the walk follows windows opened from windows.
MAX_DEPTH = 3


@dataclass(frozen=True)
class Finding:
    kind: str
    window: str
    widget: str
    text: str
    need: int
    have: int

    def __str__(self) -> str:
        return (
            f"{self.kind:7} [{self.window}] {self.widget}: {self.text!r} "
            f"needs {self.need} px, has {self.have}"
        )


# --- the checks (the same as qt-clipcheck's, plus charts, scrolling and short lists) ---


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _name(widget: QWidget) -> str:
    return type(widget).__name__ + ("#" + widget.objectName() if widget.objectName() else "")


def _where(widget: QWidget) -> str:
    """The widget, and the nearest named widget around it, to find it in the code."""
    parent = widget.parentWidget()
    while parent is not None and (not parent.objectName() or parent.objectName().startswith("qt_")):
        parent = parent.parentWidget()
    return _name(widget) + (f" in {_name(parent)}" if parent is not None else "")


def _label(w: QLabel) -> Iterator[tuple[str, str, int, int]]:
    text = w.text()
    if not text or w.textFormat() == Qt.TextFormat.RichText or ("<" in text and ">" in text):
        return
    if not w.pixmap().isNull():
        return
    room = w.contentsRect()
    fm = w.fontMetrics()
    if w.wordWrap():
        need = w.heightForWidth(room.width())
        if need > room.height() + 2:
            yield "label", text, need, room.height()
        return
    widest = max(fm.horizontalAdvance(line) for line in _plain(text).split("\n"))
    lines = text.count("\n") + 1
    if widest > room.width() + 1:
        yield "label", text, widest, room.width()
    elif lines * fm.height() > room.height() + 2:
        yield "label", text, lines * fm.height(), room.height()


def _button(w: QAbstractButton) -> Iterator[tuple[str, str, int, int]]:
    if w.text() and w.sizeHint().width() > w.width() + 1:
        yield "button", _plain(w.text()), w.sizeHint().width(), w.width()


def _header(h: QHeaderView) -> Iterator[tuple[str, str, int, int]]:
    model = h.model()
    if model is None:
        return
    fm = h.fontMetrics()
    margin = h.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
    for i in range(h.count()):
        if h.isSectionHidden(i):
            continue
        text = model.headerData(i, h.orientation())
        if not isinstance(text, str) or not text:
            continue
        need = fm.horizontalAdvance(text) + 2 * margin + 4
        start = h.sectionViewportPosition(i)
        have = min(h.sectionSize(i), h.viewport().width() - start) if start >= 0 else 0
        if start < h.viewport().width() and need > have + 1:
            yield "header", text, need, have


def _tabs(t: QTabBar) -> Iterator[tuple[str, str, int, int]]:
    fm = t.fontMetrics()
    for i in range(t.count()):
        text = _plain(t.tabText(i))
        if text and fm.horizontalAdvance(text) > t.tabRect(i).width() - 4:
            yield "tab", text, fm.horizontalAdvance(text), t.tabRect(i).width()


def _combo(c: QComboBox) -> Iterator[tuple[str, str, int, int]]:
    text = c.currentText()
    if not text or c.isEditable():
        return
    opt = QStyleOptionComboBox()
    c.initStyleOption(opt)
    room = c.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, opt, QStyle.SubControl.SC_ComboBoxEditField, c
    )
    need = c.fontMetrics().horizontalAdvance(text)
    if need > room.width() + 1:
        yield "combo", text, need, room.width()


def _view(v: QAbstractItemView) -> Iterator[tuple[str, str, int, int]]:
    """Lists and tables shorter than a few rows, and forms that scroll sideways."""
    model = v.model()
    if isinstance(v, (QTableView, QTreeView, QListView)) and model is not None:
        rows = model.rowCount(QModelIndex())
        row_height = v.sizeHintForRow(0) if rows else v.fontMetrics().height() + 8
        shown = v.viewport().height() // max(1, row_height)
        if shown < MIN_LIST_ROWS:
            yield "rows", f"{rows} rows", MIN_LIST_ROWS, shown


def _scroll(s: QAbstractScrollArea) -> Iterator[tuple[str, str, int, int]]:
    if isinstance(s, QScrollArea) and s.horizontalScrollBar().isVisible():
        inner = s.widget()
        need = inner.width() if inner is not None else 0
        yield "hscroll", _name(s), need, s.viewport().width()


def _axis_labels(axis: QAbstractAxis) -> list[str]:
    if isinstance(axis, QBarCategoryAxis):
        return list(axis.categories())
    if isinstance(axis, QCategoryAxis):
        return list(axis.categoriesLabels())
    if isinstance(axis, QDateTimeAxis):
        lo, hi = axis.min().toMSecsSinceEpoch(), axis.max().toMSecsSinceEpoch()
        n = max(2, axis.tickCount())
        return [
            QDateTime.fromMSecsSinceEpoch(lo + (hi - lo) * i // (n - 1)).toString(axis.format())
            for i in range(n)
        ]
    if isinstance(axis, QValueAxis):
        n = max(2, axis.tickCount())
        fmt = axis.labelFormat() or "%g"
        values = [axis.min() + (axis.max() - axis.min()) * i / (n - 1) for i in range(n)]
        try:
            return [fmt % v for v in values]
        except (TypeError, ValueError):
            return [f"{v:g}" for v in values]
    return []


def _chart(view: QChartView) -> Iterator[tuple[str, str, int, int]]:
    """Axis labels, axis titles and legend entries that Qt Charts would shorten with '…'."""
    chart = view.chart()
    plot = chart.plotArea()
    for axis in chart.axes():
        if not axis.isVisible():
            continue
        horizontal = axis.orientation() == Qt.Orientation.Horizontal
        fm = QFontMetrics(axis.labelsFont())
        labels = [label for label in _axis_labels(axis) if label] if axis.labelsVisible() else []
        if labels and horizontal and axis.labelsAngle() == 0:
            room = plot.width() / max(
                1, len(labels) - 1 if not isinstance(axis, QBarCategoryAxis) else len(labels)
            )
            widest = max(labels, key=fm.horizontalAdvance)
            if fm.horizontalAdvance(widest) > room:
                yield "axis", widest, fm.horizontalAdvance(widest), int(room)
        elif labels and not horizontal:
            room = plot.left() - chart.margins().left() - chart.layout().contentsRect().left()
            if axis.isTitleVisible() and axis.titleText():
                room -= QFontMetrics(axis.titleFont()).height()
            widest = max(labels, key=fm.horizontalAdvance)
            if fm.horizontalAdvance(widest) > room + 2:
                yield "axis", widest, fm.horizontalAdvance(widest), int(room)
        title = axis.titleText() if axis.isTitleVisible() else ""
        if title:
            tfm = QFontMetrics(axis.titleFont())
            room = plot.width() if horizontal else plot.height()
            if tfm.horizontalAdvance(title) > room:
                yield "axis", title, tfm.horizontalAdvance(title), int(room)
    legend = chart.legend()
    if legend.isVisible():
        fm = QFontMetrics(legend.font())
        entries = [m.label() for m in legend.markers() if m.isVisible() and m.label()]
        if entries:
            # a marker is its colour box, a gap and its label
            widths = [fm.horizontalAdvance(text) + fm.height() + 12 for text in entries]
            row = legend.alignment() in (Qt.AlignmentFlag.AlignTop, Qt.AlignmentFlag.AlignBottom)
            need = sum(widths) if row else max(widths)
            have = int(legend.geometry().width())
            if need > have + 2:
                yield "legend", " | ".join(entries), need, have


def window_findings(top: QWidget) -> list[Finding]:
    """Everything the reader of ``top`` cannot see whole, as it is shown now."""
    found: list[Finding] = []
    title = top.windowTitle() or _name(top)
    frame = top.frameGeometry()
    if frame.width() > AVAILABLE_WIDTH:
        found.append(Finding("window", title, _name(top), "width", frame.width(), AVAILABLE_WIDTH))
    if frame.height() > AVAILABLE_HEIGHT:
        found.append(
            Finding("window", title, _name(top), "height", frame.height(), AVAILABLE_HEIGHT)
        )
    checks: list[tuple[type, Callable[..., Iterator[tuple[str, str, int, int]]]]] = [
        (QLabel, _label),
        (QAbstractButton, _button),
        (QHeaderView, _header),
        (QTabBar, _tabs),
        (QComboBox, _combo),
        (QAbstractItemView, _view),
        (QAbstractScrollArea, _scroll),
        (QChartView, _chart),
    ]
    for cls, check in checks:
        for w in top.findChildren(cls):
            if not w.isVisible() or w.width() <= 0 or w.window() is not top:
                continue
            if isinstance(w, QHeaderView) and not isinstance(w, QHeaderView):
                continue
            for kind, text, need, have in check(w):
                found.append(Finding(kind, title, _where(w), text, int(need), int(have)))
    return found


# --- the walk ------------------------------------------------------------------------


def _is_window(w: QWidget) -> bool:
    return (
        shiboken6.isValid(w)
        and w.isWindow()
        and w.isVisible()
        and not isinstance(w, QMenu)
        and w.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog)
    )


class Walker:
    """Opens every window reachable from actions and buttons, and checks each."""

    def __init__(self, app: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
        self.app = app
        self.findings: dict[tuple[str, str, str, str], Finding] = {}
        self.visited: list[str] = []
        self.depth = 0
        self._in_walk: set[int] = set()
        walker = self

        def modal(dialog: QDialog) -> int:
            dialog.show()
            walker.visit(dialog)
            dialog.hide()
            return 0  # Rejected / Cancel

        def answer(default: object) -> Callable[..., object]:
            return lambda *_a, **_k: default

        cancel = QMessageBox.StandardButton.Cancel
        monkeypatch.setattr(QDialog, "exec", modal)
        monkeypatch.setattr(QMessageBox, "exec", modal)
        monkeypatch.setattr(QPrintDialog, "exec", answer(0))  # the system's, not ours
        for name in ("question", "warning", "information", "critical"):
            monkeypatch.setattr(QMessageBox, name, answer(cancel))
        monkeypatch.setattr(QMessageBox, "about", answer(None))
        for name in ("getText", "getMultiLineText", "getItem", "getInt", "getDouble"):
            monkeypatch.setattr(QInputDialog, name, answer(("", False)))
        for name in ("getSaveFileName", "getOpenFileName"):
            monkeypatch.setattr(QFileDialog, name, answer(("", "")))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", answer(""))
        monkeypatch.setattr(QMenu, "exec", answer(None))
        monkeypatch.setattr(QDesktopServices, "openUrl", answer(True))

    def settle(self) -> None:
        for _ in range(3):
            self.app.processEvents()

    def record(self, top: QWidget) -> None:
        self.settle()
        if not _alive(top):
            return
        self.visited.append(top.windowTitle() or _name(top))
        for f in window_findings(top):
            self.findings.setdefault((f.kind, f.window, f.widget, f.text), f)

    def visit(self, top: QWidget) -> None:
        """Check ``top`` on each of its tabs; then follow its buttons one level deeper."""
        if id(top) in self._in_walk or self.depth >= MAX_DEPTH:
            self.record(top)
            return
        self._in_walk.add(id(top))
        self.depth += 1
        try:
            tab_widgets = [t for t in top.findChildren(QTabWidget) if t.isVisible()]
            if not tab_widgets:
                self.record(top)
                self.press_all(top, top)
            for tabs in tab_widgets:
                for index in range(tabs.count()):
                    if not (_alive(tabs) and _alive(top) and top.isVisible()):
                        break
                    if not tabs.isTabEnabled(index):
                        continue
                    tabs.setCurrentIndex(index)
                    self.record(top)
                    self.press_all(top, tabs.widget(index))
            if isinstance(top, QDialog) and _alive(top) and top.isVisible():
                self.press_ok(top)
        finally:
            self.depth -= 1
            self._in_walk.discard(id(top))

    def press_all(self, top: QWidget, area: QWidget) -> None:
        buttons = [
            b for b in area.findChildren(QAbstractButton) if _pressable(b) and b.window() is top
        ]
        for button in buttons:
            if not (_alive(top) and top.isVisible()):
                return  # an earlier press closed it
            if not (_alive(button) and button.isVisible() and button.isEnabled()):
                continue
            menu = button.menu() if isinstance(button, (QPushButton, QToolButton)) else None
            if menu is not None:
                for action in menu.actions():
                    self.trigger(action)
            else:
                self.around(button.click)
            self.record(top)

    def press_ok(self, dialog: QDialog) -> None:
        """OK on the form as it stands: its validation messages must show whole too."""
        for box in dialog.findChildren(QDialogButtonBox):
            for button in box.buttons():
                if box.buttonRole(button) == QDialogButtonBox.ButtonRole.AcceptRole:
                    if _alive(button) and button.isVisible() and button.isEnabled():
                        self.around(button.click)
                        self.record(dialog)
                    return

    def trigger(self, action: QAction) -> None:
        if action.isSeparator() or not action.isEnabled() or action.isCheckable():
            return
        if action.menu() is not None:
            for sub in action.menu().actions():
                self.trigger(sub)
            return
        self.around(action.trigger)

    def around(self, press: Callable[[], object]) -> None:
        """Press something; visit and close every window it left open."""
        before = {id(w) for w in self.app.topLevelWidgets() if _is_window(w)}
        press()
        self.settle()
        for w in self.app.topLevelWidgets():
            if id(w) not in before and _is_window(w):
                self.visit(w)
                if _alive(w) and isinstance(w, QDialog):
                    w.reject()
                if _alive(w):
                    w.close()
        self.settle()


def _alive(w: QWidget) -> bool:
    return shiboken6.isValid(w)


def _pressable(b: QAbstractButton) -> bool:
    """Buttons that do something a reader could open: not ticks, OK/Cancel or tab arrows."""
    if isinstance(b, (QCheckBox, QRadioButton)) or b.isCheckable() or not b.text():
        return False
    parent = b.parentWidget()
    return not isinstance(parent, (QDialogButtonBox, QTabBar))


# --- the test ------------------------------------------------------------------------

#: Actions that end the walk rather than open a window.
ENDS_THE_WALK = {"quit_action"}


def _main_actions(window: MainWindow) -> list[QAction]:
    skip = {id(getattr(window, name)) for name in ENDS_THE_WALK}
    actions: list[QAction] = []

    def collect(items: list[QAction]) -> None:
        for action in items:
            if action.menu() is not None:
                collect(action.menu().actions())
            elif id(action) not in skip and action not in actions:
                actions.append(action)

    collect(window.menuBar().actions())
    collect(window.toolbar.actions())
    return actions


@pytest.fixture
def demo_store(store: Store) -> Store:
    create_demo(store, families=3, sessions_per_family=6, seed=2, today=date(2026, 11, 27))
    return store


def _report(walker: Walker) -> str:
    lines = [str(f) for f in walker.findings.values()]
    return f"{len(lines)} findings in {len(walker.visited)} window views:\n" + "\n".join(lines)


@pytest.mark.slow
@pytest.mark.parametrize("language", ["da", "en"])
def test_every_window_fits_a_laptop_and_shows_its_words_whole(
    qtbot, qapp, demo_store, switcher, monkeypatch, language: str
) -> None:
    screen = qapp.primaryScreen().availableGeometry()
    assert (screen.width(), screen.height()) == (AVAILABLE_WIDTH, AVAILABLE_HEIGHT)
    switcher.apply(language)
    walker = Walker(qapp, monkeypatch)

    window = MainWindow(demo_store, switcher)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    family = next(f for f in list_families(demo_store))
    window.select_family(family.uid)
    names = window.table.horizontalHeader()
    for row in range(window.model.rowCount()):  # the list shows every family's name whole
        index = window.model.index(row, COL_NAME)
        need = window.table.fontMetrics().horizontalAdvance(index.data()) + 8
        assert need <= names.sectionSize(COL_NAME), (index.data(), need)
    walker.visit(window)
    for action in _main_actions(window):
        walker.trigger(action)
        if not window.isVisible():  # an action may lock or hide it; show it again
            window.show()
    walker.record(window)

    assert len(walker.visited) > 30, walker.visited
    assert not walker.findings, _report(walker)


@pytest.mark.parametrize("language", ["da", "en"])
@pytest.mark.parametrize("create", [True, False])
def test_the_doors_before_the_main_window_fit(
    qtbot, qapp, switcher, tmp_path: Path, language: str, create: bool
) -> None:
    """The start and unlock dialogs come before any window with actions exists."""
    switcher.apply(language)
    found: list[Finding] = []
    start = StartDialog(tmp_path / "famdesk.db")
    unlock = UnlockDialog(tmp_path / "x.db", create)
    for dialog in (start, unlock):
        qtbot.addWidget(dialog)
        dialog.show()
        qapp.processEvents()
        found += window_findings(dialog)
    if create:  # a new passphrase refused: too short, and not repeated alike
        unlock.passphrase.setText("kort")
        unlock.confirm.setText("andet")
        unlock.submit()
        qapp.processEvents()
        assert unlock.error_label.isVisible()
        found += window_findings(unlock)
    assert not found, "\n".join(map(str, found))
