"""``gene-desk restore``, and the restore-then-wait step of ``gene-desk download --restore``.

ARCHIVE and DEEP_ARCHIVE objects must be restored (POST Object restore) before they can be
read; a restore takes minutes to days depending on the class and tier. ``restore`` asks for
them and returns; ``download --restore`` asks for the ones it needs, waits, then downloads.
The wait polls HEAD (``x-cos-restore``) of the objects still pending, with a backoff from 5
seconds to 5 minutes: a restore of hours is not polled every few seconds, one of a minute is
not waited on for long. An interrupted wait loses nothing: the restores go on at COS, and the
same command run again finds them in progress.
"""

from __future__ import annotations

import argparse
import threading
import time
from collections.abc import Callable, Iterable, Iterator

from gene_desk.cli.context import open_storage
from gene_desk.cli.progress import ProgressPrinter, human_duration
from gene_desk.core import storage_classes as sc
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.storage import Storage, archive
from gene_desk.storage.keys import parse_cos_url
from gene_desk.storage.models import Bucket, ObjectEntry

FIRST_POLL = 5.0
MAX_POLL = 300.0


def _sleep(seconds: float) -> None:
    threading.Event().wait(seconds)


#: how the wait between polls is spent (tests move the sandbox's archive clock instead)
pause: Callable[[float], None] = _sleep


def days_arg(text: str) -> int:
    try:
        return archive.check_days(int(text))
    except (ValueError, GeneDeskError):
        raise argparse.ArgumentTypeError(
            f"not a number of days from {archive.MIN_DAYS} to {archive.MAX_DAYS}: {text!r}"
        ) from None


def tier_arg(text: str) -> str:
    tier = sc.normalize_tier(text)
    if tier is None:
        raise argparse.ArgumentTypeError(f"not a tier (Expedited, Standard, Bulk): {text!r}")
    return tier


def add_restore_options(p: argparse.ArgumentParser) -> None:
    """``--restore[=TIER]`` and ``--restore-days N`` for ``download``. A bare ``--restore``
    never takes the next word as its tier (that is a source), so the tiers are spelled with
    '=' only."""
    p.add_argument(
        "--restore",
        action="store_const",
        const=sc.DEFAULT_TIER,
        default=None,
        help="--restore[=TIER]: first restore the ARCHIVE / DEEP_ARCHIVE objects that need it"
        " (TIER Expedited, Standard or Bulk; default Standard; DEEP_ARCHIVE has no Expedited"
        " and uses Standard), wait until they are restored, then download",
    )
    for tier in sc.TIERS:
        for spelling in {tier, tier.lower(), tier.upper()}:
            p.add_argument(
                f"--restore={spelling}",
                action="store_const",
                const=tier,
                dest="restore",
                help=argparse.SUPPRESS,
            )
    p.add_argument(
        "--restore-days",
        type=days_arg,
        default=archive.DEFAULT_DAYS,
        metavar="N",
        help=f"with --restore: days the restored copies last (default {archive.DEFAULT_DAYS})",
    )


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "restore", help="restore ARCHIVE / DEEP_ARCHIVE objects so they can be downloaded"
    )
    p.add_argument("url", metavar="cos://BUCKET/KEY_OR_PREFIX")
    p.add_argument(
        "--days",
        type=days_arg,
        default=archive.DEFAULT_DAYS,
        metavar="N",
        help=f"days the restored copy lasts, {archive.MIN_DAYS}-{archive.MAX_DAYS}"
        f" (default {archive.DEFAULT_DAYS}); again on a restored object: extends it",
    )
    p.add_argument(
        "--tier",
        type=tier_arg,
        default=sc.DEFAULT_TIER,
        metavar="TIER",
        help="Expedited (ARCHIVE only, 1-5 min), Standard (default; ARCHIVE 3-5 h, DEEP_ARCHIVE"
        " 12-24 h) or Bulk (ARCHIVE 5-12 h, DEEP_ARCHIVE 24-48 h)",
    )
    p.add_argument(
        "-r", "--recursive", action="store_true", help="every archived object under the prefix"
    )
    p.set_defaults(func=cmd_restore)


