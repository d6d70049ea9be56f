"""Extraction rules: names impossible on the local OS, name conflicts, modes, duplicates."""

from __future__ import annotations

import os
import stat

import pytest

from gene_desk.codec import decompress_path
from gene_desk.codec.extract import Extractor, fix_component, split_member_name
from gene_desk.core.errors import ErrorCode, GeneDeskError
from tests.codec.conftest import listing
from tests.codec.hostile import tar_of


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("a/b/c.txt", ["a", "b", "c.txt"]),
        ("./a//b/./c", ["a", "b", "c"]),
        ("./", []),
        ("dir/", ["dir"]),
        ("a\\b", ["a\\b"]),  # a legal file name on POSIX
        ("..x/y..", ["..x", "y.."]),  # dots inside names are fine
    ],
)
def test_split_member_name_posix(name, parts):
    assert split_member_name(name, "linux") == parts


def test_split_member_name_windows_uses_both_separators():
    assert split_member_name("a\\b/c", "win32") == ["a", "b", "c"]


@pytest.mark.parametrize(
    "name", ["../x", "a/../../x", "..\\x", "/abs", "\\abs", "C:\\x", "c:x", "//srv/share", "a\x00"]
)
def test_split_member_name_refuses(name):
    with pytest.raises(GeneDeskError) as info:
        split_member_name(name, "linux")
    assert info.value.code is ErrorCode.ARCHIVE_UNSAFE


@pytest.mark.parametrize(
    ("comp", "fixed"),
    [
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("com1.log", "_com1.log"),
        ("a:b?.txt", "a_b_.txt"),
        ('q"<>|*', "q_____"),
        ("trailing. ", "trailing"),
        ("...", "_"),
        ("normal.fq", "normal.fq"),
    ],
)
def test_windows_name_fixes(comp, fixed):
    new, reason = fix_component(comp, "win32")
    assert new == fixed
    assert (reason is None) == (comp == fixed)


def test_overlong_names_are_shortened_keeping_the_extension():
    new, reason = fix_component("x" * 300 + ".fastq", "linux")
    assert len(new.encode()) <= 255 and new.endswith(".fastq")
    assert reason == "name too long for this file system"
    assert fix_component("x" * 300 + ".fastq", "linux")[0] == new  # stable


def _extract(tmp_path, members, **kw):
    archive = tmp_path / "a.tar"
    archive.write_bytes(tar_of(members))
    return decompress_path(archive, tmp_path / "out", **kw)


def test_windows_names_renamed_and_reported(tmp_path):
    ex = Extractor(tmp_path / "out", source="t", fmt="tar", platform="win32")
    ex.add_dir("data:1", 0o755, 0)
    w = ex.add_file("data:1/CON.txt", 0o644, None, 1)
    w.write(b"x")
    ex.close_file(w)
    w = ex.add_file("data:1/aux", 0o644, None, 1)
    w.write(b"y")
    ex.close_file(w)
    result = ex.finish()
    assert listing(tmp_path / "out") == ["data_1", "data_1/_CON.txt", "data_1/_aux"]
    assert {(n.name, n.new_name) for n in result.renamed} == {
        ("data:1", "data_1"),
        ("data:1/CON.txt", "data_1/_CON.txt"),
        ("data:1/aux", "data_1/_aux"),
    }


def test_case_insensitive_collisions_are_renamed(tmp_path):
    ex = Extractor(tmp_path / "out", source="t", fmt="tar", platform="darwin")
    for name in ("README", "readme"):
        w = ex.add_file(name, 0o644, None, len(name))
        w.write(name.encode())
        ex.close_file(w)
    result = ex.finish()
    assert sorted(os.listdir(tmp_path / "out")) == ["README", "readme (1)"]
    assert [n.new_name for n in result.renamed] == ["readme (1)"]


def test_duplicate_member_later_wins(tmp_path):
    _extract(tmp_path, [("file", "a.txt", b"first"), ("file", "a.txt", b"second")])
    assert (tmp_path / "out" / "a.txt").read_bytes() == b"second"


def test_type_change_of_a_member_is_refused(tmp_path):
    with pytest.raises(GeneDeskError) as info:
        _extract(tmp_path, [("file", "a", b"x"), ("dir", "a")])
    assert info.value.code is ErrorCode.ARCHIVE_UNSAFE
    assert listing(tmp_path / "out") == []


def test_setuid_and_world_write_bits_are_dropped(tmp_path):
    _extract(tmp_path, [("file", "tool", b"#!/bin/sh\n", 0o4777)])
    mode = stat.S_IMODE((tmp_path / "out" / "tool").stat().st_mode)
    assert mode == 0o755


@pytest.fixture
def existing(tmp_path):
    out = tmp_path / "out"
    (out / "top" / "keep").mkdir(parents=True)
    (out / "top" / "a.txt").write_text("old a")
    (out / "top" / "keep" / "k.txt").write_text("keep me")
    return out


NEW = [("dir", "top"), ("file", "top/a.txt", b"new a"), ("file", "top/b.txt", b"new b")]


