"""Object operations: PUT (and copy), GET with ranges, HEAD, DELETE, batch delete."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from gene_desk.core.storage_classes import ARCHIVED

from . import archive, emulation
from .backend import ObjectInfo, ObjectReader, check_key
from .bodyio import Received, receive, send_ranges
from .chunked import checksum_for
from .errors import ConnectionAbort, CosError
from .headers import (
    DEFAULT_CONTENT_TYPE,
    check_copy_conditions,
    content_md5,
    http_date,
    parse_http_date,
    parse_range,
    stored_headers,
    user_metadata,
)
from .routing import Target
from .xmlio import Xml, child_text, iso8601, parse

if TYPE_CHECKING:
    from .backend import Bucket

MAX_DELETE_KEYS = 1000
_RESPONSE_OVERRIDES = {
    "response-content-type": "Content-Type",
    "response-content-language": "Content-Language",
    "response-expires": "Expires",
    "response-cache-control": "Cache-Control",
    "response-content-disposition": "Content-Disposition",
    "response-content-encoding": "Content-Encoding",
}


class ObjectOps:
    cos: Any
    body: Any
    s3: bool
    sigv4: Any
    headers: Any
    connection: Any
    command: str
    _plan: Any

    if TYPE_CHECKING:  # provided by the handler this mixin is combined with

        def bucket_for(self, t: Target) -> Bucket: ...

        def send_xml(
            self, status: int, document: bytes, headers: dict[str, str] | None = None
        ) -> None: ...

        def send_reply(
            self, status: int, headers: Any = None, body: bytes = b"", **kw: Any
        ) -> None: ...

        def start_reply(
            self, status: int, headers: Any, content_length: int, **kw: Any
        ) -> None: ...

    # -- receiving bodies -------------------------------------------------------------------------
    def receive_body(self) -> tuple[Path, Received]:
        """Stream the request body to a temp file, verifying every digest the client sent."""
        body = self.body
        if not body.framed:
            raise CosError("MissingContentLength")
        checksums = {}
        for name, value in self.headers.items():
            low = name.lower()
            if low.startswith("x-amz-checksum-") and low != "x-amz-checksum-mode":
                c = checksum_for(low)
                if c is not None:
                    checksums[c] = value.strip()
        temp = self.cos.backend.temp_path()
        try:
            want_sha = bool(self.s3 and self.sigv4.payload_sha256)
            got = receive(
                body.reader, temp, body.length, want_sha256=want_sha, checksums=list(checksums)
            )
            # aws-chunked: read the final chunk and trailers (their checks run there)
            if body.reader.readinto(memoryview(bytearray(1))):
                raise CosError("IncompleteBody", "The body is longer than announced.")
            self.check_digests(got)
            for c, expected in checksums.items():
                if c.b64() != expected:
                    raise CosError("BadDigest", f"The {c.algorithm} checksum does not match.")
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        return temp, got

    def check_digests(self, got: Received) -> None:
        md5 = content_md5(self.headers)
        if md5 is not None and md5.hex() != got.md5_hex:
            raise CosError("BadDigest")
        if self.s3 and self.sigv4.payload_sha256 and got.sha256_hex != self.sigv4.payload_sha256:
            raise CosError("XAmzContentSHA256Mismatch")

    def read_document(self, limit: int) -> bytes:
        """A small request body (XML), with its Content-MD5 / x-amz-checksum-* verified."""
        doc = self.body.read_all(limit)
        md5 = content_md5(self.headers)
        if md5 is not None and hashlib.md5(doc).digest() != md5:
            raise CosError("BadDigest")
        expected_sha = self.sigv4.payload_sha256 if self.s3 else None
        if expected_sha and hashlib.sha256(doc).hexdigest() != expected_sha:
            raise CosError("XAmzContentSHA256Mismatch")
        for name, value in self.headers.items():
            low = name.lower()
            if low.startswith("x-amz-checksum-") and low != "x-amz-checksum-mode":
                c = checksum_for(low)
                if c is not None:
                    c.update(memoryview(doc))
                    if c.b64() != value.strip():
                        raise CosError("BadDigest", f"The {c.algorithm} checksum does not match.")
        return doc

    def restore_of(self, info: ObjectInfo) -> archive.Restore | None:
        """The restore of an archived object (no query for the other classes)."""
        if info.storage_class not in ARCHIVED:
            return None
        return self.cos.backend.get_restore(info.bucket, info.key)

    def object_headers(self, info: ObjectInfo) -> list[tuple[str, str]]:
        out = [
            ("ETag", info.etag),
            ("Last-Modified", http_date(info.mtime)),
            ("x-cos-hash-crc64ecma", info.crc64),
            ("Accept-Ranges", "bytes"),
        ]
        now = self.cos.archive_clock()
        out += archive.object_headers(info.storage_class, self.restore_of(info), now)
        stored = dict(info.headers)
        stored.setdefault("Content-Type", DEFAULT_CONTENT_TYPE)
        for name, value in stored.items():
            out.append((name, value))
        prefix = "x-amz-meta-" if self.s3 else "x-cos-meta-"
        for name, value in info.meta.items():
            out.append((prefix + name, value))
        return out

    # -- PUT ------------------------------------------------------------------------------------
    def op_put_object(self, t: Target) -> None:
        bucket = self.bucket_for(t)
        check_key(t.key)
        storage_class = emulation.check_object_write(self.headers)
        source = self.headers.get("x-cos-copy-source") or self.headers.get("x-amz-copy-source")
        if source:
            self.op_copy_object(t, bucket, source, storage_class)
            return
        temp, got = self.receive_body()
        info = self.cos.backend.put_object(
            bucket.name,
            t.key,
            temp,
            size=got.size,
            md5_hex=got.md5_hex,
            crc=got.crc,
            headers=stored_headers(self.headers),
            meta=user_metadata(self.headers),
            storage_class=storage_class,
        )
        self.send_reply(200, [("ETag", info.etag), ("x-cos-hash-crc64ecma", info.crc64)])

    def resolve_copy_source(self, value: str) -> tuple[str, str]:
        """``bucket-appid.cos.region.myqcloud.com/key`` or ``[/]bucket/key`` -> (bucket, key)."""
        value = value.strip()
        text, _, query = value.partition("?")
        for item in query.split("&"):
            name, _, version = item.partition("=")
            if name == "versionId" and unquote(version) not in ("", "null"):
                raise CosError("NoSuchVersion", "The copy source version does not exist.")
        text = unquote(text)
        if text.startswith("http://") or text.startswith("https://"):
            text = text.split("://", 1)[1]
        text = text.lstrip("/")
        head, _, key = text.partition("/")
        if ".cos." in head:
            head = head.split(".", 1)[0]
        if not head or not key:
            raise CosError("InvalidArgument", "x-cos-copy-source is not bucket/key.")
        return head, key

    def open_copy_source(self, source: str) -> ObjectReader:
        """The copy source, opened, after its ``x-cos-copy-source-If-*`` conditions held."""
        src_bucket, src_key = self.resolve_copy_source(source)
        bucket = self.cos.backend.get_bucket(src_bucket)
        if bucket is None:
            raise CosError("NoSuchBucket", "The copy source bucket does not exist.")
        if bucket.appid != self.caller.appid:  # type: ignore[attr-defined]
            raise CosError("AccessDenied", "The copy source belongs to someone else.")
        reader = self.cos.backend.open_object(src_bucket, src_key)
        if reader is None:
            raise CosError("NoSuchKey", "The copy source does not exist.")
        try:
            check_copy_conditions(self.headers, reader.info.etag, reader.info.mtime)
            # an archived source is read like a GET: only once restored ("PUT Object - Copy")
            info = reader.info
            archive.check_readable(
                info.storage_class, self.restore_of(info), self.cos.archive_clock()
            )
        except BaseException:
            reader.close()
            raise
        return reader

    def op_copy_object(
        self, t: Target, bucket: Bucket, source: str, storage_class: str = "STANDARD"
    ) -> None:
        directive = emulation.metadata_directive(self.headers)
        with self.open_copy_source(source) as reader:
            if directive == "replaced":
                headers, meta = stored_headers(self.headers), user_metadata(self.headers)
            else:
                headers, meta = reader.info.headers, reader.info.meta
            info = self.cos.backend.copy_object(
                reader, bucket.name, t.key, headers=headers, meta=meta, storage_class=storage_class
            )
        x = Xml("CopyObjectResult").leaf("ETag", info.etag)
        x.leaf("LastModified", iso8601(info.mtime)).leaf("CRC64", info.crc64)
        self.send_xml(
            200, x.close("CopyObjectResult").bytes(), {"x-cos-hash-crc64ecma": info.crc64}
        )

    # -- ACL ------------------------------------------------------------------------------------
    def op_put_acl(self, t: Target, *, bucket: bool) -> None:
        """PUT Bucket acl / PUT Object acl: the sandbox is owner-only, so only the canned ACL
        meaning exactly that (private; default for objects) is accepted; every other ACL, grant
        or AccessControlPolicy document is refused, never acknowledged and ignored."""
        target = self.bucket_for(t)
        emulation.check_acl(self.headers, bucket=bucket)
        if self.read_document(64 * 1024).strip():
            raise CosError("NotImplemented", "AccessControlPolicy documents are not emulated.")
        if self.headers.get("x-cos-acl") is None and self.headers.get("x-amz-acl") is None:
            raise CosError("InvalidArgument", "PUT ?acl needs x-cos-acl or a document.")
        if not bucket and self.cos.backend.head_object(target.name, t.key) is None:
            raise CosError("NoSuchKey")
        self.send_reply(200)

    # -- GET / HEAD -------------------------------------------------------------------------------
    def op_get_object(self, t: Target) -> None:
        bucket = self.bucket_for(t)
        reader = self.cos.backend.open_object(bucket.name, t.key)
        if reader is None:
            raise CosError("NoSuchKey")
        with reader:
            info = reader.info
            if self.command != "HEAD":  # HEAD shows an archived object; GET needs a restore
                now = self.cos.archive_clock()
                archive.check_readable(info.storage_class, self.restore_of(info), now)
            status = self._preconditions(info)
            headers = self.object_headers(info)
            if status == 304:
                self.send_reply(304, [h for h in headers if h[0] in ("ETag", "Last-Modified")])
                return
            for param, header in _RESPONSE_OVERRIDES.items():
                if param in t.params:
                    headers = [h for h in headers if h[0] != header]
                    headers.append((header, t.params[param]))
            span = parse_range(self.headers.get("Range"), info.size)
            if span is None:
                start, length, status = 0, info.size, 200
            else:
                start, length = span
                status = 206
                end = start + length - 1
                headers.append(("Content-Range", f"bytes {start}-{end}/{info.size}"))
            if self.command == "HEAD":
                self.send_reply(status, headers, content_length=length)
                return
            self.start_reply(status, headers, length)
            plan = self._plan
            try:
                sent = send_ranges(
                    self.connection,
                    reader.ranges(start, length),
                    throttles=plan.throttles,
                    reset_after=plan.reset_response_after,
                )
                self.cos._count_object_bytes(sent)
            except FileNotFoundError:
                raise ConnectionAbort("object file vanished", reset=True) from None

    def _preconditions(self, info: ObjectInfo) -> int:
        h = self.headers
        etag = info.etag.strip('"')
        if_match = h.get("If-Match")
        if if_match and etag not in {v.strip().strip('"') for v in if_match.split(",")} | {"*"}:
            raise CosError("PreconditionFailed")
        since = parse_http_date(h.get("If-Unmodified-Since"))
        if not if_match and since is not None and int(info.mtime) > since:
            raise CosError("PreconditionFailed")
        if_none = h.get("If-None-Match")
        if if_none and (
            if_none == "*" or etag in {v.strip().strip('"') for v in if_none.split(",")}
        ):
            return 304
        mod_since = parse_http_date(h.get("If-Modified-Since"))
        if not if_none and mod_since is not None and int(info.mtime) <= mod_since:
            return 304
        return 200

    # -- DELETE -----------------------------------------------------------------------------------
    def op_delete_object(self, t: Target) -> None:
        bucket = self.bucket_for(t)
        self.cos.backend.delete_object(bucket.name, t.key)
        self.send_reply(204)

    def op_delete_objects(self, t: Target) -> None:
        bucket = self.bucket_for(t)
        doc = self.read_document(4 * 1024 * 1024)
        root = parse(doc, "Delete")
        quiet = (child_text(root, "Quiet") or "").strip().lower() == "true"
        objects = root.findall("Object")
        if not objects:
            raise CosError("MalformedXML", "No <Object> to delete.")
        if len(objects) > MAX_DELETE_KEYS:
            raise CosError(
                "MalformedXML", f"At most {MAX_DELETE_KEYS} keys can be deleted per request."
            )
        keys: list[str] = []
        errors: list[tuple[str, str, str]] = []
        for obj in objects:
            key = child_text(obj, "Key")
            if key is None:
                raise CosError("MalformedXML", "<Object> without <Key>.")
            version = child_text(obj, "VersionId")
            if version not in (None, "", "null"):
                # only the "null" version exists here: never delete the current one instead
                errors.append((key, "NoSuchVersion", "The specified version does not exist."))
                continue
            try:
                check_key(key)
            except CosError as exc:
                errors.append((key, exc.code, exc.message))
                continue
            keys.append(key)
        self.cos.backend.delete_objects(bucket.name, keys)
        x = Xml("DeleteResult")
        if not quiet:
            for key in keys:
                x.open("Deleted").leaf("Key", key).close("Deleted")
        for key, code, message in errors:
            x.open("Error").leaf("Key", key).leaf("Code", code).leaf("Message", message)
            x.close("Error")
        self.send_xml(200, x.close("DeleteResult").bytes())
