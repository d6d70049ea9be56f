"""Put objects with arbitrary keys straight into the sandbox backend: the SDK (rightly) cannot
send some hostile keys, but a bucket may still contain them."""

from __future__ import annotations

import hashlib

from gene_desk.core.crc64 import crc64


def put_raw(backend, bucket: str, key: str, data: bytes) -> None:
    tmp = backend.temp_path()
    tmp.write_bytes(data)
    backend.put_object(
        bucket,
        key,
        tmp,
        size=len(data),
        md5_hex=hashlib.md5(data).hexdigest(),
        crc=crc64(data),
        headers={},
        meta={},
    )
