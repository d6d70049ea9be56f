"""Sizes in the transfer list of a folder download (pytest-qt, real sandbox).

An upload's rows show each file's own size, and so does the download of one compressed object
(its job row: the original size from Gene Desk's metadata). The items of a folder download
showed the compressed objects' sizes instead. Each item now shows the size of the file the user
gets: the original size (``x-cos-meta-gd-size``) of a Gene Desk object that is decompressed on
arrival, the object's own size otherwise."""

from __future__ import annotations

import random

from gene_desk.journal import State
from gene_desk.transfer.settings import MiB
from gene_desk.ui import formatting
from gene_desk.ui.jobs_model import COL_SIZE, COL_STATE
from tests.ui.conftest import WAIT, open_bucket


def test_folder_download_items_show_the_size_the_user_gets(
    qtbot, window, storage, bucket, tmp_path
):
    src = tmp_path / "src"
    src.mkdir()
    texts = {
        "a.txt": b"ACGT" * 50_000,  # compresses to a few hundred bytes
        "b.txt": b"TTGA" * 30_000,
    }
    for name, data in texts.items():
        (src / name).write_bytes(data)
    transfers = window.ctx.transfers
    ids = transfers.upload([src / n for n in texts], bucket, "run/", compress=True)
    assert transfers.wait(ids, timeout=30)
    storage.clients.client(bucket.region).put_object(  # not Gene Desk's: its own size
        Bucket=bucket.name, Key="run/c.bin", Body=b"x" * 3000
    )
    open_bucket(qtbot, window, bucket)
    out = tmp_path / "out"
    window.download_keys(["run/"], str(out), bucket)
    panel = window.transfer_panel
    model = panel.model

    def folder_job():
        found = [n for n in model.jobs if n.status.job.kind == "download"]
        return found[0] if found else None

    qtbot.waitUntil(
        lambda: folder_job() is not None and folder_job().status.job.state is State.SUCCEEDED,
        timeout=WAIT,
    )
    for name, data in texts.items():
        assert (out / "run" / name).read_bytes() == data
    row = model.jobs.index(folder_job())
    parent = model.index(row, 0)
    panel.view.expand(parent)
    qtbot.waitUntil(lambda: model.rowCount(parent) == 3, timeout=WAIT)

    def sizes() -> dict[str, str]:
        return {
            model.index(r, 0, parent).data(): model.index(r, COL_SIZE, parent).data()
            for r in range(3)
        }

    want = {f"{n}.zst": formatting.size_text(len(d)) for n, d in texts.items()}
    want["c.bin"] = formatting.size_text(3000)

    def shown() -> None:  # retried until it holds; the last difference is reported
        assert sizes() == want

    qtbot.waitUntil(shown, timeout=WAIT)
    # and the job's row adds up what its rows show, as an upload's row does
    total = sum(len(d) for d in texts.values()) + 3000
    assert model.index(row, COL_SIZE).data() == formatting.size_text(total)


def test_a_large_item_shows_its_original_size_while_it_downloads(qtbot, window, bucket, tmp_path):
    """A big object (ranged download) shows the original size from the moment its HEAD is
    read, not only once it has finished: a slow download of a big .zst is what people watch."""
    src = tmp_path / "src"
    src.mkdir()
    data = random.Random(5).randbytes(2 * MiB) + bytes(6 * MiB)  # compresses to about 2 MiB
    (src / "big.bin").write_bytes(data)
    transfers = window.ctx.transfers
    (src / "small.txt").write_bytes(b"ACGT" * 100)
    ids = transfers.upload([src / "big.bin", src / "small.txt"], bucket, "run/", compress=True)
    assert transfers.wait(ids, timeout=60)
    transfers.settings.part_size = MiB  # ranged, part by part
    transfers.set_bandwidth_limit(256 * 1024)  # slow enough to be seen running
    open_bucket(qtbot, window, bucket)
    window.download_keys(["run/"], str(tmp_path / "out"), bucket)
    panel = window.transfer_panel
    model = panel.model

    def job():
        found = [n for n in model.jobs if n.status.job.kind == "download"]
        return found[0] if found else None

    qtbot.waitUntil(lambda: job() is not None, timeout=WAIT)
    row = model.jobs.index(job())
    parent = model.index(row, 0)
    panel.view.expand(parent)
    qtbot.waitUntil(lambda: model.rowCount(parent) == 2, timeout=WAIT)

    def shown() -> tuple[str, str]:
        big = next(r for r in range(2) if model.index(r, 0, parent).data() == "big.bin.zst")
        return (
            model.index(big, COL_STATE, parent).data(),
            model.index(big, COL_SIZE, parent).data(),
        )

    want = ("进行中", formatting.size_text(len(data)))
    seen: list[tuple[str, str]] = []
    try:
        qtbot.waitUntil(lambda: seen.append(shown()) or seen[-1] == want, timeout=WAIT)
    except Exception as exc:
        raise AssertionError(f"the row showed {sorted(set(seen))}, not {want}") from exc
    finally:
        transfers.cancel(job().status.job.id)
