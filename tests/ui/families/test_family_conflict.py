"""Two editors, one family, member or collaborator: the second save is refused in the
catalogue's words, the other save's values are shown with the worker's own edits on top,
and saving again keeps both."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt

from famdesk.core import families
from famdesk.ui.families.family_view import FamilyView
from famdesk.ui.families.member_dialog import MemberDialog
from famdesk.ui.families.professional_dialog import ProfessionalDialog
from tests.core.plan_fixtures import make_family


def test_the_family_form_keeps_mine_over_theirs(qtbot: Any, store: Any, switcher: Any) -> None:
    uid = make_family(store).family
    view = FamilyView(store)
    qtbot.addWidget(view)
    view.show_family(uid)
    # Another worker renames the family while the form is open.
    theirs = families.get_family(store, uid)
    families.update_family(store, uid, replace(theirs, name="Familien K-N"), loaded=theirs)
    qtbot.keyClicks(view.form.notes, "Mor ringede.")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)

    assert view.save_error.text().startswith("Someone else saved this after you opened it.")
    shown = (view.form.name.text(), view.form.notes.toPlainText())
    assert shown == ("Familien K-N", "Mor ringede.")
    assert view.has_unsaved_changes()
    assert families.get_family(store, uid).notes == ""
    switcher.apply("da")
    qtbot.waitUntil(lambda: view.save_error.text().startswith("En anden har gemt dette"))

    assert view.save()
    stored = families.get_family(store, uid)
    assert (stored.name, stored.notes) == ("Familien K-N", "Mor ringede.")


def test_the_member_dialog_stays_open_with_mine_over_theirs(
    qtbot: Any, store: Any, switcher: Any
) -> None:
    fam = make_family(store)
    dialog = MemberDialog(store, fam.family, fam.mother)
    qtbot.addWidget(dialog)
    theirs = families.get_member(store, fam.mother)
    families.update_member(store, fam.mother, replace(theirs, phone="20 30 40 50"), loaded=theirs)
    qtbot.keyClicks(dialog.email, "zoe@example.dk")
    dialog.accept()

    assert dialog.result() != MemberDialog.DialogCode.Accepted
    assert dialog.general_error.text().startswith("Someone else saved this after you opened it.")
    assert (dialog.phone.text(), dialog.email.text()) == ("20 30 40 50", "zoe@example.dk")
    assert families.get_member(store, fam.mother).email == ""
    dialog.accept()
    stored = families.get_member(store, fam.mother)
    assert (stored.phone, stored.email) == ("20 30 40 50", "zoe@example.dk")


def test_the_collaborator_dialog_stays_open_with_mine_over_theirs(
    qtbot: Any, store: Any, switcher: Any
) -> None:
    fam = make_family(store)
    prof = families.list_family_professionals(store, fam.family)[0]
    dialog = ProfessionalDialog(store, fam.family, prof.uid)
    qtbot.addWidget(dialog)
    families.update_professional(store, prof.uid, replace(prof, phone="70 10 20 30"), loaded=prof)
    switcher.apply("da")
    qtbot.keyClicks(dialog.email, "jonas@kommune.dk")
    dialog.accept()

    assert dialog.result() != ProfessionalDialog.DialogCode.Accepted
    assert dialog.general_error.text().startswith("En anden har gemt dette, efter du åbnede det.")
    assert (dialog.phone.text(), dialog.email.text()) == ("70 10 20 30", "jonas@kommune.dk")
    dialog.accept()
    stored = families.get_professional(store, prof.uid)
    assert (stored.phone, stored.email) == ("70 10 20 30", "jonas@kommune.dk")
