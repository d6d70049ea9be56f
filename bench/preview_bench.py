#!/usr/bin/env python3
"""Time of one 预览 (HEAD, ranged GETs, decode, summary) on the real files of /work/shared/data,
as they are and as Gene Desk's own compressed uploads, against an in-process sandbox.

    python bench/preview_bench.py [--runs 5] [--read-mib 4]

Prints one row per object: median wall time, bytes read from the sandbox, the decoding layers
and the summary; writes bench/results/preview.json. Loopback has no latency: on a real link each
1 MiB range adds a round trip and its transfer time.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DATA = Path("/work/shared/data")
RESULTS = ROOT / "bench" / "results" / "preview.json"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--read-mib", type=float, default=4)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="preview-bench-"))
    os.environ["GENE_DESK_HOME"] = str(work / "home")

    from gene_desk.account.session import AccountSession
    from gene_desk.journal import Journal
    from gene_desk.preview import preview_object
    from gene_desk.sandbox.account import seed
    from gene_desk.sandbox.runner import Sandbox
    from gene_desk.storage import CosClients, Storage
    from gene_desk.transfer.manager import TransferManager
    from gene_desk.transfer.settings import TransferSettings

    sandbox = Sandbox(work / "sandbox").start()
    session = AccountSession.login(sandbox.account_url, seed.DEMO.account, seed.DEMO.password)
    storage = Storage(CosClients(session.credentials, session.invalidate_credentials))
    bucket = storage.create_bucket("bench", "ap-guangzhou")
    plain = work / "plain"
    plain.mkdir()
    for name, out in (("census.fastq.gz", "census.fastq"), ("nanopore_pcs109_5k.fq.gz", "np.fq")):
        with gzip.open(DATA / name) as src, open(plain / out, "wb") as dst:
            shutil.copyfileobj(src, dst)
    folder = work / "bamdir"
    folder.mkdir()
    shutil.copy(DATA / "census.paired.bam", folder)
    journal = Journal(work / "journal.sqlite3")
    manager = TransferManager(storage, journal, TransferSettings()).start()
    originals = sorted(DATA.glob("*.*[mz]"))
    jobs = manager.upload(originals, bucket, "asis/", compress=False)
    jobs += manager.upload([plain / "census.fastq", plain / "np.fq", folder], bucket, "zst/")
    assert manager.wait(jobs, timeout=600)
    manager.shutdown()
    journal.close()

    keys = [f"asis/{p.name}" for p in originals]
    keys += ["zst/census.fastq.zst", "zst/np.fq.zst", "zst/bamdir.tar.zst"]
    rows = []
    for key in keys:
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            result = preview_object(storage, bucket, key, budget=int(args.read_mib * 1024 * 1024))
            times.append(time.perf_counter() - start)
        if result.fastq is not None:
            f = result.fastq
            what = f"{f.records} reads, {f.min_length}-{f.max_length}, {f.encoding}"
        elif result.alignment is not None:
            what = f"{result.alignment.sq_count} references"
        else:
            what = result.kind
        row = {
            "key": key,
            "size": result.facts.size,
            "median_s": round(statistics.median(times), 3),
            "fetched": result.fetched,
            "layers": result.layers,
            "summary": what,
        }
        rows.append(row)
        print(
            f"{key:32} {row['size']:>10,} B  {row['median_s']:6.3f} s  read {row['fetched']:>9,} B"
            f"  {'+'.join(row['layers']):14} {what}"
        )
    session.logout()
    sandbox.stop()
    shutil.rmtree(work, ignore_errors=True)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"runs": args.runs, "rows": rows}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
