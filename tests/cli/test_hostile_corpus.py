"""The hostile-input corpus (issue 13, item 12), kept as data in tests/data/hostile_corpus.json,
run through the real code: keys through the download mapping and a real download, archive members
through the extractor, URIs and argument lists through ``gene-desk``. Property-based tests
(hypothesis) add generated inputs for the three mappings. Invariants everywhere: nothing lands
outside the target folder, no Python traceback (a coded error instead), the same input always
gives the same result."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gene_desk.cli.main import main
from gene_desk.codec.extract import fix_component, split_member_name
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.text import NAME_CONTROL_CHARS
from gene_desk.storage.keys import parse_cos_url
from gene_desk.transfer.naming import WINDOWS_RESERVED, local_name
from tests.codec.hostile import tar_of
from tests.helpers.sandbox_objects import put_raw

REPO = Path(__file__).resolve().parents[2]
CORPUS = json.loads((REPO / "tests" / "data" / "hostile_corpus.json").read_text("utf-8"))
CODES = {c.value for c in ErrorCode}
CODED_LINE = re.compile(r"\(([A-Z_]+)\)$")
PLATFORMS = ("linux", "win32", "darwin")
ROOT = "/target"
_WIN_FORBIDDEN = set('<>:"|?*\\')


# -- invariants -----------------------------------------------------------------------------------
def _check_components(parts: list[str] | tuple[str, ...], windows: bool) -> None:
    assert parts, "a name with no component"
    for part in parts:
        assert part not in ("", ".", ".."), parts
        assert "/" not in part and "\x00" not in part, parts
        assert not NAME_CONTROL_CHARS.search(part), parts
        assert len(part.encode("utf-8", "surrogateescape")) <= 255, parts
        if windows:
            assert not (_WIN_FORBIDDEN & set(part)), parts
            assert part.split(".")[0].upper() not in WINDOWS_RESERVED, parts
            assert not part.endswith((" ", ".")), parts
    joined = os.path.normpath(os.path.join(ROOT, *parts))
    assert joined.startswith(ROOT + os.sep), parts  # never outside the target folder


def check_key(key: str, windows: bool) -> None:
    try:
        name = local_name(key, windows=windows)
    except GeneDeskError as exc:
        assert exc.code is ErrorCode.UNSAFE_KEY
        with pytest.raises(GeneDeskError):  # the same input, the same result
            local_name(key, windows=windows)
        return
    assert local_name(key, windows=windows) == name
    _check_components(name.parts, windows)
    assert name.renamed == bool(name.note)


def check_member(member: str, platform: str) -> None:
    try:
        parts = split_member_name(member, platform)
    except GeneDeskError as exc:
        assert exc.code is ErrorCode.ARCHIVE_UNSAFE
        return
    assert split_member_name(member, platform) == parts
    if not parts:
        return  # the archive's root itself
    fixed = [fix_component(p, platform)[0] for p in parts]
    assert fixed == [fix_component(p, platform)[0] for p in parts]
    _check_components(fixed, platform == "win32")


def check_uri(text: str) -> None:
    try:
        url = parse_cos_url(text)
    except GeneDeskError as exc:
        assert exc.code in (ErrorCode.INVALID_ARGUMENT, ErrorCode.UNSAFE_KEY), exc
        return
    assert parse_cos_url(text) == url
    assert url.bucket and "/" not in url.bucket
    assert str(url) == text or str(url) == text + "/"
    assert not ({".", ".."} & set(url.key.split("/")))


# -- the corpus, entry by entry -------------------------------------------------------------------
@pytest.mark.parametrize("windows", [False, True], ids=["posix", "windows"])
def test_corpus_keys_map_inside_the_folder_or_are_refused(windows):
    for key in CORPUS["keys"]:
        check_key(key, windows)


@pytest.mark.parametrize("platform", PLATFORMS)
def test_corpus_archive_members_map_inside_the_folder_or_are_refused(platform):
    for member in CORPUS["archive_members"]:
        check_member(member, platform)


def test_corpus_uris_parse_or_are_refused_with_a_code():
    for text in CORPUS["uris"]:
        check_uri(text)


def _inside(root: Path, base: Path) -> list[str]:
    """Everything under ``root`` that is not ``base`` or inside it."""
    outside = []
    for dirpath, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(dirpath, name)
            if path != base and base not in path.parents:
                outside.append(str(path))
    return outside


def test_corpus_keys_through_a_real_download(capsys, account_env, bucket, sandbox, tmp_path):
    keys = CORPUS["keys"]
    for key in keys:
        put_raw(sandbox.cos.backend, bucket.name, "corpus/" + key, key.encode("utf-8"))
    out = tmp_path / "out"
    code, err = _main(capsys, "download", f"cos://{bucket.name}/corpus/", str(out))
    assert code == 1, err  # some keys are refused, and say so
    assert "Traceback" not in err
    lines = err.splitlines()
    done = [ln for ln in lines if ln.startswith("done    ")]
    failed = [ln for ln in lines if ln.startswith("FAILED  ")]
    assert len(done) + len(failed) == len(keys), err  # every key accounted for, one line each
    assert all(CODED_LINE.search(ln).group(1) in CODES for ln in failed)
    assert _inside(tmp_path, out) == []
    for path in out.rglob("*"):
        assert os.path.realpath(path).startswith(str(out.resolve()))


def test_corpus_archive_members_through_the_real_extractor(capsys, tmp_path):
    for n, member in enumerate(CORPUS["archive_members"]):
        case = tmp_path / f"case{n}"
        case.mkdir()
        archive = case / "a.tar"
        try:
            archive.write_bytes(tar_of([("file", member, b"x")]))
        except ValueError:  # tarfile itself cannot store this name (a NUL): nothing to extract
            assert "\x00" in member
            continue
        out = case / "out"
        code, err = _main(capsys, "decompress", str(archive), "-o", str(out))
        assert code in (0, 1) and "Traceback" not in err, (member, err)
        if code == 1:
            assert CODED_LINE.search(err.strip()).group(1) in CODES, (member, err)
        assert _inside(case, out) == [str(archive)], member  # nothing beside the output
        if out.exists():
            for path in out.rglob("*"):
                assert os.path.realpath(path).startswith(str(out.resolve())), member
                assert not NAME_CONTROL_CHARS.search(path.name), member  # mapped, reported


def test_corpus_uris_through_the_command(capsys, account_env):
    for text in CORPUS["uris"]:
        code, err = _main(capsys, "ls", text)
        assert code in (0, 1), (text, err)
        if code == 1:
            assert CODED_LINE.search(err.strip()).group(1) in CODES, (text, err)


def _main(capsys, *argv: str) -> tuple[int, str]:
    """The command in this process; a usage error is exit status 2 (argparse), anything that
    escapes main() would be a traceback for the user."""
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    _, err = capsys.readouterr()
    return code, err


def _cli_entries() -> list[dict]:
    return CORPUS["cli"]


@pytest.fixture
def workspace(tmp_path, storage, bucket):
    (tmp_path / "f.txt").write_text("a file")
    (tmp_path / "f.txt.zst").write_bytes(b"\x28\xb5\x2f\xfd not really zstd")
    storage.clients.client(bucket.region).put_object(Bucket=bucket.name, Key="f.txt", Body=b"x")
    return {"tmp": str(tmp_path), "bucket": bucket.name}


def test_corpus_command_lines_never_print_a_traceback(capsys, account_env, workspace):
    problems = []
    for entry in _cli_entries():
        argv = [a.format(**workspace) for a in entry["argv"]]
        env = {k: v.format(**workspace) for k, v in entry.get("env", {}).items()}
        if entry.get("subprocess"):
            code, err = _subprocess(argv, env)
        else:
            code, err = _main(capsys, *argv)
        lines = [ln for ln in err.splitlines() if ln.strip()]
        if "Traceback" in err or code not in ((0, 1, 2) if entry.get("ok") else (1, 2)):
            problems.append((entry["argv"], code, err[-600:]))
        elif code == 1 and not any(
            (m := CODED_LINE.search(ln)) and m.group(1) in CODES for ln in lines
        ):
            problems.append((entry["argv"], code, "no coded error line: " + err[-300:]))
        elif code == 2 and not any("error:" in ln for ln in lines):
            problems.append((entry["argv"], code, "no usage error line: " + err[-300:]))
        elif entry.get("code") and not any(ln.endswith(f"({entry['code']})") for ln in lines):
            problems.append((entry["argv"], code, f"expected {entry['code']}: {err[-300:]}"))
    assert problems == [], "\n".join(repr(p) for p in problems)


def _subprocess(argv: list[str], env: dict[str, str]) -> tuple[int, str]:
    full_env = {**os.environ, "PYTHONPATH": str(REPO), **env}
    try:
        done = subprocess.run(
            [sys.executable, "-m", "gene_desk", *argv],
            env=full_env,
            capture_output=True,
            text=True,
            timeout=60,
        )
    except subprocess.TimeoutExpired as exc:  # e.g. a sandbox that started instead of failing
        return -1, f"did not end: {exc}"
    return done.returncode, done.stderr


# -- generated inputs (hypothesis) ----------------------------------------------------------------
PIECES = st.sampled_from(
    ["", ".", "..", "...", "a", "b.txt", "C:", "c:", "CON", "con.txt", "NUL", "\\", "..\\..",
     " ", "x.", "\x00", "\n", "\r", "\t", "\x1b[2J", "\x9b", "\x7f", "\u202e", "\u2028",
     "%2e%2e", "~", "\u6837\u672c", "\U0001f9ec", "a" * 260]
)  # fmt: skip
SEGMENT = st.one_of(PIECES, st.text(max_size=6))
PATHS = st.one_of(
    st.lists(SEGMENT, max_size=8).map("/".join),
    st.lists(SEGMENT, max_size=6).map("\\".join),
    st.text(max_size=40),
)
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(PATHS, st.booleans())
def test_any_key_maps_inside_the_folder_or_is_refused(key, windows):
    check_key(key, windows)


@FAST
@given(PATHS, st.sampled_from(PLATFORMS))
def test_any_archive_member_maps_inside_the_folder_or_is_refused(member, platform):
    check_member(member, platform)


@FAST
@given(
    st.one_of(
        st.builds(lambda b, k: f"cos://{b}/{k}", st.one_of(PIECES, st.text(max_size=12)), PATHS),
        st.builds(lambda b: f"cos://{b}", st.text(max_size=12)),
        st.text(max_size=30),
    )
)
def test_any_uri_parses_or_is_refused_with_a_code(text):
    check_uri(text)
