"""require_range (storage/ranges.py): the one check, used by the preview and by ranged downloads,
that a GET with a Range header got that range and not the whole object (a server or proxy that
ignores Range answers 200 with the object from byte 0)."""

from __future__ import annotations

import pytest

from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.storage.ranges import require_range


class _Body:
    closed = False

    def close(self) -> None:
        self.closed = True


def test_the_range_asked_for_passes_and_the_body_stays_open():
    body = _Body()
    require_range({"Content-Range": "bytes 10-19/100"}, 10, 10, path="k", body=body)
    require_range({"content-range": "bytes 0-0/1"}, 0, 1, path="k")  # header names vary in case
    assert not body.closed


@pytest.mark.parametrize(
    "headers",
    [
        {},  # 200 with the whole object: no Content-Range at all
        {"Content-Range": "bytes 0-9/100"},  # another range
        {"Content-Range": "bytes 10-20/100"},  # longer than asked for
    ],
)
def test_an_ignored_range_is_bad_response_and_the_body_is_closed(headers):
    body = _Body()
    response = {**headers, "x-cos-request-id": "req-1"}
    with pytest.raises(GeneDeskError) as info:
        require_range(response, 10, 10, path="run/a.bam", body=body)
    assert info.value.code is ErrorCode.BAD_RESPONSE
    assert info.value.request_id == "req-1" and info.value.path == "run/a.bam"
    assert "ignored the byte range" in info.value.message
    assert body.closed