def test_conflict_rename_keeps_both(tmp_path, existing):
    result = _extract(tmp_path, NEW)
    assert result.outputs == [existing / "top (1)"]
    assert (existing / "top" / "a.txt").read_text() == "old a"
    assert (existing / "top (1)" / "a.txt").read_text() == "new a"
    assert [(n.name, n.new_name) for n in result.renamed] == [("top", "top (1)")]


def test_conflict_overwrite_replaces_files_and_merges_folders(tmp_path, existing):
    result = _extract(tmp_path, NEW, on_conflict="overwrite")
    assert (existing / "top" / "a.txt").read_text() == "new a"
    assert (existing / "top" / "b.txt").read_text() == "new b"
    assert (existing / "top" / "keep" / "k.txt").read_text() == "keep me"
    assert result.replaced == ["top/a.txt"]
    assert not [p for p in os.listdir(existing) if p.startswith(".")]


def test_conflict_skip_keeps_existing(tmp_path, existing):
    result = _extract(tmp_path, NEW, on_conflict="skip")
    assert (existing / "top" / "a.txt").read_text() == "old a"
    assert (existing / "top" / "b.txt").read_text() == "new b"
    assert [(n.name, n.reason) for n in result.skipped] == [("top/a.txt", "already exists")]


def test_single_file_conflict_rename(tmp_path):
    import gzip

    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "reads.fq").write_text("mine")
    archive = tmp_path / "reads.fq.gz"
    archive.write_bytes(gzip.compress(b"@r\nA\n+\nI\n"))
    result = decompress_path(archive, tmp_path / "out")
    assert result.outputs == [tmp_path / "out" / "reads (1).fq"]
    assert (tmp_path / "out" / "reads.fq").read_text() == "mine"


@pytest.mark.parametrize("policy", ["overwrite", "skip"])
def test_existing_symlink_in_output_is_never_followed(tmp_path, policy):
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "a.txt").write_text("precious")
    out = tmp_path / "out"
    out.mkdir()
    os.symlink(victim, out / "top")
    _extract(tmp_path, NEW, on_conflict=policy)
    assert (victim / "a.txt").read_text() == "precious"
    assert sorted(os.listdir(victim)) == ["a.txt"]
    if policy == "overwrite":
        assert not (out / "top").is_symlink()
        assert (out / "top" / "a.txt").read_text() == "new a"
    else:
        assert (out / "top").is_symlink()


def test_bad_policy(tmp_path):
    with pytest.raises(GeneDeskError) as info:
        _extract(tmp_path, NEW, on_conflict="merge")
    assert info.value.code is ErrorCode.INVALID_ARGUMENT


def test_header_parser_matches_tarfile():
    """tarread.parse_header reads header blocks exactly like TarInfo.frombuf."""
    import random
    import tarfile

    from gene_desk.codec.tarread import parse_header

    rng = random.Random(7)
    alphabet = "abc/XYZ09 ._-üé漢"
    blocks = []
    for fmt in (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
        for _ in range(300):
            name = "".join(rng.choice(alphabet) for _ in range(rng.choice([1, 60, 99, 150])))
            info = tarfile.TarInfo(name.strip("/") or "n")
            info.type = rng.choice([tarfile.REGTYPE, tarfile.DIRTYPE, tarfile.SYMTYPE])
            info.size = rng.choice([0, 5, 8**11 - 1]) if info.type == tarfile.REGTYPE else 0
            if fmt == tarfile.GNU_FORMAT and info.type == tarfile.REGTYPE and rng.random() < 0.3:
                info.size = 8**11 + 5  # base-256 size field
            info.mtime = rng.choice([0, 1_600_000_000, 8**11 - 1])
            info.mode = rng.choice([0o644, 0o7777])
            info.linkname = "t" * rng.choice([0, 50]) if info.type == tarfile.SYMTYPE else ""
            try:
                raw = info.tobuf(fmt, "utf-8", "surrogateescape")
            except ValueError:  # not representable in this format
                continue
            blocks.extend(raw[i : i + 512] for i in range(0, len(raw), 512))
    old = bytearray(blocks[0])
    old[156:157] = b"\x00"  # old-style file type
    old[0:4] = b"dir/"
    old[4:100] = bytes(96)
    old[148:156] = b" " * 8
    old[148:156] = b"%06o\x00 " % sum(old)
    blocks.append(bytes(old))
    checked = 0
    for block in blocks:
        try:
            ref = tarfile.TarInfo.frombuf(block, "utf-8", "surrogateescape")
        except tarfile.HeaderError:
            continue
        got = parse_header(block)
        fields = ("name", "mode", "size", "mtime", "type", "linkname")
        assert tuple(getattr(got, f) for f in fields) == tuple(getattr(ref, f) for f in fields)
        checked += 1
    assert checked > 1000
    with pytest.raises(tarfile.HeaderError):
        parse_header(blocks[0][:148] + b"9999999\x00" + blocks[0][156:])
