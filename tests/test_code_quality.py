"""The repository stays ruff and mypy clean, and the layers import only downwards.

docs/architecture.md: ``ui → core → db``, ``reports → core``, ``commands → core``;
nothing outside ``famdesk/ui`` imports Qt, and only ``core`` and ``db`` reach the
store's machinery (``famdesk.db``, SQLAlchemy, SQLCipher, Alembic) or open a
session — the rest goes through ``famdesk.core`` (the store itself through
``core.storage``). The checks read the source with ``ast`` (every import and
call, including ones inside functions), so they need neither Qt nor a database.
"""

from __future__ import annotations

import ast
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "famdesk"

#: The store's machinery: only famdesk.core and famdesk.db may import it.
STORE_MACHINERY = ("famdesk.db", "sqlalchemy", "sqlcipher3", "alembic")
#: The front ends: they sit on top and nothing below may import them.
FRONT_ENDS = ("famdesk.ui", "famdesk.commands", "famdesk.cli")

#: layer → packages it must not import (each also bars their submodules).
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "famdesk.db": ("famdesk.core", "famdesk.reports", *FRONT_ENDS),
    "famdesk.core": ("famdesk.reports", *FRONT_ENDS),
    "famdesk.reports": (*STORE_MACHINERY, *FRONT_ENDS),
    "famdesk.ui": STORE_MACHINERY,
    "famdesk.commands": STORE_MACHINERY,
    "famdesk.cli": STORE_MACHINERY,
}
QT_PACKAGES = ("PySide6", "shiboken6")
#: Where a unit of work may be opened (``store.session()``, ``store.read_session()``).
SESSION_LAYERS = ("famdesk.core", "famdesk.db")
SESSION_METHODS = ("session", "read_session")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def _require(tool: str) -> None:
    """A missing linter fails the suite: a skipped check would pass unnoticed."""
    if importlib.util.find_spec(tool) is None:
        pytest.fail(f"{tool} is not installed; it is in the test extra: pip install -e '.[test]'")


def test_ruff_reports_nothing() -> None:
    _require("ruff")
    result = _run("ruff", "check", "--no-cache", "famdesk", "tests", "tools", "benchmarks")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_reports_nothing() -> None:
    _require("mypy")
    result = _run("mypy", "famdesk")
    assert result.returncode == 0, result.stdout + result.stderr


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports_in(source: str, module: str, is_package: bool) -> list[tuple[int, str]]:
    """(line, absolute module name) for every import in ``module``'s source."""
    package = module if is_package else module.rpartition(".")[0]
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            # Each name qualified: "from famdesk import ui" imports famdesk.ui.
            found += [(node.lineno, f"{target}.{alias.name}") for alias in node.names]
    return found


def _imported(path: Path) -> list[tuple[int, str]]:
    source = path.read_text(encoding="utf-8")
    return _imports_in(source, _module_name(path), path.name == "__init__.py")


def _within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def _sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def test_only_the_ui_imports_qt() -> None:
    ui = PACKAGE / "ui"
    offenders = [
        f"{path.relative_to(ROOT)}:{line}: imports {name}"
        for path in _sources()
        if not path.is_relative_to(ui)
        for line, name in _imported(path)
        if any(_within(name, qt) for qt in QT_PACKAGES)
    ]
    assert not offenders, "\n".join(offenders)


def _offences(module: str, imported: list[tuple[int, str]]) -> list[str]:
    """What ``module`` may not import among ``imported`` (line, name), by ``FORBIDDEN``."""
    return [
        f"{line}: {layer} imports {name}"
        for layer, barred in FORBIDDEN.items()
        if _within(module, layer)
        for line, name in imported
        if any(_within(name, b) for b in barred)
    ]


def test_layers_import_only_downwards() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{offence}"
        for path in _sources()
        for offence in _offences(_module_name(path), _imported(path))
    ]
    assert not offenders, "\n".join(offenders)


