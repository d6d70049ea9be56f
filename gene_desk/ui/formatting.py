"""Sizes, times, speeds, file types and region names as the window shows them (translated).

Times are shown in China Standard Time (UTC+8) whatever the computer's time zone: the portal,
the account panels (``account/values.py``) and the CLI's account tables show China time, so an
object's 修改时间 in the file list and a record's time in 账户 read on one clock.
"""

from __future__ import annotations

import math
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from gene_desk.core import regions, sizes
from gene_desk.core.chinatime import CHINA_TZ


def size_text(size: int | None) -> str:
    """The one size style of both faces (:mod:`gene_desk.core.sizes`); unknown is blank."""
    return "" if size is None else sizes.size_text(size)


def speed_text(rate: float) -> str:
    if not rate or rate <= 0:
        return ""
    return f"{size_text(int(rate))}/s"


def eta_text(seconds: float | None) -> str:
    if seconds is None or math.isinf(seconds) or seconds < 0:
        return ""
    seconds = int(seconds + 0.5)
    h, rem = divmod(seconds, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


def time_text(when: datetime | float | None) -> str:
    if when is None:
        return ""
    if isinstance(when, (int, float)):
        when = datetime.fromtimestamp(when, CHINA_TZ)
    else:
        when = when.astimezone(CHINA_TZ)  # a naive time is the computer's local time
    return when.strftime("%Y/%m/%d %H:%M")


def file_type_text(name: str, is_folder: bool = False) -> str:
    if is_folder:
        return QCoreApplication.translate("types", "Folder")
    lower = name.lower()
    for suffix, label in (
        (".tar.zst", QCoreApplication.translate("types", "Folder archive (zstd)")),
        (".zst", QCoreApplication.translate("types", "Zstd compressed file")),
        (".fastq.gz", "FASTQ (gzip)"),
        (".fq.gz", "FASTQ (gzip)"),
        (".fastq", "FASTQ"),
        (".fq", "FASTQ"),
        (".bam", "BAM"),
        (".cram", "CRAM"),
        (".sam", "SAM"),
        (".vcf.gz", "VCF (gzip)"),
        (".vcf", "VCF"),
        (".bed", "BED"),
        (".fasta", "FASTA"),
        (".fa", "FASTA"),
        (".gz", QCoreApplication.translate("types", "Gzip compressed file")),
        (".txt", QCoreApplication.translate("types", "Text file")),
        (".csv", "CSV"),
    ):
        if lower.endswith(suffix):
            return label
    if "." in name.strip("."):
        return QCoreApplication.translate("types", "{ext} file").format(
            ext=name.rsplit(".", 1)[-1].upper()
        )
    return QCoreApplication.translate("types", "File")


def region_name(region_id: str) -> str:
    """ "广州" or "Guangzhou" depending on the UI language (falls back to the id)."""
    chinese = QCoreApplication.translate("regions", "use-chinese-region-names") == "yes"
    for rid, zh, en in regions.REGIONS:
        if rid == region_id:
            return zh if chinese else en
    return region_id
