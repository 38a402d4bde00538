"""Preparing the status report for the municipal caseworker: period, texts, preview.

The period defaults to the one after the last printed report (or the last
report's own period while it is still being written; with none, the last three
months). The family's own view and the worker's assessment are written here
and kept with the report (``core.status_reports``); the texts already saved
for a period come back when that period is chosen. Preview saves the texts,
builds the PDF off the GUI thread and shows it in the shared preview, where
it can be saved or printed. Building the PDF logs the print (core).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from famdesk.core import families, status_reports
from famdesk.core.errors import FieldError, NotFound, ValidationFailed
from famdesk.core.plans import add_months
from famdesk.core.status_reports import StatusReportTexts
from famdesk.core.storage import Store
from famdesk.core.versions import RecordChanged
from famdesk.reports.status_report_pdf import build_status_report_pdf
from famdesk.ui.common.form_support import (
    DateField,
    ErrorLabel,
    format_date,
    not_a_date,
    ui_language,
)
from famdesk.ui.printing import pdf_preview


def default_period(store: Store, family_uid: str, today: date | None = None) -> tuple[date, date]:
    """The period a new status report most likely covers.

    An unprinted report is still being written: its own period. After a
    printed one: the day after it ended until today. Otherwise the last three months.
    """
    today = today or date.today()
    latest = status_reports.latest_status_report(store, family_uid)
    if latest is not None and latest.printed_at is None:
        return latest.period_from, latest.period_to
    if latest is not None and latest.period_to < today:
        return latest.period_to + timedelta(days=1), today
    return add_months(today, -3), today


class StatusReportDialog(QDialog):
    """Period, the family's view, the worker's assessment, 'seen by the family', preview."""

    def __init__(self, store: Store, family_uid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.family_uid = family_uid
        self.family = families.get_family(store, family_uid)
        self.preview_job: pdf_preview.PreviewJob | None = None
        self._saved: tuple[str, str, bool] = ("", "", False)
        # The period's texts as loaded (None: none yet); a save hands them back (core.versions).
        self._loaded_texts: StatusReportTexts | None = None
        self._loaded_period: tuple[date, date] | None = None
        self._printed_at: datetime | None = None
        self.setMinimumSize(620, 560)

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setObjectName("hint")
        self.date_from = DateField(self)
        self.date_to = DateField(self)
        self.from_error = ErrorLabel(self)
        self.to_error = ErrorLabel(self)
        self.family_view = QPlainTextEdit(self)
        self.family_view.setTabChangesFocus(True)
        self.assessment = QPlainTextEdit(self)
        self.assessment.setTabChangesFocus(True)
        self.family_view_error = ErrorLabel(self)
        self.assessment_error = ErrorLabel(self)
        self.seen = QCheckBox(self)
        self.language = QComboBox(self)
        self.language.addItem("Dansk", "da")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(ui_language()))
        self.status = QLabel(self)
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self.form_error = ErrorLabel(self)

        self.labels: dict[str, QLabel] = {}
        period = QHBoxLayout()
        for name, field, error in (
            ("from", self.date_from, self.from_error),
            ("to", self.date_to, self.to_error),
        ):
            label = QLabel(self)
            label.setBuddy(field)
            self.labels[name] = label
            column = QVBoxLayout()
            column.setSpacing(2)
            row = QHBoxLayout()
            row.addWidget(label)
            row.addWidget(field)
            column.addLayout(row)
            column.addWidget(error)
            period.addLayout(column)
        period.addStretch(1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, text_field, error in (
            ("family_view", self.family_view, self.family_view_error),
            ("assessment", self.assessment, self.assessment_error),
        ):
            label = QLabel(self)
            label.setBuddy(text_field)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self.labels[name] = label
            box = QWidget(self)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(text_field)
            column.addWidget(error)
            form.addRow(label, box)
        form.addRow("", self.seen)
        lang_label = QLabel(self)
        lang_label.setBuddy(self.language)
        self.labels["language"] = lang_label
        form.addRow(lang_label, self.language)

        self.save_button = QPushButton(self)
        self.preview_button = QPushButton(self)
        self.preview_button.setDefault(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save_texts)
        self.preview_button.clicked.connect(self.preview)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(period)
        layout.addLayout(form, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)

        start, end = default_period(store, family_uid)
        self.date_from.set_value(start)
        self.date_to.set_value(end)
        self.date_from.editingFinished.connect(self._period_edited)
        self.date_to.editingFinished.connect(self._period_edited)
        self.retranslate_ui()
        self._load_texts()
        self.family_view.setFocus()

    # --- text ------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Status report – %1").replace("%1", self.family.name))
        self.intro.setText(
            self.tr(
                "For the municipal caseworker before the review meeting. Sessions, goals, "
                "measurements, agreements and collaborators in the period are filled in from "
                "the case; write the family's own view and your assessment here."
            )
        )
        self.labels["from"].setText(self.tr("Period &from:"))
        self.labels["to"].setText(self.tr("&to:"))
        self.labels["family_view"].setText(self.tr("The &family's own view:"))
        self.labels["assessment"].setText(self.tr("The family worker's &assessment:"))
        self.labels["language"].setText(self.tr("&Language of the report:"))
        self.family_view.setPlaceholderText(
            self.tr("How the parents (and the child) see the period, in their own words")
        )
        self.assessment.setPlaceholderText(
            self.tr("Your professional assessment of the development and what is needed next")
        )
        self.seen.setText(self.tr("The family has &seen the report"))
        self.save_button.setText(self.tr("Save &texts"))
        self.save_button.setToolTip(self.tr("Keep the texts with the report for this period"))
        self.preview_button.setText(self.tr("&Preview…"))
        self.preview_button.setToolTip(
            self.tr("Save the texts, make the PDF and show it (saving or printing it from there)")
        )
        self._show_saved_state()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- period and texts ----------------------------------------------------------------------

    def period(self) -> tuple[date | None, date | None, list[FieldError]]:
        """The period as typed, with the fields whose text is not a date."""
        errors: list[FieldError] = []
        values: list[date | None] = []
        for name, field in (("from", self.date_from), ("to", self.date_to)):
            try:
                values.append(field.value())
            except ValueError:
                values.append(None)
                errors.append(not_a_date(name))
        return values[0], values[1], errors

    def texts(self) -> tuple[str, str, bool]:
        return (
            self.family_view.toPlainText(),
            self.assessment.toPlainText(),
            self.seen.isChecked(),
        )

    def has_unsaved_changes(self) -> bool:
        view, assessment, seen = self.texts()
        return (view.strip(), assessment.strip(), seen) != self._saved

    def _period_edited(self) -> None:
        start, end, errors = self.period()
        if errors or start is None or end is None or (start, end) == self._loaded_period:
            return
        self._clear_errors()
        if not self.has_unsaved_changes():
            self._load_texts()

    def _load_texts(self) -> None:
        """Show the texts saved for the period typed (empty for a new report)."""
        start, end, errors = self.period()
        if errors or start is None or end is None or start > end:
            return
        saved = status_reports.status_report_for_period(self.store, self.family_uid, start, end)
        self._loaded_texts = saved
        self.family_view.setPlainText(saved.family_view if saved else "")
        self.assessment.setPlainText(saved.assessment if saved else "")
        self.seen.setChecked(saved.seen_by_family if saved else False)
        self._saved = (
            (saved.family_view, saved.assessment, saved.seen_by_family)
            if saved
            else ("", "", False)
        )
        self._loaded_period = (start, end)
        self._printed_at = saved.printed_at if saved else None
        self._show_saved_state()

    def _show_saved_state(self) -> None:
        printed = self._printed_at
        if printed is not None:
            self.status.setText(
                self.tr(
                    "The report for this period was printed on %1; saving the texts again "
                    "starts a new version, the printed one is kept."
                ).replace("%1", format_date(printed.date()))
            )
        else:
            self.status.setText("")

    def save_texts(self) -> bool:
        """Keep the texts with the report for the period; errors go next to their fields."""
        self._clear_errors()
        start, end, errors = self.period()
        if errors:
            self._show_errors(errors)
            return False
        view, assessment, seen = self.texts()
        try:
            status_reports.save_status_report_texts(
                self.store,
                self.family_uid,
                start,  # type: ignore[arg-type]
                end,  # type: ignore[arg-type]
                view,
                assessment,
                seen,
                loaded=self._loaded_texts,
            )
        except RecordChanged as exc:
            self._theirs_with_mine_on_top(start, end)  # type: ignore[arg-type]
            self.form_error.show_error(exc)
            return False
        except ValidationFailed as exc:
            self._show_errors(exc.errors)
            return False
        except NotFound:
            self.form_error.show_message(self.tr("This family no longer exists."))
            return False
        self._saved = (view.strip(), assessment.strip(), seen)
        self._loaded_texts = status_reports.status_report_for_period(
            self.store,
            self.family_uid,
            start,  # type: ignore[arg-type]
            end,  # type: ignore[arg-type]
        )
        self._loaded_period = (start, end)  # type: ignore[assignment]
        self._printed_at = None
        self.status.setText(self.tr("Texts saved with the report for this period."))
        return True

    def _theirs_with_mine_on_top(self, start: date, end: date) -> None:
        """Someone saved the period's texts first: theirs where this worker changed nothing,
        the worker's own edits kept (unsaved) where they did; saving again keeps both."""
        theirs = status_reports.status_report_for_period(self.store, self.family_uid, start, end)
        self._loaded_texts = theirs
        if theirs is None:
            return
        mine = self.texts()
        if mine[0] == self._saved[0]:
            self.family_view.setPlainText(theirs.family_view)
        if mine[1] == self._saved[1]:
            self.assessment.setPlainText(theirs.assessment)
        if mine[2] == self._saved[2]:
            self.seen.setChecked(theirs.seen_by_family)
        self._saved = (theirs.family_view, theirs.assessment, theirs.seen_by_family)

    def preview(self) -> pdf_preview.PreviewJob | None:
        """Save the texts, then build the PDF off the GUI thread and show it."""
        if not self.save_texts():
            return None
        start, end, _ = self.period()
        lang = str(self.language.currentData())
        name = f"status-{self.family.reference}-{start}-{end}.pdf"
        self.preview_job = pdf_preview.build_and_preview(
            self,
            build_status_report_pdf,
            self.store,
            self.family_uid,
            start,
            end,
            lang=lang,
            file_name=_safe_file_name(name),
        )
        return self.preview_job

    # --- errors and closing ----------------------------------------------------------------------

    def _clear_errors(self) -> None:
        for label in (
            self.from_error,
            self.to_error,
            self.family_view_error,
            self.assessment_error,
            self.form_error,
        ):
            label.show_message("")

    def _show_errors(self, errors: list[FieldError]) -> None:
        places = {
            "from": (self.from_error, self.date_from),
            "to": (self.to_error, self.date_to),
            "family_view": (self.family_view_error, self.family_view),
            "assessment": (self.assessment_error, self.assessment),
        }
        focus: QWidget | None = None
        shown: dict[ErrorLabel, list[FieldError]] = {}
        for err in errors:
            label, widget = places.get(err.field, (self.form_error, None))
            shown.setdefault(label, []).append(err)
            focus = focus or widget
        for label, problems in shown.items():
            label.show_error(problems)
        if focus is not None:
            focus.setFocus()

    def error_text(self, field: str) -> str:
        label = {
            "from": self.from_error,
            "to": self.to_error,
            "family_view": self.family_view_error,
            "assessment": self.assessment_error,
        }.get(field, self.form_error)
        return label.text() if not label.isHidden() else ""

    def reject(self) -> None:
        """Close; texts not saved yet are saved, dropped or kept open as the user says."""
        if self.has_unsaved_changes():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved texts"),
                self.tr("The texts for the status report are not saved. Save them?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and not self.save_texts():
                return
        super().reject()


def _safe_file_name(name: str) -> str:
    """A file name without characters a file system refuses (a reference may hold '/')."""
    return "".join(c if c.isalnum() or c in "-_." else "-" for c in name)
