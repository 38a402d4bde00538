"""First start: no database yet. Make a demo one, an empty one, or open a file.

``StartDialog`` only asks; ``DemoProgressDialog`` fills a freshly created
store with fictitious families on a worker thread, with a progress bar.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from famdesk.ui.shell.workers import Task, run_task

if TYPE_CHECKING:
    from famdesk.core.storage import Store

CHOICE_DEMO = "demo"
CHOICE_EMPTY = "empty"
CHOICE_OPEN = "open"

DEMO_FAMILIES = 40
DEMO_SESSIONS_PER_FAMILY = 25


class StartDialog(QDialog):
    """Offers the three ways to begin; ``choice`` and ``path`` hold the answer."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.default_path = path
        self.path = path
        self.choice: str | None = None

        self.heading = QLabel()
        self.heading.setObjectName("dialogHeading")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.path_label = QLabel(str(path))
        self.path_label.setObjectName("pathLabel")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.demo_button = QPushButton()
        self.empty_button = QPushButton()
        self.open_button = QPushButton()
        for button in (self.demo_button, self.empty_button, self.open_button):
            button.setObjectName("choiceButton")
            button.setMinimumHeight(44)
        self.demo_button.clicked.connect(lambda: self._choose(CHOICE_DEMO))
        self.empty_button.clicked.connect(lambda: self._choose(CHOICE_EMPTY))
        self.open_button.clicked.connect(self._open_other)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.path_label)
        layout.addSpacing(6)
        layout.addWidget(self.demo_button)
        layout.addWidget(self.empty_button)
        layout.addWidget(self.open_button)
        layout.addSpacing(6)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Welcome to famdesk"))
        self.heading.setText(self.tr("Welcome to famdesk"))
        self.intro.setText(self.tr("There is no famdesk database here yet:"))
        self.demo_button.setText(self.tr("Create a demo database (fictitious families)"))
        self.empty_button.setText(self.tr("Create an empty database"))
        self.open_button.setText(self.tr("Open another file…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.path = self.default_path
        self.accept()

    def _open_other(self) -> None:
        picked, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a famdesk database"),
            str(self.default_path.parent),
            self.tr("famdesk databases (*.db *.famdesk);;All files (*)"),
        )
        if picked:
            self.choice = CHOICE_OPEN
            self.path = Path(picked)
            self.accept()


def _create_demo(store: Store, seed: int, progress: Callable[[int, int], None]) -> Any:
    from famdesk.core.demo import create_demo  # built alongside; imported when used

    return create_demo(
        store,
        families=DEMO_FAMILIES,
        sessions_per_family=DEMO_SESSIONS_PER_FAMILY,
        seed=seed,
        progress=progress,
    )


class DemoProgressDialog(QDialog):
    """Fills ``store`` with fictitious families off the GUI thread.

    Call ``start()`` then ``exec()``; Accepted when the demo data are in.
    """

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        seed: int | None = None,
        demo_fn: Callable[..., Any] = _create_demo,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.seed = seed if seed is not None else random.randrange(1, 2**31)
        self.error: BaseException | None = None
        self._demo_fn = demo_fn
        self._task: Task | None = None
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.setMinimumWidth(420)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Creating demo database"))
        self.label.setText(self.tr("Creating fictitious families, plans and sessions…"))

    def start(self) -> None:
        self._task = run_task(
            self._demo_fn,
            self.store,
            self.seed,
            on_progress=self._progress,
            on_finished=self._done,
            on_failed=self._failed,
        )

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def _done(self, _result: Any) -> None:
        self._task = None
        self.accept()

    def _failed(self, message: str) -> None:
        task, self._task = self._task, None
        self.error = task.exception if task is not None else None
        QMessageBox.critical(
            self,
            self.tr("Demo database"),
            self.tr("The demo data could not be created: %1").replace("%1", message),
        )
        super().reject()

    def reject(self) -> None:
        if self._task is not None:
            return  # the worker is writing; let it finish
        super().reject()
