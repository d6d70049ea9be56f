"""COS regions and bucket naming rules, shared by the engine (checks before any request) and the
sandbox (checks on the wire), so both refuse the same names with the same reason."""

from __future__ import annotations

import re

# (region id, Chinese name, English name). Public-cloud regions from the COS region list.
REGIONS: tuple[tuple[str, str, str], ...] = (
    ("ap-beijing", "北京", "Beijing"),
    ("ap-nanjing", "南京", "Nanjing"),
    ("ap-shanghai", "上海", "Shanghai"),
    ("ap-guangzhou", "广州", "Guangzhou"),
    ("ap-chengdu", "成都", "Chengdu"),
    ("ap-chongqing", "重庆", "Chongqing"),
    ("ap-hongkong", "中国香港", "Hong Kong, China"),
    ("ap-singapore", "新加坡", "Singapore"),
    ("ap-jakarta", "雅加达", "Jakarta"),
    ("ap-seoul", "首尔", "Seoul"),
    ("ap-bangkok", "曼谷", "Bangkok"),
    ("ap-tokyo", "东京", "Tokyo"),
    ("na-siliconvalley", "硅谷（美西）", "Silicon Valley"),
    ("na-ashburn", "弗吉尼亚（美东）", "Virginia"),
    ("sa-saopaulo", "圣保罗", "São Paulo"),
    ("eu-frankfurt", "法兰克福", "Frankfurt"),
)
REGION_IDS = frozenset(r[0] for r in REGIONS)
DEFAULT_REGION = "ap-guangzhou"

# COS ("存储桶概述 > 存储桶命名规范"; "创建存储桶 > 限制说明" item 4): lowercase letters, digits
# and '-', not starting or ending with '-'; the whole request domain NAME-APPID.cos.REGION.
# myqcloud.com is at most 60 characters, so the longest name depends on the APPID and the region
# (123456789012345678901-1250000000.cos.ap-beijing.myqcloud.com is the documented 60).
_SHORT_NAME = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$")
_FULL_NAME = re.compile(r"^(?P<name>[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)-(?P<appid>\d{5,})$")
MAX_DOMAIN = 60


def bucket_domain(full_name: str, region: str) -> str:
    """The request domain COS counts: ``NAME-APPID.cos.REGION.myqcloud.com``."""
    return f"{full_name}.cos.{region}.myqcloud.com"


def max_short_name_length(appid: str, region: str) -> int:
    """How many characters the name (without ``-APPID``) may have in ``region``."""
    return MAX_DOMAIN - len(bucket_domain(f"-{appid}", region))


def short_name_problem(name: str, appid: str, region: str) -> str | None:
    """Why ``name`` (without the APPID) is not a valid bucket name in ``region``, or None."""
    if not name:
        return "empty"
    if not _SHORT_NAME.match(name):
        return "chars"  # only a-z, 0-9 and '-', not at either end
    if len(name) > max_short_name_length(appid, region):
        return "length"
    return None


def split_full_name(bucket: str) -> tuple[str, str] | None:
    """``name-1250000000`` -> ("name", "1250000000"), or None when not a full bucket name.

    Only the form is checked: whether the name is short enough depends on the region
    (:func:`short_name_problem`).
    """
    m = _FULL_NAME.match(bucket)
    if not m:
        return None
    return m.group("name"), m.group("appid")
