"""Shared fixtures. Every test runs with its own GENE_DESK_HOME (no real profile touched), an
in-memory keyring, and Qt offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

import keyring
import pytest

from tests.helpers.memory_keyring import MemoryKeyring


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch):
    """Point every per-user folder (data, logs, config) at a fresh temp dir."""
    home = tmp_path_factory.mktemp("gene-desk-home")
    monkeypatch.setenv("GENE_DESK_HOME", str(home))
    monkeypatch.delenv("GENE_DESK_ACCOUNT_URL", raising=False)
    monkeypatch.delenv("GENE_DESK_USER", raising=False)
    monkeypatch.delenv("GENE_DESK_PASSWORD", raising=False)
    return home


@pytest.fixture(autouse=True)
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
