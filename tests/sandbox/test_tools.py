"""The real S3 command-line tools against the sandbox, path-style on 127.0.0.1:PORT, configured
only through the environment / a temp config file (see docs/sandbox.md)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from .support import APPID, PERM, crc64_ref, md5_etag

pytestmark = pytest.mark.tools
MiB = 1024 * 1024


def _need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is not installed")
    return path


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "RCLONE_"))}
    env.update(
        AWS_ACCESS_KEY_ID=PERM.secret_id,
        AWS_SECRET_ACCESS_KEY=PERM.secret_key,
        AWS_DEFAULT_REGION="ap-guangzhou",
        AWS_CONFIG_FILE=str(tmp_path / "no-aws-config"),
        AWS_SHARED_CREDENTIALS_FILE=str(tmp_path / "no-aws-credentials"),
        HOME=str(tmp_path),
    )
    env.update(extra)
    return env


def _run(args: list[str], env: dict[str, str], **kw) -> subprocess.CompletedProcess:
    result = subprocess.run(args, env=env, capture_output=True, timeout=120, **kw)
    assert result.returncode == 0, (args, result.stdout[-2000:], result.stderr[-2000:])
    return result


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    small = tmp_path / "small 文件.txt"
    small.write_bytes(b"hello from the tools test\n")
    big = tmp_path / "big.bin"
    big.write_bytes(os.urandom(12 * MiB + 123))
    return {"small": small, "big": big}


def _rclone_env(server, tmp_path: Path) -> dict[str, str]:
    return _env(
        tmp_path,
        RCLONE_CONFIG_SBX_TYPE="s3",
        RCLONE_CONFIG_SBX_PROVIDER="Other",  # provider TencentCOS forces virtual-host names
        RCLONE_CONFIG_SBX_ACCESS_KEY_ID=PERM.secret_id,
        RCLONE_CONFIG_SBX_SECRET_ACCESS_KEY=PERM.secret_key,
        RCLONE_CONFIG_SBX_ENDPOINT=server.url,
        RCLONE_CONFIG_SBX_REGION="ap-guangzhou",
        RCLONE_CONFIG_SBX_FORCE_PATH_STYLE="true",
        RCLONE_CONFIG=str(tmp_path / "rclone.conf"),
    )


def test_rclone(server, client, bucket, files, tmp_path):
    rclone = _need("rclone")
    env = _rclone_env(server, tmp_path)
    base = [rclone, "--retries", "1", "--low-level-retries", "1"]
    remote = f"sbx:{bucket}/rc"
    _run([*base, "copyto", str(files["small"]), f"{remote}/small 文件.txt"], env)
    _run([*base, "copyto", str(files["big"]), f"{remote}/big.bin", "--s3-upload-cutoff", "5M",
          "--s3-chunk-size", "5M"], env)  # fmt: skip
    assert (
        _run([*base, "cat", f"{remote}/small 文件.txt"], env).stdout == files["small"].read_bytes()
    )
    listing = _run([*base, "ls", f"sbx:{bucket}"], env).stdout.decode()
    assert "rc/small 文件.txt" in listing and f"{12 * MiB + 123} rc/big.bin" in listing
    out = tmp_path / "back.bin"
    _run([*base, "copyto", f"{remote}/big.bin", str(out)], env)
    assert out.read_bytes() == files["big"].read_bytes()
    head = client.head_object(Bucket=bucket, Key="rc/big.bin")
    assert head["ETag"].endswith('-3"')  # really multipart
    assert head["x-cos-hash-crc64ecma"] == str(crc64_ref(files["big"].read_bytes()))
    _run([*base, "delete", f"{remote}/small 文件.txt"], env)
    listing = _run([*base, "ls", f"sbx:{bucket}"], env).stdout.decode()
    assert "small" not in listing and "big.bin" in listing


def test_aws_cli(server, client, bucket, files, tmp_path):
    aws = _need("aws")
    env = _env(tmp_path)
    base = [aws, "--endpoint-url", server.url, "s3"]
    _run([*base, "cp", str(files["small"]), f"s3://{bucket}/aws/small.txt"], env)
    _run([*base, "cp", str(files["big"]), f"s3://{bucket}/aws/big 大.bin"], env)
    listing = _run([*base, "ls", f"s3://{bucket}/aws/"], env).stdout.decode()
    assert "small.txt" in listing and "big 大.bin" in listing
    out = tmp_path / "aws-back.bin"
    _run([*base, "cp", f"s3://{bucket}/aws/big 大.bin", str(out)], env)
    assert out.read_bytes() == files["big"].read_bytes()
    head = client.head_object(Bucket=bucket, Key="aws/small.txt")
    assert head["ETag"] == md5_etag(files["small"].read_bytes())
    _run([*base, "rm", f"s3://{bucket}/aws/small.txt"], env)
    assert "small.txt" not in _run([*base, "ls", f"s3://{bucket}/aws/"], env).stdout.decode()


def test_s3cmd(server, client, bucket, files, tmp_path):
    s3cmd = _need("s3cmd")
    config = tmp_path / "s3cfg"
    config.write_text(
        "[default]\n"
        f"access_key = {PERM.secret_id}\nsecret_key = {PERM.secret_key}\n"
        f"host_base = {server.address}\nhost_bucket = {server.address}\n"
        "use_https = False\nbucket_location = ap-guangzhou\nsignature_v2 = False\n"
    )
    env = _env(tmp_path)
    base = [s3cmd, "-c", str(config), "--no-progress"]
    _run([*base, "put", str(files["small"]), f"s3://{bucket}/s3cmd/small.txt"], env)
    _run([*base, "put", str(files["big"]), f"s3://{bucket}/s3cmd/big.bin",
          "--multipart-chunk-size-mb=5"], env)  # fmt: skip
    listing = _run([*base, "ls", f"s3://{bucket}/s3cmd/"], env).stdout.decode()
    assert "s3cmd/small.txt" in listing and "s3cmd/big.bin" in listing
    assert f"s3://{bucket}" in _run([*base, "ls"], env).stdout.decode()
    out = tmp_path / "s3cmd-back.bin"
    _run([*base, "get", f"s3://{bucket}/s3cmd/big.bin", str(out)], env)
    assert out.read_bytes() == files["big"].read_bytes()
    assert client.head_object(Bucket=bucket, Key="s3cmd/big.bin")["ETag"].endswith('-3"')


def test_curl_aws_sigv4(server, client, bucket, files, tmp_path):
    curl = _need("curl")
    env = _env(tmp_path)
    sig = [
        "--aws-sigv4",
        "aws:amz:ap-guangzhou:s3",
        "--user",
        f"{PERM.secret_id}:{PERM.secret_key}",
    ]
    url = f"{server.url}/{bucket}/curl/a+b%20c.bin"
    _run([curl, "-sSf", *sig, "-T", str(files["big"]), url], env)
    assert client.head_object(Bucket=bucket, Key="curl/a+b c.bin")["ETag"] == md5_etag(
        files["big"].read_bytes()
    )
    out = tmp_path / "curl-back.bin"
    _run([curl, "-sSf", *sig, "-o", str(out), url], env)
    assert out.read_bytes() == files["big"].read_bytes()
    listing = _run([curl, "-sSf", *sig, f"{server.url}/{bucket}?prefix=curl/&delimiter=/"], env)
    assert b"<Key>curl/a+b c.bin</Key>" in listing.stdout
    ranged = _run([curl, "-sSf", *sig, "-r", "10-19", url], env)
    assert ranged.stdout == files["big"].read_bytes()[10:20]
    denied = subprocess.run([curl, "-sS", "-o", "/dev/null", "-w", "%{http_code}", url], env=env,
                            capture_output=True, timeout=60)  # fmt: skip
    assert denied.stdout == b"403"


def test_bucket_created_by_a_tool(server, client, tmp_path):
    aws = _need("aws")
    env = _env(tmp_path)
    _run([aws, "--endpoint-url", server.url, "s3", "mb", f"s3://tool-made-{APPID}"], env)
    assert client.get_bucket_location(Bucket=f"tool-made-{APPID}")["LocationConstraint"] == (
        "ap-guangzhou"
    )


def test_aws_cli_list_object_versions_on_an_unversioned_bucket(server, client, bucket, tmp_path):
    # "GET Bucket Object versions", 实际案例 案例一: COS answers ?versions on every bucket, so
    # `aws s3api list-object-versions` works against it (it used to get 501 here)
    aws = _need("aws")
    for key in ("v/a.txt", "v/b.txt"):
        client.put_object(Bucket=bucket, Key=key, Body=b"12345")
    out = _run([aws, "--endpoint-url", server.url, "--output", "json", "s3api",
                "list-object-versions", "--bucket", bucket, "--prefix", "v/"],
               _env(tmp_path))  # fmt: skip
    versions = json.loads(out.stdout)["Versions"]
    assert [(v["Key"], v["IsLatest"], v["Size"]) for v in versions] == [
        ("v/a.txt", True, 5),
        ("v/b.txt", True, 5),
    ]
    assert {v["StorageClass"] for v in versions} == {"STANDARD"}


def test_rclone_versions_and_utf8_metadata_header(server, client, bucket, files, tmp_path):
    # rclone (aws-sdk-go) sends header values as UTF-8 bytes and signs them so: the SigV4
    # canonical headers are UTF-8 (AWS "Signature Calculations for the Authorization Header")
    rclone = _need("rclone")
    env = _rclone_env(server, tmp_path)
    base = [rclone, "--retries", "1", "--low-level-retries", "1"]
    _run([*base, "copyto", str(files["small"]), f"sbx:{bucket}/u/note.txt",
          "--header-upload", "X-Amz-Meta-Note: café 测序"], env)  # fmt: skip
    head = client.head_object(Bucket=bucket, Key="u/note.txt")
    assert head["x-cos-meta-note"].encode("latin-1").decode("utf-8") == "café 测序"
    listing = _run([*base, "ls", "--s3-versions", f"sbx:{bucket}/u"], env).stdout.decode()
    assert listing.split() == [str(files["small"].stat().st_size), "note.txt"]
