"""What goes into the frozen Gene Desk bundle and what is cut out: one set of lists for every OS.

``installer/gene-desk.spec`` applies these rules to PyInstaller's analysis on Linux, Windows and
macOS alike; ``build_installer.py`` imports them too (names, the size report). Keeping the rules
here, away from the spec, lets the fast tests check them without running PyInstaller.

Trimming has three layers:

1. **Python modules** the app never imports are excluded from the analysis (``EXCLUDED_MODULES``),
   so PyInstaller's Qt hooks never collect their Qt libraries, plugins or data (WebEngine,
   Qml/Quick, Pdf, Multimedia, 3D, ...; other Qt bindings; tkinter, test packages).
2. **Qt files** that the hooks of the modules we *do* use still drag in are filtered out of the
   analysis' table of contents: plugins by an allow-list per plugin folder (``KEEP_QT_PLUGINS``;
   a folder not listed is dropped whole), Qt libraries by a deny-list (``DROP_QT_LIBRARIES``:
   what only the dropped plugins or modules link to), Qt's translations by an allow-list
   (``KEEP_QT_TRANSLATIONS``: the app installs ``qtbase_zh_CN`` only, see ``gene_desk/ui/i18n.py``).
3. **Stripping** of the remaining binaries where the OS allows it (Linux; on Windows there is no
   ``strip``, on macOS stripping would break code signatures).

Names are compared in a normalised form that is the same on every OS: ``libQt6Pdf.so.6``,
``Qt6Pdf.dll`` and ``QtPdf.framework/...`` are all the Qt library ``Pdf``; ``libqxcb.so`` and
``qwindows.dll`` are the plugins ``qxcb`` and ``qwindows``.
"""

from __future__ import annotations

import fnmatch
import os
import re
import struct
import sys
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

APP_NAME = "Gene Desk"
APP_NAME_ZH = "基因数据协作平台"
APP_ID = "com.duoyungu.genedesk"
PUBLISHER = "Duoyungu"
EXE_NAME = "gene-desk"  # the GUI executable (and on Linux/macOS the CLI too)
CLI_EXE_NAME = "gene-desk-cli"  # Windows only: a console twin, since a GUI .exe has no stdout
DIST_NAME = "gene-desk"  # the one-folder bundle's folder name

# Qt modules the app uses, imported explicitly so the bundle has their libraries and plugins even
# where the code imports them lazily (QtCharts: the account panels; QtSvg: the SVG window icon).
QT_MODULES = [
    "PySide6.QtCore",
    "PySide6.QtGui",
    "PySide6.QtWidgets",
    "PySide6.QtCharts",
    "PySide6.QtSvg",
]

# Python modules never frozen (with everything below them).
EXCLUDED_MODULES = [
    # Qt modules the app does not use. Excluding them here stops the PySide6 hooks from
    # collecting their libraries, plugins, QML files, resources and helper processes.
    *(
        f"PySide6.{name}"
        for name in (
            "Qt3DAnimation",
            "Qt3DCore",
            "Qt3DExtras",
            "Qt3DInput",
            "Qt3DLogic",
            "Qt3DRender",
            "QtAxContainer",
            "QtBluetooth",
            "QtCanvasPainter",
            "QtDataVisualization",
            "QtDesigner",
            "QtGraphs",
            "QtGraphsWidgets",
            "QtHelp",
            "QtHttpServer",
            "QtLocation",
            "QtMultimedia",
            "QtMultimediaWidgets",
            "QtNetworkAuth",
            "QtNfc",
            "QtPdf",
            "QtPdfWidgets",
            "QtPositioning",
            "QtQml",
            "QtQuick",
            "QtQuick3D",
            "QtQuickControls2",
            "QtQuickTest",
            "QtQuickWidgets",
            "QtRemoteObjects",
            "QtScxml",
            "QtSensors",
            "QtSerialBus",
            "QtSerialPort",
            "QtSpatialAudio",
            "QtSql",
            "QtStateMachine",
            "QtTest",
            "QtTextToSpeech",
            "QtUiTools",
            "QtWebChannel",
            "QtWebEngineCore",
            "QtWebEngineQuick",
            "QtWebEngineWidgets",
            "QtWebSockets",
            "QtWebView",
            "QtXml",
        )
    ),
    # Python bindings of Qt libraries that are bundled only as dependencies of the ones we use
    # (QtCharts links QtOpenGL/QtOpenGLWidgets, QtGui links QtDBus): the libraries stay, their
    # Python modules (QtOpenGL's alone is 8 MB) are never imported.
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtDBus",
    "PySide6.QtNetwork",
    "PySide6.QtPrintSupport",
    "PySide6.QtConcurrent",
    "PySide6.scripts",  # pyside6-designer & co.
    # other Qt bindings that libraries probe for
    "PyQt5",
    "PyQt6",
    "PySide2",
    "shiboken2",
    # big optional imports of our dependencies (openpyxl, requests, ...) that the app never uses
    "numpy",
    "pandas",
    "PIL",
    "matplotlib",
    "IPython",
    "lxml",
    "tkinter",
    "_tkinter",
    # test and development tooling
    "pytest",
    "_pytest",
    "hypothesis",
    "schemathesis",
    "boto3",
    "botocore",
    "test",
    "idlelib",
    "lib2to3",
    "ensurepip",
    "pydoc_data",
]

