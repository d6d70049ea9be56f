#!/usr/bin/env python3
"""Build Gene Desk's installer for the OS this runs on.

    python build_installer.py                 # everything for this OS, into dist/
    python build_installer.py --formats deb   # Linux: only the .deb (also: tar)

Steps (each stops the build with a clear message when it fails):

1. **Freeze**: PyInstaller with ``installer/gene-desk.spec``, a one-folder bundle trimmed by
   ``installer/bundle_rules.py`` (the same rules on every OS) -> ``dist/gene-desk/``
   (macOS: ``dist/Gene Desk.app``).
2. **Check**: on Linux every binary in the bundle must find the libraries it links to
   (bundled or from the system); the version the bundle reports must be pyproject's.
3. **Smoke test** the frozen app before wrapping it: ``--version``, then
   ``--demo --smoke-test`` offscreen with ``GENE_DESK_HOME`` in a temporary folder.
4. **Measure** start-up (``installer/measure_startup.py``): login window and demo main window,
   cold and warm.
5. **Wrap**: Linux ``.deb`` (``/opt/gene-desk``, ``gene-desk`` on PATH, menu entry, hicolor icons,
   ``Depends`` from ``dpkg-shlibdeps``) and portable ``.tar.gz``; Windows NSIS ``setup.exe``
   (per user, no admin rights); macOS ``.dmg``.

Outputs land in ``dist/`` (``--dist``), with ``build-report.json`` (sizes, times, what was
trimmed); PyInstaller's work files in ``build/installer/`` (``--work``). Needs the app installed
in this interpreter (``pip install -e .[installer]``), plus ``dpkg-dev`` on Linux, NSIS on
Windows.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent
INSTALLER = ROOT / "installer"
IS_LINUX = sys.platform.startswith("linux")
IS_WINDOWS = sys.platform == "win32"
IS_MACOS = sys.platform == "darwin"
MIB = 1024 * 1024


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        f"gene_desk_installer_{name}", INSTALLER / f"{name}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


rules = _load("bundle_rules")
assets = _load("assets")
startup = _load("measure_startup")


class BuildError(Exception):
    """A step failed; the message says which and why."""


def log(message: str) -> None:
    print(f"[build_installer] {message}", flush=True)


def run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess:
    """Run a command; on failure raise BuildError with its output."""
    kwargs.setdefault("capture_output", True)
    kwargs.setdefault("text", True)
    try:
        result = subprocess.run(cmd, **kwargs)
    except FileNotFoundError as exc:
        raise BuildError(f"{cmd[0]} not found: {exc}") from exc
    except subprocess.TimeoutExpired as exc:
        raise BuildError(f"{' '.join(cmd)} timed out after {exc.timeout} s") from exc
    if result.returncode != 0:
        out = ((result.stdout or "") + (result.stderr or ""))[-4000:]
        raise BuildError(f"{' '.join(cmd)} exited {result.returncode}:\n{out}")
    return result


def tree_size(path: Path) -> int:
    """Bytes of the regular files under ``path`` (symlinks not followed or counted)."""
    if path.is_file():
        return path.stat().st_size
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            file = Path(root, name)
            if not file.is_symlink():
                total += file.stat().st_size
    return total


def mib(size: int) -> float:
    return round(size / MIB, 1)


# -- 1. freeze -------------------------------------------------------------------------------------


def check_version(version: str) -> None:
    """The installed metadata (what the frozen app reports) must match pyproject.toml."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed_version

    try:
        installed = installed_version("gene-desk")
    except PackageNotFoundError as exc:
        raise BuildError("gene-desk is not installed here: run `pip install -e .` first") from exc
    if installed != version:
        raise BuildError(
            f"gene-desk is installed as {installed} but pyproject.toml says {version}:"
            " run `pip install -e .` again so the bundle reports the right version"
        )


