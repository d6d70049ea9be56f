"""``gene-desk ls | mb | rb | mkdir | rm``: the storage operations of seed 1.4.2 for scripts."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from typing import Any

from gene_desk.cli.context import open_storage
from gene_desk.cli.progress import ProgressPrinter, human_bytes
from gene_desk.core import regions
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.text import json_text, printable
from gene_desk.storage import Storage
from gene_desk.storage.keys import parse_cos_url
from gene_desk.storage.models import Bucket


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ls", help="list buckets, or a folder of a bucket")
    p.add_argument("url", nargs="?", help="cos://BUCKET[/PREFIX]")
    p.add_argument("-r", "--recursive", action="store_true", help="list everything under PREFIX")
    p.add_argument("--json", action="store_true", help="JSON output")
    p.set_defaults(func=cmd_ls)

    p = sub.add_parser("mb", help="make a bucket")
    p.add_argument("url", help="cos://NAME (the APPID is appended)")
    p.add_argument(
        "--region",
        required=True,
        choices=sorted(regions.REGION_IDS),
        metavar="REGION",
        help="COS region, e.g. ap-guangzhou",
    )
    p.set_defaults(func=cmd_mb)

    p = sub.add_parser("rb", help="remove an empty bucket")
    p.add_argument("url", help="cos://BUCKET")
    p.set_defaults(func=cmd_rb)

    p = sub.add_parser("mkdir", help="make a folder")
    p.add_argument("url", help="cos://BUCKET/PATH/")
    p.set_defaults(func=cmd_mkdir)

    p = sub.add_parser("rm", help="remove an object, or a folder with -r")
    p.add_argument("urls", nargs="+", metavar="url", help="cos://BUCKET/KEY")
    p.add_argument(
        "-r", "--recursive", action="store_true", help="remove folders and their contents"
    )
    p.set_defaults(func=cmd_rm)


def _iso(value: Any) -> str:
    return value.isoformat() if value else ""


def _print_json_array(items: Iterator[dict[str, Any]]) -> None:
    """Stream a JSON array: 100,000 entries never sit in memory at once."""
    out = sys.stdout
    out.write("[")
    first = True
    for item in items:
        out.write("\n  " if first else ",\n  ")
        out.write(json_text(item))
        first = False
    out.write("\n]\n" if not first else "]\n")


def cmd_ls(args: argparse.Namespace) -> int:
    storage = open_storage(args)
    if not args.url:
        buckets = storage.list_buckets()
        if args.json:
            _print_json_array(
                {"name": b.name, "region": b.region, "created": _iso(b.created)} for b in buckets
            )
        else:
            for b in buckets:
                print(printable(f"{_iso(b.created)[:19]:19}  {b.region:16}  {b.name}"))
        return 0
    url = parse_cos_url(args.url)
    bucket = storage.bucket(url.bucket)
    prefix = url.key
    if prefix and not prefix.endswith("/") and not args.recursive:
        # `ls cos://b/folder` means the folder when such a folder exists
        page = storage.list_page(bucket, prefix + "/", max_keys=1)
        if page.folders or page.objects or storage.exists(bucket, prefix + "/"):
            prefix += "/"
    entries = _walk(storage, bucket, prefix, args.recursive)
    if args.json:
        _print_json_array(entries)
    else:
        for e in entries:
            if e["type"] == "folder":
                print(f"{'':19}  {'DIR':>12}  {'':23}  {printable(e['key'])}")
            else:
                when, cls = e["last_modified"][:19], e["storage_class"]
                print(f"{when:19}  {e['size']:>12}  {cls:23}  {printable(e['key'])}")
    return 0


def _walk(
    storage: Storage, bucket: Bucket, prefix: str, recursive: bool
) -> Iterator[dict[str, Any]]:
    if recursive:
        for o in storage.iter_objects(bucket, prefix):
            yield {
                "type": "folder" if o.is_folder_marker else "file",
                "key": o.key,
                "size": o.size,
                "last_modified": _iso(o.last_modified),
                "etag": o.etag,
                "storage_class": o.storage_class,
            }
        return
    marker = ""
    while True:
        page = storage.list_page(bucket, prefix, marker)
        for folder in page.folders:
            yield {"type": "folder", "key": folder}
        for o in page.objects:
            yield {
                "type": "file",
                "key": o.key,
                "size": o.size,
                "last_modified": _iso(o.last_modified),
                "etag": o.etag,
                "storage_class": o.storage_class,
            }
        if page.next_marker is None:
            return
        marker = page.next_marker


def cmd_mb(args: argparse.Namespace) -> int:
    url = parse_cos_url(args.url)
    if url.key.strip("/"):
        raise GeneDeskError(ErrorCode.INVALID_ARGUMENT, "mb takes cos://NAME without a path")
    storage = open_storage(args)
    name = url.bucket
    split = regions.split_full_name(name)
    if split:
        if split[1] != storage.appid:
            raise GeneDeskError(
                ErrorCode.INVALID_BUCKET_NAME,
                f"{name} ends in APPID {split[1]}, but this account's APPID is {storage.appid}",
                path=name,
            )
        name = split[0]
    bucket = storage.create_bucket(name, args.region)
    print(f"created cos://{bucket.name} in {bucket.region}")
    return 0


def cmd_rb(args: argparse.Namespace) -> int:
    url = parse_cos_url(args.url)
    storage = open_storage(args)
    bucket = storage.bucket(url.bucket)
    storage.delete_bucket(bucket)
    print(f"removed cos://{bucket.name}")
    return 0


def cmd_mkdir(args: argparse.Namespace) -> int:
    url = parse_cos_url(args.url)
    path = url.key.strip("/")
    if not path:
        raise GeneDeskError(ErrorCode.INVALID_ARGUMENT, "mkdir needs cos://BUCKET/PATH/")
    storage = open_storage(args)
    bucket = storage.bucket(url.bucket)
    parent, _, name = path.rpartition("/")
    key = storage.create_folder(bucket, f"{parent}/" if parent else "", name)
    print(printable(f"created cos://{bucket.name}/{key}"))
    return 0


def _error(text: str) -> None:
    """One error line on stderr, like main's: the keys in it escaped."""
    print(f"gene-desk: error: {printable(text)}", file=sys.stderr)


