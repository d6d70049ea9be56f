"""How a CLI command gets a logged-in session and the storage engine.

Order: ``GENE_DESK_USER`` + ``GENE_DESK_PASSWORD`` (scripts; the password stays in memory to
renew the session during long runs), then the session ``gene-desk login`` kept in the OS keyring.
"""

from __future__ import annotations

import argparse
import logging
import os

from gene_desk.account import keyring_store
from gene_desk.account.api import DEFAULT_ACCOUNT_URL
from gene_desk.account.session import AccountSession
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.storage import CosClients, Storage

log = logging.getLogger(__name__)

ENV_URL = "GENE_DESK_ACCOUNT_URL"
ENV_USER = "GENE_DESK_USER"
ENV_PASSWORD = "GENE_DESK_PASSWORD"


def account_url(args: argparse.Namespace) -> str:
    return (
        getattr(args, "account_url", None) or os.environ.get(ENV_URL) or DEFAULT_ACCOUNT_URL
    ).rstrip("/")


def open_session(args: argparse.Namespace) -> AccountSession:
    url = account_url(args)
    user = os.environ.get(ENV_USER)
    password = os.environ.get(ENV_PASSWORD)
    if user and password:
        return AccountSession.login(url, user, password, keep_password=True)
    last = keyring_store.load_last_account(url)
    token = keyring_store.load(url, last, "session") if last else None
    if token:
        try:
            return AccountSession.resume(url, token)
        except GeneDeskError as exc:
            if exc.code is ErrorCode.SESSION_EXPIRED:
                keyring_store.delete(url, last or "", "session")
                raise GeneDeskError(
                    ErrorCode.SESSION_EXPIRED,
                    "the saved session has expired: run `gene-desk login` again",
                ) from exc
            raise
    raise GeneDeskError(
        ErrorCode.NOT_LOGGED_IN,
        "not logged in: run `gene-desk login`, or set GENE_DESK_USER and GENE_DESK_PASSWORD",
    )


def open_storage(args: argparse.Namespace) -> Storage:
    """The storage layer over the session's temporary keys (renewed on expiry)."""
    session = open_session(args)
    return Storage(CosClients(session.credentials, session.invalidate_credentials))