# Qt plugins kept, per plugin folder (normalised names, see module docstring). A plugin folder
# that is not listed is dropped whole: generic (evdev/tuio input), egldeviceintegrations (eglfs),
# wayland-graphics-integration-* (OpenGL on Wayland; widgets paint through shared memory),
# printsupport, sqldrivers, multimedia, position, sensors, qmltooling, tls and
# networkinformation (QtNetwork is not used), webview, ...
KEEP_QT_PLUGINS: dict[str, list[str]] = {
    # X11, Wayland, Windows, macOS, and offscreen for the smoke test and headless runs
    "platforms": ["qxcb", "qwayland", "qwindows", "qcocoa", "qoffscreen"],
    # portal file dialogs; gtk3 is left out: it would make the package depend on GTK 3
    "platformthemes": ["qxdgdesktopportal"],
    # dead keys and IBus (Chinese input methods); not the virtual keyboard
    "platforminputcontexts": [
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    ],
    # PNG is built into QtGui; SVG for the window icon
    "imageformats": ["qsvg"],
    "iconengines": ["qsvgicon"],
    # native widget styles on Windows 10/11 and macOS
    "styles": ["qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"],
    # OpenGL glue of the X11 plugin (small; QtCharts can draw series with OpenGL)
    "xcbglintegrations": ["qxcb-glx-integration", "qxcb-egl-integration"],
    # what the Wayland plugin needs to put a window on a desktop
    "wayland-shell-integration": ["xdg-shell"],
    "wayland-decoration-client": ["bradient", "adwaita"],
}

# Qt libraries dropped (normalised names, shell patterns). The hooks of the modules we keep can
# still pull these in through dropped plugins; build_installer.py checks on Linux that nothing
# left in the bundle links to a library that is missing.
DROP_QT_LIBRARIES = [
    "WebEngine*",
    "WebChannel*",
    "WebSockets",
    "WebView*",
    "Qml*",
    "Quick*",
    "Labs*",
    "Pdf*",
    "VirtualKeyboard*",
    "Multimedia*",
    "SpatialAudio",
    "3D*",
    "Designer*",
    "ShaderTools",
    "Graphs*",
    "DataVisualization*",
    "WaylandCompositor*",
    "WaylandEglClientHwIntegration",
    "WaylandEglCompositorHwIntegration",
    "EglFS*",
    "EglFs*",
    "Location",
    "Positioning*",
    "Sensors*",
    "TextToSpeech",
    "Bluetooth",
    "Nfc",
    "SerialPort",
    "SerialBus",
    "RemoteObjects*",
    "Scxml*",
    "StateMachine*",
    "Help",
    "Sql",
    "HttpServer",
    "NetworkAuth",
    "Test",
    "UiTools",
    "CanvasPainter",
    # FFmpeg, bundled for QtMultimedia
    "ffmpeg:*",
]

# Folders under PySide6/Qt that only dropped modules use.
DROP_QT_FOLDERS = ["qml", "resources", "libexec", "metatypes", "typesystems", "include"]

# Qt translation files kept (base names): the app installs qtbase_zh_CN for the standard buttons
# of Qt's own dialogs; everything else is English in the code or in our own .qm files.
KEEP_QT_TRANSLATIONS = ["qtbase_zh_CN"]

# Other files dropped wherever they are, by file name: Qt's software OpenGL for Windows (20 MB;
# a widgets window paints without OpenGL).
DROP_FILES = ["opengl32sw.dll"]

