"""What the sandbox emulates, and COS's answer for everything else.

Why this module exists: a request the sandbox does not understand must never be served as a
plain object or bucket operation. ``DELETE /key?tagging`` used to delete the object (COS removes
only its tags), ``PUT /key?symlink`` replaced it with an empty body, and an ``x-cos-storage-class:
ARCHIVE`` was stored as STANDARD with a 200 (storage classes and restores are emulated now:
archive.py): a client tested against the sandbox would believe its data archived, encrypted or
tagged when it was not. So every sub-resource, header and value
COS knows is listed here with what the sandbox does with it; the handler consults these tables
before it routes a request, and anything not emulated gets the answer COS documents for it
(``NotImplemented`` 501 for a feature, ``InvalidArgument`` 400 for a value COS itself refuses).

Sources: Tencent Cloud COS API documents "PUT Object", "PUT Object - Copy", "Initiate
Multipart Upload", "PUT Bucket", "PUT Bucket acl", "PUT Object acl", the table
"访问控制列表（ACL）概述 > 预设的 ACL", "存储类型概述" (storage classes), "服务端加密概述" and
"公共请求头部 > 服务端加密专用头部", and the "错误码" list (NotImplemented: 501,
InvalidArgument: 400). ``docs/sandbox.md`` carries the same lists for people.
"""

from __future__ import annotations

from collections.abc import Mapping

from gene_desk.core import storage_classes

from .errors import CosError

# -- sub-resources --------------------------------------------------------------------------------
# (sub-resource, method) pairs the sandbox serves; every other known sub-resource is refused.
BUCKET_EMULATED: dict[str, frozenset[str]] = {
    "acl": frozenset({"GET", "PUT"}),  # PUT only for the canned ACL it enforces (private)
    "location": frozenset({"GET"}),
    "uploads": frozenset({"GET"}),
    "versioning": frozenset({"GET"}),  # always "never enabled"
    "versions": frozenset({"GET"}),  # the current objects, version id "" (never versioned)
    "delete": frozenset({"POST"}),
}
# bucket sub-resources COS (or S3, for the tools) has that the sandbox does not emulate
BUCKET_NOT_EMULATED = frozenset(
    {
        "accelerate",
        "analytics",
        "cors",
        "domain",
        "domaincertificate",
        "encryption",
        "intelligenttiering",
        "inventory",
        "lifecycle",
        "live",
        "logging",
        "metrics",
        "notification",
        "object-lock",
        "origin",
        "ownershipControls",
        "policy",
        "policyStatus",
        "publicAccessBlock",
        "referer",
        "replication",
        "requestPayment",
        "style",
        "tagging",
        "vod",
        "website",
        "ci-process",
    }
)
OBJECT_EMULATED: dict[str, frozenset[str]] = {
    "acl": frozenset({"GET", "PUT"}),  # PUT only for default/private
    "uploads": frozenset({"POST"}),
    "uploadId": frozenset({"GET", "PUT", "POST", "DELETE"}),
    "restore": frozenset({"POST"}),  # POST Object restore (archive.py)
}
OBJECT_NOT_EMULATED = frozenset(
    {
        "tagging",
        "symlink",
        "append",
        "position",
        "select",
        "select-type",
        "torrent",
        "retention",
        "legal-hold",
        "attributes",
        "rename",
        "ci-process",
        "partNumber",  # without uploadId: GET/HEAD of one part of an object
        "response-control",
    }
)


def refuse_subresource(params: Mapping[str, str], method: str, *, bucket: bool) -> None:
    """Raise COS's answer if the request names a sub-resource the sandbox does not emulate."""
    emulated = BUCKET_EMULATED if bucket else OBJECT_EMULATED
    refused = BUCKET_NOT_EMULATED if bucket else OBJECT_NOT_EMULATED
    for name in params:
        if name in refused:
            if name == "partNumber" and "uploadId" in params:
                continue
            raise CosError(
                "NotImplemented", f"The ?{name} sub-resource is not emulated by the sandbox."
            )
        methods = emulated.get(name)
        if methods is not None and method not in methods and method != "HEAD":
            raise CosError("NotImplemented", f"{method} ?{name} is not emulated by the sandbox.")


