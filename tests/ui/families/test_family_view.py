"""The family view driven through its real widgets, as a worker would use it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QTableView
from sqlalchemy import select

from famdesk.core import families
from famdesk.core.errors import NotFound
from famdesk.core.families import FamilyData, MemberData, PlacementData
from famdesk.db.models import AuditEvent
from famdesk.ui.families import family_form
from famdesk.ui.families.family_view import LAZY_TABS, TAB_MEMBERS, TAB_OVERVIEW, FamilyView
from famdesk.ui.families.member_dialog import MemberDialog

CPR_MOD11_FAILS = "070620-4007"  # 7 June 2020: a real date whose digits fail modulus 11
CPR_SUBSTITUTE = "690320-4002"  # day 69 = 9 + 60


@pytest.fixture
def view(qtbot, store):
    v = FamilyView(store)
    qtbot.addWidget(v)
    v.resize(1100, 750)
    show_active(qtbot, v)
    return v


def show_active(qtbot, widget):
    """Show ``widget`` as the active window, so its keyboard shortcuts work."""
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=2000)


def audit(store, entity=None):
    with store.read_session() as s:
        q = select(AuditEvent).order_by(AuditEvent.id)
        if entity:
            q = q.where(AuditEvent.entity == entity)
        return [(e.action, e.entity, e.entity_uid, e.detail) for e in s.scalars(q)]


def drive_dialogs(monkeypatch, cls, *fills: Callable[[QDialog], None]) -> list[QDialog]:
    """Replace ``cls.exec`` so each opening shows the real dialog and runs the next fill.

    A fill types into the dialog's widgets and presses Enter; ``exec`` then
    returns whatever the dialog's own ``accept`` decided.
    """
    queue = list(fills)
    seen: list[QDialog] = []

    def fake_exec(self):
        seen.append(self)
        self.show()
        queue.pop(0)(self)
        self.hide()
        # As after a real modal dialog, the window underneath is active again.
        owner = self.parentWidget()
        if owner is not None:
            owner.window().activateWindow()
        return self.result()

    monkeypatch.setattr(cls, "exec", fake_exec)
    return seen


def type_member(qtbot, d, *, role: str, given: str, family="Testesen", cpr="", placement=None):
    d.role.setCurrentIndex(d.role.findData(role))
    qtbot.keyClicks(d.given_name, given)
    qtbot.keyClicks(d.family_name, family)
    if cpr:
        qtbot.keyClicks(d.cpr, cpr)
    if placement:
        kind, site, since = placement
        d.placed.setFocus()
        qtbot.keyClick(d.placed, Qt.Key.Key_Space)
        d.placement_type.setCurrentIndex(d.placement_type.findData(kind))
        qtbot.keyClicks(d.placement_site, site)
        qtbot.keyClicks(d.placement_since, since)
    qtbot.keyClick(d.given_name, Qt.Key.Key_Return)


def new_family(qtbot, view, reference="FB-2026-014", name="Familien Testesen") -> str:
    view.new_family()
    assert view.form.reference.hasFocus()
    qtbot.keyClicks(view.form.reference, reference)
    qtbot.keyClicks(view.form.name, name)
    with qtbot.waitSignal(view.familyChanged, timeout=2000) as sig:
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    return sig.args[0]


def test_create_a_family_with_two_parents_and_a_placed_child(qtbot, view, store, monkeypatch):
    uid = new_family(qtbot, view)
    assert families.get_family(store, uid).reference == "FB-2026-014"
    assert not view.has_unsaved_changes()
    assert view.tabs.isTabEnabled(TAB_MEMBERS)
    assert view.title.text() == "Familien Testesen"

    drive_dialogs(
        monkeypatch,
        MemberDialog,
        lambda d: type_member(qtbot, d, role="mother", given="Anna"),
        lambda d: type_member(qtbot, d, role="father", given="Bo"),
        lambda d: type_member(
            qtbot,
            d,
            role="child",
            given="Ida",
            cpr="120318-4006",
            placement=("foster-family", "Plejefamilien Holm", "01-09-2025"),
        ),
    )
    for _ in range(3):
        with qtbot.waitSignal(view.familyChanged, timeout=2000):
            qtbot.keyClick(
                view.form.name,
                Qt.Key.Key_M,
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
            )

    model = view.members.model
    assert model.rowCount() == 3
    rows = [[model.index(r, c).data() for c in range(5)] for r in range(3)]
    assert [r[0] for r in rows] == ["Mother", "Father", "Child"]
    assert rows[2][1] == "Ida Testesen"
    assert rows[2][2].endswith("years")
    assert rows[2][3] == "120318-xxxx"  # masked until shown
    assert rows[2][4].startswith("Foster family – Plejefamilien Holm (since 01-09-2025)")
    members = families.list_members(store, uid)
    assert members[2].birth_date == date(2018, 3, 12)  # filled from the CPR number
    assert members[2].placement.since == date(2025, 9, 1)
    assert [a[:2] for a in audit(store, "member")] == [("create", "member")] * 3


def test_edit_a_family_and_the_audit_names_the_fields(qtbot, view, store):
    uid = new_family(qtbot, view)
    view.form.name.selectAll()
    qtbot.keyClicks(view.form.name, "Familien Nielsen")
    view.form.programme.setCurrentIndex(view.form.programme.findData("PMTO"))
    assert "3–12" in view.form.target_group.text()  # the target group shows under the combo
    assert view.has_unsaved_changes()
    assert view.unsaved.isVisible()
    with qtbot.waitSignal(view.familyChanged, timeout=2000):
        assert view.save()
    saved = families.get_family(store, uid)
    assert (saved.name, saved.programme) == ("Familien Nielsen", "PMTO")
    assert not view.has_unsaved_changes()
    updates = [a for a in audit(store, "family") if a[0] == "update"]
    assert updates == [("update", "family", uid, {"fields": ["name", "programme"]})]
    assert "PMTO" in view.subtitle.text()


def test_unsaved_changes_are_reported_and_can_be_discarded(qtbot, view, store):
    uid = new_family(qtbot, view)
    assert not view.has_unsaved_changes()
    qtbot.keyClicks(view.form.worker, " og Jens")
    assert view.has_unsaved_changes()
    view.discard()
    assert not view.has_unsaved_changes()
    assert view.form.worker.text() == families.get_family(store, uid).worker
    # Showing another family (after the shell asked) drops the edit, writes nothing.
    qtbot.keyClicks(view.form.notes, "x")
    assert view.has_unsaved_changes()
    view.show_family(uid)
    assert not view.has_unsaved_changes()
    assert families.get_family(store, uid).notes == ""


def test_a_new_family_is_not_saved_while_errors_stand(qtbot, view, store):
    view.new_family()
    qtbot.keyClicks(view.form.reference, "FB-1")
    view.form.end_date.setFocus()
    qtbot.keyClicks(view.form.end_date, "32-13-2026")
    assert view.save() is False
    assert view.form.controller.error_text("end_date") == "Not a date: type DD-MM-YYYY."
    view.form.end_date.clear()
    assert view.save() is False
    assert view.form.controller.error_text("name") == "This field is required."
    assert view.form.name.hasFocus()  # the cursor goes to the first field in error
    assert view.has_unsaved_changes()
    with store.read_session() as s:
        assert s.scalars(select(AuditEvent).where(AuditEvent.action == "create")).all() == []
    # Typing in the field clears its message; saving then works.
    qtbot.keyClicks(view.form.name, "Familien Ny")
    assert view.form.controller.error_text("name") == ""
    assert view.save() is True


def test_duplicate_reference_is_shown_next_to_the_reference(qtbot, view, store):
    families.create_family(
        store, FamilyData(reference="FB-7", name="Familien Først", start_date=date(2026, 1, 1))
    )
    view.new_family()
    qtbot.keyClicks(view.form.reference, "fb-7")
    qtbot.keyClicks(view.form.name, "Familien Anden")
    assert view.save() is False
    assert view.form.controller.error_text("reference") == (
        "Another family already has the reference fb-7."
    )


def test_undo_last_edit_restores_the_field_changed_last(qtbot, view):
    new_family(qtbot, view)
    worker_before = view.form.worker.text()
    qtbot.keyClicks(view.form.name, " II")
    qtbot.keyClicks(view.form.worker, "X")
    qtbot.keyClick(
        view.form.worker,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    assert view.form.worker.text() == worker_before
    assert view.form.worker.hasFocus()
    assert view.form.name.text() == "Familien Testesen II"
    assert view.undo_last_edit()
    assert view.form.name.text() == "Familien Testesen"
    assert not view.has_unsaved_changes()
    assert not view.undo_last_edit()


def test_closing_a_family_asks_for_the_end_date(qtbot, view, store, monkeypatch):
    uid = new_family(qtbot, view)

    def answer(d):
        assert d.date_edit.text() == date.today().strftime("%d-%m-%Y")  # defaults to today
        d.date_edit.selectAll()
        qtbot.keyClicks(d.date_edit, "31-12-2026")
        qtbot.keyClick(d.date_edit, Qt.Key.Key_Return)

    drive_dialogs(monkeypatch, family_form.EndDateDialog, answer, lambda d: d.reject())
    form = view.form
    form.status.setCurrentIndex(form.status.findData("closed"))
    assert form.end_date.text() == "31-12-2026"
    assert view.save()
    saved = families.get_family(store, uid)
    assert (saved.status, saved.end_date) == ("closed", date(2026, 12, 31))
    # Cancelling the question keeps the family open.
    form.status.setCurrentIndex(form.status.findData("active"))
    form.status.setCurrentIndex(form.status.findData("closed"))
    assert form.status.currentData() == "active"


def test_invalid_cpr_is_refused_next_to_the_field(qtbot, view, store, monkeypatch):
    uid = new_family(qtbot, view)
    seen = {}

    def fill(d):
        type_member(qtbot, d, role="child", given="Ida", cpr="310299-1234")
        assert d.isVisible()  # still open: not accepted
        seen["no_date"] = d.controller.error_text("cpr")
        seen["focus"] = d.focusWidget() is d.cpr
        # Correct it to a too-short number: a different message, still not saved.
        d.cpr.selectAll()
        qtbot.keyClicks(d.cpr, "12345")
        qtbot.keyClick(d.cpr, Qt.Key.Key_Return)
        seen["format"] = d.controller.error_text("cpr")
        d.reject()

    drive_dialogs(monkeypatch, MemberDialog, fill)
    assert view.members.add_member() is None
    assert seen == {
        "no_date": "Not a CPR number: the first six digits are not a real date.",
        "focus": True,
        "format": "Not a CPR number: type DDMMYY-NNNN (ten digits).",
    }
    assert families.list_members(store, uid) == []
    assert audit(store, "member") == []


def test_modulus11_failure_accepted_and_substitute_marked(qtbot, view, store, monkeypatch):
    uid = new_family(qtbot, view)
    info = []

    def fill(d, given, cpr, role="child"):
        qtbot.keyClicks(d.cpr, cpr)
        info.append(d.cpr_info.text())
        type_member(qtbot, d, role=role, given=given)

    drive_dialogs(
        monkeypatch,
        MemberDialog,
        lambda d: fill(d, "Ea", CPR_MOD11_FAILS),
        lambda d: fill(d, "Liv", CPR_SUBSTITUTE, role="sibling"),
    )
    assert view.members.add_member() is not None
    assert view.members.add_member() is not None
    assert "Born 07-06-2020" in info[0] and "fails the modulus-11 check: accepted" in info[0]
    assert "Born 09-03-2020" in info[1] and "substitute number" in info[1]
    model = view.members.model
    assert model.index(0, model.CPR).data() == "070620-xxxx"
    assert model.index(1, model.CPR).data() == "690320-xxxx (substitute)"
    qtbot.mouseClick(view.members.reveal, Qt.MouseButton.LeftButton)
    assert model.index(0, model.CPR).data() == CPR_MOD11_FAILS
    assert ("read", "member", None, {"shown": ["cpr"]}) in audit(store, "member")
    assert [m.birth_date for m in families.list_members(store, uid)] == [
        date(2020, 6, 7),
        date(2020, 3, 9),
    ]


def test_changing_a_placement_keeps_the_history_in_the_dialog(qtbot, view, store, monkeypatch):
    uid = new_family(qtbot, view)
    child = families.add_member(
        store,
        uid,
        MemberData(
            role="child",
            given_name="Ida",
            birth_date=date(2018, 3, 12),
            placement=PlacementData(
                type="foster-family", site="Plejefamilien Holm", since=date(2025, 9, 1)
            ),
        ),
    )
    view.show_family(uid)

    def move(d):
        d.placement_type.setCurrentIndex(d.placement_type.findData("residential-institution"))
        d.placement_site.selectAll()
        qtbot.keyClicks(d.placement_site, "Egely")
        d.placement_since.selectAll()
        qtbot.keyClicks(d.placement_since, "01-02-2026")
        qtbot.keyClick(d.placement_since, Qt.Key.Key_Return)

    def look(d):
        assert d.history.rowCount() == 1
        assert d.history.item(0, 1).text() == "Plejefamilien Holm"
        assert d.history.item(0, 3).text() == "01-02-2026"
        d.reject()

    drive_dialogs(monkeypatch, MemberDialog, move, look)
    view.tabs.setCurrentIndex(TAB_MEMBERS)
    view.members.table.setFocus()
    qtbot.keyClick(view.members.table, Qt.Key.Key_Return)  # Enter edits the selected member
    assert families.get_member(store, child).placement.site == "Egely"
    assert view.members.edit_member() is False  # second dialog: looked, cancelled


def test_deleting_a_member_asks_first_and_is_audited(qtbot, view, store, monkeypatch):
    uid = new_family(qtbot, view)
    m = families.add_member(store, uid, MemberData(role="mother", given_name="Anna"))
    view.show_family(uid)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: (asked.append(a[2]), answers.pop(0))[1]
    )
    view.tabs.setCurrentIndex(TAB_MEMBERS)
    view.members.table.setFocus()
    qtbot.keyClick(view.members.table, Qt.Key.Key_Delete)
    assert asked and view.members.model.rowCount() == 1
    qtbot.keyClick(view.members.table, Qt.Key.Key_Delete)
    assert view.members.model.rowCount() == 0
    assert "Anna" in asked[0]
    assert ("delete", "member", m, {}) in audit(store, "member")


def test_deleting_a_family_asks_first_and_is_audited(qtbot, view, store, monkeypatch):
    uid = new_family(qtbot, view)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert families.get_family(store, uid)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(view.familyDeleted, timeout=2000) as sig:
        qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert sig.args == [uid]
    with pytest.raises(NotFound):
        families.get_family(store, uid)
    assert view.stack.currentIndex() == 0
    assert [a[0] for a in audit(store, "family")] == ["create", "delete"]


def test_showing_a_family_is_audited_as_a_read(qtbot, view, store):
    uid = families.create_family(
        store, FamilyData(reference="FB-9", name="Familien Læst", start_date=date(2026, 1, 1))
    )
    view.show_family(uid)
    assert audit(store, "family")[-1][:3] == ("read", "family", uid)
    assert view.title.text() == "Familien Læst"


def test_the_tabs_are_named_in_order(view):
    texts = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert texts == ["Overview", "Members", "Collaborators", "Plans", "Sessions", "Outcomes"]


def test_every_input_has_an_accessible_name_and_a_label_buddy(view):
    view.new_family()
    controller = view.form.controller
    buddies = {id(label.buddy()) for label in view.form.findChildren(QLabel) if label.buddy()}
    for name in controller.names():
        widget = controller.widget(name)
        assert widget.accessibleName(), name
        assert id(widget) in buddies, f"{name} has no label"


def _members_shown(view: FamilyView) -> list[str]:
    panel = view.tabs.widget(TAB_MEMBERS).findChild(QTableView)
    model = panel.model()
    return [
        " ".join(str(model.index(r, c).data() or "") for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def test_opening_a_family_builds_only_the_tab_in_front_and_the_others_catch_up(
    qtbot, view, store
) -> None:
    # Opening reads what the worker sees; a tab shown later shows the family
    # open at that moment, never the one open when it was built.
    def family(ref: str, given: str) -> str:
        data = FamilyData(reference=ref, name=f"Familien {given}", start_date=date(2026, 1, 5))
        uid = families.create_family(store, data)
        families.add_member(store, uid, MemberData(role="mother", given_name=given))
        return uid

    first, second = family("FB-1", "Åse"), family("FB-2", "Bodil")
    view.show_family(first)
    assert not any(view.tab_is_built(i) for i in LAZY_TABS)

    view.tabs.setCurrentIndex(TAB_MEMBERS)
    assert [view.tab_is_built(i) for i in LAZY_TABS] == [True, False, False, False, False]
    assert any("Åse" in (text or "") for text in _members_shown(view))

    view.show_family(second)  # Members is in front: it follows at once
    assert any("Bodil" in (text or "") for text in _members_shown(view))

    view.tabs.setCurrentIndex(TAB_OVERVIEW)
    view.show_family(first)  # Members is behind: it catches up when shown again
    view.tabs.setCurrentIndex(TAB_MEMBERS)
    assert any("Åse" in (text or "") for text in _members_shown(view))
    assert not any("Bodil" in (text or "") for text in _members_shown(view))
    # Asked for from outside, a tab is built and shows the open family too.
    assert view.collaborators.family_uid == first


def test_a_cpr_number_typed_as_ten_digits_is_shown_ddmmyy_dash_nnnn(
    qtbot, view, store, monkeypatch
):
    uid = new_family(qtbot, view)
    shown: list[str] = []

    def fill(d):
        d.activateWindow()  # as a modal dialog would be: focus moves inside it
        qtbot.waitUntil(d.isActiveWindow)
        d.cpr.setFocus()
        qtbot.keyClicks(d.cpr, "0101361234")
        qtbot.keyClick(d.cpr, Qt.Key.Key_Tab)
        shown.append(d.cpr.text())
        shown.append(d.cpr_info.text())
        type_member(qtbot, d, role="mother", given="Anna")

    drive_dialogs(monkeypatch, MemberDialog, fill)
    assert view.members.add_member() is not None
    assert shown[0] == "010136-1234"
    assert "Born 01-01-1936" in shown[1]
    assert [m.cpr for m in families.list_members(store, uid)] == ["010136-1234"]
    model = view.members.model
    assert model.index(0, model.CPR).data() == "010136-xxxx"
    qtbot.mouseClick(view.members.reveal, Qt.MouseButton.LeftButton)
    assert model.index(0, model.CPR).data() == "010136-1234"
