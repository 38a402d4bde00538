"""Two corrections of one measurement: the second save is refused in the catalogue's words,
the dialog stays open with the worker's numbers, and saving again puts them in place."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from famdesk.core import families, outcomes
from famdesk.core.families import FamilyData, MemberData
from famdesk.ui.outcomes.measurement_dialog import MeasurementDialog


def test_a_measurement_corrected_by_someone_else_first(
    qtbot: Any, store: Any, switcher: Any
) -> None:
    fam = families.create_family(
        store, FamilyData(reference="T-1", name="Familien Prøvesen", start_date=date(2025, 1, 6))
    )
    child = families.add_member(store, fam, MemberData(role="child", given_name="Lasse"))
    uid = outcomes.add_measurement(store, fam, child, "WHO-5", date(2025, 3, 1), [2, 2, 2, 2, 2])
    loaded = outcomes.get_measurement(store, uid)
    dialog = MeasurementDialog(store, fam, families.list_members(store, fam), measurement=loaded)
    qtbot.addWidget(dialog)
    # Another worker corrects the date while the dialog is open.
    outcomes.update_measurement(store, uid, date=date(2025, 3, 2), loaded=loaded)
    dialog.date.selectAll()
    qtbot.keyClicks(dialog.date, "04-03-2025")
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    assert dialog.result() != MeasurementDialog.DialogCode.Accepted
    assert dialog.form_error.text().startswith("Someone else saved this after you opened it.")
    assert outcomes.get_measurement(store, uid).date == date(2025, 3, 2)
    assert dialog.date.text() == "04-03-2025"
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert outcomes.get_measurement(store, uid).date == date(2025, 3, 4)
