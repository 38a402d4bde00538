"""The register of placement sites, driven as a worker types and clicks."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from famdesk.core import words
from famdesk.core.placement import sites
from famdesk.core.placement.sites import SiteData
from famdesk.ui.placement.site_dialog import SiteDialog
from famdesk.ui.placement.sites_window import PlacementSitesWindow
from famdesk.ui.shell.main_window import MainWindow
from tests.ui.families.test_family_view import drive_dialogs, show_active


def add_site(store, name: str, kind: str = "foster-family", **fields) -> str:
    return sites.create_site(store, SiteData(name=name, type=kind, **fields))


def test_a_worker_adds_a_site_and_a_wrong_email_is_refused_first(
    qtbot, store, monkeypatch, switcher
):
    window = PlacementSitesWindow(store)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    assert window.model.rowCount() == 0

    def fill(d: SiteDialog) -> None:
        qtbot.keyClicks(d.name, "Plejefamilien Holm")
        d.type.setCurrentIndex(d.type.findData("network-foster-family"))
        qtbot.keyClicks(d.address, "Skovvej 3")
        qtbot.keyClick(d.address, Qt.Key.Key_Return)
        qtbot.keyClicks(d.address, "4000 Roskilde")
        qtbot.keyClicks(d.phone, "20 30 40 50")
        qtbot.keyClicks(d.email, "holm@")
        qtbot.keyClicks(d.competences, "Små børn, tilknytning")
        qtbot.keyClicks(d.capacity, "2")
        qtbot.keyClick(d.name, Qt.Key.Key_Return)
        # core refuses; the catalogue's sentence stands under the field, nothing is saved
        assert d.isVisible()
        assert d.controller.error_text("email") == "Not an e-mail address (name@example.dk)."
        assert sites.list_sites(store) == []
        qtbot.keyClicks(d.email, "example.dk")
        qtbot.keyClick(d.name, Qt.Key.Key_Return)

    drive_dialogs(monkeypatch, SiteDialog, fill)
    qtbot.mouseClick(window.add_button, Qt.MouseButton.LeftButton)
    (site,) = sites.list_sites(store)
    assert (site.name, site.type, site.email, site.capacity) == (
        "Plejefamilien Holm",
        "network-foster-family",
        "holm@example.dk",
        2,
    )
    assert site.address == "Skovvej 3\n4000 Roskilde"
    assert window.model.rowCount() == 1
    assert window.model.index(0, window.model.TYPE).data() == "Kinship foster family"
    assert window.model.index(0, window.model.ADDRESS).data() == "Skovvej 3, 4000 Roskilde"
    assert window.count.text() == "1 site"


def test_the_search_finds_by_name_type_address_and_competence(qtbot, store, switcher):
    add_site(store, "Plejefamilien Holm", competences="Små børn, tilknytning")
    add_site(store, "Bakkehuset", "residential-institution", address="Bakken 1, Odense")
    add_site(store, "Solstrålen", "socio-educational-home", competences="Autisme, skolegang")
    window = PlacementSitesWindow(store)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    names = lambda: [window.model.at(i).name for i in range(window.model.rowCount())]  # noqa: E731
    assert names() == ["Bakkehuset", "Plejefamilien Holm", "Solstrålen"]
    for typed, expected in (
        ("holm", ["Plejefamilien Holm"]),
        ("odense", ["Bakkehuset"]),
        ("autisme", ["Solstrålen"]),
        ("institution", ["Bakkehuset"]),
        ("xyz", []),
    ):
        window.search.clear()
        qtbot.keyClicks(window.search, typed)
        qtbot.keyClick(window.search, Qt.Key.Key_Return)
        assert names() == expected, typed
    assert window.count.text() == "0 sites"


def test_editing_a_site_with_enter_keeps_the_register_one(qtbot, store, monkeypatch, switcher):
    uid = add_site(store, "Bakkehuset", "residential-institution")
    window = PlacementSitesWindow(store)
    qtbot.addWidget(window)
    show_active(qtbot, window)

    def fill(d: SiteDialog) -> None:
        assert d.windowTitle() == "Edit placement site"
        d.capacity.clear()
        qtbot.keyClicks(d.capacity, "6")
        qtbot.keyClick(d.name, Qt.Key.Key_Return)

    drive_dialogs(monkeypatch, SiteDialog, fill)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert sites.get_site(store, uid).capacity == 6
    assert window.model.index(0, window.model.CAPACITY).data() == "6"


def test_tools_menu_opens_the_register(qtbot, store, switcher):
    window = MainWindow(store, switcher)
    qtbot.addWidget(window)
    action = next(
        a
        for a in window.findChildren(type(window.print_action))
        if a.objectName() == "placementSitesAction"
    )
    assert action.text() == "&Placement sites…"
    action.trigger()
    register = window.findChild(PlacementSitesWindow)
    assert register is not None and register.isVisible()
    switcher.apply("da")
    qtbot.waitUntil(lambda: action.text() == "&Anbringelsessteder…", timeout=2000)
    qtbot.waitUntil(lambda: register.windowTitle() == "Anbringelsessteder", timeout=2000)
    register.close()


def test_a_site_a_match_names_cannot_be_deleted(qtbot, store, monkeypatch, switcher):
    from famdesk.core import families
    from famdesk.core.families import FamilyData, MemberData
    from famdesk.core.placement import matches

    used = add_site(store, "Bakkehuset", "residential-institution")
    add_site(store, "Solstrålen", "socio-educational-home")
    family = families.create_family(
        store, FamilyData(reference="FB-1", name="Familien Et", start_date=date(2026, 1, 5))
    )
    child = families.add_member(store, family, MemberData(role="child", given_name="Emil"))
    matches.add_candidate(store, matches.create_match(store, child), used, fit=6)
    window = PlacementSitesWindow(store)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    assert window.model.index(0, window.model.MATCHES).data() == "1"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.table.selectRow(0)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert window.error.text() == words.sentence("placement_site.in_use", "en", matches=1)
    assert len(sites.list_sites(store)) == 2
    window.table.selectRow(1)
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert [s.name for s in sites.list_sites(store)] == ["Bakkehuset"]
    assert window.model.rowCount() == 1 and window.error.isHidden()


def test_long_competences_wrap_whole_inside_the_cells_padding(qtbot, store, switcher):
    from PySide6.QtCore import QRect

    from famdesk.ui.placement.match_tables import ITEM_PADDING
    from famdesk.ui.placement.sites_window import SitesModel

    text = (
        "Unge piger 12-17 år; selvskade og spiseforstyrrelser; samarbejde med "
        "børnepsykiatrien og skolen; faste voksne døgnet rundt."
    )
    add_site(store, "Opholdsstedet Vesterled", "socio-educational-home", competences=text)
    window = PlacementSitesWindow(store)
    qtbot.addWidget(window)
    window.resize(1300, 600)
    show_active(qtbot, window)
    column = SitesModel.COMPETENCES
    width = window.table.columnWidth(column)
    metrics = window.table.fontMetrics()
    assert metrics.horizontalAdvance(text) > width  # it must wrap
    # Painted inside the style sheet's padding and the text margins, every line shows.
    needed = metrics.boundingRect(
        QRect(0, 0, width - 2 * ITEM_PADDING - 8, 100_000), int(Qt.TextFlag.TextWordWrap), text
    )
    assert window.table.rowHeight(0) >= needed.height()
