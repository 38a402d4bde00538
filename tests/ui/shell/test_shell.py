"""The GUI shell driven as a user would: dialogs, the families list, language."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from famdesk.core import programmes
from famdesk.core.families import FamilyData, create_family
from famdesk.db.models import AuditEvent
from famdesk.db.store import Store, open_store
from famdesk.ui.families.families_model import (
    COL_NAME,
    COL_NEXT_REVIEW,
    COL_REFERENCE,
    COL_SETTING,
    OVERDUE_COLOUR,
)
from famdesk.ui.shell import app as gui_app
from famdesk.ui.shell import i18n
from famdesk.ui.shell.main_window import MainWindow
from famdesk.ui.shell.start_dialog import CHOICE_EMPTY, CHOICE_OPEN, DemoProgressDialog, StartDialog
from famdesk.ui.shell.unlock_dialog import UnlockDialog
from famdesk.ui.shell.workers import run_task


class MessageBoxes:
    """Records QMessageBox calls instead of showing them."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []

    def __call__(self, _parent: Any, title: str, text: str, *args: Any) -> Any:
        self.shown.append((title, text))
        return QMessageBox.StandardButton.Ok


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    recorder = MessageBoxes()
    for name in ("critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, recorder)
    return recorder


def ok_button(dialog: UnlockDialog) -> Any:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def make_existing_store(path: Path, passphrase: str) -> None:
    open_store(path, passphrase, create=True).close()


# --- the unlock dialog -----------------------------------------------------------------


def test_new_store_needs_the_passphrase_twice_and_refuses_a_mismatch(
    qtbot: QtBot, db_path: Path, switcher: Any
) -> None:
    dialog = UnlockDialog(db_path, create=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.confirm.isVisible()

    qtbot.keyClicks(dialog.passphrase, "short")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.error_label.isVisible()
    assert "at least 8 characters" in dialog.error_label.text()

    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, "kitchen table plans")
    qtbot.keyClicks(dialog.confirm, "kitchen table plants")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "The two passphrases are not the same."
    assert not db_path.exists()
    assert dialog.store is None

    dialog.confirm.clear()
    qtbot.keyClicks(dialog.confirm, "kitchen table plans")
    assert dialog.strength.text() == "Strength: strong"
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    store = dialog.store
    assert store is not None
    store.close()
    # The file really is the new store, opened with the passphrase typed.
    open_store(db_path, "kitchen table plans").close()


def test_wrong_passphrase_stays_in_the_dialog_and_leaves_the_file_alone(
    qtbot: QtBot, db_path: Path, passphrase: str, switcher: Any
) -> None:
    make_existing_store(db_path, passphrase)
    before = db_path.read_bytes()
    dialog = UnlockDialog(db_path, create=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.confirm.isVisible()

    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=20000)
    assert dialog.error_label.text() == "Wrong passphrase"
    assert dialog.isVisible() and dialog.store is None
    assert dialog.passphrase.isEnabled() and dialog.passphrase.text() == ""
    assert db_path.read_bytes() == before

    qtbot.keyClicks(dialog.passphrase, passphrase)
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.store is not None
    dialog.store.close()


def test_a_file_that_is_not_famdesk_is_refused_with_a_message(
    qtbot: QtBot, tmp_path: Path, boxes: MessageBoxes, switcher: Any
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("shopping list\n", encoding="utf-8")
    dialog = UnlockDialog(path, create=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "whatever passphrase")
    with qtbot.waitSignal(dialog.rejected, timeout=20000):
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert boxes.shown == [("Cannot open the database", "notes.txt is not a famdesk database.")]
    assert dialog.exit_code == 2
    assert path.read_text(encoding="utf-8") == "shopping list\n"


def test_unlock_refuses_a_store_open_in_another_famdesk(
    qtbot: QtBot, store: Store, db_path: Path, passphrase: str, boxes: MessageBoxes, switcher: Any
) -> None:
    dialog = UnlockDialog(db_path, create=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, passphrase)
    with qtbot.waitSignal(dialog.rejected, timeout=20000):
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.exit_code == 1
    assert "already open in another famdesk window" in boxes.shown[0][1]


# --- first start ---------------------------------------------------------------------------


def test_start_dialog_offers_demo_empty_and_open(
    qtbot: QtBot, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, switcher: Any
) -> None:
    dialog = StartDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.demo_button.text() == "Create a demo database (fictitious families)"
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert (dialog.choice, dialog.path) == (CHOICE_EMPTY, db_path)

    other = tmp_path / "elsewhere.famdesk"
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    dialog2 = StartDialog(db_path)
    qtbot.addWidget(dialog2)
    dialog2.show()
    with qtbot.waitSignal(dialog2.accepted):
        qtbot.mouseClick(dialog2.open_button, Qt.MouseButton.LeftButton)
    assert (dialog2.choice, dialog2.path) == (CHOICE_OPEN, other)


def test_demo_dialog_fills_the_store_off_the_gui_thread(
    qtbot: QtBot, store: Store, switcher: Any
) -> None:
    import threading

    from famdesk.core import caseload
    from famdesk.core.demo import create_demo

    seen: list[tuple[int, int]] = []
    ran_on: list[threading.Thread] = []

    def small_demo(s: Store, seed: int, progress: Any) -> Any:
        ran_on.append(threading.current_thread())
        return create_demo(s, families=3, sessions_per_family=2, seed=seed, progress=progress)

    dialog = DemoProgressDialog(store, seed=7, demo_fn=small_demo)
    qtbot.addWidget(dialog)
    dialog.bar.valueChanged.connect(lambda v: seen.append((v, dialog.bar.maximum())))
    dialog.show()
    with qtbot.waitSignal(dialog.accepted, timeout=60000):
        dialog.start()
    assert caseload.count_families(store) == 3
    assert seen[-1] == (3, 3)
    assert len(ran_on) == 1 and ran_on[0] is not threading.main_thread()


def test_worker_reports_failure_with_the_exception(qtbot: QtBot) -> None:
    def boom() -> None:
        raise ValueError("no such thing")

    messages: list[str] = []
    task = run_task(boom, on_failed=messages.append)
    qtbot.waitUntil(lambda: messages == ["no such thing"], timeout=5000)
    assert isinstance(task.exception, ValueError)


def test_worker_delivers_progress_and_result_on_the_gui_thread(qtbot: QtBot) -> None:
    from PySide6.QtCore import QThread

    seen: list[Any] = []

    def work(n: int, progress: Any) -> int:
        for i in range(n):
            progress(i + 1, n)
        return n * 2

    def record(value: Any) -> None:
        seen.append((value, QThread.currentThread() is qtbot_thread))

    qtbot_thread = QThread.currentThread()
    run_task(work, 3, on_progress=lambda d, t: record((d, t)), on_finished=record)
    qtbot.waitUntil(lambda: len(seen) == 4, timeout=5000)
    assert seen == [((1, 3), True), ((2, 3), True), ((3, 3), True), (6, True)]


# --- run_gui -----------------------------------------------------------------------------


def test_second_famdesk_on_the_same_file_is_refused(
    store: Store,
    db_path: Path,
    passphrase: str,
    boxes: MessageBoxes,
    monkeypatch: pytest.MonkeyPatch,
    switcher: Any,
) -> None:
    monkeypatch.setenv(gui_app.PASSPHRASE_ENV, passphrase)
    assert gui_app.run_gui(str(db_path)) == 1
    assert boxes.shown == [
        (
            "Cannot open the database",
            "The database is already open in another famdesk window. Close it there first.",
        )
    ]


def test_benchmark_hook_prints_ready_and_exits(
    db_path: Path, passphrase: str, make_families: Any, tmp_path: Path
) -> None:
    with open_store(db_path, passphrase, create=True) as s:
        make_families(s, 30)
    env = dict(os.environ)
    env.update(
        {
            gui_app.PASSPHRASE_ENV: passphrase,
            gui_app.BENCH_ENV: "1",
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(tmp_path / "xdg"),
        }
    )
    result = subprocess.run(
        [sys.executable, "-m", "famdesk", "--db", str(db_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"READY \d+\.\d{3}\n", result.stdout)


# --- the main window ------------------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, store: Store, switcher: i18n.LanguageSwitcher) -> MainWindow:
    w = MainWindow(store, switcher)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_empty_store_says_how_to_begin(window: MainWindow) -> None:
    assert window.list_stack.currentWidget() is window.empty_label
    assert "No families yet" in window.empty_label.text()
    assert window.count_label.text() == "0 families"
    assert window.path_label.text() == str(window.store.path)


def test_families_list_fetches_lazily_in_pages(
    qtbot: QtBot, store: Store, make_families: Any, switcher: Any
) -> None:
    make_families(store, 250)
    w = MainWindow(store, switcher)
    qtbot.addWidget(w)
    w.show()
    model = w.model
    assert model.total == 250
    assert model.rowCount() == 100
    assert model.canFetchMore(QModelIndex())
    assert w.count_label.text() == "250 families"
    w.table.scrollToBottom()  # the view asks for the next page, as when a user scrolls
    qtbot.waitUntil(lambda: model.rowCount() == 200)
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 250
    assert not model.canFetchMore(QModelIndex())
    refs = [model.index(r, COL_REFERENCE).data() for r in range(250)]
    assert refs == [f"F-{i:04d}" for i in range(250)]
    overdue = model.index(0, COL_NEXT_REVIEW)
    assert overdue.data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_COLOUR
    assert "overdue" in overdue.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, COL_NEXT_REVIEW).data(Qt.ItemDataRole.ForegroundRole) is None


def test_search_filters_by_reference_or_name_and_is_audited(
    qtbot: QtBot, window: MainWindow, make_families: Any
) -> None:
    make_families(window.store, 40)
    window.model.reload()
    qtbot.keyClicks(window.search, "F-0012")
    qtbot.waitUntil(lambda: window.model.total == 1)
    assert window.model.index(0, 1).data() == "Familien Testesen 12"
    assert window.count_label.text() == "1 family matches"

    window.search.clear()
    qtbot.keyClicks(window.search, "testesen 3")
    qtbot.waitUntil(lambda: window.model.total == 11)  # 3 and 30–39

    window.search.clear()
    qtbot.keyClicks(window.search, "Nobody")
    qtbot.waitUntil(lambda: window.list_stack.currentWidget() is window.empty_label)
    assert window.empty_label.text() == "No family matches “Nobody”."

    with window.store.read_session() as s:
        searches = s.scalars(select(AuditEvent).where(AuditEvent.action == "search")).all()
    assert [e.detail["query"] for e in searches] == ["F-0012", "testesen 3", "Nobody"]


def test_ctrl_f_focuses_the_search_field(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    window.table.setFocus()
    window.find_action.trigger()
    assert window.find_action.shortcut().toString() == "Ctrl+F"
    qtbot.waitUntil(lambda: window.search.hasFocus())


def test_selecting_a_family_shows_it_and_audits_the_read(
    qtbot: QtBot, window: MainWindow, make_families: Any
) -> None:
    uids = make_families(window.store, 5)
    window.model.reload()
    rect = window.table.visualRect(window.model.index(2, 1))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_family_uid() == uids[2]
    assert window.family_view.family_uid == uids[2]
    assert window.family_view.title.text() == "Familien Testesen 2"
    with window.store.read_session() as s:
        reads = s.scalars(select(AuditEvent).where(AuditEvent.action == "read")).all()
    assert [(e.entity, e.entity_uid) for e in reads] == [("family", uids[2])]


def test_switching_language_retranslates_the_window_live(
    qtbot: QtBot, window: MainWindow, make_families: Any
) -> None:
    make_families(window.store, 3)
    window.model.reload()
    header = window.model.headerData(COL_REFERENCE, Qt.Orientation.Horizontal)
    assert (window.list_title.text(), header) == ("Families", "Reference")
    window.language_actions["da"].trigger()
    qtbot.waitUntil(lambda: window.list_title.text() == "Familier")
    assert window.model.headerData(COL_REFERENCE, Qt.Orientation.Horizontal) == "Sagsnr."
    assert window.file_menu.title() == "&Filer"
    assert window.family_view.tabs.tabText(0) == "Overblik"
    assert window.count_label.text() == "3 familier"
    assert i18n.language_setting() == "da"
    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.list_title.text() == "Families")
    assert i18n.language_setting() == "en"


def test_window_geometry_is_remembered(qtbot: QtBot, store: Store, switcher: Any) -> None:
    first = MainWindow(store, switcher)
    qtbot.addWidget(first)
    first.show()
    first.resize(701, 502)
    first.close()
    second = MainWindow(store, switcher)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (701, 502)


def test_tools_menu_shows_what_is_added(window: MainWindow) -> None:
    from PySide6.QtGui import QAction

    # Issue 7 fills the Tools menu at start (Backups, Audit trail, ...).
    extra = QAction("Extra tool", window)
    window.add_tool_action(extra)
    assert extra in window.tools_menu.actions()
    assert window.tools_menu.menuAction().isVisible()
    assert not window.print_action.isEnabled()


# --- a thin start -------------------------------------------------------------------------


def test_unlocking_in_the_dialog_derives_the_key_once(
    qtbot: QtBot, db_path: Path, passphrase: str, switcher: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from famdesk.db import engine

    make_existing_store(db_path, passphrase)
    derivations: list[bytes] = []
    real = engine.derive_key
    monkeypatch.setattr(
        engine, "derive_key", lambda secret, salt: derivations.append(salt) or real(secret, salt)
    )
    dialog = UnlockDialog(db_path, create=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, passphrase)
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.store is not None
    window = MainWindow(dialog.store)
    qtbot.addWidget(window)
    window.close()
    dialog.store.close()
    assert len(derivations) == 1


def test_the_unlock_dialog_comes_up_without_the_heavy_libraries() -> None:
    # What the process imports before the dialog is shown: Qt and famdesk's
    # light modules. The store, reports and the main window load afterwards.
    code = (
        "import sys\n"
        "from famdesk.__main__ import window_request\n"
        "from famdesk.ui.shell import app\n"
        "from famdesk.ui.shell.unlock_dialog import UnlockDialog\n"
        "heavy = ('sqlalchemy', 'sqlcipher3', 'alembic', 'reportlab', 'PySide6.QtCharts',\n"
        "         'famdesk.db.store', 'famdesk.ui.shell.main_window')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=os.environ
    )
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], (True, None)),
        (["--db", "cases.famdesk"], (True, "cases.famdesk")),
        (["--db=cases.famdesk"], (True, "cases.famdesk")),
        (["--version"], (False, None)),
        (["--db", "cases.famdesk", "export", "--out", "x.json"], (False, None)),
        (["demo", "--db", "x"], (False, None)),
        (["--help"], (False, None)),
    ],
)
def test_only_a_bare_window_request_skips_the_command_parser(argv, expected) -> None:
    from famdesk.__main__ import window_request

    assert window_request(argv) == expected


