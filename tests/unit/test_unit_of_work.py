"""The entry points commit through a unit of work, never by hand."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def commits(path: Path) -> list[str]:
    return [f"{path.relative_to(ROOT)}:{node.lineno}" for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "commit"]


def test_no_handler_commits_a_session_itself():
    modules = list((ROOT / "addon").rglob("*.py"))
    assert len(modules) > 20
    assert commits(ROOT / "notes" / "store" / "database.py")  # the check finds commits where they are
    assert [c for path in modules for c in commits(path)] == []
