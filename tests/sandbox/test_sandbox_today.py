"""The sandbox's day is injectable apart from its clock: records are generated for the given day
(argument, then GENE_DESK_SANDBOX_TODAY, then the clock's day in China time) while sessions,
temporary keys and COS signatures stay dated by real time; a bad day is INVALID_ARGUMENT."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from gene_desk.account import models as m
from gene_desk.account.session import AccountSession
from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.sandbox.account import seed
from gene_desk.sandbox.runner import Sandbox
from gene_desk.sandbox.today import CHINA_TZ, TODAY_ENV
from tests.helpers.storage import storage_for


def test_day_from_argument_then_environment_then_clock(tmp_path, monkeypatch):
    monkeypatch.setenv(TODAY_ENV, "2024-02-29")
    assert Sandbox(tmp_path / "env", seed_demo=False).account.today() == date(2024, 2, 29)
    given = Sandbox(tmp_path / "arg", seed_demo=False, today=date(2021, 2, 5))
    assert given.account.today() == date(2021, 2, 5)  # the argument wins
    days = iter([date(2030, 1, 1), date(2030, 1, 2)])
    moving = Sandbox(tmp_path / "fn", seed_demo=False, today=lambda: next(days))
    assert [moving.account.today(), moving.account.today()] == [date(2030, 1, 1), date(2030, 1, 2)]
    monkeypatch.delenv(TODAY_ENV)
    clocked = Sandbox(tmp_path / "clock", seed_demo=False)
    # 2026-03-31 20:30 UTC is already 1 April in China
    clocked.account.clock = lambda: datetime(2026, 3, 31, 20, 30, tzinfo=timezone.utc).timestamp()
    assert clocked.account.today() == date(2026, 4, 1)


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("2026-02-30", "is not a date YYYY-MM-DD"),
        ("20260615", "is not a date YYYY-MM-DD"),
        ("tomorrow", "is not a date YYYY-MM-DD"),
        ("2026-6-15", "is not a date YYYY-MM-DD"),
        ("1999-12-31", "is not between 2000-01-01 and 2999-12-31"),
    ],
)
def test_bad_environment_day_is_a_coded_error_before_anything_is_made(
    tmp_path, monkeypatch, value, words
):
    monkeypatch.setenv(TODAY_ENV, value)
    with pytest.raises(GeneDeskError) as info:
        Sandbox(tmp_path / "sb", seed_demo=False)
    assert info.value.code is ErrorCode.INVALID_ARGUMENT
    assert TODAY_ENV in info.value.message and words in info.value.message
    assert repr(value) in info.value.message
    assert not (tmp_path / "sb").exists()


def test_fixed_day_far_from_now_keeps_sessions_keys_and_signatures_real(tmp_path):
    """Records as of 2021-02-05, yet the login, the temporary keys and a signed COS request
    (checked against real time by the endpoint) all work: the clock was left alone."""
    with Sandbox(tmp_path / "sb", today=date(2021, 2, 5)) as sb:
        session = AccountSession.login(sb.account_url, seed.DEMO.account, seed.DEMO.password)
        try:
            overview = session.api.overview()
            assert overview.month == m.YearMonth(2021, 2)
            newest = session.api.tickets(page_size=1).items[0]
            assert newest.applied_at < datetime(2021, 2, 5, tzinfo=CHINA_TZ)
            assert session.credentials().remaining() > 60  # dated by the real clock
            names = [b.name for b in storage_for(session).list_buckets()]
            assert seed.DEMO_BUCKET in names
        finally:
            session.logout()
