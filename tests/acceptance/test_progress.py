"""Issue 12, defect 3.2: live progress of a 50 MB compressed upload on a slow link.

The real ``gene-desk`` process logs in to the sandbox (never ``--demo``) and uploads a FASTQ-like
file of 50 MB through 上传文件 and Qt's file dialog, compression on (the default). The sandbox's
fault injection limits the link to 200 KB/s for every upload request together. What the person
sees is read through AT-SPI: the transfer list's row (进度, 大小, 速度, 剩余时间) four times a
second for five seconds, and the main window's status bar. Then 取消, and the app's log must not
call the cancel an error.

Before the fix a compressed part counted nothing until COS had confirmed all of it (here a part
is about 8 MB of compressed data, 40 s at 200 KB/s): the row sat at 0% with no speed and no
time left, and the status bar said nothing about transfers.
"""

from __future__ import annotations

import itertools
import random
import re
import time
from pathlib import Path
from typing import Any

from tests.acceptance.desktop import wait_for
from tests.acceptance.driver import WAIT, GeneDesk, Table, id_is, need

BUCKET = "genedesk-demo"  # the account's seeded bucket
LINK = 200_000  # bytes/s, shared by every upload request: the "link"
SIZE = 50_000_000
WATCH = 5.0  # seconds of observation
SAMPLE = 0.25  # seconds between two readings of the row
MAX_STILL = 1.0 + SAMPLE  # "changes at least once a second", at the sampling's resolution


def fastq_like(path: Path, size: int, seed: int) -> None:
    """Reads of 100 random bases with a four-letter quality line: zstd makes about a quarter of
    it, like real FASTQ. Written in blocks (bytes.translate), a second or two for 50 MB."""
    rng = random.Random(seed)
    bases = bytes.maketrans(bytes(range(256)), b"ACGT" * 64)
    quality = bytes.maketrans(bytes(range(256)), b"FF:," * 64)
    n = 4096
    number = 0
    with open(path, "wb") as out:
        while out.tell() < size:
            seq = rng.randbytes(100 * n).translate(bases)
            qual = rng.randbytes(100 * n).translate(quality)
            out.write(
                b"".join(
                    b"@ACC:%d 1:N:0:ATCACG\n%s\n+\n%s\n"
                    % (number + k, seq[100 * k : 100 * k + 100], qual[100 * k : 100 * k + 100])
                    for k in range(n)
                )
            )
            number += n
        out.truncate(size)


def choose_in_file_dialog(app: GeneDesk, path: Path) -> None:
    """Qt's own file dialog: the full path typed into its file-name field, 打开."""
    app.answer_file_dialog(str(path))


def start_upload(app: GeneDesk, main: Any, path: Path) -> Any:
    """Seed steps: the bucket, 上传文件 → 选择文件… → the file → 上传; the transfer list."""
    Table(need(main, id_is("bucketTree"), "the bucket list")).select(BUCKET)
    Table(need(main, id_is("fileTable"), "the file list")).wait_row("README.txt")
    app.click(main, "上传文件")
    dialog = app.dialog("上传文件")
    app.click(dialog, "选择文件…")
    choose_in_file_dialog(app, path)
    Table(need(dialog, id_is("pathList"), "the chosen files")).wait_row(path.name)
    app.click(dialog, "上传")
    return app.window(lambda w: w.name.startswith("传输列表"), "the transfer list")


class Row:
    """One job's row of the transfer list, read cell by cell as a screen reader does."""

    def __init__(self, panel: Any, name: str) -> None:
        self.table = Table(need(panel, id_is("jobsView"), "the transfer rows"))
        self.name = name
        headers = self.table.headers()
        self.columns = {h: headers.index(h) for h in ("状态", "进度", "大小", "速度", "剩余时间")}
        wait_for(lambda: self.index() is not None, WAIT, f"the row of {name}")

    def index(self) -> int | None:
        return next((i for i, r in enumerate(self.table.rows()) if self.name in r[0]), None)

    def read(self) -> dict[str, str]:
        """The row's cells now. A cell's accessible object can vanish while the view refreshes
        the row (AT-SPI: "No such object path"); a screen reader reads it again, so does this."""
        for attempt in range(5):
            try:
                row = next(r for r in self.table.rows() if self.name in r[0])
                return {header: row[column] for header, column in self.columns.items()}
            except Exception:
                if attempt == 4:
                    raise
        raise AssertionError("unreachable")


