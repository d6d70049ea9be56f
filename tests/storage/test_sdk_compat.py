"""The storage layer refuses, at import time, an SDK whose patched or imitated names moved
(issue 17, 4): a silent fallback would bring back the eval() parser or fail mid-transfer."""

from __future__ import annotations

import pytest
from qcloud_cos import cos_client, cos_comm

from gene_desk.storage import sdk_compat, sdk_xml


def test_the_installed_sdk_is_supported():
    assert sdk_compat.problems() == []
    sdk_xml.install()  # no exception
    assert cos_comm.xml_to_dict is sdk_xml.xml_to_dict


def test_a_missing_patched_name_fails_loudly(monkeypatch):
    monkeypatch.delattr(cos_client, "xml_to_dict")
    with pytest.raises(sdk_compat.UnsupportedSdk, match=r"cos_client\.xml_to_dict is missing"):
        sdk_xml.install()


def test_another_minor_version_fails_loudly(monkeypatch):
    monkeypatch.setattr(sdk_compat.metadata, "version", lambda _name: "1.10.0")
    with pytest.raises(sdk_compat.UnsupportedSdk, match=r"1\.10\.0 is installed.*<1\.10"):
        sdk_compat.check()


def test_a_client_without_session_parameter_fails_loudly(monkeypatch):
    class Client:
        def __init__(self, conf, retry=1):  # the shape LiteSession could not plug into
            pass

    monkeypatch.setattr(cos_client, "CosS3Client", Client)
    assert any("session=" in p for p in sdk_compat.problems())


def test_no_package_metadata_leaves_the_decision_to_the_name_checks(monkeypatch):
    """A frozen bundle may not ship dist-info; the app must still start there."""

    def missing(_name):
        raise sdk_compat.metadata.PackageNotFoundError(_name)

    monkeypatch.setattr(sdk_compat.metadata, "version", missing)
    assert sdk_compat.problems() == []