TOOLS = {
    "deb": (["dpkg-deb", "dpkg-shlibdeps", "ldd"], "apt-get install dpkg-dev"),
    "tar": (["ldd"], "the C library's ldd"),
    "nsis": (["makensis"], "NSIS 3 (https://nsis.sourceforge.io)"),
    "dmg": (["hdiutil", "ditto"], "macOS"),
}


def check_tools(formats: list[str]) -> None:
    """Fail before the long steps when PyInstaller or a wrapping tool is missing."""
    if importlib.util.find_spec("PyInstaller") is None:
        raise BuildError("PyInstaller is not installed here: pip install -e .[installer]")
    for fmt in formats:
        if fmt not in TOOLS:
            raise BuildError(f"unknown format {fmt!r} (known: {', '.join(TOOLS)})")
        if fmt not in default_formats():
            raise BuildError(f"format {fmt!r} cannot be built on {sys.platform}")
        tools, source = TOOLS[fmt]
        missing = [tool for tool in tools if shutil.which(tool) is None]
        if missing:
            raise BuildError(f"{fmt} needs {', '.join(missing)}: {source}")


def freeze(dist: Path, work: Path, clean: bool) -> None:
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(INSTALLER / "gene-desk.spec"),
    ]
    if clean:
        cmd.insert(3, "--clean")
    log("PyInstaller: " + " ".join(cmd[3:]))
    result = run(cmd, cwd=ROOT)
    dropped_sources = {src for _why, src in dropped_files(work).values() if src}
    hidden = 0
    for line in (result.stdout + result.stderr).splitlines():
        if "WARNING" in line or "ERROR" in line:
            # e.g. "could not resolve libgtk-3.so.0, dependency of .../libqgtk3.so": the hooks
            # collect every plugin before bundle_rules.py drops the ones we do not ship
            if any(src in line for src in dropped_sources):
                hidden += 1
                continue
            log("  " + line.strip())
    if hidden:
        log(f"  ({hidden} PyInstaller warnings about files the trimming then dropped)")


def bundle_paths(dist: Path) -> tuple[Path, Path, Path]:
    """(the folder to wrap, the folder holding the app's files, the executable to test)."""
    if IS_MACOS:
        app = dist / f"{rules.APP_NAME}.app"
        return app, app / "Contents" / "MacOS", app / "Contents" / "MacOS" / rules.EXE_NAME
    folder = dist / rules.DIST_NAME
    exe = folder / (f"{rules.CLI_EXE_NAME}.exe" if IS_WINDOWS else rules.EXE_NAME)
    return folder, folder, exe


# -- 2. check --------------------------------------------------------------------------------------


def elf_files(folder: Path) -> list[Path]:
    out = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with open(path, "rb") as f:
                if f.read(4) == b"\x7fELF":
                    out.append(path)
    return out


def check_linking(folder: Path) -> None:
    """Linux: every ELF file in the bundle finds each library it links to."""
    internal = folder / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))  # what the bootloader sets
    missing: dict[str, set[str]] = {}
    for path in elf_files(folder):
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env)
        for line in result.stdout.splitlines():
            if "not found" in line:
                missing.setdefault(line.split()[0], set()).add(str(path.relative_to(folder)))
    if missing:
        detail = "\n".join(
            f"  {lib} (needed by {', '.join(sorted(users)[:3])})"
            for lib, users in sorted(missing.items())
        )
        raise BuildError(
            "libraries missing for the bundle (a trimming rule drops something still used, or"
            " the system lacks a package; see scripts/apt-packages.txt):\n" + detail
        )


# -- 3. smoke test ---------------------------------------------------------------------------------


