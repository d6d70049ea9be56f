"""The installer modules live in installer/ (not a package: the name would clash with PyPI's
``installer``); tests load them by path, as the spec and build_installer.py do."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        f"gene_desk_installer_{name}", INSTALLER / f"{name}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def rules() -> ModuleType:
    return load("bundle_rules")


@pytest.fixture(scope="session")
def assets() -> ModuleType:
    return load("assets")
