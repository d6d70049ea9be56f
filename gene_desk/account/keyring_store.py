"""Secrets in the OS keyring, and an honest answer when there is none.

Like vorta, we refuse to pretend: on a machine without a secure keyring backend (a headless Linux
box without Secret Service, or only a plaintext/"fail" backend) ``available()`` is False and the
faces say plainly that nothing will be remembered, instead of writing a secret to disk.
"""

from __future__ import annotations

import logging
from types import ModuleType

log = logging.getLogger(__name__)

SERVICE = "gene-desk"
_WEAK_BACKENDS = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


def _keyring() -> ModuleType:
    """The keyring package, imported on first use: a CLI run that logs in from environment
    variables never touches the keyring, and importing it (its backends' entry points) cost
    27 ms of every such run (issue 18)."""
    import keyring

    return keyring


def _errors() -> tuple[type[Exception], type[Exception]]:
    from keyring.errors import KeyringError, PasswordDeleteError

    return KeyringError, PasswordDeleteError


def _backend_is_weak(backend: object) -> bool:
    module = type(backend).__module__
    if module.startswith(_WEAK_BACKENDS):
        return True
    if module.startswith("keyring.backends.chainer"):
        return not getattr(backend, "backends", None)
    try:
        return float(getattr(backend, "priority", 0)) <= 0
    except Exception:  # some backends raise from priority when unusable
        return True


def available() -> bool:
    """True when a secure keyring backend exists on this machine."""
    try:
        return not _backend_is_weak(_keyring().get_keyring())
    except Exception:
        return False


def backend_name() -> str:
    try:
        backend = _keyring().get_keyring()
    except Exception:
        return "none"
    return f"{type(backend).__module__}.{type(backend).__name__}"


def _key(account_url: str, account: str, kind: str) -> str:
    return f"{kind}:{account}@{account_url.rstrip('/')}"


def save(account_url: str, account: str, kind: str, secret: str) -> bool:
    """Store a secret (``kind`` is "session" or "password"). Returns False when not possible."""
    if not available():
        return False
    keyring_error, _ = _errors()
    try:
        _keyring().set_password(SERVICE, _key(account_url, account, kind), secret)
        return True
    except keyring_error as exc:
        log.warning("keyring refused to store a %s: %s", kind, type(exc).__name__)
        return False


def load(account_url: str, account: str, kind: str) -> str | None:
    if not available():
        return None
    keyring_error, _ = _errors()
    try:
        return _keyring().get_password(SERVICE, _key(account_url, account, kind))
    except keyring_error as exc:
        log.warning("keyring read failed: %s", type(exc).__name__)
        return None


def delete(account_url: str, account: str, kind: str) -> None:
    if not available():
        return
    keyring_error, delete_error = _errors()
    try:
        _keyring().delete_password(SERVICE, _key(account_url, account, kind))
    except (delete_error, keyring_error):
        pass


# The last account used against an account URL is not a secret, but it is kept in the keyring
# too so that `gene-desk login` state lives in one place and no settings file is needed by the CLI.
def save_last_account(account_url: str, account: str) -> None:
    save(account_url, "_", "last-account", account)


def load_last_account(account_url: str) -> str | None:
    return load(account_url, "_", "last-account")