def test_a_real_start_shows_the_dialog_takes_the_passphrase_and_fills_the_list(
    db_path: Path, passphrase: str
) -> None:
    # The benchmark's hook, as the benchmark uses it: a real process, the real
    # unlock dialog, the passphrase pressed into it with Enter.
    make_existing_store(db_path, passphrase)
    env = dict(os.environ, FAMDESK_BENCH_EXIT_WHEN_READY="1", FAMDESK_BENCH_UNLOCK="0")
    env.pop("FAMDESK_PASSPHRASE", None)
    out = subprocess.run(
        [sys.executable, "-m", "famdesk", "--db", str(db_path)],
        input=passphrase + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    marks = [line.split()[0] for line in out.stdout.splitlines() if line[:1].isupper()]
    assert marks == ["DIALOG", "ENTER", "READY"]


def test_the_window_title_leaves_the_program_name_to_qt(
    qtbot: QtBot, store: Store, switcher: Any
) -> None:
    """Qt adds " — famdesk" (the display name) to every title; ours must not say it again."""
    window = MainWindow(store, switcher)
    qtbot.addWidget(window)
    assert window.windowTitle() == "Family treatment"
    switcher.apply("da")
    qtbot.waitUntil(lambda: window.windowTitle() == "Familiebehandling")
    assert "famdesk" not in window.windowTitle().lower()


# --- the families list beside a family, on a laptop ---------------------------------------


LONG_NAME = "Familien Wiśniewski-Søndergaard / Lewandowski"


def _long_family(store: Store) -> str:
    mtfc = next(p.code for p in programmes.catalogue() if p.code.startswith("MTFC"))
    return create_family(
        store,
        FamilyData(
            reference="FB-2026-00001",
            name=LONG_NAME,
            setting="placed-child-parent-support",
            status="active",
            programme=mtfc,
            worker="Kristoffer Bækholm-Østergaard",
            start_date=date(2026, 1, 5),
        ),
    )


def test_names_show_whole_and_the_setting_only_where_it_fits_whole(
    qtbot: QtBot, store: Store, make_families: Any, switcher: Any
) -> None:
    make_families(store, 5)
    _long_family(store)
    w = MainWindow(store, switcher)
    qtbot.addWidget(w)
    w.resize(1366, 728)
    w.show()
    qtbot.waitUntil(lambda: w.model.rowCount() == 6)
    header = w.table.horizontalHeader()

    def settles() -> None:
        qtbot.waitUntil(lambda: header.sectionSize(COL_NAME) >= w.table.sizeHintForColumn(COL_NAME))

    settles()  # the laptop: the long setting does not fit beside the names, so it goes
    assert header.isSectionHidden(COL_SETTING)
    w.splitter.setSizes([1000, 366])
    settles()  # room enough: the setting shows, whole
    qtbot.waitUntil(lambda: not header.isSectionHidden(COL_SETTING))
    assert header.sectionSize(COL_SETTING) >= w.table.sizeHintForColumn(COL_SETTING)


def test_a_long_header_line_does_not_squeeze_the_list(
    qtbot: QtBot, store: Store, switcher: Any
) -> None:
    """The setting, programme and worker under a family's name wrap, not widen the pane."""
    uid = _long_family(store)
    w = MainWindow(store, switcher)
    qtbot.addWidget(w)
    w.resize(1366, 728)
    w.show()
    qtbot.waitExposed(w)
    before = w.splitter.sizes()[0]
    w.select_family(uid)
    for index in range(w.family_view.tabs.count()):
        w.family_view.tabs.setCurrentIndex(index)
        qtbot.wait(1)
        assert w.splitter.sizes()[0] == before, w.family_view.tabs.tabText(index)
    subtitle = w.family_view.subtitle
    assert subtitle.height() >= subtitle.heightForWidth(subtitle.contentsRect().width())
