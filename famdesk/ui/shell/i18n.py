"""Choosing and installing the interface language.

Danish where the system locale is Danish, English otherwise; the QSettings key
``ui/language`` ("da", "en" or "system") overrides it. Installing a new
translator makes Qt send every widget a ``LanguageChange`` event, so windows
that follow the ``changeEvent`` → ``retranslate_ui`` pattern switch live.
"""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

LANGUAGE_KEY = "ui/language"
LANGUAGE_CHOICES = ("system", "da", "en")
SUPPORTED = ("da", "en")
ORGANISATION = "famdesk"
APPLICATION = "famdesk"


def settings() -> QSettings:
    """famdesk's UI preferences (window geometry, language); never case data."""
    return QSettings(ORGANISATION, APPLICATION)


def translations_dir() -> Path:
    """The folder with famdesk_<lang>.ts/.qm, wherever the package is installed."""
    with as_file(files("famdesk.resources") / "translations") as path:
        return Path(path)


def resources_dir() -> Path:
    with as_file(files("famdesk.resources")) as path:
        return Path(path)


def system_language(locale: QLocale | None = None) -> str:
    locale = locale or QLocale.system()
    return "da" if locale.language() == QLocale.Language.Danish else "en"


def language_setting() -> str:
    value = str(settings().value(LANGUAGE_KEY, "system") or "system")
    return value if value in LANGUAGE_CHOICES else "system"


def save_language_setting(choice: str) -> None:
    if choice not in LANGUAGE_CHOICES:
        raise ValueError(f"unknown language choice {choice!r}")
    settings().setValue(LANGUAGE_KEY, choice)


def resolve_language(choice: str, locale: QLocale | None = None) -> str:
    """The language to show for a setting: 'da' or 'en'."""
    return choice if choice in SUPPORTED else system_language(locale)


class LanguageSwitcher:
    """Owns the installed translators so a switch replaces rather than stacks them."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, language: str) -> bool:
        """Install famdesk's and Qt's own translations for ``language``.

        Returns False if famdesk's translation file could not be loaded (the
        interface then stays in the English source text).
        """
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        self.language = language
        # Dates and numbers follow the interface language.
        if language == "da":
            QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
        else:
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        loaded = True
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if language != "en":
            qt = QTranslator(self._app)
            if qt.load(f"qtbase_{language}", qt_dir):
                self._install(qt)
        own = QTranslator(self._app)
        if own.load(f"famdesk_{language}", str(translations_dir())):
            self._install(own)
        else:
            loaded = language == "en"
        return loaded

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)
