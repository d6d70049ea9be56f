"""The client refuses, before sending, every bucket name COS would refuse for its length.

"存储桶概述 > 存储桶命名规范": the request domain NAME-APPID.cos.REGION.myqcloud.com is at most
60 characters, so a name that fits one region may be too long for another.
"""

from __future__ import annotations

import pytest

from gene_desk.core import regions
from gene_desk.core.errors import ErrorCode, GeneDeskError


def test_longest_name_depends_on_the_region(storage):
    appid = storage.appid
    west = regions.max_short_name_length(appid, "na-siliconvalley")
    north = regions.max_short_name_length(appid, "ap-beijing")
    assert west < north
    name = "r" * north
    bucket = storage.create_bucket(name, "ap-beijing")  # fits in Beijing
    try:
        with pytest.raises(GeneDeskError) as info:
            storage.create_bucket("s" * north, "na-siliconvalley")  # not in Silicon Valley
        assert info.value.code is ErrorCode.INVALID_BUCKET_NAME
        assert info.value.details == {"reason": "length", "max_length": west}
        assert info.value.request_id is None  # refused before any request was sent
    finally:
        storage.delete_bucket(bucket)
