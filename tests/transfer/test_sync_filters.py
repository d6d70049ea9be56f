"""The sync filter rules (docs/sync.md), modelled on rclone's: globs, order, first match wins."""

from __future__ import annotations

import pytest

from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.transfer.sync.filters import SyncFilter, glob_to_regex


def build(*rules: tuple[str, str], **kwargs) -> SyncFilter:
    return SyncFilter.build(list(rules), **kwargs)


@pytest.mark.parametrize(
    ("pattern", "matches", "misses"),
    [
        ("*.fastq", ["x.fastq", "run/lane1/x.fastq"], ["x.fastq.gz", "xfastq", "x.fastq/y"]),
        ("/*.txt", ["notes.txt"], ["run/notes.txt"]),
        ("lane?/*.bam", ["lane1/a.bam", "run/lane2/b.bam"], ["lane10/a.bam", "lane/a.bam"]),
        ("run/**", ["run/a", "run/x/y/z", "top/run/a"], ["running/a", "run"]),
        ("**/tmp/*.log", ["a/tmp/x.log", "a/b/tmp/x.log"], ["tmp/x.log", "a/tmp/y/x.log"]),
        (".git/", [".git/config", "sub/.git/objects/ab/cd"], [".gitignore", "x.git/config"]),
        ("*.{bam,cram}", ["a.bam", "d/a.cram"], ["a.sam"]),
        ("[abc]*.fq", ["a1.fq", "c.fq"], ["d.fq", "A.fq"]),
        ("[!abc]*.fq", ["d.fq"], ["a.fq", "x/.fq"]),
        (r"odd\*name", ["odd*name"], ["oddXname"]),
        ("Thumbs.db", ["Thumbs.db", "pics/Thumbs.db"], ["ThumbsXdb", "Thumbs.db.bak"]),
    ],
)
def test_patterns_match_like_rclone(pattern, matches, misses):
    rules = build(("exclude", pattern))
    for path in matches:
        assert not rules.includes(path), f"{pattern!r} should match {path!r}"
    for path in misses:
        assert rules.includes(path), f"{pattern!r} should not match {path!r}"


def test_first_matching_rule_decides_in_the_order_given():
    keep_then_drop = build(("include", "keep/*.log"), ("exclude", "*.log"))
    assert keep_then_drop.includes("keep/a.log")
    assert not keep_then_drop.includes("other/a.log")
    drop_then_keep = build(("exclude", "*.log"), ("include", "keep/*.log"))
    assert not drop_then_keep.includes("keep/a.log")


def test_an_include_rule_excludes_whatever_matches_no_rule():
    rules = build(("include", "*.fastq"))
    assert rules.includes("a/x.fastq")
    assert not rules.includes("a/x.txt")
    assert build(("exclude", "*.txt")).includes("a/x.bam")  # excludes only: the rest is in
    assert "- ** (implied by the include rules)" in rules.describe()


def test_defaults_are_offered_not_forced_and_come_after_the_users_rules():
    assert build().includes(".DS_Store") and build().includes(".git/config")
    defaults = build(defaults=True)
    for path in (".git/HEAD", "a/.git/objects/x", ".DS_Store", "photos/Thumbs.db"):
        assert not defaults.includes(path), path
    assert defaults.includes(".gitignore")
    assert build(("include", ".git/config"), defaults=True).includes(".git/config")


def test_folders_no_file_can_be_included_from_are_not_read():
    defaults = build(defaults=True)
    assert defaults.skips_folder(".git") and defaults.skips_folder("a/b/.git")
    assert not defaults.skips_folder("lane1")
    assert build(("exclude", "tmp/**")).skips_folder("x/tmp")
    # an include before the folder rule could match something inside: the folder is read
    assert not build(("include", "*.fastq"), defaults=True).skips_folder(".git")
    assert not build(("exclude", "*.log")).skips_folder("logs")


def test_exclude_from_reads_patterns_skipping_comments(tmp_path):
    listing = tmp_path / "rules.txt"
    listing.write_text("# scratch files\n*.tmp\n\n; old style comment\n  cache/  \n")
    rules = build(("exclude-from", str(listing)), ("include", "*.txt"))
    assert [str(r) for r in rules.rules] == ["- *.tmp", "- cache/", "+ *.txt"]
    assert not rules.includes("a.tmp") and not rules.includes("cache/x.txt")
    assert rules.includes("x.txt")


def test_size_limits():
    rules = build(min_size=10, max_size=100)
    assert rules.size_ok(10) and rules.size_ok(100)
    assert not rules.size_ok(9) and not rules.size_ok(101)
    assert build().size_ok(0)


@pytest.mark.parametrize("pattern", ["", "/", "[abc", "{a,b", "a}", "x\\", "[]"])
def test_bad_patterns_are_coded_errors(pattern):
    with pytest.raises(GeneDeskError) as caught:
        glob_to_regex(pattern)
    assert caught.value.code is ErrorCode.INVALID_ARGUMENT


def test_bad_arguments_are_coded_errors(tmp_path):
    for kwargs in ({"min_size": 5, "max_size": 4}, {"min_size": -1}):
        with pytest.raises(GeneDeskError) as caught:
            build(**kwargs)
        assert caught.value.code is ErrorCode.INVALID_ARGUMENT
    with pytest.raises(GeneDeskError) as caught:
        build(("exclude-from", str(tmp_path / "missing.txt")))
    assert caught.value.code is ErrorCode.LOCAL_NOT_FOUND
