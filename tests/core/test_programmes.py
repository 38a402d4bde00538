"""The shipped programme catalogue."""

from __future__ import annotations

from famdesk.core import programmes

REQUIRED = [
    "De Utrolige År",
    "De Utrolige År – Baby",
    "De Utrolige År – Småbørn",
    "PMTO",
    "MST",
    "MTFC",
    "MultifunC",
    "FFT",
    "KEEP",
    "VIDA",
    "Fritidsstøtte",
    "other",
]


def test_catalogue_holds_socialstyrelsens_programmes_in_order():
    assert list(programmes.codes()) == REQUIRED


def test_every_programme_has_name_and_target_group_in_both_languages():
    for p in programmes.catalogue():
        for lang in programmes.LANGUAGES:
            assert p.name(lang).strip(), (p.code, lang)
            assert len(p.target_group(lang)) > 20, (p.code, lang)
            assert p.description(lang).strip(), (p.code, lang)
        assert p.target_group("da") != p.target_group("en")


def test_find_is_exact_then_case_insensitive_and_none_for_unknown():
    assert programmes.find("PMTO").code == "PMTO"
    assert programmes.find("pmto").code == "PMTO"
    assert programmes.find("multifunc").code == "MultifunC"
    assert programmes.find("Something else") is None
    assert programmes.find(None) is None
    assert programmes.find("") is None


def test_leisure_time_support_is_named_in_english():
    assert programmes.find("Fritidsstøtte").name("en") == "Leisure-time support"
    assert "0–1" in programmes.find("De Utrolige År – Baby").target_group("en")