def smoke_test(exe: Path, version: str) -> float:
    """``--version``, ``--demo --smoke-test`` and a small-file round trip on the CLI of the frozen
    app; returns seconds taken."""
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="gene-desk-smoke-") as home:
        env = dict(os.environ, GENE_DESK_HOME=home, QT_QPA_PLATFORM="offscreen")
        result = subprocess.run(
            [str(exe), "--version"], capture_output=True, text=True, env=env, timeout=120
        )
        if result.returncode != 0 or result.stdout.strip() != f"gene-desk {version}":
            raise BuildError(
                f"smoke test: `{exe.name} --version` printed {result.stdout.strip()!r}"
                f" (exit {result.returncode}), expected 'gene-desk {version}'\n{result.stderr}"
            )
        log(f"smoke test: {result.stdout.strip()}")
        try:
            result = subprocess.run(
                [str(exe), "--demo", "--smoke-test"],
                capture_output=True,
                text=True,
                env=env,
                timeout=300,
            )
        except subprocess.TimeoutExpired as exc:
            raise BuildError("smoke test: the frozen app did not finish in 300 s") from exc
        if result.returncode != 0 or "smoke test passed" not in result.stdout:
            raise BuildError(
                f"smoke test of the frozen app failed (exit {result.returncode}); not wrapping"
                f" it.\n--- stdout\n{result.stdout[-3000:]}\n--- stderr\n{result.stderr[-3000:]}"
            )
        log("smoke test: --demo --smoke-test passed")
        smoke_test_small_files(exe, Path(home))
    return time.monotonic() - started


def smoke_test_small_files(exe: Path, home: Path) -> None:
    """The CLI of the frozen app against its own sandbox: 40 small files up and down. They run
    in worker processes, which start from the frozen executable (``freeze_support``); the log
    must show a worker ran them, not the fallback to threads."""
    import secrets

    env = dict(os.environ, GENE_DESK_HOME=str(home), GENE_DESK_WORKER_PROCESSES="2")
    sandbox = subprocess.Popen(
        [str(exe), "sandbox", "--port", "0", "--cos-port", "0", "--data", str(home / "sb")],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
    )  # fmt: skip
    try:
        info: dict[str, str] = {}
        assert sandbox.stdout is not None
        for line in sandbox.stdout:
            if line.startswith("ready"):
                break
            name, _, value = line.partition(": ")
            info[name.strip()] = value.strip()
        if "account_url" not in info:
            raise BuildError("smoke test: the frozen `gene-desk sandbox` did not start")
        env.update(
            GENE_DESK_ACCOUNT_URL=info["account_url"],
            GENE_DESK_USER=info["demo_account"],
            GENE_DESK_PASSWORD=info["demo_password"],
        )
        src = home / "small"
        for n in range(40):
            (src / f"d{n % 2}").mkdir(parents=True, exist_ok=True)
            (src / f"d{n % 2}" / f"f{n}.txt").write_bytes(secrets.token_bytes(2000))
        remote = f"cos://{info['demo_bucket']}/smoke-small/"
        for argv in (
            ["upload", "--no-compress", str(src), remote],
            ["download", remote + "small/", str(home / "out")],
        ):
            result = subprocess.run(
                [str(exe), *argv], capture_output=True, text=True, env=env, timeout=300
            )
            if result.returncode != 0:
                raise BuildError(
                    f"smoke test: `gene-desk {argv[0]}` of 40 small files failed"
                    f" (exit {result.returncode})\n{result.stderr[-3000:]}"
                )
        for path in src.rglob("*.txt"):
            got = home / "out" / "small" / path.relative_to(src)
            if not got.is_file() or got.read_bytes() != path.read_bytes():
                raise BuildError(f"smoke test: {got} differs from what was uploaded")
        logs = "".join(p.read_text(errors="replace") for p in home.rglob("gene-desk.log*"))
        if "is running batches" not in logs or "worker processes unavailable" in logs:
            raise BuildError("smoke test: small files did not run in worker processes")
    finally:
        sandbox.terminate()
        sandbox.wait(30)
    log("smoke test: 40 small files up and down through worker processes passed")


# -- 5. wrap ---------------------------------------------------------------------------------------


