"""Fail loudly at start-up when the COS SDK is not one this code was built against.

Two modules lean on cos-python-sdk-v5's internals, not only its public calls: ``sdk_xml`` replaces
``qcloud_cos.cos_comm.xml_to_dict`` (and the name ``cos_client`` imported from it), and
``http.LiteSession`` stands in for the ``requests.Session`` that ``CosS3Client`` takes as
``session=`` and calls as ``session.get/put/post/delete/head(url, timeout=, proxies=, ...)``. A
release that renames or reshapes those would not fail at once: it would quietly fall back to the
slow ``eval`` parser, or fail inside the first transfer. So the names are checked when the storage
layer is imported, and ``pyproject.toml`` bounds the SDK to the minor version the tests ran on.
"""

from __future__ import annotations

import inspect
from importlib import metadata

from qcloud_cos import cos_client, cos_comm

DISTRIBUTION = "cos-python-sdk-v5"
TESTED = (1, 9)  # keep in step with pyproject.toml's bound


class UnsupportedSdk(RuntimeError):
    """The installed SDK lacks something Gene Desk patches or imitates."""


def problems() -> list[str]:
    """What is missing or different; empty when the SDK is usable."""
    found: list[str] = []
    try:
        version = metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        version = ""
    parts = tuple(int(p) for p in version.split(".")[:2] if p.isdigit())
    # a frozen bundle may carry no package metadata: then the name checks below decide alone
    if version and parts != TESTED:
        found.append(
            f"{DISTRIBUTION} {version} is installed; Gene Desk is tested"
            f" with {'.'.join(map(str, TESTED))}.x"
        )
    for module, name in ((cos_comm, "xml_to_dict"), (cos_client, "xml_to_dict")):
        if not callable(getattr(module, name, None)):
            found.append(f"{module.__name__}.{name} is missing (storage/sdk_xml.py replaces it)")
    try:
        params = inspect.signature(cos_client.CosS3Client.__init__).parameters
    except (TypeError, ValueError):
        params = {}
    if "session" not in params:
        found.append("CosS3Client takes no session= (storage/http.py's LiteSession needs it)")
    return found


def check() -> None:
    """Raise :class:`UnsupportedSdk` naming every problem, with the install that fixes it."""
    found = problems()
    if found:
        raise UnsupportedSdk(
            "; ".join(found)
            + f". Install a supported SDK: pip install '{DISTRIBUTION}>=1.9.30,<1.10'"
        )
