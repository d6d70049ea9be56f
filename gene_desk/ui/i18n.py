"""Interface language: Simplified Chinese by default, English on request.

Source strings in the code are English; ``resources/translations/gene_desk_zh_CN.qm`` turns
them into Chinese. The language follows the system locale unless the user picked one: a Chinese
locale (zh_*) or no usable locale gets Chinese, any other locale gets English. Qt's own strings
(buttons of standard dialogs) come from Qt's ``qtbase_zh_CN.qm`` when it is installed.
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
    QLocale.setDefault(
        QLocale(QLocale.Language.Chinese if code == "zh_CN" else QLocale.Language.English)
    )
    return code
