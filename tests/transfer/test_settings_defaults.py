"""Default concurrency (issue 18): 16 files in flight for the engine, the CLI and the window.

Measured with 10,000 x 4 KiB files at 0, 20 and 60 ms one way (README, Performance): 4 in flight
left a distant link idle; 64 doubles small files at 20-60 ms but costs more CPU per download at
0 ms and holds more memory with many big files in flight, so it is an option, not the default."""

from __future__ import annotations

from gene_desk.cli.main import build_parser
from gene_desk.transfer.settings import TransferSettings
from gene_desk.ui.settings import UiSettings


def test_sixteen_files_in_flight_by_default():
    assert TransferSettings().files_parallel == 16
    assert UiSettings().files_parallel == 16
    parser = build_parser()
    for command in ("upload", "download"):
        args = parser.parse_args([command, "a", "cos://b/"])
        assert args.jobs == 16