def deb_architecture() -> str:
    return run(["dpkg", "--print-architecture"]).stdout.strip()


def shlib_depends(pkgroot: Path, bundle: Path) -> str:
    """``Depends`` of the bundle's binaries on system libraries, by dpkg-shlibdeps.

    ``pkgroot`` is ``<tmp>/debian/gene-desk``, the package's file tree. A library found inside it
    (searched in the installed folders of the bundle, ``-l/opt/gene-desk/...``) is bundled and
    needs no dependency; every other one maps to the Debian package that ships it.
    """
    debian = pkgroot.parent
    (debian / "control").write_text(
        "Source: gene-desk\n\nPackage: gene-desk\nArchitecture: any\n", encoding="utf-8"
    )
    binaries = elf_files(bundle)
    installed_dirs = sorted({"/" + str(p.parent.relative_to(pkgroot)) for p in binaries})
    cmd = [
        "dpkg-shlibdeps",
        "-O",
        "--warnings=0",  # not: Python extensions "probably a plugin" (they are)
        f"-S{pkgroot}",
        *(f"-l{d}" for d in installed_dirs),
        *(str(p) for p in binaries),
    ]
    result = run(cmd, cwd=debian.parent)
    for line in result.stdout.splitlines():
        if line.startswith("shlibs:Depends="):
            return line.split("=", 1)[1].strip()
    raise BuildError(f"dpkg-shlibdeps gave no Depends:\n{result.stdout}{result.stderr}")


def build_deb(bundle: Path, version: str, out_dir: Path, work: Path) -> tuple[Path, str]:
    """The .deb: /opt/gene-desk, /usr/bin/gene-desk, menu entry, icons, maintainer scripts."""
    arch = deb_architecture()
    stage = work / "deb"
    if stage.exists():
        shutil.rmtree(stage)
    pkgroot = stage / "debian" / "gene-desk"
    opt = pkgroot / "opt" / "gene-desk"
    shutil.copytree(bundle, opt, symlinks=True)
    (pkgroot / "usr" / "bin").mkdir(parents=True)
    (pkgroot / "usr" / "bin" / "gene-desk").symlink_to("/opt/gene-desk/gene-desk")
    apps = pkgroot / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    shutil.copy(INSTALLER / "linux" / "gene-desk.desktop", apps / "gene-desk.desktop")
    icons = pkgroot / "usr" / "share" / "icons" / "hicolor"
    for size in assets.ICON_SIZES:
        target = icons / f"{size}x{size}" / "apps"
        target.mkdir(parents=True)
        shutil.copy(assets.icon_png(size), target / "gene-desk.png")
    (icons / "scalable" / "apps").mkdir(parents=True)
    shutil.copy(assets.ICONS / "gene-desk.svg", icons / "scalable" / "apps" / "gene-desk.svg")
    doc = pkgroot / "usr" / "share" / "doc" / "gene-desk"
    doc.mkdir(parents=True)
    shutil.copy(INSTALLER / "linux" / "copyright", doc / "copyright")

    depends = shlib_depends(pkgroot, opt)
    installed_kib = (tree_size(pkgroot) + 1023) // 1024
    control_dir = pkgroot / "DEBIAN"
    control_dir.mkdir()
    control = (INSTALLER / "linux" / "control.in").read_text(encoding="utf-8")
    for key, value in {
        "@VERSION@": version,
        "@ARCH@": arch,
        "@INSTALLED_SIZE@": str(installed_kib),
        "@DEPENDS@": depends,
    }.items():
        control = control.replace(key, value)
    (control_dir / "control").write_text(control, encoding="utf-8")
    for script in ("postinst", "prerm", "postrm"):
        shutil.copy(INSTALLER / "linux" / script, control_dir / script)
        (control_dir / script).chmod(0o755)
    for path in [pkgroot, *pkgroot.rglob("*")]:  # dpkg wants sane modes whatever the umask
        if not path.is_symlink():
            mode = path.stat().st_mode
            executable = path.is_dir() or mode & 0o100
            path.chmod(0o755 if executable else 0o644)

    out = out_dir / f"gene-desk_{version}_{arch}.deb"
    run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(pkgroot), str(out)])
    shutil.rmtree(stage)
    return out, depends


