"""The layout shows the architecture: a few shared modules at each package root, the rest grouped."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("package", "most"), [("providers", 6), ("notes", 12)])
def test_a_package_root_keeps_only_its_shared_modules(package, most):
    modules = sorted(p.name for p in (ROOT / package).glob("*.py") if p.name != "__init__.py")
    assert len(modules) <= most, f"{package}/ holds {len(modules)} modules: {modules}"


@pytest.mark.parametrize("provider", ["google", "microsoft", "ics", "model"])
def test_each_provider_is_a_package(provider):
    assert (ROOT / "providers" / provider / "__init__.py").is_file()
