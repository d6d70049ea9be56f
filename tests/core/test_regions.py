"""Bucket naming as COS counts it: the whole request domain, not the name alone."""

from __future__ import annotations

import pytest

from gene_desk.core import regions


def test_documented_sixty_character_example():
    # "存储桶概述 > 存储桶命名规范": 123456789012345678901-1250000000.cos.ap-beijing.myqcloud.com
    # is 60 characters, the most COS accepts
    full = "123456789012345678901-1250000000"
    assert len(regions.bucket_domain(full, "ap-beijing")) == regions.MAX_DOMAIN == 60
    assert regions.max_short_name_length("1250000000", "ap-beijing") == 21
    assert regions.short_name_problem("123456789012345678901", "1250000000", "ap-beijing") is None
    assert regions.short_name_problem("1234567890123456789012", "1250000000", "ap-beijing") == (
        "length"
    )


@pytest.mark.parametrize("rid", sorted(regions.REGION_IDS))
def test_the_limit_depends_on_the_region(rid):
    appid = "1250000000"
    longest = regions.max_short_name_length(appid, rid)
    assert longest == 60 - len(f"-{appid}.cos.{rid}.myqcloud.com")
    assert regions.short_name_problem("a" * longest, appid, rid) is None
    assert regions.short_name_problem("a" * (longest + 1), appid, rid) == "length"


def test_shorter_appid_leaves_more_room():
    assert regions.max_short_name_length("12500", "na-siliconvalley") == 20
    assert regions.max_short_name_length("1250000000", "na-siliconvalley") == 15


def test_characters_and_split():
    assert regions.short_name_problem("", "1250000000", "ap-beijing") == "empty"
    for bad in ("Upper", "-x", "x-", "a_b", "a.b"):
        assert regions.short_name_problem(bad, "1250000000", "ap-beijing") == "chars"
    assert regions.split_full_name("reads-2026-1250000000") == ("reads-2026", "1250000000")
    assert regions.split_full_name("no-appid") is None
    # the form only: length depends on the region, checked by short_name_problem
    assert regions.split_full_name("x" * 40 + "-1250000000") == ("x" * 40, "1250000000")
