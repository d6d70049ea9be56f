"""Which files a sync looks at: include/exclude globs and size limits, rclone's rules as model.

The rules (also in docs/sync.md):

- Every path is relative to the sync's roots and uses ``/`` (``run1/lane1/a.fastq``); on COS
  it is the key without the synced prefix.
- ``--include`` and ``--exclude`` rules are checked **in the order given**, and the **first
  rule that matches decides**. (rclone reads all includes before all excludes and warns that
  mixing them is ambiguous; keeping the command-line order makes the mix mean what it says.)
  ``--exclude-from FILE`` adds the file's patterns (one per line; blank lines and lines
  starting with ``#`` or ``;`` are ignored) as exclude rules at its place in that order.
- When there is at least one ``--include``, a path no rule matched is excluded (rclone's
  implied ``- **`` at the end); otherwise it is included.
- ``--exclude-defaults`` adds ``.git/``, ``.DS_Store`` and ``Thumbs.db`` after the user's own
  rules (so an explicit ``--include .git/config`` still wins). Off by default in the CLI; the
  window's checkbox for it starts ticked.
- Patterns: ``*`` any run of characters except ``/``; ``**`` any run including ``/``; ``?``
  one character except ``/``; ``[abc]``, ``[a-z]``, ``[!abc]`` character classes;
  ``{a,b}`` alternatives; ``\\`` escapes the next character. A pattern starting with ``/`` is
  anchored at the root; otherwise it matches whole trailing path components (``*.fastq``
  matches ``x.fastq`` and ``run/x.fastq``, not ``run/x.fastq.gz``). A pattern ending with ``/``
  matches a folder and everything in it (``.git/`` = ``.git/**``).
- ``--min-size`` / ``--max-size`` keep files of at least / at most that many bytes: the file on
  the source side (the local file for an upload, the object as stored for a download).
- A folder whose contents are all excluded for sure (the first rule that can match inside it is
  an exclude of the whole folder, with no include before it) is not even read: a ``.git`` with
  100,000 objects costs one ``stat``.

Nothing here touches the disk or the network; the planner asks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from gene_desk.core.errors import ErrorCode, GeneDeskError

DEFAULT_EXCLUDES: tuple[str, ...] = (".git/", ".DS_Store", "Thumbs.db")
MAX_RULES = 10_000  # an --exclude-from of a million lines is a mistake, not a filter


def _bad(pattern: str, why: str) -> GeneDeskError:
    return GeneDeskError(
        ErrorCode.INVALID_ARGUMENT, f"bad filter pattern {pattern!r}: {why}", path=pattern
    )


def glob_to_regex(pattern: str) -> str:
    """The regular expression (search form) of one rclone-style glob."""
    if not pattern or pattern in ("/",):
        raise _bad(pattern, "empty")
    anchored = pattern.startswith("/")
    body = pattern[1:] if anchored else pattern
    folder = body.endswith("/")
    if folder:
        body = body[:-1]
        if not body:
            raise _bad(pattern, "names no folder")
    out: list[str] = []
    i = 0
    depth = 0  # inside {...}
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            if i + 1 >= len(body):
                raise _bad(pattern, "ends with a lone backslash")
            out.append(re.escape(body[i + 1]))
            i += 2
            continue
        if ch == "*":
            if body.startswith("**", i):
                out.append(".*")
                i += 2
            else:
                out.append("[^/]*")
                i += 1
            continue
        if ch == "?":
            out.append("[^/]")
        elif ch == "[":
            end = body.find("]", i + 2 if body.startswith("[!", i) else i + 1)
            if end < 0:
                raise _bad(pattern, "'[' without ']'")
            inner = body[i + 1 : end]
            negate = inner.startswith("!")
            inner = inner[1:] if negate else inner
            if not inner:
                raise _bad(pattern, "empty character class")
            escaped = inner.replace("\\", "\\\\").replace("^", "\\^").replace("[", "\\[")
            out.append(f"[^/{escaped}]" if negate else f"[{escaped}]")
            i = end + 1
            continue
        elif ch == "{":
            depth += 1
            out.append("(?:")
        elif ch == "}":
            if depth == 0:
                raise _bad(pattern, "'}' without '{'")
            depth -= 1
            out.append(")")
        elif ch == "," and depth:
            out.append("|")
        else:
            out.append(re.escape(ch))
        i += 1
    if depth:
        raise _bad(pattern, "'{' without '}'")
    start = "^" if anchored else "(?:^|/)"
    end = "/.*$" if folder else "$"
    return start + "".join(out) + end


@dataclass(frozen=True)
class Rule:
    include: bool
    pattern: str
    regex: re.Pattern[str] = field(compare=False, repr=False)
    # matching "FOLDER/" means matching everything inside FOLDER (".git/" or "dir/**")
    whole_folder: bool = field(compare=False, repr=False, default=False)

    @classmethod
    def of(cls, include: bool, pattern: str) -> Rule:
        pattern = pattern.strip("\r\n")
        whole = pattern.endswith("/") or pattern.endswith("/**")
        return cls(include, pattern, re.compile(glob_to_regex(pattern)), whole)

    def matches(self, path: str) -> bool:
        return self.regex.search(path) is not None

    def __str__(self) -> str:
        return f"{'+' if self.include else '-'} {self.pattern}"


def read_pattern_file(path: str | Path) -> list[str]:
    """Patterns of an ``--exclude-from`` file: one per line, ``#``/``;`` comments skipped."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise GeneDeskError(
            ErrorCode.LOCAL_NOT_FOUND, "no such filter file", path=str(path)
        ) from exc
    except UnicodeDecodeError as exc:
        raise GeneDeskError(
            ErrorCode.INVALID_ARGUMENT, "the filter file is not UTF-8 text", path=str(path)
        ) from exc
    except OSError as exc:
        raise GeneDeskError(
            ErrorCode.LOCAL_IO, f"cannot read the filter file: {exc.strerror}", path=str(path)
        ) from exc
    patterns = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith(("#", ";")):
            continue
        patterns.append(stripped)
    return patterns


