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