def cmd_rm(args: argparse.Namespace) -> int:
    storage = open_storage(args)
    failed = 0
    printer = ProgressPrinter()
    for text in args.urls:
        url = parse_cos_url(text)
        bucket = storage.bucket(url.bucket)
        key = url.key
        if not key:
            raise GeneDeskError(
                ErrorCode.INVALID_ARGUMENT, f"{text}: to remove a bucket use `gene-desk rb`"
            )
        is_folder = key.endswith("/")
        if not is_folder and not storage.exists(bucket, key):
            folder_page = storage.list_page(bucket, key + "/", max_keys=1)
            if folder_page.folders or folder_page.objects or storage.exists(bucket, key + "/"):
                is_folder, key = True, key + "/"
            else:
                _error(f"{text}: no such object (NO_SUCH_KEY)")
                failed += 1
                continue
        if not is_folder:
            result = storage.delete_objects(bucket, [key])
        elif not args.recursive:
            _error(f"{text} is a folder: use rm -r ({ErrorCode.INVALID_ARGUMENT.value})")
            failed += 1
            continue
        else:
            result = storage.delete_folder(
                bucket,
                key,
                progress=lambda done, total, k=key: printer.update(f"deleting {k}", done, total),
            )
        printer.close()
        for fkey, code, message in result.failed:
            _error(f"cos://{bucket.name}/{fkey}: {message} ({code})")
        failed += len(result.failed)
        print(printable(f"removed {result.deleted} object(s) from cos://{bucket.name}/{key}"))
    if failed:
        print(
            f"gene-desk: error: {failed} removal(s) failed ({ErrorCode.PARTIAL_FAILURE.value})",
            file=sys.stderr,
        )
        return 1
    return 0


__all__ = ["human_bytes", "register"]
