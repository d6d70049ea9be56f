"""Multipart uploads: initiate, upload part (and part copy), list parts, list uploads,
complete, abort."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import emulation
from .backend import MAX_PART_NUMBER, check_key
from .bodyio import receive
from .errors import CosError
from .headers import parse_copy_range, stored_headers, url_encode, user_metadata
from .ops_bucket import owner_id
from .routing import Target
from .xmlio import Xml, child_text, iso8601, parse

if TYPE_CHECKING:
    from pathlib import Path

    from .backend import Bucket, ObjectReader
    from .bodyio import Received

MAX_LIST = 1000


class _PiecesReader:
    """Bytes of an object range as a readinto stream (for UploadPartCopy)."""

    def __init__(self, pieces: list[tuple[Path, int, int]]) -> None:
        self._pieces = pieces
        self._file: Any = None
        self._left = 0

    def readinto(self, buffer: memoryview) -> int:
        while self._left == 0:
            if self._file is not None:
                self._file.close()
                self._file = None
            if not self._pieces:
                return 0
            path, offset, count = self._pieces.pop(0)
            self._file = open(path, "rb")  # noqa: SIM115 - closed when exhausted
            self._file.seek(offset)
            self._left = count
        n = self._file.readinto(buffer[: min(len(buffer), self._left)])
        if not n:
            raise CosError("InternalError", "copy source shorter than its index entry")
        self._left -= n
        return n

    def close(self) -> None:
        if self._file is not None:
            self._file.close()


def _part_number(params: dict[str, str]) -> int:
    try:
        number = int(params.get("partNumber", ""))
    except ValueError:
        raise CosError("InvalidArgument", "partNumber must be an integer.") from None
    if not 1 <= number <= MAX_PART_NUMBER:
        raise CosError("InvalidArgument", f"partNumber must be 1..{MAX_PART_NUMBER}.")
    return number


class MultipartOps:
    cos: Any
    body: Any
    headers: Any

    if TYPE_CHECKING:  # provided by the handler this mixin is combined with

        def bucket_for(self, t: Target) -> Bucket: ...

        def send_xml(
            self, status: int, document: bytes, headers: dict[str, str] | None = None
        ) -> None: ...

        def send_reply(
            self, status: int, headers: Any = None, body: bytes = b"", **kw: Any
        ) -> None: ...

        def receive_body(self) -> tuple[Path, Received]: ...

        def read_document(self, limit: int) -> bytes: ...

        def open_copy_source(self, source: str) -> ObjectReader: ...

    def op_initiate_upload(self, t: Target) -> None:
        bucket = self.bucket_for(t)
        check_key(t.key)
        storage_class = emulation.check_object_write(self.headers)
        up = self.cos.backend.create_upload(
            bucket.name,
            t.key,
            stored_headers(self.headers),
            user_metadata(self.headers),
            storage_class,
        )
        x = Xml("InitiateMultipartUploadResult")
        x.leaf("Bucket", bucket.name).leaf("Key", t.key).leaf("UploadId", up.upload_id)
        self.send_xml(200, x.close("InitiateMultipartUploadResult").bytes())

    def op_upload_part(self, t: Target) -> None:
        bucket = self.bucket_for(t)
        number = _part_number(t.params)
        upload = self.cos.backend.get_upload(t.params.get("uploadId", ""), bucket.name, t.key)
        source = self.headers.get("x-cos-copy-source") or self.headers.get("x-amz-copy-source")
        if source:
            self._upload_part_copy(upload, number, source)
            return
        temp, got = self.receive_body()
        try:
            part = self.cos.backend.put_part(
                upload, number, temp, size=got.size, md5_hex=got.md5_hex, crc=got.crc
            )
        finally:
            temp.unlink(missing_ok=True)
        self.send_reply(200, [("ETag", part.etag), ("x-cos-hash-crc64ecma", part.crc64)])

    def _upload_part_copy(self, upload: Any, number: int, source: str) -> None:
        emulation.check_storage_class(self.headers)
        with self.open_copy_source(source) as reader:
            size = reader.info.size
            rng = self.headers.get("x-cos-copy-source-range") or self.headers.get(
                "x-amz-copy-source-range"
            )
            start, length = parse_copy_range(rng, size) if rng else (0, size)
            pieces = _PiecesReader(list(reader.ranges(start, length)))
            temp = self.cos.backend.temp_path()
            try:
                got = receive(pieces, temp, length)
                part = self.cos.backend.put_part(
                    upload, number, temp, size=got.size, md5_hex=got.md5_hex, crc=got.crc
                )
            finally:
                pieces.close()
                temp.unlink(missing_ok=True)
        x = Xml("CopyPartResult").leaf("ETag", part.etag).leaf("LastModified", iso8601(part.mtime))
        self.send_xml(200, x.close("CopyPartResult").bytes(), {"x-cos-hash-crc64ecma": part.crc64})

    def op_list_parts(self, t: Target) -> None:
        bucket = self.bucket_for(t)
        p = t.params
        upload = self.cos.backend.get_upload(p.get("uploadId", ""), bucket.name, t.key)
        try:
            marker = int(p.get("part-number-marker") or 0)
            max_parts = int(p.get("max-parts") or MAX_LIST)
        except ValueError:
            raise CosError("InvalidArgument", "part-number-marker/max-parts: integers") from None
        max_parts = max(0, min(max_parts, MAX_LIST))
        encoding = p.get("encoding-type", "")
        enc = url_encode if encoding == "url" else (lambda s: s)
        parts, truncated = self.cos.backend.list_parts(upload.upload_id, marker, max_parts)
        oid = owner_id(bucket.appid)
        x = Xml("ListPartsResult")
        x.leaf("Bucket", bucket.name)
        if encoding:
            x.leaf("EncodingType", encoding)
        x.leaf("Key", enc(upload.key)).leaf("UploadId", upload.upload_id)
        x.open("Initiator").leaf("ID", oid).leaf("DisplayName", bucket.appid).close("Initiator")
        x.open("Owner").leaf("ID", oid).leaf("DisplayName", bucket.appid).close("Owner")
        x.leaf("PartNumberMarker", marker)
        x.leaf("NextPartNumberMarker", parts[-1].number if parts else marker)
        x.leaf("StorageClass", upload.storage_class).leaf("MaxParts", max_parts)
        x.leaf("IsTruncated", "true" if truncated else "false")
        for part in parts:
            x.open("Part").leaf("PartNumber", part.number)
            x.leaf("LastModified", iso8601(part.mtime)).leaf("ETag", part.etag)
            x.leaf("Size", part.size).close("Part")
        self.send_xml(200, x.close("ListPartsResult").bytes())

    def op_list_uploads(self, t: Target) -> None:
        bucket = self.bucket_for(t)
        p = t.params
        prefix = p.get("prefix", "")
        delimiter = p.get("delimiter", "")
        key_marker = p.get("key-marker", "")
        id_marker = p.get("upload-id-marker", "")
        try:
            max_uploads = max(0, min(int(p.get("max-uploads") or MAX_LIST), MAX_LIST))
        except ValueError:
            raise CosError("InvalidArgument", "max-uploads must be an integer.") from None
        encoding = p.get("encoding-type", "")
        enc = url_encode if encoding == "url" else (lambda s: s)
        items: list[tuple[str, Any]] = []  # ("upload", Upload) or ("prefix", str)
        seen_prefixes: set[str] = set()
        truncated = False
        for up in self.cos.backend.list_uploads(bucket.name, prefix):
            if key_marker:
                if up.key < key_marker:
                    continue
                if up.key == key_marker and (not id_marker or up.upload_id <= id_marker):
                    continue
            if delimiter:
                pos = up.key.find(delimiter, len(prefix))
                if pos >= 0:
                    cp = up.key[: pos + len(delimiter)]
                    if cp in seen_prefixes or (key_marker and key_marker.startswith(cp)):
                        continue
                    if len(items) == max_uploads:
                        truncated = True
                        break
                    seen_prefixes.add(cp)
                    items.append(("prefix", cp))
                    continue
            if len(items) == max_uploads:
                truncated = True
                break
            items.append(("upload", up))
        oid = owner_id(bucket.appid)
        x = Xml("ListMultipartUploadsResult")
        x.leaf("Bucket", bucket.name)
        if encoding:
            x.leaf("EncodingType", encoding)
        x.leaf("KeyMarker", enc(key_marker)).leaf("UploadIdMarker", id_marker)
        if truncated and items:
            kind, last = items[-1]
            x.leaf("NextKeyMarker", enc(last.key if kind == "upload" else last))
            x.leaf("NextUploadIdMarker", last.upload_id if kind == "upload" else "")
        x.leaf("Prefix", enc(prefix))
        if delimiter:
            x.leaf("Delimiter", enc(delimiter))
        x.leaf("MaxUploads", max_uploads).leaf("IsTruncated", "true" if truncated else "false")
        for kind, item in items:
            if kind != "upload":
                continue
            x.open("Upload").leaf("Key", enc(item.key)).leaf("UploadId", item.upload_id)
            x.leaf("StorageClass", item.storage_class)
            x.open("Initiator").leaf("ID", oid).leaf("DisplayName", bucket.appid)
            x.close("Initiator")
            x.open("Owner").leaf("ID", oid).leaf("DisplayName", bucket.appid).close("Owner")
            x.leaf("Initiated", iso8601(item.initiated)).close("Upload")
        for kind, item in items:
            if kind == "prefix":
                x.open("CommonPrefixes").leaf("Prefix", enc(item)).close("CommonPrefixes")
        self.send_xml(200, x.close("ListMultipartUploadsResult").bytes())

    def op_complete_upload(self, t: Target) -> None:
        bucket = self.bucket_for(t)
        upload = self.cos.backend.get_upload(t.params.get("uploadId", ""), bucket.name, t.key)
        root = parse(self.read_document(4 * 1024 * 1024), "CompleteMultipartUpload")
        requested: list[tuple[int, str]] = []
        for node in root.findall("Part"):
            number_text = child_text(node, "PartNumber")
            etag = child_text(node, "ETag")
            if number_text is None or etag is None:
                raise CosError("MalformedXML", "<Part> needs <PartNumber> and <ETag>.")
            try:
                requested.append((int(number_text.strip()), etag))
            except ValueError:
                raise CosError("MalformedXML", "PartNumber must be an integer.") from None
        if not requested:
            raise CosError("MalformedXML", "The part list is empty.")
        info = self.cos.backend.complete_upload(upload, requested)
        host = self.headers.get("Host", "")
        x = Xml("CompleteMultipartUploadResult")
        x.leaf("Location", f"{host}/{t.key}").leaf("Bucket", bucket.name).leaf("Key", t.key)
        x.leaf("ETag", info.etag)
        self.send_xml(
            200,
            x.close("CompleteMultipartUploadResult").bytes(),
            {"x-cos-hash-crc64ecma": info.crc64},
        )

    def op_abort_upload(self, t: Target) -> None:
        bucket = self.bucket_for(t)
        upload = self.cos.backend.get_upload(t.params.get("uploadId", ""), bucket.name, t.key)
        self.cos.backend.abort_upload(upload)
        self.send_reply(204)
