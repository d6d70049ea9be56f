"""The files the installers are made of, checked without building anything: icons and version
resource (installer/assets.py), the NSIS script compiled by makensis on a placeholder payload,
the .desktop entry and the Debian maintainer scripts."""

from __future__ import annotations

import importlib.metadata
import shutil
import struct
import subprocess

import pytest

from tests.installer.conftest import INSTALLER, ROOT


def test_version_comes_from_pyproject(assets):
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    expected = assets.project_version()
    assert f'\nversion = "{expected}"\n' in text
    assert importlib.metadata.version("gene-desk") == expected  # what the bundle will report
    assert assets.numeric_version("1.2.3") == (1, 2, 3, 0)
    assert assets.numeric_version("0.10rc1") == (0, 10, 1, 0)
    assert assets.numeric_version("2") == (2, 0, 0, 0)


def test_ico_holds_every_png_size(assets, tmp_path):
    data = assets.make_ico(tmp_path / "app.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(assets.ICON_SIZES))
    for i, size in enumerate(assets.ICON_SIZES):
        width, height, _c, _r, planes, bpp, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * i
        )
        assert (width or 256, height or 256, planes, bpp) == (size, size, 1, 32)
        assert data[offset : offset + length] == assets.icon_png(size).read_bytes()


def test_icns_is_well_formed(assets, tmp_path):
    data = assets.make_icns(tmp_path / "app.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)
    kinds, pos = [], 8
    while pos < len(data):
        kind, length = data[pos : pos + 4], struct.unpack_from(">I", data, pos + 4)[0]
        assert data[pos + 8 : pos + 16] == b"\x89PNG\r\n\x1a\n"
        kinds.append(kind)
        pos += length
    assert pos == len(data)
    assert {b"icp4", b"ic07", b"ic08"} <= set(kinds)


def test_windows_version_info_is_what_pyinstaller_evaluates(assets, tmp_path):
    path = assets.windows_version_info(
        tmp_path / "v.txt", "0.1.0", name="Gene Desk", description="Gene Desk · 基因数据协作平台"
    )
    calls: dict[str, list] = {}

    def recorder(name):
        def make(*args, **kwargs):
            calls.setdefault(name, []).append((args, kwargs))
            return name

        return make

    names = [
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    ]
    # PyInstaller's loader eval()s the text with these classes in scope
    eval(path.read_text(encoding="utf-8"), {n: recorder(n) for n in names})
    assert calls["FixedFileInfo"][0][1]["filevers"] == (0, 1, 0, 0)
    strings = {args[0]: args[1] for args, _kw in calls["StringStruct"]}
    assert strings["ProductVersion"] == "0.1.0"
    assert strings["FileDescription"] == "Gene Desk · 基因数据协作平台"


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis (NSIS) is not installed")
def test_nsis_script_compiles_on_a_placeholder_payload(assets, tmp_path):
    payload = tmp_path / "payload"
    (payload / "_internal").mkdir(parents=True)
    (payload / "gene-desk.exe").write_bytes(b"MZ placeholder")
    (payload / "gene-desk-cli.exe").write_bytes(b"MZ placeholder")
    (payload / "_internal" / "placeholder.txt").write_text("payload")
    icon = assets.make_ico(tmp_path / "gene-desk.ico")
    out = tmp_path / "gene-desk-0.1.0-windows-x64-setup.exe"
    script = INSTALLER / "windows" / "gene-desk.nsi"
    cmd = ["makensis", "-WX", "-V2", "-INPUTCHARSET", "UTF8", "-DVERSION=0.1.0"]
    defines = ["-DVERSION4=0.1.0.0", f"-DPAYLOAD={payload}", f"-DICON={icon}"]
    result = subprocess.run(
        [*cmd, *defines, f"-DOUTFILE={out}", str(script)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr  # -WX: warnings fail too
    assert out.read_bytes()[:2] == b"MZ"
    # per-user install without admin rights, as the script's header promises
    text = script.read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in text
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP_NAME}"' in text
    assert 'WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString"' in text
    assert "HKLM" not in text

    # a build without the payload stops with the script's own message
    result = subprocess.run(
        [*cmd, "-DVERSION4=0.1.0.0", f"-DICON={icon}", str(script)],
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "PAYLOAD not defined" in result.stdout + result.stderr


def test_desktop_entry(tmp_path):
    entry = INSTALLER / "linux" / "gene-desk.desktop"
    lines = entry.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    fields = dict(line.split("=", 1) for line in lines[1:] if "=" in line)
    assert fields["Exec"] == "gene-desk"
    assert fields["Icon"] == "gene-desk"
    assert fields["Name[zh_CN]"] == "基因数据协作平台"
    validate = shutil.which("desktop-file-validate")
    if validate:
        result = subprocess.run([validate, str(entry)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("script", ["postinst", "prerm", "postrm"])
def test_maintainer_scripts_are_executable_posix_sh(script):
    path = INSTALLER / "linux" / script
    assert path.read_text().startswith("#!/bin/sh\n")
    assert path.stat().st_mode & 0o111
    result = subprocess.run(["sh", "-n", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_dmg_script_is_valid_sh():
    result = subprocess.run(
        ["sh", "-n", str(INSTALLER / "macos" / "make-dmg.sh")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
