"""Interface language: Simplified Chinese by default, English on request.

Source strings in the code are English; ``resources/translations/gene_desk_zh_CN.qm`` turns
them into Chinese. The language follows the system locale unless the user picked one: a Chinese
locale (zh_*) or no usable locale gets Chinese, any other locale gets English. Qt's own strings
(buttons of standard dialogs, the file dialog) come from Qt's ``qtbase_zh_CN.qm`` (kept in the
installers by ``installer/bundle_rules.py``) plus ``qtbase_extra_zh_CN.qm``, ours, for the few
strings of Qt 6.12 that its catalogue lacks.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from gene_desk.ui.resources import translations_dir

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []


def resolve(language: str) -> str:
    """ "system" -> "zh_CN" or "en"."""
    if language in ("zh_CN", "en"):
        return language
    name = QLocale.system().name()  # e.g. "zh_CN", "en_US", "C"
    if name.startswith("zh") or name in ("C", "", "POSIX"):
        return "zh_CN"
    return "en"


def install(language: str) -> str:
    """Install the translators for ``language`` (replacing earlier ones); returns the code."""
    app = QCoreApplication.instance()
    code = resolve(language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code == "zh_CN":
        ours = QTranslator(app)
        if ours.load(str(translations_dir() / "gene_desk_zh_CN.qm")):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            log.warning("Chinese translation not found in %s", translations_dir())
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load("qtbase_zh_CN", qt_dir):
            app.installTranslator(qt)
            _installed.append(qt)
        else:
            log.warning("Qt's Chinese translation (qtbase_zh_CN) not found in %s", qt_dir)
        # installed last, so searched first: what Qt's own catalogue lacks (file dialog labels)
        extra = QTranslator(app)
        if extra.load(str(translations_dir() / "qtbase_extra_zh_CN.qm")):
            app.installTranslator(extra)
            _installed.append(extra)
    QLocale.setDefault(
        QLocale(QLocale.Language.Chinese if code == "zh_CN" else QLocale.Language.English)
    )
    return code
