"""The match's two tables: the candidate sites side by side, and the first year's follow-ups.

A 0–10 score (a site's fit, a follow-up's stability) is drawn as a bar with its
number, so a worker sees at a glance which site fits best and whether the
placement is settling. The tables show the match being edited, not the store:
the match window saves them with the rest of the match.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView

from famdesk.core.placement.matches import CandidateData, FollowUpData
from famdesk.core.placement.sites import SiteData
from famdesk.ui.common import words
from famdesk.ui.common.form_support import format_date
from famdesk.vocabulary import SCALE_MAX

_Index = QModelIndex | QPersistentModelIndex
# The role under which a column hands the delegate its 0–10 score (None: no score).
SCORE_ROLE = Qt.ItemDataRole.UserRole + 1

# Pixels added to a row's height, so that rows of wrapped text stand apart.
ROW_PADDING = 10
# The horizontal padding of a table's item in resources/styles/famdesk.qss.
ITEM_PADDING = 6
BAR_FILLED = QColor("#1f4e79")
BAR_EMPTY = QColor("#dde4ec")


class ScoreDelegate(QStyledItemDelegate):
    """Paints a 0–10 score as its number and a bar of ten steps."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        score = index.data(SCORE_ROLE)
        if score is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect: QRect = option.rect.adjusted(6, 0, -6, 0)
        fm = option.fontMetrics
        number = str(score)
        number_width = fm.horizontalAdvance("10") + 6
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setPen(
            option.palette.color(
                QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            )
        )
        painter.drawText(
            QRect(rect.left(), rect.top(), number_width, rect.height()),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            number,
        )
        step = max(4, min(9, (rect.width() - number_width - 8) // SCALE_MAX))
        height = min(step, max(6, fm.height() - 6))
        left = rect.left() + number_width + 6
        top = rect.top() + (rect.height() - height) // 2
        for i in range(SCALE_MAX):
            painter.fillRect(
                QRect(left + i * step, top, step - 2, height),
                BAR_FILLED if i < int(score) else BAR_EMPTY,
            )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        view = self.parent()
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if isinstance(view, QTableView) and isinstance(text, str) and text:
            # Qt wraps the text at the column's width for the height, but paints it
            # inside the style sheet's item padding (6 px a side) and the text margins:
            # wrapped at the narrower width it may need a line more than Qt counted.
            width = view.columnWidth(index.column()) - 2 * ITEM_PADDING - 8
            lines = option.fontMetrics.boundingRect(
                QRect(0, 0, max(width, 20), 100_000), int(Qt.TextFlag.TextWordWrap), text
            )
            hint.setHeight(max(hint.height(), lines.height() + 4))
        hint.setHeight(hint.height() + ROW_PADDING)  # wrapped lines need air between rows
        if index.data(SCORE_ROLE) is None:
            return hint
        width = option.fontMetrics.horizontalAdvance("10") + 6 + 6 + SCALE_MAX * 8 + 12
        return QSize(max(hint.width(), width), hint.height())


@dataclass(frozen=True)
class CandidateRow:
    """A candidate with its site as the register has it (its competences, its capacity)."""

    candidate: CandidateData
    site: SiteData

    @property
    def fit(self) -> int:
        return self.candidate.fit if self.candidate.fit is not None else 0

    @property
    def assessment(self) -> str:
        return self.candidate.assessment


class CandidatesModel(QAbstractTableModel):
    """One row per candidate site: site, type, fit (0–10), assessment, the site's competences."""

    SITE, TYPE, FIT, ASSESSMENT, COMPETENCES = range(5)
    COLUMNS = 5

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CandidateRow] = []
        self.chosen_uid: str | None = None

    def set_rows(self, rows: list[CandidateRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[CandidateRow]:
        return list(self._rows)

    def at(self, row: int) -> CandidateRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, site_uid: str | None) -> int | None:
        return next((i for i, c in enumerate(self._rows) if c.candidate.site_uid == site_uid), None)

    def set_chosen(self, site_uid: str | None) -> None:
        """Mark the chosen site (bold, ✓) as the decision names it."""
        self.chosen_uid = site_uid
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Site"),
                self.tr("Type"),
                self.tr("Fit (0–10)"),
                self.tr("Assessment"),
                self.tr("The site's competences"),
            ][section]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.FIT:
            return self.tr("How well the site meets the child's needs: 0 not at all, 10 fully")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        c = self.at(index.row())
        if c is None or not index.isValid():
            return None
        col = index.column()
        chosen = c.candidate.site_uid == self.chosen_uid
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == self.SITE:
                return f"✓ {c.site.name}" if chosen else c.site.name
            if col == self.TYPE:
                return words.label("placement_type", c.site.type)
            if col == self.FIT:
                return str(c.fit)
            if col == self.ASSESSMENT:
                return c.assessment
            return c.site.competences
        if role == SCORE_ROLE and col == self.FIT:
            return c.fit
        if role == Qt.ItemDataRole.FontRole and col == self.SITE and chosen:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.SITE and chosen:
                return self.tr("The chosen site")
            if col in (self.ASSESSMENT, self.COMPETENCES):
                return c.assessment if col == self.ASSESSMENT else c.site.competences
        if role == Qt.ItemDataRole.UserRole:
            return c.candidate.uid
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 1))


class FollowUpsModel(QAbstractTableModel):
    """The first year's follow-ups, in date order: date, status, stability (0–10), notes."""

    DATE, STATUS, STABILITY, NOTES = range(4)
    COLUMNS = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[FollowUpData] = []

    def set_rows(self, rows: list[FollowUpData]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda f: f.date)  # core keeps them so too
        self.endResetModel()

    def rows(self) -> list[FollowUpData]:
        return list(self._rows)

    def at(self, row: int) -> FollowUpData | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Date"),
                self.tr("Status"),
                self.tr("Stability (0–10)"),
                self.tr("Notes"),
            ][section]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.STABILITY:
            return self.tr("How settled the placement is: 0 at risk, 10 settled")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        f = self.at(index.row())
        if f is None or not index.isValid():
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return [
                format_date(f.date),
                words.label("follow_up_status", f.status),
                "" if f.stability is None else str(f.stability),
                f.notes.replace("\n", " "),
            ][col]
        if role == SCORE_ROLE and col == self.STABILITY:
            return f.stability
        if role == Qt.ItemDataRole.ToolTipRole and col == self.NOTES and f.notes:
            return f.notes
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 1))
