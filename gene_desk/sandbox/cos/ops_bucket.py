"""Service and bucket operations: ListBuckets, PUT/HEAD/DELETE bucket, location, listings."""

from __future__ import annotations

import base64
import binascii
from typing import TYPE_CHECKING, Any

from gene_desk.core.regions import DEFAULT_REGION, REGION_IDS, short_name_problem, split_full_name

from . import emulation
from .backend import Bucket
from .errors import CosError
from .headers import url_encode
from .routing import Target
from .xmlio import Xml, child_text, iso8601, parse

if TYPE_CHECKING:
    from gene_desk.sandbox.keys import KeyRecord

MAX_KEYS = 1000


def owner_id(appid: str) -> str:
    return f"qcs::cam::uin/{appid}:uin/{appid}"


def _int_param(params: dict[str, str], name: str, default: int, maximum: int) -> int:
    raw = params.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise CosError("InvalidArgument", f"{name} must be an integer.") from None
    if value < 0:
        raise CosError("InvalidArgument", f"{name} must not be negative.")
    return min(value, maximum)


class BucketOps:
    cos: Any
    body: Any
    s3: bool
    sigv4: Any

    if TYPE_CHECKING:  # provided by the handler this mixin is combined with

        def send_xml(
            self, status: int, document: bytes, headers: dict[str, str] | None = None
        ) -> None: ...

        def send_reply(
            self, status: int, headers: Any = None, body: bytes = b"", **kw: Any
        ) -> None: ...

        def require_caller(self) -> KeyRecord: ...

    # -- helpers ----------------------------------------------------------------------------------
    def bucket_for(self, t: Target) -> Bucket:
        """The addressed bucket, checked for existence, region and ownership."""
        caller = self.require_caller()
        assert t.bucket is not None
        bucket = self.cos.backend.get_bucket(t.bucket)
        if bucket is None:
            raise CosError("NoSuchBucket")
        if t.region and t.region != bucket.region:
            raise CosError("NoSuchBucket", f"The bucket is not in region {t.region}.")
        if bucket.appid != caller.appid:
            raise CosError("AccessDenied")
        return bucket

    # -- service ----------------------------------------------------------------------------------
    def op_list_buckets(self, t: Target) -> None:
        caller = self.require_caller()
        buckets = self.cos.backend.list_buckets(caller.appid)
        x = Xml("ListAllMyBucketsResult")
        x.open("Owner").leaf("ID", owner_id(caller.appid)).leaf("DisplayName", caller.appid)
        x.close("Owner")
        x.open("Buckets")
        for b in buckets:
            x.open("Bucket").leaf("Name", b.name).leaf("Location", b.region)
            x.leaf("CreationDate", iso8601(b.created)[:19] + "Z")
            x.leaf("BucketType", "cos").close("Bucket")
        x.close("Buckets")
        x.leaf("Marker", t.params.get("marker", "")).leaf("MaxKeys", "2000")
        x.leaf("IsTruncated", "false")
        self.send_xml(200, x.close("ListAllMyBucketsResult").bytes())

    # -- bucket -----------------------------------------------------------------------------------
    def op_create_bucket(self, t: Target) -> None:
        caller = self.require_caller()
        assert t.bucket is not None
        name = t.bucket
        doc = self.body.read_all(1024 * 1024)
        location = None
        emulation.check_acl(self.headers, bucket=True)
        if doc.strip():
            root = parse(doc, "CreateBucketConfiguration")
            location = child_text(root, "LocationConstraint")
            if child_text(root, "BucketAZConfig") not in (None, ""):
                raise CosError("NotImplemented", "Multi-AZ buckets are not emulated.")
        if location and t.region and location != t.region:
            raise CosError(
                "InvalidLocationConstraint",
                f"The LocationConstraint {location!r} does not match the endpoint's region.",
            )
        if location:
            region = location
            if region not in REGION_IDS:
                raise CosError("InvalidLocationConstraint", f"Unknown region {region!r}.")
        elif t.region:
            region = t.region
            if region not in REGION_IDS:
                raise CosError("InvalidRegionName", f"Unknown region {region!r}.")
        else:
            scope_region = self.sigv4.scope.split("/")[1] if self.s3 else ""
            region = scope_region if scope_region in REGION_IDS else DEFAULT_REGION
        split = split_full_name(name)
        if split is None:
            raise CosError(
                "InvalidBucketName",
                "Bucket names are NAME-APPID: lower-case letters, digits and '-'.",
            )
        short, appid = split
        problem = short_name_problem(short, appid, region)
        if problem is not None:
            raise CosError("InvalidBucketName", f"The bucket name is not valid ({problem}).")
        existing = self.cos.backend.get_bucket(name)
        if existing is not None:
            if existing.appid == caller.appid:
                raise CosError("BucketAlreadyOwnedByYou")
            raise CosError("BucketAlreadyExists")
        if appid != caller.appid:
            raise CosError(
                "AccessDenied", "The APPID in the bucket name is not the caller's APPID."
            )
        self.cos.backend.create_bucket(name, appid, region)
        self.send_reply(200, {"Location": f"/{name}"})

    def op_head_bucket(self, t: Target) -> None:
        bucket = self.bucket_for(t)
        self.send_reply(
            200, {"x-cos-bucket-region": bucket.region, "x-amz-bucket-region": bucket.region}
        )

    def op_delete_bucket(self, t: Target) -> None:
        bucket = self.bucket_for(t)
        self.cos.backend.delete_bucket(bucket.name)
        self.send_reply(204)

    def op_get_location(self, t: Target) -> None:
        bucket = self.bucket_for(t)
        x = Xml()
        x.leaf("LocationConstraint", bucket.region)
        self.send_xml(200, x.bytes())

    def op_get_versioning(self, t: Target) -> None:
        self.bucket_for(t)
        self.send_xml(200, Xml("VersioningConfiguration").close("VersioningConfiguration").bytes())

    def op_get_acl(self, t: Target, owner_appid: str | None = None) -> None:
        if owner_appid is None:
            owner_appid = self.bucket_for(t).appid
        oid = owner_id(owner_appid)
        x = Xml("AccessControlPolicy")
        x.open("Owner").leaf("ID", oid).leaf("DisplayName", owner_appid).close("Owner")
        x.open("AccessControlList").open("Grant")
        x.parts.append(
            '<Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
            'xsi:type="CanonicalUser">'
        )
        x.leaf("ID", oid).leaf("DisplayName", owner_appid).close("Grantee")
        x.leaf("Permission", "FULL_CONTROL").close("Grant").close("AccessControlList")
        self.send_xml(200, x.close("AccessControlPolicy").bytes())

    # -- listing ----------------------------------------------------------------------------------
    def op_list_objects(self, t: Target) -> None:
        bucket = self.bucket_for(t)
        p = t.params
        v2 = p.get("list-type") == "2"
        encoding = p.get("encoding-type", "")
        if encoding and encoding != "url":
            raise CosError("InvalidArgument", "encoding-type must be url.")
        enc = url_encode if encoding else (lambda s: s)
        prefix = p.get("prefix", "")
        delimiter = p.get("delimiter", "")
        max_keys = _int_param(p, "max-keys", MAX_KEYS, MAX_KEYS)
        if v2:
            token = p.get("continuation-token")
            start_after = p.get("start-after", "")
            after = _decode_token(token) if token else start_after
        else:
            after = p.get("marker", "")
        result = self.cos.backend.list_objects(
            bucket.name, prefix=prefix, delimiter=delimiter, after=after, limit=max_keys
        )
        x = Xml("ListBucketResult")
        x.leaf("Name", bucket.name)
        if encoding:
            x.leaf("EncodingType", "url")
        x.leaf("Prefix", enc(prefix))
        if v2:
            if p.get("continuation-token"):
                x.leaf("ContinuationToken", p["continuation-token"])
            if "start-after" in p:
                x.leaf("StartAfter", enc(start_after))
            x.leaf("KeyCount", len(result.entries) + len(result.prefixes))
        else:
            x.leaf("Marker", enc(after))
        x.leaf("MaxKeys", max_keys)
        if delimiter:
            x.leaf("Delimiter", enc(delimiter))
        x.leaf("IsTruncated", "true" if result.truncated else "false")
        if result.truncated and result.next_marker is not None:
            if v2:
                x.leaf("NextContinuationToken", _encode_token(result.next_marker))
            else:
                x.leaf("NextMarker", enc(result.next_marker))
        with_owner = not v2 or p.get("fetch-owner") == "true"
        oid = owner_id(bucket.appid)
        for e in result.entries:
            x.open("Contents").leaf("Key", enc(e.key)).leaf("LastModified", iso8601(e.mtime))
            x.leaf("ETag", e.etag).leaf("Size", e.size)
            if with_owner:
                x.open("Owner").leaf("ID", oid).leaf("DisplayName", bucket.appid).close("Owner")
            x.leaf("StorageClass", e.storage_class).close("Contents")
        for cp in result.prefixes:
            x.open("CommonPrefixes").leaf("Prefix", enc(cp)).close("CommonPrefixes")
        self.send_xml(200, x.close("ListBucketResult").bytes())

    def op_list_versions(self, t: Target) -> None:
        """GET Bucket Object versions on a bucket that was never versioned.

        COS answers it on every bucket ("GET Bucket Object versions", 实际案例 案例一: versioning
        not enabled): one <Version> per object, IsLatest true, an empty VersionId. The sandbox has
        no versioning, so that is every bucket here; paging follows the ListObjects order.
        """
        bucket = self.bucket_for(t)
        p = t.params
        encoding = p.get("encoding-type", "")
        if encoding and encoding != "url":
            raise CosError("InvalidArgument", "encoding-type must be url.")
        enc = url_encode if encoding else (lambda s: s)
        prefix = p.get("prefix", "")
        delimiter = p.get("delimiter", "")
        key_marker = p.get("key-marker", "")
        version_marker = p.get("version-id-marker", "")
        max_keys = _int_param(p, "max-keys", MAX_KEYS, MAX_KEYS)
        result = self.cos.backend.list_objects(
            bucket.name, prefix=prefix, delimiter=delimiter, after=key_marker, limit=max_keys
        )
        x = Xml("ListVersionsResult")
        x.leaf("Name", bucket.name)
        if encoding:
            x.leaf("EncodingType", "url")
        x.leaf("Prefix", enc(prefix)).leaf("KeyMarker", enc(key_marker))
        x.leaf("VersionIdMarker", version_marker).leaf("MaxKeys", max_keys)
        if delimiter:
            x.leaf("Delimiter", enc(delimiter))
        x.leaf("IsTruncated", "true" if result.truncated else "false")
        if result.truncated and result.next_marker is not None:
            x.leaf("NextKeyMarker", enc(result.next_marker)).leaf("NextVersionIdMarker", "")
        for cp in result.prefixes:
            x.open("CommonPrefixes").leaf("Prefix", enc(cp)).close("CommonPrefixes")
        for e in result.entries:
            x.open("Version").leaf("Key", enc(e.key)).leaf("VersionId", "")
            x.leaf("IsLatest", "true").leaf("LastModified", iso8601(e.mtime))
            x.leaf("ETag", e.etag).leaf("Size", e.size).leaf("StorageClass", e.storage_class)
            x.open("Owner").leaf("ID", bucket.appid).leaf("DisplayName", bucket.appid)
            x.close("Owner").close("Version")
        self.send_xml(200, x.close("ListVersionsResult").bytes())


def _encode_token(marker: str) -> str:
    return base64.urlsafe_b64encode(marker.encode("utf-8")).decode("ascii")


def _decode_token(token: str) -> str:
    try:
        return base64.urlsafe_b64decode(token.encode("ascii")).decode("utf-8")
    except (binascii.Error, UnicodeError, ValueError):
        raise CosError("InvalidArgument", "The continuation token is not valid.") from None
