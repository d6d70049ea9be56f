"""The manifest reader on every format deliveries come in, and on hostile lines: each bad line
is a coded problem with its line number, never an exception, and never a name outside the
folder."""

from __future__ import annotations

import hashlib
import subprocess

import pytest

from gene_desk.core.errors import ErrorCode
from gene_desk.transfer.manifest import gnu_line, parse_manifest, read_manifest
from gene_desk.transfer.manifest.parse import FORMAT_BSD, FORMAT_CSV, FORMAT_GNU

A = hashlib.md5(b"a").hexdigest()
B = hashlib.md5(b"b").hexdigest()


def names(manifest):
    return [(e.line, e.path, e.md5) for e in manifest.entries]


def test_gnu_text_and_binary_markers_and_subfolders():
    data = f"{A}  r1.fastq.gz\n{B} *lane 2/r2 two spaces  .fq\n".encode()
    m = parse_manifest(data)
    assert m.format == FORMAT_GNU and m.problems == []
    assert names(m) == [(1, "r1.fastq.gz", A), (2, "lane 2/r2 two spaces  .fq", B)]


def test_gnu_escaped_names_round_trip_through_gnu_line():
    hostile = ["back\\slash", "new\nline", "cr\rname", "  leading", "*star", "中文 名.fq"]
    text = "".join(gnu_line(n, A) for n in hostile)
    m = parse_manifest(text.encode())
    assert m.problems == []
    assert [e.name for e in m.entries] == hostile


def test_gnu_line_matches_real_md5sum(tmp_path):
    name = "we\\ird\nname.fq"
    (tmp_path / name).write_bytes(b"a")
    real = subprocess.run(
        ["md5sum", "--", name], cwd=tmp_path, capture_output=True, check=True
    ).stdout
    assert gnu_line(name, A).encode() == real
    assert [e.name for e in parse_manifest(real).entries] == [name]


def test_bsd_format_and_escapes_and_upper_case_hex():
    data = (f"MD5 (r1.fq) = {A.upper()}\nMD5 (a (copy).fq) = {B}\n\\MD5 (x\\\\y) = {A}\n").encode()
    m = parse_manifest(data)
    assert m.format == FORMAT_BSD and m.problems == []
    assert names(m) == [(1, "r1.fq", A), (2, "a (copy).fq", B), (3, "x\\y", A)]


def test_md5_r_reversed_format_windows_line_ends_bom_comments_and_blanks():
    data = b"\xef\xbb\xbf# made by md5 -r\r\n\r\n" + f"{A} r1.fq\r\n{B} r2.fq\r\n".encode()
    m = parse_manifest(data)
    assert m.problems == []
    assert names(m) == [(3, "r1.fq", A), (4, "r2.fq", B)]


@pytest.mark.parametrize(
    "text",
    [
        f'file,md5\nr1.fq,{A}\n"with, comma.fq",{B}\n',
        f'md5,file\n{A},r1.fq\n{B},"with, comma.fq"\n',
        f"r1.fq,{A}\r\nwith, comma.fq,{B}\r\n",
        f"r1.fq\t{A}\nwith, comma.fq\t{B}\n",
    ],
)
def test_csv_either_order_header_or_not(text):
    m = parse_manifest(text.encode(), "checksums.csv")
    if "with, comma.fq," in text and "\t" not in text:
        # unquoted comma: three columns, a coded problem on that line
        assert [p.line for p in m.problems] == [2]
        assert m.problems[0].code is ErrorCode.MANIFEST_INVALID
        assert [e.path for e in m.entries] == ["r1.fq"]
        return
    assert m.format == FORMAT_CSV and m.problems == []
    assert [(e.path, e.md5) for e in m.entries] == [("r1.fq", A), ("with, comma.fq", B)]


def test_csv_detected_without_the_extension():
    m = parse_manifest(f"sample,md5\nS1.fq,{A}\n".encode(), "delivery.txt")
    assert m.format == FORMAT_CSV and names(m) == [(2, "S1.fq", A)]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (f"{A}  /etc/passwd", "unsafe-name"),
        (f"{A}  ../outside.fq", "unsafe-name"),
        (f"{A}  a/../../outside.fq", "unsafe-name"),
        (f"{A}  C:\\Windows\\x", "unsafe-name"),
        (f"{A}  ", "empty-name"),
        (f"\\{A}  bad\\qescape", "escape"),
        (f"{A[:-1]}  short-hash.fq", "format"),
        ("just some words", "format"),
        (f"{A}  ok.fq\x00nul", "unsafe-name"),
    ],
)
def test_hostile_lines_are_coded_problems_with_line_numbers(line, reason):
    data = f"{B}  good.fq\n{line}\n{A}  also-good.fq\n".encode()
    m = parse_manifest(data)
    assert [(p.line, p.reason, p.code) for p in m.problems] == [
        (2, reason, ErrorCode.MANIFEST_INVALID)
    ]
    assert [e.path for e in m.entries] == ["good.fq", "also-good.fq"]


def test_duplicate_names_with_another_hash_are_problems_same_hash_is_not():
    data = f"{A}  x.fq\n{A}  ./x.fq\n{B}  x.fq\n".encode()
    m = parse_manifest(data)
    assert [(p.line, p.reason) for p in m.problems] == [(3, "duplicate")]
    assert names(m) == [(1, "x.fq", A)]


def test_undecodable_name_bytes_are_kept(tmp_path):
    raw = b"caf\xe9.fq"
    m = parse_manifest(A.encode() + b"  " + raw + b"\n")
    assert m.entries[0].name.encode("utf-8", "surrogateescape") == raw


def test_read_manifest_unreadable_file_is_a_coded_error(tmp_path):
    from gene_desk.core.errors import GeneDeskError

    with pytest.raises(GeneDeskError) as info:
        read_manifest(tmp_path / "nope.txt")
    assert info.value.code is ErrorCode.LOCAL_NOT_FOUND