def build_tarball(bundle: Path, version: str, out_dir: Path) -> Path:
    """Portable Linux archive: ``gene-desk-<version>/`` holding the bundle, icon and menu entry."""
    top = f"gene-desk-{version}"
    out = out_dir / f"gene-desk-{version}-linux-{platform.machine()}.tar.gz"

    def owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=top, filter=owned_by_root)
        tar.add(
            INSTALLER / "linux" / "gene-desk.desktop",
            f"{top}/gene-desk.desktop",
            filter=owned_by_root,
        )
        tar.add(assets.icon_png(256), f"{top}/gene-desk.png", filter=owned_by_root)
    return out


def build_nsis(bundle: Path, version: str, out_dir: Path, work: Path) -> Path:
    """Windows: the per-user NSIS setup.exe."""
    makensis = shutil.which("makensis")
    if makensis is None:
        raise BuildError("makensis not found: install NSIS 3 (https://nsis.sourceforge.io)")
    out = out_dir / f"gene-desk-{version}-windows-x64-setup.exe"
    icon = assets.make_ico(work / "gene-desk.ico")
    v4 = ".".join(str(n) for n in assets.numeric_version(version))
    run(
        [
            makensis,
            "-WX",
            "-INPUTCHARSET",
            "UTF8",
            f"-DVERSION={version}",
            f"-DVERSION4={v4}",
            f"-DPAYLOAD={bundle}",
            f"-DICON={icon}",
            f"-DOUTFILE={out}",
            str(INSTALLER / "windows" / "gene-desk.nsi"),
        ]
    )
    return out


def build_dmg(app: Path, version: str, out_dir: Path) -> Path:
    """macOS: the .app in a compressed .dmg."""
    out = out_dir / f"gene-desk-{version}-macos-{platform.machine()}.dmg"
    run(["sh", str(INSTALLER / "macos" / "make-dmg.sh"), str(app), str(out), rules.APP_NAME])
    return out


# -- report ----------------------------------------------------------------------------------------


def dropped_files(work: Path) -> dict[str, list[str]]:
    """The spec's record of the bundle paths it dropped: ``dest -> [rule:name, source]``."""
    path = work / "gene-desk" / "generated" / "dropped.json"
    return json.loads(path.read_text()) if path.exists() else {}


def trimmed_summary(work: Path) -> dict:
    """What the spec dropped, per rule: file count and MiB."""
    by_rule: dict[str, dict] = {}
    for _dest, (why, src) in dropped_files(work).items():
        rule = why.split(":", 1)[0]
        entry = by_rule.setdefault(rule, {"files": 0, "bytes": 0, "names": set()})
        entry["files"] += 1
        entry["names"].add(why.split(":", 1)[1].split("/")[0])
        if src and os.path.isfile(src):
            entry["bytes"] += os.path.getsize(src)
    return {
        rule: {"files": v["files"], "mib": mib(v["bytes"]), "names": sorted(v["names"])}
        for rule, v in sorted(by_rule.items())
    }


def default_formats() -> list[str]:
    if IS_LINUX:
        return ["deb", "tar"]
    if IS_WINDOWS:
        return ["nsis"]
    if IS_MACOS:
        return ["dmg"]
    return []