# -- values ---------------------------------------------------------------------------------------
# "存储类型概述": every class COS accepts. The sandbox stores and lists each one; the MAZ_ ones
# need a multi-AZ bucket, which the sandbox never has (PUT Bucket with BucketAZConfig is 501).
STORAGE_CLASSES = frozenset(storage_classes.CLASSES)
# "访问控制列表（ACL）概述 > 预设的 ACL"
BUCKET_ACLS = frozenset({"private", "public-read", "public-read-write", "authenticated-read"})
OBJECT_ACLS = frozenset(
    {
        "default",
        "private",
        "public-read",
        "authenticated-read",
        "bucket-owner-read",
        "bucket-owner-full-control",
    }
)
# the sandbox enforces "owner only": that is exactly private (and default, which inherits it)
EMULATED_BUCKET_ACLS = frozenset({"private"})
EMULATED_OBJECT_ACLS = frozenset({"default", "private"})

_GRANTS = ("grant-read", "grant-write", "grant-read-acp", "grant-write-acp", "grant-full-control")
# headers naming features the sandbox does not have, on any object or bucket request
_FEATURE_PREFIXES = (
    "x-cos-server-side-encryption",
    "x-amz-server-side-encryption",
    "x-cos-object-lock",
    "x-amz-object-lock",
)
_FEATURE_HEADERS = (
    "x-cos-tagging",
    "x-amz-tagging",
    "x-cos-tagging-directive",
    "x-amz-tagging-directive",
    "x-cos-traffic-limit",
    "x-cos-website-redirect-location",
    "x-amz-website-redirect-location",
    "x-cos-bucket-az-config",
    "x-cos-bucket-object-lock-enabled",
    "x-amz-bucket-object-lock-enabled",
)


def _header(headers: Mapping[str, str], name: str) -> str | None:
    value = headers.get(f"x-cos-{name}")
    if value is None:
        value = headers.get(f"x-amz-{name}")
    return value


def refuse_features(headers: Mapping[str, str]) -> None:
    """SSE, object lock, tagging, traffic limits...: 501 rather than silently ignored."""
    for name in headers:
        low = name.lower()
        if low.startswith(_FEATURE_PREFIXES) or low in _FEATURE_HEADERS:
            raise CosError("NotImplemented", f"The {name} header is not emulated by the sandbox.")
    forbid = headers.get("x-cos-forbid-overwrite")
    if forbid is not None and forbid.strip().lower() != "false":
        raise CosError("NotImplemented", "x-cos-forbid-overwrite is not emulated by the sandbox.")


def check_storage_class(headers: Mapping[str, str]) -> str:
    """The class a write asks for (STANDARD when it names none: "PUT Object - Copy" too, so a
    copy never inherits its source's class). A name COS does not have, or a multi-AZ class on
    a bucket that is not multi-AZ (every sandbox bucket), is InvalidArgument."""
    value = _header(headers, "storage-class")
    if value is None:
        return storage_classes.STANDARD
    cls = value.strip().upper()
    if cls not in STORAGE_CLASSES:
        raise CosError("InvalidArgument", f"Invalid storage class {value!r}.")
    if cls in storage_classes.MULTI_AZ:
        raise CosError(
            "InvalidArgument", f"Storage class {cls} needs a multi-AZ bucket; this one is not."
        )
    return cls


def check_acl(headers: Mapping[str, str], *, bucket: bool) -> None:
    """Canned ACL and grant headers: refused unless they mean what the sandbox enforces."""
    value = _header(headers, "acl")
    if value is not None:
        acl = value.strip()
        if acl not in (BUCKET_ACLS if bucket else OBJECT_ACLS):
            raise CosError("InvalidArgument", f"Invalid ACL {value!r}.")
        if acl not in (EMULATED_BUCKET_ACLS if bucket else EMULATED_OBJECT_ACLS):
            raise CosError(
                "NotImplemented", f"ACL {acl} is not emulated: the sandbox is owner-only."
            )
    for grant in _GRANTS:
        if _header(headers, grant) is not None:
            raise CosError("NotImplemented", f"x-cos-{grant} is not emulated by the sandbox.")


def check_object_write(headers: Mapping[str, str]) -> str:
    """Headers of PUT Object, PUT Object - Copy and Initiate Multipart Upload; returns the
    storage class to store."""
    cls = check_storage_class(headers)
    check_acl(headers, bucket=False)
    for name in ("If-Match", "If-None-Match"):  # conditional writes
        if headers.get(name) is not None:
            raise CosError("NotImplemented", f"A conditional PUT ({name}) is not emulated.")
    return cls


def metadata_directive(headers: Mapping[str, str]) -> str:
    """``Copy`` or ``Replaced`` (S3 tools: ``REPLACE``); InvalidArgument for anything else."""
    value = _header(headers, "metadata-directive")
    if value is None:
        return "copy"
    low = value.strip().lower()
    if low == "copy":
        return "copy"
    if low in ("replaced", "replace"):
        return "replaced"
    raise CosError("InvalidArgument", f"Invalid x-cos-metadata-directive {value!r}.")