def percent(text: str) -> float:
    match = re.fullmatch(r"([\d.]+)%", text.strip())
    assert match, f"not a percentage: {text!r}"
    return float(match.group(1))


def test_a_slow_compressed_upload_shows_progress_speed_and_time_left_live(
    launch, demo_account, faults, unique, tmp_path
):
    source = tmp_path / f"{unique('live')}.fastq"
    fastq_like(source, SIZE, seed=12)
    faults.limit_bandwidth(LINK, scope="global", method="PUT")
    app = launch()
    main = app.login(demo_account.account, demo_account.password)
    panel = start_upload(app, main, source)
    row = Row(panel, source.name)
    # the first bytes leave (compression and the first request first): the row starts moving
    wait_for(
        lambda: (r := row.read())["状态"] == "进行中" and percent(r["进度"]) > 0 and r["剩余时间"],
        60,
        "the upload to make progress, with a speed and the time left",
    )

    # On loopback the first megabytes fill socket buffers at once (a real link takes ~50 KB
    # before it pushes back); the throttled link then drains them before the next bytes move.
    # The watch starts once the row has moved on from that first burst.
    first = row.read()["进度"]
    wait_for(lambda: row.read()["进度"] != first, 30, "the row to move on after the first burst")

    samples: list[tuple[float, dict[str, str]]] = []
    started = time.monotonic()
    while (now := time.monotonic()) - started < WATCH:
        samples.append((now - started, row.read()))
        time.sleep(max(0.0, SAMPLE - (time.monotonic() - now)))
    samples.append((time.monotonic() - started, row.read()))

    # 进度 (with 大小 beside it) changes at least once a second, and only goes up
    changes = [t for (_, a), (t, b) in itertools.pairwise(samples) if b["进度"] != a["进度"]]
    moments = [0.0, *changes, samples[-1][0]]
    still = max(b - a for a, b in itertools.pairwise(moments))
    assert still <= MAX_STILL, f"进度 stood still for {still:.2f} s: {samples}"
    values = [percent(s["进度"]) for _, s in samples]
    assert values == sorted(values) and 0 < values[0] < values[-1] < 100
    assert len({s["大小"] for _, s in samples}) > 1
    # 速度 and 剩余时间 are filled in every reading, and they change
    assert all(re.search(r"/s$", s["速度"]) for _, s in samples), samples
    assert all(re.fullmatch(r"(\d+:)?\d\d:\d\d", s["剩余时间"]) for _, s in samples), samples
    assert len({s["速度"] for _, s in samples}) > 1
    assert len({s["剩余时间"] for _, s in samples}) > 1

    # the main window's status bar: one transfer running, and how fast
    status = need(main, id_is("transferStatus"), "the status bar's transfer line")
    wait_for(
        lambda: re.fullmatch(r"1 个传输进行中 · [\d.]+ [KMG]?B/s", status.name),
        WAIT,
        f"the status bar to say one transfer runs at some speed (it says {status.name!r})",
    )

    # 取消: the row says so, the status bar falls silent, the log calls nothing an error
    row.table.cell(row.index(), 0).click()
    app.press(panel, "取消")
    wait_for(lambda: row.read()["状态"] == "已取消", WAIT, "the row to say 已取消")
    wait_for(lambda: status.name == "", WAIT, "the status bar's transfer line to clear")
    log = app.log_text()
    assert "Traceback" not in log, log[-3000:]
    assert not [line for line in log.splitlines() if " ERROR " in line], log[-3000:]
