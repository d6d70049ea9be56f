"""Every user-visible string has a Chinese translation, and the compiled .qm is loadable."""

from __future__ import annotations

import importlib.util

from PySide6.QtCore import QCoreApplication

from gene_desk.ui import i18n
from gene_desk.ui.resources import translations_dir


def _build_module():
    path = translations_dir() / "build.py"
    spec = importlib.util.spec_from_file_location("translations_build", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_chinese_translation_is_complete():
    build = _build_module()
    assert build.unfinished(translations_dir() / "gene_desk_zh_CN.ts") == []


def test_language_follows_choice(qapp):
    assert i18n.install("zh_CN") == "zh_CN"
    assert QCoreApplication.translate("MainWindow", "Up") == "返回上一级"
    assert QCoreApplication.translate("errors", "Wrong account or password.") == "账号或密码错误。"
    assert i18n.install("en") == "en"
    assert QCoreApplication.translate("MainWindow", "Up") == "Up"
    i18n.install("zh_CN")


def test_rebuilding_a_catalogue_never_rewrites_the_file_a_running_app_has_mapped(
    tmp_path, monkeypatch
):
    """A running window maps its .qm; rewriting that file in place crashed it (SIGBUS)."""
    import mmap
    import shutil
    import sys
    from pathlib import Path

    build = _build_module()
    monkeypatch.setenv("PATH", f"{Path(sys.executable).parent}:{__import__('os').environ['PATH']}")
    if shutil.which("pyside6-lrelease") is None:
        raise AssertionError("pyside6-lrelease is not installed beside the interpreter")
    ts = tmp_path / "gene_desk_zh_CN.ts"
    shutil.copy(translations_dir() / "gene_desk_zh_CN.ts", ts)
    qm = tmp_path / "gene_desk_zh_CN.qm"
    old = b"an old catalogue the app has open" * 100
    qm.write_bytes(old)
    with qm.open("rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
        build.release(ts, "-silent")
        assert mapped[:] == old  # the mapped file is untouched
    assert qm.read_bytes() != old and not list(tmp_path.glob("*.partial"))