def cmd_restore(args: argparse.Namespace) -> int:
    url = parse_cos_url(args.url)
    storage = open_storage(args)
    bucket = storage.bucket(url.bucket)
    printer = ProgressPrinter()
    key = url.key
    if not key and not args.recursive:
        raise GeneDeskError(ErrorCode.NOT_SELECTED, "name an object, or a prefix with -r")
    if args.recursive:
        if key and not key.endswith("/"):
            key += "/"
        return _restore_prefix(storage, bucket, key, args, printer)
    if key.endswith("/"):
        raise GeneDeskError(
            ErrorCode.INVALID_ARGUMENT, "a folder: use -r to restore what it holds", path=key
        )
    info = storage.head_object(bucket, key)
    target = f"cos://{bucket.name}/{key}"
    if not info.archived:
        raise GeneDeskError(
            ErrorCode.INVALID_ARGUMENT,
            f"{target} is {info.storage_class}: only ARCHIVE and DEEP_ARCHIVE objects are"
            " restored (it can be downloaded as it is)",
            path=key,
        )
    tier = archive.check_tier(args.tier, info.storage_class)
    try:
        archive.restore_object(storage, bucket, key, days=args.days, tier=tier)
    except GeneDeskError as exc:
        if exc.code is not ErrorCode.RESTORE_IN_PROGRESS:
            raise
        printer.line(f"already being restored: {target}")
        return 0
    done = "extended" if info.readable else "started"
    printer.line(f"restore {done}: {target} ({tier}, {args.days} days)")
    return 0


def _restore_prefix(
    storage: Storage,
    bucket: Bucket,
    prefix: str,
    args: argparse.Namespace,
    printer: ProgressPrinter,
) -> int:
    def report(key: str, what: str) -> None:
        if what != "failed":
            printer.line(f"{what:12} cos://{bucket.name}/{key}")

    out = archive.restore_many(
        storage,
        bucket,
        storage.iter_objects(bucket, prefix),
        days=args.days,
        tier=args.tier,
        on_entry=report,
    )
    for key, exc in out.failed:
        printer.line(f"FAILED       cos://{bucket.name}/{key}: {exc.message} ({exc.code.value})")
    printer.line(
        f"{len(out.started)} restore(s) started or extended, {len(out.in_progress)} already in"
        f" progress, {len(out.failed)} failed, {out.not_archived} not archived"
    )
    return 1 if out.failed else 0


# -- download --restore ---------------------------------------------------------------------------
def restore_then_wait(
    storage: Storage,
    sources: Iterable[tuple[Bucket, str]],
    *,
    tier: str,
    days: int,
    printer: ProgressPrinter,
) -> None:
    """Restore what the download needs (archived and not yet restored), then wait until every
    one of them is restored. Objects whose restore cannot be asked for are reported and left to
    the download's planning, which refuses them with their code."""
    pending: list[tuple[Bucket, str]] = []
    for bucket, key in sources:
        out = archive.restore_many(
            storage, bucket, _entries(storage, bucket, key), days=days, tier=tier,
            skip_restored=True,
        )  # fmt: skip
        for failed, exc in out.failed:
            printer.line(f"FAILED  restore cos://{bucket.name}/{failed}: {exc.message}")
        for started in out.started:
            printer.line(f"restore started: cos://{bucket.name}/{started}")
        for waiting in out.in_progress:
            printer.line(f"restore in progress: cos://{bucket.name}/{waiting}")
        pending += [(bucket, k) for k in out.started + out.in_progress]
    _wait(storage, pending, printer)


def _entries(storage: Storage, bucket: Bucket, key: str) -> Iterator[ObjectEntry]:
    if key.endswith("/"):
        yield from storage.iter_objects(bucket, key)
        return
    info = storage.head_object(bucket, key)
    yield ObjectEntry(key, info.size, None, info.etag, info.storage_class)


def _wait(storage: Storage, pending: list[tuple[Bucket, str]], printer: ProgressPrinter) -> None:
    total = len(pending)
    if not total:
        return
    interval = FIRST_POLL
    started = time.monotonic()
    while pending:
        printer.line(
            f"waiting for restores: {total - len(pending)} of {total} restored;"
            f" next check in {human_duration(interval)}"
        )
        pause(interval)
        still = []
        for bucket, key in pending:
            try:
                info = storage.head_object(bucket, key)
            except GeneDeskError as exc:  # deleted meanwhile: the download will say so
                printer.line(f"FAILED  cos://{bucket.name}/{key}: {exc.message}")
                continue
            if info.readable:
                printer.line(f"restored: cos://{bucket.name}/{key}")
            elif info.restore is None:  # expired already, or never asked: the plan refuses it
                printer.line(f"not being restored: cos://{bucket.name}/{key}")
            else:
                still.append((bucket, key))
        pending = still
        interval = min(MAX_POLL, interval * 2)
    printer.line(f"all {total} restore(s) done after {human_duration(time.monotonic() - started)}")