# Linux: libraries every desktop has and that must match the running desktop (X11/xcb, Wayland,
# OpenGL, fonts, GLib, D-Bus, the C/C++ runtime) are taken from the system, not bundled: the .deb
# declares them as Depends. (PyInstaller would copy them from the build machine, where e.g. an
# older bundled libstdc++ breaks the system's OpenGL drivers.) Windows and macOS system libraries
# are never bundled by PyInstaller in the first place. Libraries Python itself was built with
# (OpenSSL, SQLite, libffi, bz2, lzma, ...) stay in the bundle.
LINUX_SYSTEM_LIBRARIES = [
    r"libX11(-xcb)?\.so.*",
    r"libX(au|dmcp|ext|render|i|fixes|cursor|randr|inerama)\.so.*",
    r"libxcb.*\.so.*",
    r"libxkbcommon.*\.so.*",
    r"libwayland-.*\.so.*",
    r"lib(GL|GLX|GLdispatch|EGL|OpenGL|gbm|drm)\.so.*",
    r"lib(fontconfig|freetype|harfbuzz|graphite2|png16|brotli(common|dec|enc))\.so.*",
    r"lib(glib|gobject|gio|gmodule|gthread)-2\.0\.so.*",
    r"libdbus-1\.so.*",
    r"libsystemd\.so.*",
    r"lib(stdc\+\+|gcc_s)\.so.*",
    r"lib(z|zstd)\.so.*",
]

_FFMPEG = re.compile(r"^(?:lib)?(avcodec|avformat|avutil|swresample|swscale|avdevice|avfilter)\b")
_QT_LIBRARY = re.compile(
    r"^(?:lib)?Qt6?([A-Za-z0-9]+?)(?:\.so(?:\.[\d.]+)?|\.dll|\.dylib|\.framework)?$"
)
_SYSTEM = [re.compile(pattern) for pattern in LINUX_SYSTEM_LIBRARIES]


def _parts(dest: str) -> tuple[str, ...]:
    return PurePosixPath(dest.replace("\\", "/")).parts


def _qt_root(parts: tuple[str, ...]) -> int | None:
    """Index just past ``PySide6/Qt`` (or ``PySide6`` on Windows, where the DLLs sit there)."""
    for i in range(len(parts) - 1):
        if parts[i] == "PySide6":
            return i + 2 if parts[i + 1] == "Qt" else i + 1
    return None


