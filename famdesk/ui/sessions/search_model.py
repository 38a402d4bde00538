"""The note-search results as a list model, and a delegate that draws each hit.

A hit is two lines: who and when (family reference, name, date, kind), then
the snippet with the matched words in bold. Note text is the worker's own
typing and may contain anything, "<b>" included: it is HTML-escaped piece by
piece before the highlight marks (from ``core.search``) become ``<b>`` tags,
so nothing a worker wrote is ever read as markup.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from famdesk.core.search import SearchHit, split_highlights
from famdesk.core.sessions import LOCAL_TZ
from famdesk.ui.common import words

_Index = QModelIndex | QPersistentModelIndex

#: The SearchHit of a row.
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
#: The snippet as safe rich text (escaped, matches in <b>).
SNIPPET_HTML_ROLE = Qt.ItemDataRole.UserRole + 2
#: The snippet as plain text (marks removed), for tests and screen readers.
SNIPPET_TEXT_ROLE = Qt.ItemDataRole.UserRole + 3


def snippet_html(snippet: str) -> str:
    """The snippet as rich text: every piece escaped, highlighted pieces in <b>."""
    parts = []
    for text, bold in split_highlights(snippet):
        safe = html.escape(text, quote=False)
        parts.append(f"<b>{safe}</b>" if bold else safe)
    return "".join(parts)


def snippet_text(snippet: str) -> str:
    """The snippet without its highlight marks."""
    return "".join(text for text, _bold in split_highlights(snippet))


def format_moment(hit: SearchHit) -> str:
    return hit.start.astimezone(LOCAL_TZ).strftime("%d-%m-%Y %H:%M")


class SearchResultsModel(QAbstractListModel):
    """The hits shown so far; a new search replaces them, "More results" appends."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == HIT_ROLE:
            return hit
        if role == SNIPPET_HTML_ROLE:
            return snippet_html(hit.snippet)
        if role == SNIPPET_TEXT_ROLE:
            return snippet_text(hit.snippet)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.heading(hit)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{self.heading(hit)}\n{snippet_text(hit.snippet)}"
        return None

    def heading(self, hit: SearchHit) -> str:
        """The first line of a hit: family, date, kind (and status if not held)."""
        parts = [f"{hit.family_reference}  {hit.family_name}", format_moment(hit)]
        what = words.label("session_kind", hit.kind)
        if hit.status != "held":
            what = f"{what} ({words.label('session_status', hit.status)})"
        parts.append(what)
        return "  ·  ".join(parts)

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def append_hits(self, hits: list[SearchHit]) -> None:
        known = {h.session_uid for h in self.hits}
        fresh = [h for h in hits if h.session_uid not in known]
        if not fresh:
            return
        first = len(self.hits)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self.hits.extend(fresh)
        self.endInsertRows()

    def hit(self, row: int) -> SearchHit | None:
        return self.hits[row] if 0 <= row < len(self.hits) else None

    def retranslate(self) -> None:
        if self.hits:
            self.dataChanged.emit(self.index(0), self.index(len(self.hits) - 1))


class SearchHitDelegate(QStyledItemDelegate):
    """Two lines per hit: the heading in the view's font, the snippet as escaped rich text."""

    PADDING = 8
    GAP = 3

    def _heading_font(self, option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)  # type: ignore[attr-defined]
        font.setWeight(QFont.Weight.DemiBold)
        return font

    def _document(self, option: QStyleOptionViewItem, rich: str, width: float) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(option.font)  # type: ignore[attr-defined]
        doc.setHtml(rich)
        doc.setTextWidth(width)
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        heading = opt.text  # type: ignore[attr-defined]
        opt.text = ""  # type: ignore[attr-defined]
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        rect = opt.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)  # type: ignore[attr-defined]
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette: QPalette = opt.palette  # type: ignore[attr-defined]
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        font = self._heading_font(opt)
        painter.setFont(font)
        painter.setPen(palette.color(role))
        metrics = QFontMetrics(font)
        elided = metrics.elidedText(heading, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect.x(), rect.y() + metrics.ascent(), elided)

        top = rect.y() + metrics.height() + self.GAP
        doc = self._document(opt, index.data(SNIPPET_HTML_ROLE) or "", rect.width())
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.palette.setColor(QPalette.ColorRole.Text, palette.color(role))
        painter.translate(rect.x(), top)
        clip = QRectF(0, 0, rect.width(), rect.bottom() - top + 1)
        painter.setClipRect(clip)
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        heading = QFontMetrics(self._heading_font(option))
        body = QFontMetrics(option.font)  # type: ignore[attr-defined]
        # The snippet is about a dozen words: keep room for two lines of it.
        height = self.PADDING * 2 + heading.height() + self.GAP + body.lineSpacing() * 2
        return QSize(400, height)
