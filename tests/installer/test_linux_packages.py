"""End to end on Linux: ``build_installer.py`` builds the .deb and the .tar.gz, the .deb is
installed with dpkg (apt-get fetches missing Depends), the installed ``gene-desk`` runs
(``--version``, the demo smoke test offscreen, and the acceptance tests' login-to-main-window
path through AT-SPI on a virtual screen), then ``dpkg -r`` removes it and nothing is left
under /opt.

Needs root (dpkg -i), dpkg-dev and PyInstaller (scripts/test.sh installs them); takes a few
minutes (the build, then xz for the .deb). It installs the package system-wide and removes it
at the end, also when a check fails.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from tests.installer.conftest import ROOT

pytestmark = [pytest.mark.slow, pytest.mark.timeout(2400)]


def _skip_reason() -> str | None:
    if not sys.platform.startswith("linux"):
        return "Linux packages are built on Linux"
    if shutil.which("dpkg-deb") is None or shutil.which("dpkg-shlibdeps") is None:
        return "dpkg-dev is not installed (scripts/apt-packages.txt)"
    if os.geteuid() != 0:
        return "installing a .deb needs root"
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        return "PyInstaller is not installed (pip install -e .[test])"
    return None


def sh(*cmd: str, check: bool = True, **kwargs) -> subprocess.CompletedProcess:
    kwargs.setdefault("capture_output", True)
    kwargs.setdefault("text", True)
    result = subprocess.run(list(cmd), **kwargs)
    if check:
        assert result.returncode == 0, f"{' '.join(cmd)}:\n{result.stdout}\n{result.stderr}"
    return result


def package_status() -> str:
    result = sh("dpkg-query", "-W", "-f=${Status}", "gene-desk", check=False)
    return result.stdout.strip() if result.returncode == 0 else "not-installed"


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    reason = _skip_reason()
    if reason:
        pytest.skip(reason)
    out = tmp_path_factory.mktemp("installer")
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "build_installer.py"),
            "--dist",
            str(out / "dist"),
            "--work",
            str(out / "work"),
            "--startup-rounds",
            "2",
        ],
        capture_output=True,
        text=True,
        timeout=2000,
    )
    output = f"{result.stdout[-6000:]}\n{result.stderr[-6000:]}"
    assert result.returncode == 0, f"build failed:\n{output}"
    report = json.loads((out / "dist" / "build-report.json").read_text())
    yield report
    shutil.rmtree(out, ignore_errors=True)


def test_bundle_is_trimmed_and_within_size(build):
    bundle = Path(build["bundle"])
    names = [p.name for p in bundle.rglob("*")]
    for unwanted in ("WebEngine", "Qt6Qml", "Qt6Quick", "Qt6Pdf", "VirtualKeyboard", "libqeglfs"):
        assert not [n for n in names if unwanted in n], unwanted
    platforms = bundle / "_internal" / "PySide6" / "Qt" / "plugins" / "platforms"
    assert sorted(p.name for p in platforms.iterdir()) == [
        "libqoffscreen.so",
        "libqwayland.so",
        "libqxcb.so",
    ]
    translations = bundle / "_internal" / "PySide6" / "Qt" / "translations"
    assert [p.name for p in translations.iterdir()] == ["qtbase_zh_CN.qm"]
    assert (bundle / "_internal" / "resources" / "translations" / "gene_desk_zh_CN.qm").is_file()
    assert build["smoke_test"] == "passed"
    # the targets (not timings: sizes do not vary from run to run)
    assert build["bundle_mib"] < 150
    assert build["outputs"]["deb"]["mib"] < 60
    assert build["startup"]["login_window"]["window"] == "LoginDialog"
    assert build["startup"]["demo_main_window"]["window"] == "MainWindow"


def test_depends_lists_system_libraries_not_bundled_ones(build):
    depends = build["outputs"]["deb"]["depends"]
    packages = {item.split()[0] for item in depends.split(", ")}
    assert {"libc6", "libxcb-cursor0", "libxkbcommon0", "libfontconfig1", "libstdc++6"} <= packages
    # bundled with the app: libpython's OpenSSL, SQLite, libffi; Qt and ICU from the wheel
    assert not packages & {"libssl3", "libsqlite3-0", "libffi8", "libqt6core6", "libicu72"}


def test_tarball_runs_from_anywhere(build, tmp_path):
    archive = Path(build["outputs"]["tar"]["path"])
    with tarfile.open(archive) as tar:
        if hasattr(tarfile, "tar_filter"):  # Python >= 3.11.4 / 3.10.12
            tar.extractall(tmp_path, filter="tar")
        else:  # pragma: no cover
            tar.extractall(tmp_path)
    top = tmp_path / f"gene-desk-{build['version']}"
    assert (top / "gene-desk.desktop").is_file()
    result = sh(str(top / "gene-desk"), "--version", cwd=tmp_path)
    assert result.stdout.strip() == f"gene-desk {build['version']}"


@pytest.fixture
def system_packages_lock():
    """One install/remove at a time on this machine (several checkouts may run the suite)."""
    import fcntl  # POSIX only, like the rest of this module

    with open("/var/lock/gene-desk-installer-test.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
        fcntl.flock(handle, fcntl.LOCK_UN)


def test_deb_installs_runs_and_uninstalls_cleanly(build, tmp_path, system_packages_lock):
    deb = build["outputs"]["deb"]["path"]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    removed = None
    try:
        if sh("dpkg", "-i", deb, check=False, env=env).returncode != 0:
            # Depends not yet on this machine: let apt fetch them, as a user's apt would
            sh("apt-get", "update", "-qq", check=False, env=env)
            sh("apt-get", "install", "-f", "-y", "-qq", "--no-install-recommends", env=env)
        assert package_status() == "install ok installed"

        assert os.path.realpath("/usr/bin/gene-desk") == "/opt/gene-desk/gene-desk"
        assert Path("/usr/share/applications/gene-desk.desktop").is_file()
        assert Path("/usr/share/icons/hicolor/256x256/apps/gene-desk.png").is_file()
        assert Path("/usr/share/icons/hicolor/scalable/apps/gene-desk.svg").is_file()

        run_env = dict(
            os.environ,
            GENE_DESK_HOME=str(tmp_path / "home"),
            QT_QPA_PLATFORM="offscreen",
            PATH="/usr/local/bin:/usr/bin:/bin",
        )
        run_env.pop("GENE_DESK_RESOURCES", None)
        result = sh("gene-desk", "--version", env=run_env, cwd=tmp_path)
        assert result.stdout.strip() == f"gene-desk {build['version']}"
        result = sh("gene-desk", "--demo", "--smoke-test", env=run_env, cwd=tmp_path, timeout=300)
        assert "smoke test passed" in result.stdout

        # a person's path on the installed program: the login window to the main window, driven
        # through AT-SPI by the acceptance tests (their own desktop, a sandbox account)
        acceptance = sh(
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "-q",
            "tests/acceptance/test_login.py",
            check=False,
            cwd=ROOT,
            timeout=600,
            env=dict(os.environ, GENE_DESK_EXECUTABLE="/usr/bin/gene-desk"),
        )
        assert acceptance.returncode == 0, acceptance.stdout[-6000:] + acceptance.stderr[-3000:]
        assert "2 passed" in acceptance.stdout

        # something the app could leave behind at run time; prerm cleans it up
        cache = Path("/opt/gene-desk/_internal/__pycache__")
        cache.mkdir()
        (cache / "stray.cpython-311.pyc").write_bytes(b"")
    finally:
        if not package_status().endswith("not-installed"):
            removed = sh("dpkg", "-r", "gene-desk", env=env, check=False)
    assert removed is not None and removed.returncode == 0, removed
    # removed; dpkg keeps the record (its postrm) until a purge
    assert package_status() in ("deinstall ok config-files", "not-installed")
    assert not Path("/opt/gene-desk").exists()
    assert not [p for p in Path("/opt").iterdir() if "gene" in p.name.lower()]
    assert not Path("/usr/bin/gene-desk").exists()
    assert not Path("/usr/share/applications/gene-desk.desktop").exists()
    assert not list(Path("/usr/share/icons/hicolor").glob("*/apps/gene-desk.*"))
    sh("dpkg", "--purge", "gene-desk", env=env)
    assert package_status() == "not-installed"
