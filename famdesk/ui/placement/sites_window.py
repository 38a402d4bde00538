"""Tools → Placement sites…: the register of foster families, institutions and other sites.

The register is shared by all families (and a team): a site is entered once and
then offered as a candidate in every child's placement match. The window lists
the sites, finds them as the worker types (name, type, address, competences),
and adds or edits one in ``SiteDialog``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from famdesk.core.errors import CoreError
from famdesk.core.placement import sites
from famdesk.core.placement.sites import SiteData
from famdesk.core.storage import Store
from famdesk.ui.common import words
from famdesk.ui.common.form_support import ErrorLabel
from famdesk.ui.common.record_table import accepted, record_table
from famdesk.ui.common.screen_fit import fitted_size
from famdesk.ui.common.tool_window import ToolWindowLauncher
from famdesk.ui.placement.match_tables import ScoreDelegate
from famdesk.ui.placement.site_dialog import SiteDialog
from famdesk.ui.shell.host import WindowHost

_Index = QModelIndex | QPersistentModelIndex
# Typing waits this long for the next key before the register is searched again.
SEARCH_DELAY_MS = 200


def find_sites(store: Store, text: str) -> list[SiteData]:
    """Sites whose name, address, type or competences contain ``text``, in name order.

    One search line for the worker; core searches each of them
    (``core.placement.search_sites``), and the hits are put together here.
    """
    needle = text.strip()
    if not needle:
        return sites.list_sites(store)
    found = {s.uid: s for s in sites.search_sites(store, needle)}
    found.update({s.uid: s for s in sites.search_sites(store, competence=needle)})
    folded = needle.casefold()
    for label, kind in words.choices("placement_type"):
        if folded in label.casefold():
            found.update({s.uid: s for s in sites.search_sites(store, type=kind)})
    return sorted(found.values(), key=lambda s: (s.name.casefold(), s.uid or ""))


def one_line(text: str) -> str:
    """A multi-line text (an address, competences) on one table line."""
    return ", ".join(part.strip() for part in text.splitlines() if part.strip())


class SitesModel(QAbstractTableModel):
    """Rows: name, type, address, capacity, competences, matches naming it.

    The phone and the e-mail are the name's tooltip (and the form's): eight columns did
    not fit a laptop's width without cutting words.
    """

    NAME, TYPE, ADDRESS, CAPACITY, COMPETENCES, MATCHES = range(6)
    COLUMNS = 6

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[SiteData] = []

    def set_rows(self, rows: list[SiteData]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def at(self, row: int) -> SiteData | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, uid: str | None) -> int | None:
        return next((i for i, s in enumerate(self._rows) if s.uid == uid), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Name"),
            self.tr("Type"),
            self.tr("Address"),
            self.tr("Capacity"),
            self.tr("Competences"),
            self.tr("Matches"),
        ][section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        site = self.at(index.row())
        if site is None or not index.isValid():
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return [
                site.name,
                words.label("placement_type", site.type),
                one_line(site.address),  # wrapped by the table where it is long
                "" if site.capacity is None else str(site.capacity),
                one_line(site.competences),
                str(site.match_count),
            ][col]
        if role == Qt.ItemDataRole.ToolTipRole and col in (self.ADDRESS, self.COMPETENCES):
            return site.address if col == self.ADDRESS else site.competences
        if role == Qt.ItemDataRole.ToolTipRole and col == self.NAME:
            return " · ".join(x for x in (site.phone, site.email) if x) or None
        if role == Qt.ItemDataRole.ToolTipRole and col == self.MATCHES:
            return self.tr("How many children's matches name the site")
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.CAPACITY, self.MATCHES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return site.uid
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 1))


# The columns whose text wraps in its cell, sharing the room the others leave.
WRAPPED_COLUMNS = (SitesModel.ADDRESS, SitesModel.COMPETENCES)


class PlacementSitesWindow(QDialog):
    """The register: a search line, the sites, Add and Edit (Enter)."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placementSitesWindow")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.store = store
        self.model = SitesModel(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search_label = QLabel(self)
        self.search_label.setBuddy(self.search)
        self.table = record_table(
            self.model,
            self,
            on_open=self.edit_site,
            on_delete=self.delete_site,
            on_current_changed=self._update_buttons,
        )
        # An address or a site's competences wrap in their cell rather than being cut.
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in WRAPPED_COLUMNS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegate(ScoreDelegate(self.table))  # rows of wrapped text stand apart
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.model.modelReset.connect(self.table.resizeRowsToContents)
        self.add_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.error = ErrorLabel(self)
        for button in (self.add_button, self.edit_button, self.delete_button, self.close_button):
            button.setAutoDefault(False)  # Enter in the search line searches, it opens nothing
        self.add_button.clicked.connect(self.add_site)
        self.edit_button.clicked.connect(self.edit_site)
        self.delete_button.clicked.connect(self.delete_site)
        self.close_button.clicked.connect(self.close)
        self.count = QLabel(self)
        self.count.setObjectName("hint")
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.refresh)

        top = QHBoxLayout()
        top.addWidget(self.search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)

        self.retranslate_ui()
        self.resize(fitted_size(self, 1320, 600))
        self.refresh()
        self.search.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Placement sites"))
        self.search_label.setText(self.tr("&Find:"))
        self.search.setPlaceholderText(self.tr("Name, type, address or competences"))
        self.search.setAccessibleName(self.tr("Find a placement site"))
        self.table.setAccessibleName(self.tr("Placement sites"))
        self.add_button.setText(self.tr("&Add site…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the selected site (Enter)"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.delete_button.setToolTip(
            self.tr("Delete the selected site (Del); a site a match names stays")
        )
        self.close_button.setText(self.tr("Close"))
        self.hint.setText(
            self.tr(
                "Foster families, network foster families, residential institutions, "
                "socio-educational homes and own-room arrangements, shared by all families. "
                "A child's placement match chooses its candidates from here."
            )
        )
        self.model.retranslate()
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- the list ------------------------------------------------------------------------

    def refresh(self, select_uid: str | None = None) -> None:
        """Search the register again for what is typed, keeping the site chosen."""
        self._timer.stop()
        keep = select_uid or self.selected_uid()
        self.model.set_rows(find_sites(self.store, self.search.text()))
        row = self.model.row_of(keep)
        if row is None and self.model.rowCount() > 0:
            row = 0
        if row is not None:
            self.table.selectRow(row)
        self._show_count()
        self._update_buttons()

    def _show_count(self) -> None:
        self.count.setText(self.tr("%n site(s)", "", self.model.rowCount()))

    def selected(self) -> SiteData | None:
        index = self.table.currentIndex()
        return self.model.at(index.row()) if index.isValid() else None

    def selected_uid(self) -> str | None:
        site = self.selected()
        return site.uid if site is not None else None

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.selected() is not None)
        self.delete_button.setEnabled(self.selected() is not None)
        self.error.show_message("")

    # --- add and edit ----------------------------------------------------------------------

    def add_site(self) -> str | None:
        dialog = SiteDialog(self.store, None, self)
        if not accepted(dialog):
            return None
        uid = dialog.site_uid
        if uid is not None and self.model.row_of(uid) is None and self.search.text():
            self.search.clear()  # the new site may not match what was typed: show it
        self.refresh(uid)
        self.table.setFocus()
        return uid

    def edit_site(self) -> bool:
        site = self.selected()
        if site is None or site.uid is None:
            return False
        if not accepted(SiteDialog(self.store, site.uid, self)):
            return False
        self.refresh(site.uid)
        self.table.setFocus()
        return True

    def delete_site(self) -> bool:
        """Delete the selected site after asking; core refuses one that a match names."""
        site = self.selected()
        if site is None or site.uid is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Delete placement site"),
            self.tr("Delete %1 from the register? This cannot be undone.").replace("%1", site.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            sites.delete_site(self.store, site.uid)
        except CoreError as exc:
            self.error.show_error(exc)
            return False
        self.refresh()
        return True


class PlacementSitesTool(ToolWindowLauncher[PlacementSitesWindow]):
    """Tools → Placement sites…: one register window per main window, raised when open again."""

    window_class = PlacementSitesWindow

    def __init__(self, window: QMainWindow, store: Store) -> None:
        super().__init__(window, store, "placementSitesTool")
        self.action.setObjectName("placementSitesAction")

    def retranslate_ui(self) -> None:
        self.action.setText(self.tr("&Placement sites…"))
        self.action.setStatusTip(
            self.tr("The register of foster families, institutions and other placement sites")
        )


def install_placement_sites(host: WindowHost) -> PlacementSitesTool:
    """Add Tools → Placement sites… to the main window."""
    tool = PlacementSitesTool(host.window_widget(), host.store)
    host.add_tool_action(tool.action, separated=True)
    return tool
