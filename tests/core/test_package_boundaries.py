"""Packages are used through their public names (issue 17): the faces (CLI, window) never import
a package's private module (``gene_desk.codec._common``), so an engine package can rearrange its
insides without breaking them; and every engine package is a real package with an
``__init__.py`` that says what it is for."""

from __future__ import annotations

import ast
from pathlib import Path

import gene_desk

ROOT = Path(gene_desk.__file__).parent
FACES = ("cli", "ui")


def _private_imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = []
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        for name in names:
            parts = name.split(".")
            if parts[0] == "gene_desk" and any(p.startswith("_") for p in parts[1:]):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} imports {name}")
    return found


def test_the_faces_import_no_private_module():
    found = [
        hit for face in FACES for p in (ROOT / face).rglob("*.py") for hit in _private_imports(p)
    ]
    assert found == []


def test_every_engine_package_has_a_documented_init():
    for name in ("account", "codec", "core", "preview", "storage", "transfer"):
        init = ROOT / name / "__init__.py"
        assert init.is_file(), f"gene_desk/{name} has no __init__.py"
        assert ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))), init


def _gene_desk_imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name.startswith("gene_desk.")}


def test_storage_and_transfer_do_not_import_the_account_client():
    """The temporary keys live in storage (storage/credentials.py); the faces' context builders
    connect a session to the storage layer, so neither storage nor transfer needs account."""
    found = [
        f"{p.relative_to(ROOT)} imports {name}"
        for package in ("storage", "transfer")
        for p in (ROOT / package).rglob("*.py")
        for name in _gene_desk_imports(p)
        if name == "gene_desk.account" or name.startswith("gene_desk.account.")
    ]
    assert found == []
