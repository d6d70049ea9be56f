"""What a CLI run costs before its first request (issue 18): scripts start ``gene-desk`` once
per file or folder, so its start-up is paid again and again."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_PROBE = """
import atexit, sys
atexit.register(lambda: print("keyring imported:", "keyring" in sys.modules))
from gene_desk.cli.main import main
sys.argv = ["gene-desk", *sys.argv[1:]]
sys.exit(main())
"""


def test_a_run_logged_in_from_the_environment_never_imports_the_keyring(account_env, bucket):
    """Importing keyring (its backends' entry points) cost 27 ms of every run; a script that
    logs in with GENE_DESK_USER and GENE_DESK_PASSWORD never reads the keyring."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, "ls", f"cos://{bucket.name}/"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "keyring imported: False"