def build(args: argparse.Namespace) -> dict:
    dist, work = args.dist.resolve(), args.work.resolve()
    dist.mkdir(parents=True, exist_ok=True)
    version = assets.project_version(ROOT)
    formats = args.formats or default_formats()
    check_tools(formats)
    check_version(version)
    report: dict = {
        "version": version,
        "platform": f"{sys.platform}-{platform.machine()}",
        "python": platform.python_version(),
    }
    times: dict[str, float] = {}
    started = time.monotonic()

    t = time.monotonic()
    freeze(dist, work, args.clean)
    times["freeze_s"] = time.monotonic() - t
    wrap_dir, files_dir, exe = bundle_paths(dist)
    if not exe.exists():
        raise BuildError(f"PyInstaller made no {exe}")
    report["bundle"] = str(wrap_dir)
    report["bundle_mib"] = mib(tree_size(wrap_dir))
    report["trimmed"] = trimmed_summary(work)
    log(f"bundle: {wrap_dir} ({report['bundle_mib']} MiB unpacked)")

    if IS_LINUX:
        t = time.monotonic()
        check_linking(files_dir)
        times["check_s"] = time.monotonic() - t

    if args.no_smoke_test:
        log("smoke test SKIPPED (--no-smoke-test): do not ship this build")
        report["smoke_test"] = "skipped"
    else:
        times["smoke_test_s"] = smoke_test(exe, version)
        report["smoke_test"] = "passed"

    if args.startup_rounds > 0:
        t = time.monotonic()
        try:
            report["startup"] = startup.measure(exe, args.startup_rounds)
            for line in startup.summary(report["startup"]).splitlines():
                log("startup: " + line)
        except RuntimeError as exc:
            raise BuildError(f"start-up measurement failed: {exc}") from exc
        times["startup_measure_s"] = time.monotonic() - t

    outputs: dict[str, dict] = {}
    for fmt in formats:
        t = time.monotonic()
        if fmt == "deb" and IS_LINUX:
            out, depends = build_deb(wrap_dir, version, dist, work)
            outputs["deb"] = {"path": str(out), "depends": depends}
        elif fmt == "tar" and IS_LINUX:
            outputs["tar"] = {"path": str(build_tarball(wrap_dir, version, dist))}
        elif fmt == "nsis" and IS_WINDOWS:
            outputs["nsis"] = {"path": str(build_nsis(wrap_dir, version, dist, work))}
        elif fmt == "dmg" and IS_MACOS:
            outputs["dmg"] = {"path": str(build_dmg(wrap_dir, version, dist))}
        else:
            raise BuildError(f"format {fmt!r} cannot be built on {sys.platform}")
        times[f"{fmt}_s"] = time.monotonic() - t
        outputs[fmt]["mib"] = mib(Path(outputs[fmt]["path"]).stat().st_size)
        log(f"{fmt}: {outputs[fmt]['path']} ({outputs[fmt]['mib']} MiB)")
    report["outputs"] = outputs
    times["total_s"] = time.monotonic() - started
    report["times"] = {k: round(v, 1) for k, v in times.items()}
    (dist / "build-report.json").write_text(json.dumps(report, indent=1, ensure_ascii=False))
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Build Gene Desk's installer for this OS (see the module docstring)."
    )
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="outputs (dist/)")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "installer", help="PyInstaller work folder"
    )
    parser.add_argument(
        "--formats",
        type=lambda s: [f for f in s.split(",") if f],
        help="comma-separated: deb,tar (Linux), nsis (Windows), dmg (macOS); default all",
    )
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's caches first")
    parser.add_argument(
        "--startup-rounds",
        type=int,
        default=3,
        help="start-up measurement runs per window, the first cold (0: skip; default 3)",
    )
    parser.add_argument(
        "--no-smoke-test", action="store_true", help="skip the smoke test (debugging only)"
    )
    args = parser.parse_args(argv)
    try:
        report = build(args)
    except BuildError as exc:
        print(f"build_installer: error: {exc}", file=sys.stderr)
        return 1
    log(
        f"done in {report['times']['total_s']} s: bundle {report['bundle_mib']} MiB; "
        + ", ".join(f"{k} {v['mib']} MiB" for k, v in report["outputs"].items())
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
