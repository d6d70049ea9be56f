"""``gene-desk share cos://BUCKET/KEY --expires 3d [--json]``: a link anyone can download through.

The same engine call as the window's 分享 dialog (:func:`gene_desk.account.sharing.share_object`):
a file only, 1 hour to 7 days, signed by the account service with the account's permanent keys
and recorded in 分享记录 (``gene-desk account shares``). The URL goes to stdout (the first line,
so ``gene-desk share ... | head -1`` is the link), the statement of who can use it until when and,
for a Gene Desk ``.zst`` object, how the recipient opens it, follow. ``--json`` prints one object.
"""

from __future__ import annotations

import argparse

from gene_desk.account.sharing import MAX_EXPIRY, MIN_EXPIRY, parse_expiry, share_object
from gene_desk.cli.context import open_session
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.text import json_text, printable
from gene_desk.storage import CosClients, Storage
from gene_desk.storage.keys import parse_cos_url


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "share",
        help="a link anyone can download one file through, until it expires (分享)",
        description="Print a presigned download link of one file. Anyone with the link can"
        " download the file until it expires; the link is recorded in 分享记录"
        " (gene-desk account shares).",
    )
    p.add_argument("url", help="cos://BUCKET/KEY of a file")
    p.add_argument(
        "--expires",
        default="1d",
        metavar="DURATION",
        help=f"how long the link works: {MIN_EXPIRY // 3600}h to {MAX_EXPIRY // 86400}d,"
        " e.g. 1h, 12h, 3d, 7d (default 1d)",
    )
    p.add_argument("--json", action="store_true", help="print the link and its facts as JSON")
    p.set_defaults(func=cmd_share)


def cmd_share(args: argparse.Namespace) -> int:
    seconds = parse_expiry(args.expires)  # a bad expiry is refused before logging in
    target = parse_cos_url(args.url)
    if not target.key:
        raise GeneDeskError(
            ErrorCode.INVALID_ARGUMENT,
            f"{args.url} names a bucket: share takes cos://BUCKET/KEY of a file",
            path=args.url,
            details={"reason": "folder"},
        )
    session = open_session(args)
    storage = Storage(CosClients(session.credentials, session.invalidate_credentials))
    result = share_object(session.api, storage, storage.bucket(target.bucket), target.key, seconds)
    link = result.link
    if args.json:
        print(
            json_text(
                {
                    "url": link.url,
                    "id": link.id,
                    "bucket": link.bucket,
                    "region": link.region,
                    "key": link.key,
                    "size": result.size,
                    "created_at": link.created_at.isoformat(),
                    "expires_at": link.expires_at.isoformat(),
                    "compressed": result.packing.value if result.compressed else None,
                    "open_note": result.open_note(),
                },
                indent=2,
            )
        )
        return 0
    print(link.url)
    print(f"anyone with this link can download until {result.expires_china()} (China time)")
    note = result.open_note()
    if note:
        print(printable(note))
    return 0
