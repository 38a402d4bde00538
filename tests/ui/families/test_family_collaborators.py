"""Collaborators in the family view: add, link an existing one, edit a shared one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from famdesk.core import families
from famdesk.core.families import FamilyData, ProfessionalData
from famdesk.ui.families.family_view import TAB_COLLABORATORS, FamilyView
from famdesk.ui.families.professional_dialog import ProfessionalDialog
from tests.ui.families.test_family_view import drive_dialogs, show_active


def make_family(store, ref: str, name: str) -> str:
    return families.create_family(
        store, FamilyData(reference=ref, name=name, start_date=date(2026, 1, 5))
    )


def test_add_a_collaborator_with_the_keyboard(qtbot, store, monkeypatch):
    uid = make_family(store, "FB-1", "Familien Et")
    view = FamilyView(store)
    qtbot.addWidget(view)
    show_active(qtbot, view)
    view.show_family(uid)

    def fill(d):
        qtbot.keyClicks(d.name, "Karen Sørensen")
        qtbot.keyClicks(d.organisation, "Eksempel Kommune")
        d.role.setCurrentIndex(d.role.findData("municipal caseworker"))
        qtbot.keyClicks(d.email, "karen@")  # not an address yet
        qtbot.keyClick(d.email, Qt.Key.Key_Return)
        assert d.controller.error_text("email") == "Not an e-mail address (name@example.dk)."
        qtbot.keyClicks(d.email, "eksempel.dk")
        qtbot.keyClick(d.email, Qt.Key.Key_Return)

    drive_dialogs(monkeypatch, ProfessionalDialog, fill)
    view.form.name.setFocus()
    with qtbot.waitSignal(view.familyChanged, timeout=2000):
        qtbot.keyClick(
            view.form.name,
            Qt.Key.Key_K,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert view.tabs.currentIndex() == TAB_COLLABORATORS
    (p,) = families.list_family_professionals(store, uid)
    assert (p.name, p.role, p.email) == (
        "Karen Sørensen",
        "municipal caseworker",
        "karen@eksempel.dk",
    )
    model = view.collaborators.model
    assert model.index(0, 1).data() == "Municipal caseworker"


def test_an_existing_collaborator_is_linked_not_duplicated(qtbot, store, monkeypatch):
    first = make_family(store, "FB-1", "Familien Et")
    second = make_family(store, "FB-2", "Familien To")
    puid = families.create_professional(
        store,
        ProfessionalData(name="Karen Sørensen", organisation="Eksempel Kommune", role="teacher"),
        first,
    )
    view = FamilyView(store)
    qtbot.addWidget(view)
    show_active(qtbot, view)
    view.show_family(second)

    def fill(d):
        qtbot.keyClicks(d.name, "søren")
        assert d.completer_model.stringList() == ["Karen Sørensen (Teacher, Eksempel Kommune)"]
        assert d.pick("Karen Sørensen (Teacher, Eksempel Kommune)")
        assert "already in the register" in d.note.text()
        assert not d.organisation.isEnabled()
        qtbot.keyClick(d.name, Qt.Key.Key_Return)

    drive_dialogs(monkeypatch, ProfessionalDialog, fill)
    assert view.collaborators.add_collaborator() == puid
    assert len(families.search_professionals(store, "")) == 1
    assert families.get_professional(store, puid).family_count == 2
    assert view.collaborators.model.index(0, 5).data() == "2"


def test_editing_a_shared_collaborator_says_it_applies_everywhere(qtbot, store, monkeypatch):
    first = make_family(store, "FB-1", "Familien Et")
    second = make_family(store, "FB-2", "Familien To")
    puid = families.create_professional(store, ProfessionalData(name="Lars Lærer"), first)
    families.link_professional(store, second, puid)
    view = FamilyView(store)
    qtbot.addWidget(view)
    show_active(qtbot, view)
    view.show_family(second)
    view.tabs.setCurrentIndex(TAB_COLLABORATORS)

    def fill(d):
        assert "Shared with 2 families" in d.note.text()
        qtbot.keyClicks(d.phone, "33 33 33 33")
        qtbot.keyClick(d.phone, Qt.Key.Key_Return)

    drive_dialogs(monkeypatch, ProfessionalDialog, fill)
    view.collaborators.table.setFocus()
    qtbot.keyClick(view.collaborators.table, Qt.Key.Key_Return)
    assert families.list_family_professionals(store, first)[0].phone == "33 33 33 33"

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.keyClick(view.collaborators.table, Qt.Key.Key_Delete)
    assert families.list_family_professionals(store, second) == []
    assert families.get_professional(store, puid).family_count == 1
