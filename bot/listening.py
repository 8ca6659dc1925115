"""Binding a server's port before anything else starts (the playground, the console), so a busy or
wrong address is one clear line and nothing is left half-started."""

from __future__ import annotations

import socket

from bot.bootstrap import CannotStart


class PortUnavailable(CannotStart):
    """A server cannot listen where it was told to; the message says where and why."""


def bind(host: str, port: int, *, what: str = "") -> socket.socket:
    """A socket bound to `host:port`; `what` names the server in the refusal (`the console `)."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        sock = socket.socket(family, kind, proto)
    except OSError as exc:
        raise PortUnavailable(f"{what}cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except OSError as exc:
        sock.close()
        raise PortUnavailable(f"{what}cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    return sock
