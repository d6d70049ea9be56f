"""Is a local file the same as an object? Same path (the ``.zst`` accounted for), same size and
same CRC-64 of the original bytes.

A file ``NAME`` has up to two forms on COS, as for uploads (``upload_conflicts``): the object
``NAME`` holding its bytes as they are (compression off, or already compressed content), and
the Gene Desk ``NAME.zst`` that decompresses to them. Each form present is compared:

- ``NAME``: listed size == file size, then the object's CRC-64 == the file's;
- ``NAME.zst``: only when it is a Gene Desk compressed file (``x-cos-meta-gd-codec: zstd``);
  then its original size and CRC-64 (metadata, else the trailer) == the file's.

When COS can give no CRC-64 for an object (an archived compressed multipart upload cannot be
read without a restore), the sizes decide, like rclone's ``--checksum`` falls back to sizes when
a hash is missing; the entry says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from gene_desk.storage.models import ObjectEntry
from gene_desk.transfer.sync.facts import HEAD, TAIL, FactStore
from gene_desk.transfer.sync.local_tree import LocalFile
from gene_desk.transfer.upload import CODEC_FILE

SIZE_ONLY = "compared by size only: COS has no CRC-64 for this object"


@dataclass(slots=True)
class Group:
    """A file name (local form, relative) and what each side has under it."""

    name: str
    local: LocalFile | None = None
    raw: ObjectEntry | None = None  # key == NAME
    zst: ObjectEntry | None = None  # key == NAME.zst


@dataclass(frozen=True, slots=True)
class Outcome:
    """How one form compared: ``same`` None means it is no form of this file after all (a
    ``.zst`` that Gene Desk did not write, or an object deleted since it was listed)."""

    same: bool | None
    note: str = ""


NOT_A_FORM = Outcome(None)


def remote_needs(group: Group) -> list[tuple[ObjectEntry, str]]:
    """What must be asked of COS to compare ``group`` (before any local file is read)."""
    needs: list[tuple[ObjectEntry, str]] = []
    if group.local is None:
        return needs
    if group.raw is not None and group.raw.size == group.local.size:
        needs.append((group.raw, HEAD))
    if group.zst is not None:
        needs.append((group.zst, TAIL))
    return needs


def zst_is_ours(facts: FactStore, entry: ObjectEntry) -> bool:
    found = facts.remote_facts(entry, TAIL)
    return found is not None and found.codec == CODEC_FILE


def needs_local_crc(facts: FactStore, group: Group) -> bool:
    """Whether the file's CRC-64 decides anything (some form has the file's size)."""
    local = group.local
    if local is None:
        return False
    if group.raw is not None and group.raw.size == local.size:
        return True
    if group.zst is not None:
        found = facts.remote_facts(group.zst, TAIL)
        return (
            found is not None and found.codec == CODEC_FILE and (found.original_size == local.size)
        )
    return False


def compare_raw(facts: FactStore, local: LocalFile, entry: ObjectEntry) -> Outcome:
    if entry.size != local.size:
        return Outcome(False)
    found = facts.remote_facts(entry, HEAD)
    if found is None:
        return NOT_A_FORM  # gone since the listing
    mine = facts.local_crc(local)
    if mine is None:
        return Outcome(False, "could not be read")
    if found.crc64 is None:
        return Outcome(mine.size == entry.size, SIZE_ONLY)
    return Outcome(mine.size == entry.size and mine.crc64 == found.crc64)


def compare_zst(facts: FactStore, local: LocalFile, entry: ObjectEntry) -> Outcome:
    found = facts.remote_facts(entry, TAIL)
    if found is None or found.codec != CODEC_FILE:
        return NOT_A_FORM
    if found.original_size != local.size:
        return Outcome(False)
    mine = facts.local_crc(local)
    if mine is None:
        return Outcome(False, "could not be read")
    if found.original_crc64 is None:
        return Outcome(mine.size == found.original_size, SIZE_ONLY)
    return Outcome(mine.size == found.original_size and mine.crc64 == found.original_crc64)


@dataclass(frozen=True, slots=True)
class Verdict:
    """The file's state: ``same`` is the form equal to the file (None if none is); ``forms``
    are the forms of the file that exist (the other keys of an unchanged file are duplicates,
    those of a changed one are replaced)."""

    same: ObjectEntry | None
    forms: tuple[ObjectEntry, ...]
    notes: tuple[str, ...] = ()


def judge(facts: FactStore, group: Group, *, prefer_compressed: bool) -> Verdict:
    """Compare the local file with each form of it on COS."""
    assert group.local is not None
    outcomes: list[tuple[ObjectEntry, Outcome]] = []
    if group.raw is not None:
        outcomes.append((group.raw, compare_raw(facts, group.local, group.raw)))
    if group.zst is not None:
        outcomes.append((group.zst, compare_zst(facts, group.local, group.zst)))
    forms = tuple(e for e, o in outcomes if o.same is not None)
    same = [e for e, o in outcomes if o.same]
    notes = tuple(o.note for _e, o in outcomes if o.note)
    if len(same) > 1:  # both forms hold the file: keep the one this sync would write
        same.sort(key=lambda e: e.key.endswith(".zst") != prefer_compressed)
    return Verdict(same[0] if same else None, forms, notes)
