"""Binding a server's port before anything else starts (the playground, the console), so a busy or
wrong address is one clear line and nothing is left half-started."""

from __future__ import annotations

import errno
import socket

from bot.bootstrap import CannotStart


class PortUnavailable(CannotStart):
    """A server cannot listen where it was told to; the message says where and why."""


def cannot_listen(host: str, port: int, exc: OSError, *, what: str = "") -> str:
    """The one line for a port that cannot be listened on, the same from every server and the
    `--workers` parent: a port in use says that another Tuan or program serves it."""
    reason = exc.strerror or str(exc)
    if exc.errno == errno.EADDRINUSE:
        reason = f"{reason} (another Tuan or program serves it)"
    return f"{what}cannot listen on {host}:{port}: {reason}"


def bind(host: str, port: int, *, what: str = "") -> socket.socket:
    """A socket bound to `host:port`; `what` names the server in the refusal (`the console `)."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        sock = socket.socket(family, kind, proto)
    except OSError as exc:
        raise PortUnavailable(cannot_listen(host, port, exc, what=what)) from exc
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except OSError as exc:
        sock.close()
        raise PortUnavailable(cannot_listen(host, port, exc, what=what)) from exc
    return sock
