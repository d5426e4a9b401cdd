"""Afterview's one exception tree: the classes stand where ``providers.errors``' docstring draws
them, and every exception class the project defines is drawn there, under ``AfterviewError``."""
from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest

import providers.errors
from providers.errors import AfterviewError

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("addon", "notes", "providers", "scheduler")


def resolve(name: str) -> type:
    """A drawn name: a class of ``providers.errors``, or ``module.Class`` under ``providers``."""
    module, _, attribute = name.rpartition(".")
    return getattr(importlib.import_module(f"providers.{module}") if module else providers.errors, attribute)


def drawn() -> dict[str, str | None]:
    """Each class the docstring draws, with its parent (``None`` for the root)."""
    tree = providers.errors.__doc__.split("Exception tree::", 1)[1]
    parents: dict[str, str | None] = {}
    open_by_column: list[tuple[int, str]] = []
    for line in filter(str.strip, tree.splitlines()):
        match = re.match(r"[ |]*(?:\+-- )?([\w.]+)", line)
        column = match.start(1)
        while open_by_column and open_by_column[-1][0] >= column:
            open_by_column.pop()
        parents[match.group(1)] = open_by_column[-1][1] if open_by_column else None
        open_by_column.append((column, match.group(1)))
    return parents


def test_the_drawing_has_one_root_and_every_class_of_the_module():
    tree = drawn()
    assert [name for name, parent in tree.items() if parent is None] == ["AfterviewError"]
    own = {name for name, value in vars(providers.errors).items()
           if isinstance(value, type) and issubclass(value, BaseException) and value.__module__ == "providers.errors"}
    assert own <= set(tree)


@pytest.mark.parametrize("name, parent", [(n, p) for n, p in drawn().items() if p is not None])
def test_each_class_stands_under_the_parent_drawn(name, parent):
    assert resolve(parent) in resolve(name).__bases__


def defined_exceptions() -> list[type]:
    """Every exception class defined in the project's packages (found in the source, then imported)."""
    found = []
    sources = (path for package in PACKAGES for path in (ROOT / package).rglob("*.py"))
    for path in sorted(path for path in sources if "migrations" not in path.parts):
        classes = [node.name for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                   if isinstance(node, ast.ClassDef)]
        if not classes:
            continue
        module = importlib.import_module(".".join(path.relative_to(ROOT).with_suffix("").parts))
        found += [cls for name in classes if isinstance(cls := getattr(module, name, None), type)
                  and issubclass(cls, BaseException) and cls.__module__ == module.__name__]
    return found


def test_every_exception_the_project_defines_is_drawn_under_the_root():
    tree = {resolve(name) for name in drawn()}
    exceptions = defined_exceptions()
    assert len(exceptions) >= len(tree)
    assert [cls.__qualname__ for cls in exceptions if cls not in tree or not issubclass(cls, AfterviewError)] == []


def test_the_old_names_still_import():
    from addon.config import ConfigError
    from addon.gmail.verify import CertsUnavailable, Unverified
    from notes.errors import Conflict, InvalidInput, NotFound
    from notes.store.crypto import TokenKeyError
    from providers.base import AuthExpired, ProviderError, RateLimited
    from providers.google.auth import ConnectRefused as GoogleRefused
    from providers.microsoft.auth import ConnectRefused as MicrosoftRefused

    assert GoogleRefused is MicrosoftRefused is providers.errors.ConnectRefused
    assert issubclass(TokenKeyError, ConfigError) and issubclass(TokenKeyError, ValueError)
    assert issubclass(CertsUnavailable, ProviderError) and issubclass(Unverified, AfterviewError)
    assert all(issubclass(cls, AfterviewError) for cls in (Conflict, InvalidInput, NotFound, AuthExpired))
    assert RateLimited("slow down", retry_after=30).retry_after == 30 and AuthExpired("gone").retry_after is None
