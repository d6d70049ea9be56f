"""A Qt-free ``QT_TRANSLATE_NOOP``: marks engine strings that the window translates.

The account catalogue's header keys and the account enumerations' English keys live in the
engine (shared with the CLI, which has no Qt), but the window shows them translated.
``resources/translations/build.py`` runs ``pyside6-lupdate`` over the modules that use this mark,
so their entries stay in the ``.ts`` files; the engine never imports Qt for it.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, key: str) -> str:
    """Mark ``key`` (in ``context``) for lupdate; returns the key unchanged."""
    return key