def plugin_name(filename: str) -> str:
    """``libqxcb.so`` / ``qxcb.dll`` / ``libqcocoa.dylib`` -> ``qxcb`` / ``qcocoa``."""
    name = filename
    for suffix in (".so", ".dll", ".dylib"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    if name.startswith("lib"):
        name = name[3:]
    return name


def qt_library_name(filename: str) -> str | None:
    """``libQt6Pdf.so.6``, ``Qt6Pdf.dll``, ``QtPdf.framework`` -> ``Pdf``; FFmpeg: ``ffmpeg:...``"""
    match = _FFMPEG.match(filename)
    if match:
        return f"ffmpeg:{match.group(1)}"
    match = _QT_LIBRARY.match(filename)
    return match.group(1) if match else None


def classify(dest: str) -> tuple[str, str] | None:
    """Why a bundle path is dropped: ``(rule, name)``, or ``None`` to keep it.

    ``dest`` is the path inside the bundle as PyInstaller's TOC names it (``PySide6/Qt/...``).
    """
    parts = _parts(dest)
    if not parts:
        return None
    filename = parts[-1]
    if filename.lower() in DROP_FILES:
        return ("file", filename)
    if any(pattern.fullmatch(filename) for pattern in _SYSTEM):
        return ("system-library", filename)
    root = _qt_root(parts)
    rest = parts[root:] if root is not None else ()
    if rest and len(rest) >= 2:
        # QML modules, WebEngine resources and helper processes: only dropped modules use them
        if rest[0] in DROP_QT_FOLDERS:
            return ("qt-folder", rest[0])
        # PySide6/Qt/plugins/<folder>/<file>
        if rest[0] == "plugins" and len(rest) >= 3:
            folder = rest[1]
            keep = KEEP_QT_PLUGINS.get(folder)
            if keep is None:
                return ("qt-plugin-folder", folder)
            if plugin_name(filename) not in keep:
                return ("qt-plugin", f"{folder}/{plugin_name(filename)}")
            return None
        # PySide6/Qt/translations/<name>.qm
        if rest[0] == "translations":
            stem = filename.rsplit(".", 1)[0]
            if stem not in KEEP_QT_TRANSLATIONS:
                return ("qt-translation", stem)
            return None
    # Qt libraries anywhere (PySide6/Qt/lib/libQt6X.so.6, its symlink at the top, PySide6/Qt6X.dll,
    # PySide6/Qt/lib/QtX.framework/...)
    names = [filename]
    if rest and rest[0] == "lib" and len(rest) >= 3 and rest[1].endswith(".framework"):
        names = [rest[1]]
    for candidate in names:
        name = qt_library_name(candidate)
        if name and any(fnmatch.fnmatchcase(name, pattern) for pattern in DROP_QT_LIBRARIES):
            return ("qt-library", name)
    return None


# -- dependencies ----------------------------------------------------------------------------------


def elf_needed(path: str) -> list[str]:
    """The ``DT_NEEDED`` entries of an ELF file (its direct library dependencies); [] if not ELF."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:4] != b"\x7fELF":
        return []
    is64 = data[4] == 2
    end = "<" if data[5] == 1 else ">"
    if is64:
        (shoff,) = struct.unpack_from(end + "Q", data, 0x28)
        shentsize, shnum = struct.unpack_from(end + "HH", data, 0x3A)
        sh_fmt, dyn_fmt = end + "IIQQQQIIQQ", end + "qQ"
    else:
        (shoff,) = struct.unpack_from(end + "I", data, 0x20)
        shentsize, shnum = struct.unpack_from(end + "HH", data, 0x2E)
        sh_fmt, dyn_fmt = end + "IIIIIIIIII", end + "iI"
    sections = [struct.unpack_from(sh_fmt, data, shoff + i * shentsize) for i in range(shnum)]
    needed = []
    for _name, sh_type, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if sh_type != 6 or not entsize:  # SHT_DYNAMIC
            continue
        strtab_offset = sections[link][4]
        for i in range(size // entsize):
            tag, value = struct.unpack_from(dyn_fmt, data, offset + i * entsize)
            if tag == 0:  # DT_NULL
                break
            if tag == 1:  # DT_NEEDED
                stop = data.index(b"\0", strtab_offset + value)
                needed.append(data[strtab_offset + value : stop].decode())
    return needed


def direct_imports(path: str) -> list[str]:
    """Names of the libraries a binary links to directly (ELF here, PE/Mach-O via PyInstaller)."""
    if sys.platform.startswith("linux"):
        return elf_needed(path)
    from PyInstaller.depend import bindepend  # only inside a PyInstaller build

    return [name for name, _path in bindepend.get_imports(path)]


def _key(name: str) -> str:
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    return base.lower() if sys.platform == "win32" else base


TOC = list[tuple[str, str, str]]


def trim(
    binaries: Iterable[tuple[str, str, str]],
    datas: Iterable[tuple[str, str, str]],
    imports_of: Callable[[str], list[str]] = direct_imports,
) -> tuple[TOC, TOC, dict[str, str], list[str]]:
    """Apply the rules to PyInstaller's binaries and datas, then drop what only dropped files need.

    Returns ``(binaries, datas, dropped, broken)``: ``dropped`` maps each removed bundle path to
    ``rule:name`` (``unused-dependency`` for libraries that nothing kept links to), ``broken``
    lists kept files that link to a dropped Qt library (the rules contradict each other).
    """
    binaries, datas = list(binaries), list(datas)
    dropped: dict[str, str] = {}
    for dest, _src, _kind in binaries + datas:
        why = classify(dest)
        if why is not None:
            dropped[dest] = f"{why[0]}:{why[1]}"

    # Binary dependency graph by library name (symlinks resolve to the file they point to).
    files = [(dest, src) for dest, src, kind in binaries if kind != "SYMLINK"]
    by_name: dict[str, str] = {}
    for dest, src in files:
        by_name.setdefault(_key(dest), dest)
        by_name.setdefault(_key(src), dest)
    for dest, target, kind in binaries:
        if kind == "SYMLINK":
            target_dest = os.path.normpath(os.path.join(os.path.dirname(dest), target))
            by_name.setdefault(_key(dest), target_dest.replace(os.sep, "/"))
    links: dict[str, set[str]] = {}
    names: dict[str, list[str]] = {}
    for dest, src in files:
        try:
            names[dest] = imports_of(src)
        except (OSError, ValueError, struct.error, IndexError):
            names[dest] = []
        links[dest] = {by_name[_key(n)] for n in names[dest] if _key(n) in by_name} - {dest}
    needed = set().union(*links.values()) if links else set()
    keep: set[str] = set()
    todo = [dest for dest in links if dest not in needed and dest not in dropped]
    while todo:
        dest = todo.pop()
        if dest in keep or dest in dropped or dest not in links:
            continue
        keep.add(dest)
        todo.extend(links[dest])
    for dest in links:
        if dest not in keep and dest not in dropped:
            dropped[dest] = f"unused-dependency:{_key(dest)}"
    broken = sorted(
        f"{dest} needs {dep} ({dropped[dep]})"
        for dest in keep
        for dep in links[dest]
        if dep in dropped and dropped[dep].startswith(("qt-", "file:"))
    )

    def kept(toc: TOC) -> TOC:
        out = []
        for dest, target, kind in toc:
            if dest in dropped:
                continue
            if kind == "SYMLINK":
                target_dest = os.path.normpath(os.path.join(os.path.dirname(dest), target))
                if target_dest.replace(os.sep, "/") in dropped:
                    dropped[dest] = f"symlink-to-dropped:{_key(dest)}"
                    continue
            out.append((dest, target, kind))
        return out

    return kept(binaries), kept(datas), dropped, broken