def test_the_import_check_sees_violations() -> None:
    """The checker itself catches relative, nested and from-package imports."""
    source = (
        "from ..ui import main_window\n"
        "from . import audit\n"
        "def f():\n"
        "    import PySide6.QtCore\n"
        "    from famdesk import reports\n"
    )
    names = [name for _, name in _imports_in(source, "famdesk.core.probe", is_package=False)]
    assert "famdesk.ui.main_window" in names
    assert "famdesk.core.audit" in names
    assert "PySide6.QtCore" in names
    assert "famdesk.reports" in names


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("famdesk.ui.families.probe", "from famdesk.db.store import Store\n"),
        ("famdesk.ui.probe", "def f():\n    from sqlalchemy import select\n"),
        ("famdesk.ui.shell.probe", "from ...db import errors\n"),
        ("famdesk.reports.probe", "from famdesk.db.models import Family\n"),
        ("famdesk.reports.probe", "import sqlalchemy.orm\n"),
        ("famdesk.reports.probe", "from famdesk.ui.common import messages\n"),
        ("famdesk.commands.probe", "from famdesk import db\n"),
        ("famdesk.commands.probe", "from sqlalchemy.exc import OperationalError\n"),
        ("famdesk.cli", "from sqlalchemy.exc import DBAPIError\n"),
        ("famdesk.cli", "from .db.backup import describe_write_error\n"),
        ("famdesk.core.probe", "from famdesk.commands.common import CommandError\n"),
    ],
)
def test_the_layer_rules_bar_the_store_machinery_above_core(module: str, source: str) -> None:
    imported = _imports_in(source, module, is_package=False)
    assert _offences(module, imported), f"{module} may import: {source!r}"


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("famdesk.ui.probe", "from famdesk.core.storage import Store, open_store\n"),
        ("famdesk.reports.probe", "from famdesk.core.sessions import session_log\n"),
        ("famdesk.cli", "from famdesk.core.storage import DBAPIError\n"),
        ("famdesk.core.probe", "from famdesk.db.store import Store\nimport sqlalchemy\n"),
        ("famdesk.dbx.probe", "from famdesk.ui import app\n"),  # famdesk.dbx is not famdesk.db
    ],
)
def test_the_layer_rules_let_the_allowed_imports_pass(module: str, source: str) -> None:
    assert _offences(module, _imports_in(source, module, is_package=False)) == []


def _session_calls(source: str) -> list[tuple[int, str]]:
    """(line, method) of every call of ``<anything>.session(…)`` or ``.read_session(…)``."""
    return [
        (node.lineno, node.func.attr)
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in SESSION_METHODS
    ]


def test_only_core_and_db_open_a_session() -> None:
    """Reports, screens and commands get plain data from core; they never hold a unit of work."""
    offenders = [
        f"{path.relative_to(ROOT)}:{line}: calls .{method}()"
        for path in _sources()
        if not any(_within(_module_name(path), layer) for layer in SESSION_LAYERS)
        for line, method in _session_calls(path.read_text(encoding="utf-8"))
    ]
    assert not offenders, "\n".join(offenders)


def test_the_session_check_sees_calls_however_written() -> None:
    source = (
        "with store.session() as s:\n"
        "    pass\n"
        "def f(self):\n"
        "    with self.store.read_session() as s:\n"
        "        return [x for x in s.scalars(q)]\n"
        "session = store.session\n"  # not a call
        "store.sessions()\n"  # another method
    )
    assert _session_calls(source) == [(1, "session"), (4, "read_session")]


def test_every_package_is_installed() -> None:
    """pyproject's package list names every folder of famdesk/ (a new one is not forgotten)."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"]) - {"famdesk.resources"}
    on_disk = {
        _module_name(init)
        for init in PACKAGE.rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert listed == on_disk


def test_architecture_names_every_core_module() -> None:
    """docs/architecture.md's table of core names each module and package of famdesk/core/."""
    import re

    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    section = text.split("## `famdesk/core/` by idea", 1)[1].split("\n## ", 1)[0]
    rows = "\n".join(line for line in section.splitlines() if line.startswith("|"))
    named = set(re.findall(r"`([a-z_]+(?:\.py|/))`", rows))
    core = PACKAGE / "core"
    on_disk = {p.name for p in core.glob("*.py") if p.name != "__init__.py"}
    on_disk |= {f"{p.name}/" for p in core.iterdir() if (p / "__init__.py").is_file()}
    missing, gone = sorted(on_disk - named), sorted(named - on_disk)
    assert not missing and not gone, f"add to the table: {missing}; no longer there: {gone}"


def test_architecture_names_every_ui_feature_folder() -> None:
    """docs/architecture.md's table of ``famdesk/ui/`` names each feature folder there is."""
    import re

    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    section = text.split("## `famdesk/ui/` by feature", 1)[1].split("\n## ", 1)[0]
    rows = "\n".join(line for line in section.splitlines() if line.startswith("|"))
    named = set(re.findall(r"`ui/([a-z_]+)/`", rows))
    ui = PACKAGE / "ui"
    on_disk = {p.name for p in ui.iterdir() if (p / "__init__.py").is_file()}
    missing, gone = sorted(on_disk - named), sorted(named - on_disk)
    assert not missing and not gone, f"add to the table: {missing}; no longer there: {gone}"


def test_files_and_folders_are_written_through_famdesk_files() -> None:
    """One way to write a file beside a store, one way to make a folder: ``famdesk/files.py``.

    A rename into place (``os.replace``), a flush (``os.fsync``) or a temporary
    file outside it is a copy of ``private_file``; a ``mkdir`` is a folder that
    may not be owner-only. The store's own files (``famdesk/db/``, written
    through SQLite) are the exception for the first three.
    """
    import re

    copies = re.compile(r"\bos\.(replace|fsync)\(|\bmkstemp\(|NamedTemporaryFile\(")
    found = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(ROOT).as_posix()
        if rel == "famdesk/files.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if ".mkdir(" in line or (copies.search(line) and not rel.startswith("famdesk/db/")):
                found.append(f"{rel}:{number}: {line.strip()}")
    assert found == []