@dataclass(frozen=True)
class SyncFilter:
    """Ordered rules plus size limits; immutable, cheap to share between threads."""

    rules: tuple[Rule, ...] = ()
    min_size: int | None = None
    max_size: int | None = None
    implied_exclude: bool = False  # at least one include rule: unmatched paths are excluded

    @classmethod
    def build(
        cls,
        rules: Iterable[tuple[str, str]] = (),
        *,
        defaults: bool = False,
        min_size: int | None = None,
        max_size: int | None = None,
    ) -> SyncFilter:
        """``rules`` in command-line order: ("include" | "exclude" | "exclude-from", value)."""
        compiled: list[Rule] = []
        for kind, value in rules:
            if kind == "include":
                compiled.append(Rule.of(True, value))
            elif kind == "exclude":
                compiled.append(Rule.of(False, value))
            elif kind == "exclude-from":
                compiled += [Rule.of(False, p) for p in read_pattern_file(value)]
            else:
                raise GeneDeskError(ErrorCode.INVALID_ARGUMENT, f"unknown filter kind {kind!r}")
            if len(compiled) > MAX_RULES:
                raise GeneDeskError(
                    ErrorCode.INVALID_ARGUMENT, f"more than {MAX_RULES} filter rules"
                )
        implied = any(r.include for r in compiled)
        if defaults:
            compiled += [Rule.of(False, p) for p in DEFAULT_EXCLUDES]
        for name, value in (("--min-size", min_size), ("--max-size", max_size)):
            if value is not None and value < 0:
                raise GeneDeskError(ErrorCode.INVALID_ARGUMENT, f"{name} cannot be negative")
        if min_size is not None and max_size is not None and min_size > max_size:
            raise GeneDeskError(
                ErrorCode.INVALID_ARGUMENT, "--min-size is larger than --max-size: nothing to sync"
            )
        return cls(tuple(compiled), min_size, max_size, implied)

    @property
    def active(self) -> bool:
        return bool(self.rules) or self.min_size is not None or self.max_size is not None

    def includes(self, path: str) -> bool:
        """Whether the file at relative ``path`` is in the sync (path rules only)."""
        for rule in self.rules:
            if rule.matches(path):
                return rule.include
        return not self.implied_exclude

    def size_ok(self, size: int) -> bool:
        if self.min_size is not None and size < self.min_size:
            return False
        return self.max_size is None or size <= self.max_size

    def skips_folder(self, folder: str) -> bool:
        """Whether nothing inside relative ``folder`` can be included, so it need not be read.

        True only when an exclude rule covering the whole folder comes before any include rule
        (an include could match something inside) and before any rule that could decide for
        some files inside and not others."""
        probe = folder.rstrip("/") + "/"
        for rule in self.rules:
            if rule.include:
                return False
            if rule.whole_folder and rule.matches(probe):
                return True
        return False

    def describe(self) -> list[str]:
        """The effective rules, one per line, in the order they are checked."""
        lines = [str(r) for r in self.rules]
        if self.implied_exclude:
            lines.append("- ** (implied by the include rules)")
        if self.min_size is not None:
            lines.append(f"size >= {self.min_size}")
        if self.max_size is not None:
            lines.append(f"size <= {self.max_size}")
        return lines
