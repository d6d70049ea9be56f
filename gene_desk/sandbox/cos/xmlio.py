"""XML in and out, the way COS writes it.

Responses are built as strings (a 1,000-key listing is the hot path of the 100,000-key pager, and
ElementTree would triple its cost). Requests (bucket configuration, batch delete, complete
multipart) are parsed with ElementTree after stripping namespaces, because S3 tools send the
``http://s3.amazonaws.com/doc/2006-03-01/`` namespace and the COS SDK sends none.
"""

from __future__ import annotations

import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterable

from .errors import CosError

XML_DECL = '<?xml version="1.0" encoding="UTF-8"?>\n'
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
# characters XML 1.0 cannot carry even escaped; keys may contain them, so they become references
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
MAX_REQUEST_XML = 4 * 1024 * 1024


def esc(text: object) -> str:
    s = str(text).translate(_ESCAPES)
    if _INVALID.search(s):
        s = _INVALID.sub(lambda m: f"&#x{ord(m.group()):x};", s)
    return s


def iso8601(ts: float) -> str:
    """``2026-01-02T03:04:05.000Z`` as COS writes LastModified and CreationDate in XML."""
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(ts)) + f".{int(ts * 1000) % 1000:03d}Z"


class Xml:
    """Tiny append-only XML writer."""

    __slots__ = ("parts",)

    def __init__(self, root: str | None = None) -> None:
        self.parts: list[str] = [XML_DECL]
        if root:
            self.open(root)

    def open(self, tag: str) -> Xml:
        self.parts.append(f"<{tag}>")
        return self

    def close(self, tag: str) -> Xml:
        self.parts.append(f"</{tag}>")
        return self

    def leaf(self, tag: str, text: object = None) -> Xml:
        if text is None or text == "":
            self.parts.append(f"<{tag}/>")
        else:
            self.parts.append(f"<{tag}>{esc(text)}</{tag}>")
        return self

    def leaves(self, items: Iterable[tuple[str, object]]) -> Xml:
        for tag, text in items:
            self.leaf(tag, text)
        return self

    def bytes(self) -> bytes:
        return "".join(self.parts).encode("utf-8")


def error_document(code: str, message: str, resource: str, request_id: str, trace_id: str) -> bytes:
    x = Xml("Error")
    x.leaf("Code", code).leaf("Message", message).leaf("Resource", resource)
    x.leaf("RequestId", request_id).leaf("TraceId", trace_id)
    return x.close("Error").bytes()


def parse(body: bytes, root: str | None = None) -> ET.Element:
    """Parse a request document, namespaces removed; MalformedXML when it is not ``<root>``."""
    if len(body) > MAX_REQUEST_XML:
        raise CosError("MalformedXML", "request document too large")
    try:
        elem = ET.fromstring(body)
    except ET.ParseError as exc:
        raise CosError("MalformedXML", f"The XML you provided was not well-formed: {exc}") from None
    for node in elem.iter():
        if isinstance(node.tag, str) and "}" in node.tag:
            node.tag = node.tag.split("}", 1)[1]
    if root is not None and elem.tag != root:
        raise CosError("MalformedXML", f"expected <{root}>, got <{elem.tag}>")
    return elem


def child_text(elem: ET.Element, tag: str) -> str | None:
    node = elem.find(tag)
    if node is None:
        return None
    return node.text or ""
