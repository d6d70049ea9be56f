"""A drop-in for the COS SDK's ``xml_to_dict`` that does not ``eval``.

The SDK (``qcloud_cos.cos_comm.xml_to_dict``) converts an XML answer to a dict, takes its
``str()``, strips namespaces from that text and ``eval``-s it back. Compiling the literal of a
1,000-key listing page holds the GIL for 100+ ms, during which no other thread of the process
runs Python: the desktop window froze for that long on every page of a big folder. This walks the
same structure and strips the same namespace strings from every key and text, which gives the same
result; the two calls that also rename a word in the text (ACL answers) keep the original.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from qcloud_cos import cos_client, cos_comm
from qcloud_cos.xml2dict import Xml2Dict

ORIGINAL = cos_comm.xml_to_dict
_NAMESPACES = (
    "{http://www.qcloud.com/document/product/436/7751}",
    "{https://cloud.tencent.com/document/product/436}",
    "{http://doc.s3.amazonaws.com/2006-03-01}",
    "{http://s3.amazonaws.com/doc/2006-03-01/}",
    "{http://www.w3.org/2001/XMLSchema-instance}",
)


def _strip(text: str) -> str:
    if "{" in text:
        for namespace in _NAMESPACES:
            text = text.replace(namespace, "")
    return text


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {_strip(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, str):
        return _strip(value)
    return value


def xml_to_dict(data: bytes | str, origin_str: str = "", replace_str: str = "") -> Any:
    if origin_str:  # renames inside the repr text: keep the SDK's own behaviour
        return ORIGINAL(data, origin_str, replace_str)
    return _plain(Xml2Dict(ET.fromstring(data)))


def install() -> None:
    """Make the SDK use :func:`xml_to_dict` (idempotent); refuse an SDK whose names moved."""
    from gene_desk.storage import sdk_compat

    sdk_compat.check()
    cos_comm.xml_to_dict = xml_to_dict
    cos_client.xml_to_dict = xml_to_dict
