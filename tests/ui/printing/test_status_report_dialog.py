"""The status report dialog: default period, texts kept with the report, preview built."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from famdesk.core import families, status_reports
from famdesk.core.families import FamilyData
from famdesk.core.plans import add_months
from famdesk.ui.common.form_support import format_date
from famdesk.ui.printing import pdf_preview
from famdesk.ui.printing import status_report_dialog as srd
from famdesk.ui.printing.status_report_dialog import StatusReportDialog


@pytest.fixture
def family_uid(store):
    return families.create_family(
        store, FamilyData(reference="S-7", name="Familien Statusen", start_date=date(2025, 1, 6))
    )


@pytest.fixture
def dialog(qtbot, store, family_uid, switcher):
    d = StatusReportDialog(store, family_uid)
    qtbot.addWidget(d)
    d.show()
    return d


def test_default_period_is_the_last_three_months(dialog):
    today = date.today()
    assert dialog.date_from.text() == format_date(add_months(today, -3))
    assert dialog.date_to.text() == format_date(today)


def test_default_period_follows_the_last_printed_report(store, family_uid):
    start, end = date(2025, 1, 1), date(2025, 3, 31)
    status_reports.save_status_report_texts(store, family_uid, start, end, "a", "b", False)
    # Unprinted: the worker goes on writing the same report.
    assert srd.default_period(store, family_uid, date(2025, 6, 1)) == (start, end)
    with store.session() as s:
        from famdesk.db.models import Family

        fam = s.query(Family).filter_by(uid=family_uid).one()
        status_reports.mark_printed(s, fam, start, end, {})
    assert srd.default_period(store, family_uid, date(2025, 6, 1)) == (
        date(2025, 4, 1),
        date(2025, 6, 1),
    )


def test_texts_are_saved_with_the_report_and_come_back(qtbot, dialog, store, family_uid):
    qtbot.keyClicks(dialog.family_view, "Vi har fået mere ro om aftenen.")
    qtbot.keyClicks(dialog.assessment, "Familien har nået delmål 1.")
    dialog.seen.setChecked(True)
    assert dialog.has_unsaved_changes()
    assert dialog.save_texts()
    assert not dialog.has_unsaved_changes()
    start = dialog.date_from.value()
    end = dialog.date_to.value()
    saved = status_reports.status_report_for_period(store, family_uid, start, end)
    assert saved is not None
    assert (saved.family_view, saved.assessment, saved.seen_by_family) == (
        "Vi har fået mere ro om aftenen.",
        "Familien har nået delmål 1.",
        True,
    )
    again = StatusReportDialog(store, family_uid)
    qtbot.addWidget(again)
    assert again.family_view.toPlainText() == "Vi har fået mere ro om aftenen."
    assert again.seen.isChecked()


def test_period_ending_before_it_starts_is_refused_next_to_the_field(qtbot, dialog):
    dialog.date_to.clear()
    qtbot.keyClicks(dialog.date_to, format_date(date.today() - timedelta(days=400)))
    assert not dialog.save_texts()
    assert dialog.error_text("to") == "The period ends before it starts."
    dialog.date_from.setText("31-02-2025")
    assert not dialog.save_texts()
    assert dialog.error_text("from") == "Not a date: type DD-MM-YYYY."


def test_preview_saves_texts_and_builds_the_pdf_off_the_gui_thread(
    qtbot, dialog, store, family_uid, monkeypatch
):
    import threading

    opened: list[object] = []
    monkeypatch.setattr(pdf_preview.PdfPreviewDialog, "open", lambda self: opened.append(self))
    ran_on: list[threading.Thread] = []
    build = srd.build_status_report_pdf

    def watched(*args, **kwargs):
        ran_on.append(threading.current_thread())
        return build(*args, **kwargs)

    monkeypatch.setattr(srd, "build_status_report_pdf", watched)
    qtbot.keyClicks(dialog.assessment, "Godt samarbejde.")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    job = dialog.preview()
    assert job is not None
    with qtbot.waitSignal(job.ready, timeout=30000) as blocker:
        pass
    preview = blocker.args[0]
    assert opened == [preview]
    assert preview.page_count() >= 1
    assert preview.pdf_path.name.startswith("status-S-7-")
    report = status_reports.latest_status_report(store, family_uid)
    assert report is not None
    assert report.assessment == "Godt samarbejde."
    assert report.printed_at is not None  # building the report logs the print
    assert len(ran_on) == 1 and ran_on[0] is not threading.main_thread()
    preview.close()
    assert not preview.pdf_path.exists()  # the private temp copy goes with the preview


def test_closing_with_unsaved_texts_asks(qtbot, dialog, store, family_uid, monkeypatch):
    qtbot.keyClicks(dialog.family_view, "Udkast")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    dialog.reject()
    assert dialog.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    dialog.reject()
    assert not dialog.isVisible()
    assert status_reports.latest_status_report(store, family_uid).family_view == "Udkast"


def test_texts_saved_by_someone_else_first_are_not_overwritten(qtbot, dialog, store, family_uid):
    """Another worker saves the period's texts while this dialog is open: refused, told why,
    theirs shown where the worker changed nothing, the worker's own text kept; saving again
    keeps both."""
    start, end = dialog.date_from.value(), dialog.date_to.value()
    status_reports.save_status_report_texts(
        store, family_uid, start, end, "Andens tekst", "", False, loaded=None
    )
    qtbot.keyClicks(dialog.assessment, "Min vurdering")
    assert not dialog.save_texts()
    assert dialog.form_error.text().startswith("Someone else saved this after you opened it.")
    assert dialog.assessment.toPlainText() == "Min vurdering"
    assert dialog.family_view.toPlainText() == "Andens tekst"
    assert dialog.has_unsaved_changes()
    saved = status_reports.status_report_for_period(store, family_uid, start, end)
    assert (saved.family_view, saved.assessment) == ("Andens tekst", "")
    assert dialog.save_texts()
    saved = status_reports.status_report_for_period(store, family_uid, start, end)
    assert (saved.family_view, saved.assessment) == ("Andens tekst", "Min vurdering")
