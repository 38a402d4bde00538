"""The repository stays ruff and mypy clean, and the layers import only downwards.

docs/design.md: ``ui → core → db``, ``reports → core``; nothing outside ``famdesk/ui``
imports Qt. The import check reads the source with ``ast`` (every import,
including ones inside functions), so it needs neither Qt nor a database.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "famdesk"

#: layer → packages it must not import (each also bars their submodules).
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "famdesk.db": ("famdesk.core", "famdesk.reports", "famdesk.ui"),
    "famdesk.core": ("famdesk.ui", "famdesk.reports"),
    "famdesk.reports": ("famdesk.ui",),
}
QT_PACKAGES = ("PySide6", "shiboken6")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def test_ruff_reports_nothing() -> None:
    pytest.importorskip("ruff")
    result = _run("ruff", "check", "--no-cache", "famdesk", "tests", "tools", "benchmarks")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_reports_nothing() -> None:
    pytest.importorskip("mypy")
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


def test_layers_import_only_downwards() -> None:
    offenders = []
    for path in _sources():
        module = _module_name(path)
        for layer, barred in FORBIDDEN.items():
            if not _within(module, layer):
                continue
            offenders += [
                f"{path.relative_to(ROOT)}:{line}: {layer} imports {name}"
                for line, name in _imported(path)
                if any(_within(name, b) for b in barred)
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
    named = set(re.findall(r"`([a-z_]+(?:\.py|/))`", section))
    core = PACKAGE / "core"
    on_disk = {p.name for p in core.glob("*.py") if p.name != "__init__.py"}
    on_disk |= {f"{p.name}/" for p in core.iterdir() if (p / "__init__.py").is_file()}
    missing, gone = sorted(on_disk - named), sorted(named - on_disk)
    assert not missing and not gone, f"add to the table: {missing}; no longer there: {gone}"
