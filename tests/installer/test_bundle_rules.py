"""The trimming rules of installer/bundle_rules.py, on the file names each OS's PySide6 wheel
uses (Linux .so, Windows .dll, macOS frameworks/.dylib), and the dependency pruning."""

from __future__ import annotations

import shutil
import sys

import pytest


@pytest.mark.parametrize(
    "dest",
    [
        # Linux
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6Charts.so.6",
        "PySide6/Qt/lib/libQt6Svg.so.6",
        "PySide6/Qt/lib/libQt6OpenGL.so.6",
        "PySide6/Qt/lib/libicudata.so.73",
        "libQt6Widgets.so.6",  # PyInstaller's symlink at the top of the bundle
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/translations/qtbase_zh_CN.qm",
        "libpython3.11.so.1.0",
        "libssl.so.3",
        "resources/icons/gene-desk.svg",
        "gene_desk-0.1.0.dist-info/METADATA",
        # Windows
        "PySide6/Qt6Core.dll",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/plugins/styles/qmodernwindowsstyle.dll",
        "PySide6\\translations\\qtbase_zh_CN.qm",
        # macOS
        "PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/styles/libqmacstyle.dylib",
    ],
)
def test_kept(rules, dest):
    assert rules.classify(dest) is None


@pytest.mark.parametrize(
    ("dest", "rule"),
    [
        ("PySide6/Qt/lib/libQt6WebEngineCore.so.6", "qt-library"),
        ("PySide6/Qt/lib/libQt6Qml.so.6", "qt-library"),
        ("PySide6/Qt/lib/libQt6QuickControls2.so.6", "qt-library"),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", "qt-library"),
        ("PySide6/Qt/lib/libQt6VirtualKeyboard.so.6", "qt-library"),
        ("PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6", "qt-library"),
        ("PySide6/Qt/lib/libavcodec.so.61", "qt-library"),
        ("libQt6Quick.so.6", "qt-library"),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", "qt-plugin"),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", "qt-plugin"),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "qt-plugin"),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", "qt-plugin"),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", "qt-plugin"),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", "qt-plugin"),
        ("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", "qt-plugin-folder"),
        ("PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms.so", "qt-plugin-folder"),
        ("PySide6/Qt/translations/qtbase_de.qm", "qt-translation"),
        ("PySide6/Qt/translations/qt_help_zh_CN.qm", "qt-translation"),
        ("PySide6/Qt/qml/QtQuick/Controls/qmldir", "qt-folder"),
        ("PySide6/Qt/libexec/QtWebEngineProcess", "qt-folder"),
        ("libX11.so.6", "system-library"),
        ("libxcb-cursor.so.0", "system-library"),
        ("libstdc++.so.6", "system-library"),
        ("libglib-2.0.so.0", "system-library"),
        # Windows
        ("PySide6/Qt6Pdf.dll", "qt-library"),
        ("PySide6/Qt6WebEngineCore.dll", "qt-library"),
        ("PySide6/plugins/platforms/qminimal.dll", "qt-plugin"),
        ("PySide6/opengl32sw.dll", "file"),
        ("PySide6/translations/qtbase_fr.qm", "qt-translation"),
        # macOS
        ("PySide6/Qt/lib/QtWebEngineCore.framework/Versions/A/QtWebEngineCore", "qt-library"),
        ("PySide6/Qt/plugins/imageformats/libqtiff.dylib", "qt-plugin"),
    ],
)
def test_dropped(rules, dest, rule):
    why = rules.classify(dest)
    assert why is not None and why[0] == rule, why


def test_the_qt_modules_the_app_uses_are_not_excluded(rules):
    for module in rules.QT_MODULES:
        assert module not in rules.EXCLUDED_MODULES
        name = module.split(".")[1].removeprefix("Qt")
        assert rules.classify(f"PySide6/Qt/lib/libQt6{name}.so.6") is None


def test_trim_prunes_what_only_dropped_files_need(rules):
    binaries = [
        ("PySide6/QtGui.abi3.so", "/w/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/w/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/w/libqxcb.so", "BINARY"),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/w/libqgtk3.so", "BINARY"),
        ("libcairo.so.2", "/usr/lib/libcairo.so.2", "BINARY"),  # only libqgtk3 needs it
        ("libpixman-1.so.0", "/usr/lib/libpixman-1.so.0", "BINARY"),  # only cairo needs it
        ("libX11.so.6", "/usr/lib/libX11.so.6", "BINARY"),  # system, not bundled
        ("libbsd.so.0", "/usr/lib/libbsd.so.0", "BINARY"),  # only libX11 needs it
        ("libffi.so.8", "/usr/lib/libffi.so.8", "BINARY"),  # collected on its own: kept
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libcairo-link.so", "libcairo.so.2", "SYMLINK"),
    ]
    imports = {
        "/w/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "/w/libqxcb.so": ["libQt6Gui.so.6", "libX11.so.6"],
        "/w/libqgtk3.so": ["libQt6Gui.so.6", "libcairo.so.2", "libgtk-3.so.0"],
        "/usr/lib/libcairo.so.2": ["libpixman-1.so.0", "libX11.so.6"],
        "/usr/lib/libX11.so.6": ["libbsd.so.0"],
    }
    datas = [("PySide6/Qt/translations/qtbase_ja.qm", "/w/qtbase_ja.qm", "DATA")]
    kept_bins, kept_datas, dropped, broken = rules.trim(
        binaries, datas, lambda src: imports.get(src, [])
    )
    kept = {dest for dest, _src, _kind in kept_bins}
    assert kept == {
        "PySide6/QtGui.abi3.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "libffi.so.8",
        "libQt6Gui.so.6",
    }
    assert kept_datas == []
    assert dropped["libcairo.so.2"].startswith("unused-dependency")
    assert dropped["libpixman-1.so.0"].startswith("unused-dependency")
    assert dropped["libbsd.so.0"].startswith("unused-dependency")
    assert dropped["libX11.so.6"].startswith("system-library")
    assert dropped["libcairo-link.so"].startswith("symlink-to-dropped")
    assert broken == []


def test_trim_reports_a_kept_file_that_needs_a_dropped_qt_library(rules):
    binaries = [
        ("PySide6/QtCharts.abi3.so", "/w/QtCharts.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Charts.so.6", "/w/libQt6Charts.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Qml.so.6", "/w/libQt6Qml.so.6", "BINARY"),
    ]
    imports = {
        "/w/QtCharts.abi3.so": ["libQt6Charts.so.6"],
        "/w/libQt6Charts.so.6": ["libQt6Qml.so.6"],
    }
    _bins, _datas, _dropped, broken = rules.trim(binaries, [], lambda src: imports.get(src, []))
    assert broken == [
        "PySide6/Qt/lib/libQt6Charts.so.6 needs PySide6/Qt/lib/libQt6Qml.so.6 (qt-library:Qml)"
    ]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF files only on Linux")
def test_elf_needed_reads_direct_dependencies(rules):
    ls = shutil.which("ls")
    assert ls is not None
    needed = rules.elf_needed(ls)
    assert "libc.so.6" in needed
    assert all(name.startswith("lib") or name.startswith("ld-") for name in needed)
    assert rules.elf_needed(__file__) == []  # not an ELF file
