"""The COS SDK turns every XML answer into a dict by ``eval``-ing its repr: compiling a big dict
literal holds the GIL for 100+ ms on a 1,000-key listing page, freezing the window's GUI thread
(bench/gui_responsiveness.py). ``storage.sdk_xml`` replaces it with an equivalent walk."""

from __future__ import annotations

from qcloud_cos import cos_client, cos_comm

from gene_desk.storage import sdk_xml


def _listing(n: int) -> bytes:
    rows = "".join(
        f"<Contents><Key>dir/f{i:06d}.fastq</Key><LastModified>2026-01-01T00:00:00.000Z"
        f"</LastModified><ETag>&quot;abc{i}&quot;</ETag><Size>{i}</Size>"
        "<Owner><ID>1250000000</ID></Owner><StorageClass>STANDARD</StorageClass></Contents>"
        for i in range(n)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<ListBucketResult xmlns="http://www.qcloud.com/document/product/436/7751">'
        "<Name>b-1250000000</Name><Prefix>dir/</Prefix><Marker></Marker><MaxKeys>1000</MaxKeys>"
        "<Delimiter>/</Delimiter><IsTruncated>true</IsTruncated><NextMarker>x</NextMarker>"
        "<CommonPrefixes><Prefix>dir/sub/</Prefix></CommonPrefixes>"
        f"{rows}</ListBucketResult>"
    ).encode()


def test_same_result_as_the_sdk():
    for data in (_listing(0), _listing(1), _listing(3), b"<Error><Code>X</Code></Error>"):
        assert sdk_xml.xml_to_dict(data) == sdk_xml.ORIGINAL(data)
    acl = (
        b'<AccessControlPolicy xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        b'<Grant><Grantee xsi:type="CanonicalUser"><ID>1</ID></Grantee></Grant>'
        b"</AccessControlPolicy>"
    )
    assert sdk_xml.xml_to_dict(acl, "type", "Type") == sdk_xml.ORIGINAL(acl, "type", "Type")


def test_installed_in_the_sdk_without_eval(monkeypatch):
    assert cos_client.xml_to_dict is sdk_xml.xml_to_dict
    assert cos_comm.xml_to_dict is sdk_xml.xml_to_dict

    def no_eval(*_args):
        raise AssertionError("eval must not be used for listings")

    monkeypatch.setattr(cos_comm, "eval", no_eval, raising=False)
    result = cos_client.xml_to_dict(_listing(1000))
    assert len(result["Contents"]) == 1000
    assert result["Contents"][5]["Key"] == "dir/f000005.fastq"
    assert result["CommonPrefixes"] == {"Prefix": "dir/sub/"}
