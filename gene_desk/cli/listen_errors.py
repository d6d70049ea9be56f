"""Why a server command could not listen, as one coded line that names the port.

``gene-desk sandbox --port P`` with P taken used to end in an ``OSError`` traceback that named no
port. The error from ``bind`` does not say which of the two ports (account service, COS
endpoint) failed, so each is tried again here to name the one that is busy.
"""

from __future__ import annotations

import errno
import socket

from gene_desk.core.errors import ErrorCode, GeneDeskError
from gene_desk.core.localfs import os_error


def _busy(host: str, port: int) -> bool:
    if not 0 < port <= 65535:
        return False
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as http.server does
        try:
            probe.bind((host, port))
        except OSError:
            return True
    return False


def listen_error(exc: OSError | OverflowError, host: str, ports: dict[str, int]) -> GeneDeskError:
    """``ports``: option name -> port asked for (0: any free port)."""
    if isinstance(exc, OverflowError):  # bind(): port must be 0-65535
        opt, port = next(((o, p) for o, p in ports.items() if not 0 <= p <= 65535), ("--port", -1))
        return GeneDeskError(
            ErrorCode.INVALID_ARGUMENT,
            f"{opt} {port}: a port is a number from 0 to 65535 (0 picks a free one)",
            details={"port": port, "option": opt},
        )
    if isinstance(exc, socket.gaierror) or exc.errno == errno.EADDRNOTAVAIL:
        return GeneDeskError(
            ErrorCode.INVALID_ARGUMENT,
            f"cannot listen on {host}: not a name or address of this computer",
        )
    if exc.errno == errno.EADDRINUSE:
        taken = [(opt, port) for opt, port in ports.items() if _busy(host, port)]
        opt, port = taken[0] if taken else next(iter(ports.items()))
        return GeneDeskError(
            ErrorCode.INVALID_ARGUMENT,
            f"port {port} ({opt}) on {host} is already in use: stop what uses it, or choose"
            f" another port ({opt} 0 picks a free one; --port 0 for both)",
            details={"port": port, "option": opt},
        )
    if exc.errno == errno.EACCES:
        return GeneDeskError(
            ErrorCode.LOCAL_PERMISSION,
            f"no permission to listen on {host} port {', '.join(map(str, ports.values()))}"
            " (ports below 1024 need privileges; --port 0 picks a free one)",
        )
    return os_error(exc, None, f"cannot listen on {host}")
