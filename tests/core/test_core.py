from __future__ import annotations

import logging
import os

import crcmod

from gene_desk.core import crc64 as crc
from gene_desk.core.logsetup import RedactingFilter, redact, setup_logging
from gene_desk.core.stats import RateStats

_reference = crcmod.mkCrcFun(0x142F0E1EBA9EA3693, initCrc=0, xorOut=0xFFFFFFFFFFFFFFFF, rev=True)


def test_crc64_matches_the_sdk_function_and_combines():
    data = os.urandom(300_001)
    assert crc.crc64(data) == _reference(data)
    a, b, c = data[:1000], data[1000:200_000], data[200_000:]
    assert crc.combine_many(
        [(crc.crc64(a), len(a)), (crc.crc64(b), len(b)), (crc.crc64(c), len(c))]
    ) == _reference(data)
    inc = crc.Crc64()
    for chunk in (a, b, c):
        inc.update(chunk)
    assert inc.value == _reference(data) and inc.length == len(data)
    assert crc.combine(123, crc.crc64(b""), 0) == 123


def test_redaction_covers_sdk_header_dumps_and_json():
    text = (
        "send request: headers: {'x-cos-security-token': 'TOKENVALUE', 'Authorization': "
        "'q-sign-algorithm=sha1&q-ak=AKIDSECRETID&q-signature=abcdef'} "
        '{"password": "hunter2", "tmp_secret_key": "KEYVALUE", "session_token":"S"}'
    )
    text += " {'x-cos-security-token': b'BYTESTOKEN', 'Authorization': b'q-sign-algorithm=sha1'}"
    cleaned = redact(text)
    for secret in ("TOKENVALUE", "AKIDSECRETID", "abcdef", "hunter2", "KEYVALUE", "BYTESTOKEN"):
        assert secret not in cleaned
    assert "***" in cleaned


def test_log_file_never_contains_secrets(isolated_home):
    path = setup_logging()
    logging.getLogger("qcloud_cos.test").warning("headers %s", {"x-cos-security-token": "T0KEN"})
    logging.getLogger("gene_desk.test").info("login password=%s", "hunter2")
    for handler in logging.getLogger().handlers:
        handler.flush()
    content = path.read_text(encoding="utf-8")
    assert "T0KEN" not in content and "hunter2" not in content
    assert "password=***" in content
    assert str(path).startswith(str(isolated_home))


def test_redacting_filter_keeps_records():
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "token=%s", ("abc",), None)
    assert RedactingFilter().filter(record)
    assert record.getMessage() == "token=***"


def test_rate_stats_speed_and_eta():
    now = [0.0]
    stats = RateStats(total=1000, window=2.0, clock=lambda: now[0])
    assert stats.eta() is None
    stats.add(0)
    for _ in range(10):
        now[0] += 0.5
        stats.add(50)  # 100 B/s
    assert 90 <= stats.speed <= 110
    assert 4.0 <= stats.eta() <= 6.0  # 500 bytes left
    now[0] += 20  # stalled: speed decays instead of staying stale
    assert stats.speed < 20


def test_crc64_of_a_large_buffer_is_computed_in_slices_that_let_other_threads_in(monkeypatch):
    """fastcrc holds the GIL for a whole call: 8 MiB frames go through in 1 MiB slices."""
    import os as _os

    from gene_desk.core import crc64 as crc_module

    data = _os.urandom(8 * 1024 * 1024 + 5)
    whole = crc_module.crc64(data)
    sizes: list[int] = []
    real = crc_module._fast

    class Recording:
        @staticmethod
        def xz(piece, *crc):  # type: ignore[no-untyped-def]
            sizes.append(len(piece))
            return real.xz(piece, *crc)

    monkeypatch.setattr(crc_module, "_fast", Recording)
    assert crc_module.crc64(data) == whole
    assert crc_module.crc64(data[1000:], crc_module.crc64(data[:1000])) == whole
    assert max(sizes) <= 1024 * 1024 and len(sizes) >= 9
