"""``gene-desk login | logout | whoami``."""

from __future__ import annotations

import argparse
import getpass
import sys

from gene_desk.account import keyring_store
from gene_desk.account.session import AccountSession
from gene_desk.cli.context import account_url, open_session
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.text import json_text, printable


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("login", help="log in and keep the session in the OS keyring")
    p.add_argument("--user", "-u", help="Duoyungu account (asked for when omitted)")
    p.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    p.set_defaults(func=cmd_login)

    p = sub.add_parser("logout", help="end the saved session and forget it")
    p.set_defaults(func=cmd_logout)

    p = sub.add_parser("whoami", help="show the logged-in account")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_whoami)


def cmd_login(args: argparse.Namespace) -> int:
    url = account_url(args)
    user = args.user or keyring_store.load_last_account(url)
    if not user:
        if not sys.stdin.isatty():
            raise GeneDeskError(ErrorCode.INVALID_ARGUMENT, "--user is required without a terminal")
        user = input("Duoyungu account: ").strip()
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        if not sys.stdin.isatty():
            raise GeneDeskError(
                ErrorCode.INVALID_ARGUMENT,
                "no terminal to ask for the password: use --password-stdin",
            )
        password = getpass.getpass(f"Password for {user}: ")
    session = AccountSession.login(url, user, password)
    print(printable(f"logged in as {session.user.account} ({session.user.company})"))
    if not keyring_store.available():
        print(
            "gene-desk: no OS keyring is available on this machine, so the session was not kept;"
            " scripts can set GENE_DESK_USER and GENE_DESK_PASSWORD instead",
            file=sys.stderr,
        )
        session.logout()
        return 1
    assert session.token is not None
    keyring_store.save(url, user, "session", session.token)
    keyring_store.save_last_account(url, user)
    print(f"session kept in the OS keyring ({keyring_store.backend_name()})")
    return 0


def cmd_logout(args: argparse.Namespace) -> int:
    url = account_url(args)
    user = keyring_store.load_last_account(url)
    token = keyring_store.load(url, user, "session") if user else None
    if user and token:
        try:
            AccountSession.resume(url, token).logout()
        except GeneDeskError:
            pass  # an expired session is as good as logged out
        keyring_store.delete(url, user, "session")
        print(f"logged out {user}")
    else:
        print("no saved session")
    return 0


def cmd_whoami(args: argparse.Namespace) -> int:
    session = open_session(args)
    u = session.user
    if args.json:
        print(
            json_text(
                {
                    "account": u.account,
                    "display_name": u.display_name,
                    "company": u.company,
                    "role": u.role,
                    "appid": u.appid,
                    "account_url": session.account_url,
                }
            )
        )
    else:
        line = f"{u.account}  {u.display_name}  {u.company}  role {u.role}  APPID {u.appid}"
        print(printable(line))  # server text: one line, whatever it holds
    return 0
