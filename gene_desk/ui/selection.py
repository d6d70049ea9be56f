"""What 预览 and 分享 act on: exactly one file selected in the file table, no folder.

One rule for the window's enabled actions (main_window.py) and for the flows that start from
the selection (flows/preview.py, flows/share.py), so a 预览 that is enabled never answers
"choose one file", and the two flows cannot drift apart.
"""

from __future__ import annotations

from typing import Any

from gene_desk.storage.models import Bucket
from gene_desk.ui import prompts


def single_file(files: list[str], folders: list[str]) -> str | None:
    """The key of the one selected file (None: nothing, several, or a folder among them)."""
    return files[0] if len(files) == 1 and not folders else None


def one_file_or_warn(window: Any, prompt: str) -> tuple[Bucket, str] | None:
    """The bucket and the one file selected in ``window`` (duck-typed: bucket,
    selected_entries); otherwise warn with ``prompt`` (translated by the caller) and None."""
    key = single_file(*window.selected_entries())
    if window.bucket is None or key is None:
        prompts.warn(window, prompt)
        return None
    return window.bucket, key
