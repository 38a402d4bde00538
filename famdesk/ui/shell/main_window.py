"""The main window: the families list on the left, the chosen family on the right.

A view in the TagStudio sense: it lays out widgets and wires their signals
to small handlers; the rules and queries live in ``famdesk.core`` (the list
through ``caseload``, the family itself in ``FamilyView``). Every text is set
in ``retranslate_ui`` so a language switch takes effect at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from famdesk import __version__
from famdesk.core import caseload, team
from famdesk.core.storage import Store
from famdesk.ui.common import messages, words
from famdesk.ui.common.screen_fit import fitted_size
from famdesk.ui.dashboard.dashboard_view import install_dashboard
from famdesk.ui.families.families_model import (
    COL_NAME,
    COL_NEXT_REVIEW,
    COL_REFERENCE,
    COL_SETTING,
    COL_STATUS,
    UID_ROLE,
    FamiliesModel,
)
from famdesk.ui.families.family_view import PRINT_PLAN, PRINT_SESSION_LOG, FamilyView
from famdesk.ui.families.handover import install_handover
from famdesk.ui.outcomes.caseload_outcomes_window import install_caseload_outcomes
from famdesk.ui.outcomes.placement_stability_window import install_placement_stability
from famdesk.ui.placement.sites_window import install_placement_sites
from famdesk.ui.safety.safety_features import install_safety_features
from famdesk.ui.sessions.log_session import install_log_session
from famdesk.ui.sessions.session_tools import install_session_tools
from famdesk.ui.shell import i18n
from famdesk.ui.shell.guide_window import GuideWindow
from famdesk.ui.shell.host import WindowHost
from famdesk.vocabulary import FAMILY_STATUSES, SETTINGS

SEARCH_DEBOUNCE_MS = 200
GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
SPLITTER_KEY = "main_window/splitter"

# Each feature installs itself through the ``WindowHost`` interface, in this
# order (it is the order of their entries in the Tools menu and the toolbar).
FEATURES: tuple[Callable[[WindowHost], object], ...] = (
    install_dashboard,
    install_safety_features,
    install_caseload_outcomes,
    install_placement_stability,
    install_log_session,
    install_handover,
    install_session_tools,
    install_placement_sites,
)


class MainWindow(QMainWindow):
    """famdesk's one main window over an open store."""

    # Emitted once the families list shows its first page (rows shown).
    listReady = Signal(int)
    # Emitted on close once unsaved changes are settled, before the store is closed.
    closing = Signal()
    # Emitted when another family (or none, ``None``) is shown on the right.
    familyShown = Signal(object)  # noqa: N815 - Qt signal naming

    def __init__(
        self,
        store: Store,
        switcher: i18n.LanguageSwitcher | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        app = QApplication.instance()
        assert app is not None
        self.switcher = switcher or i18n.LanguageSwitcher(app)
        self._current_uid: str | None = None
        self._feature_toolbar_actions: list[QAction] = []
        self._banners: list[QToolBar] = []
        self._restoring_selection = False
        self.setObjectName("MainWindow")

        # --- left: search and the families list -----------------------------
        self.search = QLineEdit()
        self.search.setObjectName("searchField")
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())

        self.model = FamiliesModel(store, parent=self)
        self.table = QTableView()
        self.table.setObjectName("familiesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Reference, status and review are as wide as their contents (the list is paged, so
        # this measures the rows loaded, not the whole caseload); the name takes the rest,
        # and the setting shows only where it fits whole (see _fit_name_column).
        for col in (COL_REFERENCE, COL_STATUS, COL_NEXT_REVIEW):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_SETTING, QHeaderView.ResizeMode.Interactive)
        self.table.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_label)

        self.list_title = QLabel()
        self.list_title.setObjectName("paneTitle")
        left = QFrame()
        left.setObjectName("listPane")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(12, 12, 6, 12)
        left_layout.setSpacing(8)
        left_layout.addWidget(self.list_title)
        left_layout.addWidget(self.search)
        left_layout.addLayout(self._build_list_filters())
        left_layout.addWidget(self.list_stack, 1)

        # --- right: the chosen family (its tabs, editing, audit of the read) ---------
        self.family_view = FamilyView(store)
        self.family_view.familyChanged.connect(self._family_saved)
        self.family_view.familyDeleted.connect(self._family_deleted)
        self.family_view.printTargetChanged.connect(lambda _t: self._update_print_action())

        right = QFrame()
        right.setObjectName("detailPane")
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 12, 12, 12)
        # The family, or (while none is shown) the start view a feature sets: the dashboard.
        self.right_stack = QStackedWidget()
        self.right_stack.addWidget(self.family_view)
        self._start_view: QWidget | None = None
        right_layout.addWidget(self.right_stack)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([580, 786])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        # --- status bar ---------------------------------------------------------
        self.path_label = QLabel(store.target.describe())
        self.signed_in = team.signed_in(store)
        self.path_label.setObjectName("statusPath")
        self.count_label = QLabel()
        self.count_label.setObjectName("statusCount")
        self.statusBar().addWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.count_label)

        self._build_actions()
        self._build_menus()
        self.model.modelReset.connect(self._update_counts)
        self.model.pageLoaded.connect(lambda _loaded, _total: self._update_counts())
        self.model.pageLoaded.connect(lambda _loaded, _total: self._fit_name_column())
        self.model.modelReset.connect(self._fit_name_column)
        self.model.pageLoaded.connect(lambda loaded, _total: self.listReady.emit(loaded))
        self.retranslate_ui()
        self.model.reload()

        # --- the features, each through the WindowHost interface -----------------
        for install in FEATURES:
            install(self)

        self._build_toolbar()
        # Last, once every toolbar exists: geometry, toolbar state, splitter.
        self.restore_settings()

    # --- actions and menus ---------------------------------------------------------

    def _build_actions(self) -> None:
        self.new_family_action = QAction(self)
        self.new_family_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_family_action.triggered.connect(self.new_family)
        self.print_action = QAction(self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setEnabled(False)  # enabled while a saved family is shown
        self.print_action.triggered.connect(self.print_current)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        self.save_action = QAction(self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save)
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)

        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)

        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        current = i18n.language_setting()
        for choice in i18n.LANGUAGE_CHOICES:
            action = QAction(self)
            action.setCheckable(True)
            action.setChecked(choice == current)
            action.setData(choice)
            action.triggered.connect(lambda _checked=False, c=choice: self.set_language(c))
            self.language_group.addAction(action)
            self.language_actions[choice] = action

        self.guide_action = QAction(self)
        self.guide_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.guide_action.triggered.connect(self.show_guide)
        # F1 wherever the focus is: in this window and in its tool windows (unfinished
        # notes, agenda, search); a modal dialog still keeps its keys to itself.
        self.guide_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.addAction(self.guide_action)
        self._guide: GuideWindow | None = None
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.new_family_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.print_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.save_action)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.view_menu = bar.addMenu("")
        self._view_actions_end = self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.addActions(list(self.language_actions.values()))
        # Backups, audit log and the like add their actions here.
        self.tools_menu: QMenu = bar.addMenu("")
        self.tools_menu.menuAction().setVisible(False)
        self.tools_menu.aboutToShow.connect(self._sync_tools_menu)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.guide_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        """The everyday commands one click away, with their shortcuts in the tooltips."""
        style = self.style()
        icon = QStyle.StandardPixmap
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.new_family_action.setIcon(style.standardIcon(icon.SP_FileIcon))
        self.save_action.setIcon(style.standardIcon(icon.SP_DialogSaveButton))
        self.print_action.setIcon(style.standardIcon(icon.SP_FileDialogContentsView))
        self.toolbar.addAction(self.new_family_action)
        self.toolbar.addAction(self.save_action)
        self.toolbar.addSeparator()
        for action in self._feature_toolbar_actions:
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.print_action)
        # The toolbar sits on its own row above any banner (e.g. backup warnings).
        if self._banners:
            self.insertToolBar(self._banners[0], self.toolbar)
            self.insertToolBarBreak(self._banners[0])
        else:
            self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self._retranslate_toolbar()

    def _retranslate_toolbar(self) -> None:
        if getattr(self, "toolbar", None) is None:
            return
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        for action in self.toolbar.actions():
            if action.isSeparator() or action is self.print_action:
                continue  # Print names what it prints (_update_print_action)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            text = action.text().replace("&", "").rstrip("…")
            action.setToolTip(f"{text} ({keys})" if keys else text)

    def _build_list_filters(self) -> QVBoxLayout:
        """Status, setting and 'overdue reviews only' above the families list."""
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.setting_filter = QComboBox()
        self.setting_filter.setObjectName("settingFilter")
        for combo in (self.status_filter, self.setting_filter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(3)
            combo.currentIndexChanged.connect(self.apply_list_filters)
        self.overdue_filter = QCheckBox()
        self.overdue_filter.setObjectName("overdueFilter")
        self.overdue_filter.toggled.connect(self.apply_list_filters)
        combos = QHBoxLayout()
        combos.setSpacing(6)
        combos.addWidget(self.status_filter, 1)
        combos.addWidget(self.setting_filter, 1)
        column = QVBoxLayout()
        column.setSpacing(4)
        column.addLayout(combos)
        column.addWidget(self.overdue_filter)
        return column

    def _fill_list_filters(self) -> None:
        """(Re)fill the filter combos in the current language, keeping the choice."""
        for combo, values, everything, kind in (
            (self.status_filter, FAMILY_STATUSES, self.tr("All statuses"), "family_status"),
            (self.setting_filter, SETTINGS, self.tr("All settings"), "setting"),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for value in values:
                combo.addItem(words.label(kind, value), value)
            index = combo.findData(chosen) if chosen else 0
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.setting_filter.setAccessibleName(self.tr("Filter by setting"))
        self.overdue_filter.setText(self.tr("Overdue reviews"))
        self.overdue_filter.setToolTip(self.tr("Only families whose plan review date has passed"))

    def apply_list_filters(self) -> None:
        self.model.set_criteria(
            status=self.status_filter.currentData() or None,
            setting=self.setting_filter.currentData() or None,
            overdue_only=self.overdue_filter.isChecked(),
        )
        self._reselect_current()
        self._update_counts()

    def add_tool_action(self, action: QAction, *, separated: bool = False) -> None:
        """Put an action in the Tools menu (which shows once it has one)."""
        if separated:
            self.tools_menu.addSeparator()
        self.tools_menu.addAction(action)
        self._sync_tools_menu()

    def _sync_tools_menu(self) -> None:
        self.tools_menu.menuAction().setVisible(not self.tools_menu.isEmpty())

    # --- language ---------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _signed_in_text(self, who: team.SignedIn) -> str:
        """Whose data and which server: 'Team database famdesk on db1 — maria (team lead)'."""
        standing = {
            "lead": self.tr("team lead"),
            "worker": self.tr("worker"),
            "admin": self.tr("database administrator"),
        }.get(who.standing or "", self.tr("not on the team"))
        return (
            self.tr("Team database %1 on %2 — signed in as %3 (%4)")
            .replace("%1", who.database)
            .replace("%2", who.server)
            .replace("%3", who.role)
            .replace("%4", standing)
        )

    def retranslate_ui(self) -> None:
        # Qt adds " — famdesk" (the application's display name) itself.
        self.setWindowTitle(self.tr("Family treatment"))
        self.list_title.setText(self.tr("Families"))
        self.search.setPlaceholderText(self.tr("Search reference or name (Ctrl+F)"))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.new_family_action.setText(self.tr("&New family"))
        self._update_print_action()
        self.quit_action.setText(self.tr("&Quit"))
        self.save_action.setText(self.tr("&Save"))
        self.undo_action.setText(self.tr("&Undo"))
        self.find_action.setText(self.tr("&Find family"))
        self.language_actions["system"].setText(self.tr("&System language"))
        # Language names are written in their own language, as is customary.
        self.language_actions["da"].setText("&Dansk")
        self.language_actions["en"].setText("&English")
        self.guide_action.setText(self.tr("&Guide"))
        self.guide_action.setStatusTip(
            self.tr("How to do the everyday work: a family, a plan, a session, a concern, printing")
        )
        self.about_action.setText(self.tr("&About famdesk"))
        self.path_label.setToolTip(self.tr("The open database"))
        if self.signed_in is not None:
            self.path_label.setText(self._signed_in_text(self.signed_in))
        self.model.retranslate()
        self._fill_list_filters()
        self._update_counts()
        self._retranslate_toolbar()

    def set_language(self, choice: str) -> None:
        """Switch the interface language now and remember the choice."""
        i18n.save_language_setting(choice)
        self.language_actions[choice].setChecked(True)
        self.switcher.apply(i18n.resolve_language(choice))

    # --- the list ------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def apply_search(self) -> None:
        """Filter the list now (the search field calls this after a pause in typing)."""
        self._search_timer.stop()
        text = self.search.text().strip()
        if text == self.model.filter_text:
            return
        self.model.set_filter(text)
        if text:
            caseload.record_list_search(self.store, text, self.model.total)
        self._reselect_current()

    def _reselect_current(self) -> None:
        if self._current_uid is None:
            return
        row = self.model.row_of(self._current_uid)
        if row is None:
            return
        self._restoring_selection = True
        try:
            self.table.selectRow(row)
        finally:
            self._restoring_selection = False

    def _fit_name_column(self) -> None:
        """Every name whole; the setting beside it only when it fits whole too.

        Elided names ("Familien Sk…") cannot be told apart, and an elided setting
        ("Familiebe…") says nothing; the setting is in the family's header and a filter.
        """
        header = self.table.horizontalHeader()
        # The delegate's own measure (the style sheet's padding included) over the rows loaded.
        name = max(self.table.sizeHintForColumn(COL_NAME), header.sectionSizeHint(COL_NAME))
        setting = max(
            self.table.sizeHintForColumn(COL_SETTING), header.sectionSizeHint(COL_SETTING)
        )
        others = sum(
            header.sectionSize(col) for col in (COL_REFERENCE, COL_STATUS, COL_NEXT_REVIEW)
        )
        room = self.table.viewport().width() - others
        show_setting = room >= name + setting
        header.setSectionHidden(COL_SETTING, not show_setting)
        if show_setting:
            header.resizeSection(COL_SETTING, setting)
        header.resizeSection(COL_NAME, max(name, room - (setting if show_setting else 0)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.table and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self._fit_name_column)
        return super().eventFilter(watched, event)

    def _update_counts(self) -> None:
        total = self.model.total
        narrowed = any(self.model.criteria.values())
        if self.model.filter_text or narrowed:
            text = self.tr("%n family(s) match", "", total)
        else:
            text = self.tr("%n family(s)", "", total)
        self.count_label.setText(text)
        if total:
            self.list_stack.setCurrentWidget(self.table)
        else:
            if narrowed and not self.model.filter_text:
                self.empty_label.setText(self.tr("No family matches the chosen filters."))
            elif self.model.filter_text:
                self.empty_label.setText(
                    self.tr("No family matches “%1”.").replace("%1", self.model.filter_text)
                )
            else:
                self.empty_label.setText(
                    self.tr("No families yet — press Ctrl+N to add the first one.")
                )
            self.list_stack.setCurrentWidget(self.empty_label)

    def current_family_uid(self) -> str | None:
        return self._current_uid

    def select_family(self, uid: str) -> bool:
        """Select a family in the list (fetching pages until it is found)."""
        row = self.model.row_of(uid)
        while row is None and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
            row = self.model.row_of(uid)
        if row is None:
            return False
        self.table.selectRow(row)
        return self._current_uid == uid

    def _current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._restoring_selection:
            return
        uid = current.data(UID_ROLE) if current.isValid() else None
        if uid == self._current_uid:
            return
        if not self.confirm_leave_family():
            self._restoring_selection = True
            try:
                if previous.isValid():
                    self.table.selectionModel().setCurrentIndex(
                        previous,
                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )
            finally:
                self._restoring_selection = False
            return
        self.show_family(uid)

    def print_current(self) -> None:
        """Ctrl+P: the family view prints what fits its current tab."""
        if self.family_view.can_print():
            self.family_view.print_current()

    def _update_print_action(self) -> None:
        """Ctrl+P says what it will print: its text, tooltip and status tip follow the tab."""
        action = self.print_action
        action.setEnabled(self.family_view.can_print())
        if not self.family_view.family_uid:
            text = self.tr("&Print…")
            tip = self.tr(
                "Choose a family first: then print its plan, session log or status report"
            )
        elif self.family_view.print_target() == PRINT_PLAN:
            text = self.tr("&Print plan…")
            tip = self.tr(
                "Preview the plan shown, for the parents to sign; print it or save it as PDF"
            )
        elif self.family_view.print_target() == PRINT_SESSION_LOG:
            text = self.tr("&Print session log…")
            tip = self.tr(
                "Choose a period, then preview the family's session log; print it or save it as PDF"
            )
        else:
            text = self.tr("&Print status report…")
            tip = self.tr(
                "Write the status report for the municipal caseworker, preview it; "
                "print it or save it as PDF"
            )
        action.setText(text)
        action.setStatusTip(tip)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({keys})\n{tip}")

    def show_family(self, uid: str | None) -> None:
        """Show a family on the right; the family view writes the read to the audit log."""
        self._set_current(uid)
        self.family_view.show_family(uid)
        self._update_print_action()
        self._sync_right_pane()

    def _sync_right_pane(self) -> None:
        """The family view while it shows a family; the start view (if any) otherwise."""
        if self._start_view is not None and not self.family_view.is_showing_family():
            self.right_stack.setCurrentWidget(self._start_view)
        else:
            self.right_stack.setCurrentWidget(self.family_view)

    def _set_current(self, uid: str | None) -> None:
        changed = uid != self._current_uid
        self._current_uid = uid
        if changed:
            self.familyShown.emit(uid)

    def confirm_leave_family(self) -> bool:
        """Ask about unsaved changes; True if it is all right to move on."""
        view = self.family_view
        if not view.has_unsaved_changes():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The family has changes that are not saved. Save them?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return bool(view.save())
        if answer == QMessageBox.StandardButton.Discard:
            view.discard()
            return True
        return False

    def _family_deleted(self, uid: str) -> None:
        if uid == self._current_uid:
            self._set_current(None)
        self._update_print_action()
        self.model.reload()
        self._sync_right_pane()

    def _family_saved(self, uid: str) -> None:
        self._set_current(uid)
        self._update_print_action()
        self.model.refresh_family(uid)
        self._reselect_current()
        self._update_counts()

    # --- commands -----------------------------------------------------------------------

    def new_family(self) -> None:
        if not self.confirm_leave_family():
            return
        self.table.clearSelection()
        self.family_view.new_family()
        self._update_print_action()
        self._sync_right_pane()

    def save(self) -> None:
        self.family_view.save()

    def undo(self) -> None:
        """Undo in whatever text field has the focus."""
        widget = QApplication.focusWidget()
        undo = getattr(widget, "undo", None)
        if callable(undo):
            undo()

    def show_guide(self) -> GuideWindow:
        """Help → Guide (F1): the short guide, beside the window; one at a time."""
        if self._guide is None:
            self._guide = GuideWindow(self)
            self._guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            self._guide.destroyed.connect(lambda _o=None: setattr(self, "_guide", None))
        self._guide.show()
        self._guide.raise_()
        self._guide.activateWindow()
        return self._guide

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About famdesk"),
            self.tr(
                "famdesk %1\n\nCase support for family-treatment workers: parent action "
                "plans, contact logs, outcomes and reports, encrypted on this computer."
            ).replace("%1", __version__),
        )

    # --- what features ask of the window (famdesk.ui.shell.host.WindowHost) -----------------

    def window_widget(self) -> QMainWindow:
        return self

    def current_family_reference(self) -> str:
        if self._current_uid is None:
            return ""
        row = self.model.row_of(self._current_uid)
        family = self.model.family_at(row) if row is not None else None
        return family.reference if family is not None else ""

    def reveal_family(self, family_uid: str) -> bool:
        if self._current_uid == family_uid:
            ok = True
        else:
            ok = self.select_family(family_uid)
            if not ok and self._current_uid != family_uid and self.search.text():
                self.search.clear()  # a list filter hides it
                self.apply_search()
                ok = self.select_family(family_uid)
        if ok:
            self.show()
            self.raise_()
            self.activateWindow()
        else:
            self.show_message(self.tr("The family could not be shown."), 8000)
        return ok

    def open_session(self, session_uid: str, family_uid: str) -> bool:
        if not self.reveal_family(family_uid):
            return False
        self.family_view.show_session(session_uid)
        return True

    def open_plan(self, plan_uid: str, family_uid: str) -> bool:
        if not self.reveal_family(family_uid):
            return False
        self.family_view.show_plan(plan_uid)
        return True

    def show_start_view(self) -> bool:
        if not self.family_view.is_showing_family():
            self._sync_right_pane()
            return True
        if not self.confirm_leave_family():
            return False
        self._restoring_selection = True
        try:
            self.table.clearSelection()
            self.table.selectionModel().clearCurrentIndex()
        finally:
            self._restoring_selection = False
        self.show_family(None)
        return True

    def set_start_view(self, widget: QWidget) -> None:
        if self._start_view is not None:
            self.right_stack.removeWidget(self._start_view)
        self._start_view = widget
        self.right_stack.addWidget(widget)
        self._sync_right_pane()

    def add_view_action(self, action: QAction) -> None:
        self.view_menu.insertAction(self._view_actions_end, action)

    def session_saved(self, family_uid: str, session_uid: str) -> None:
        if self.family_view.family_uid == family_uid:
            self.family_view.sessions_tab.refresh(session_uid)

    def reload_families(self) -> None:
        self.show_family(None)
        self.table.clearSelection()
        self.model.reload()

    def when_family_changed(self, slot: Callable[[str | None], object]) -> None:
        self.familyShown.connect(slot)

    def when_closing(self, slot: Callable[[], object]) -> None:
        self.closing.connect(slot)

    def add_menu(self, menu: QMenu) -> None:
        self.menuBar().insertMenu(self.tools_menu.menuAction(), menu)

    def add_file_action(self, action: QAction) -> None:
        actions = self.file_menu.actions()
        after = actions[actions.index(self.new_family_action) + 1]
        self.file_menu.insertAction(after, action)

    def add_toolbar_action(self, action: QAction) -> None:
        self._feature_toolbar_actions.append(action)

    def add_status_widget(self, widget: QWidget) -> None:
        self.statusBar().addPermanentWidget(widget)

    def add_banner(self, banner: QToolBar) -> None:
        self._banners.append(banner)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, banner)

    def show_message(self, text: str, timeout_ms: int) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    # --- settings and closing -------------------------------------------------------------

    def restore_settings(self) -> None:
        s = i18n.settings()
        geometry = s.value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(fitted_size(self, 1366, 800))
        state = s.value(STATE_KEY)
        if state is not None:
            self.restoreState(state)
        splitter = s.value(SPLITTER_KEY)
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_settings(self) -> None:
        s = i18n.settings()
        s.setValue(GEOMETRY_KEY, self.saveGeometry())
        s.setValue(STATE_KEY, self.saveState())
        s.setValue(SPLITTER_KEY, self.splitter.saveState())
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_leave_family():
            event.ignore()
            return
        self.save_settings()
        self.closing.emit()  # the backup on close runs here, with progress
        event.accept()


def error_box(parent: QWidget | None, exc: BaseException) -> None:
    """Tell the user about a store error in their language (no traceback)."""
    QMessageBox.critical(parent, messages.store_error_title(), messages.store_error_text(exc))
