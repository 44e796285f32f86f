"""The page's guard: local Host only, a per-session token on every change, no caching.

The page holds whole client notes, so three attacks matter. A web site the clinician visits
could point its own host name at 127.0.0.1 (DNS rebinding) and read the page: every request
whose Host is not the local address is refused. A web site could post to the page blindly
(cross-site request forgery): every state-changing request must carry the token that only
the served page knows, in a header a cross-site form cannot set. A browser or proxy could
keep a copy of a note: every response says `no-store`. The Content-Security-Policy keeps
the page from loading or sending anything anywhere but its own origin.

Unexpected errors are answered here with their type only and logged the same way: a
traceback's message could hold a fragment of a note.
"""

from __future__ import annotations

import hmac
import json
import logging
import secrets
from typing import Final

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

logger = logging.getLogger(__name__)

LOCAL_HOSTS: Final = frozenset({"127.0.0.1", "localhost"})
TOKEN_HEADER: Final = "x-redact-token"
SAFE_METHODS: Final = frozenset({"GET", "HEAD"})

CONTENT_SECURITY_POLICY: Final = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; font-src 'none'; object-src 'none'; base-uri 'none'; "
    "form-action 'none'; frame-ancestors 'none'"
)

#: Sent with every response, errors included.
SECURITY_HEADERS: Final[dict[str, str]] = {
    "Cache-Control": "no-store, max-age=0",
    "Pragma": "no-cache",
    "Expires": "0",
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}


def new_session_token() -> str:
    """A fresh random token for one run of the server (256 bits, URL-safe)."""
    return secrets.token_urlsafe(32)


def _split_host(value: str) -> tuple[str, str | None]:
    """`127.0.0.1:8765` -> ("127.0.0.1", "8765"); a bare name has no port."""
    name, sep, port = value.rpartition(":")
    if not sep or "]" in port:
        return value, None
    return name, port


def host_allowed(host: str | None, port: int | None = None) -> bool:
    """True for the local address (with the server's port, when it is known)."""
    if not host:
        return False
    name, given_port = _split_host(host.strip().lower())
    if name not in LOCAL_HOSTS:
        return False
    if given_port is None:
        return port is None or port == 80
    return given_port.isdigit() and (port is None or int(given_port) == port)


def origin_allowed(origin: str | None, port: int | None = None) -> bool:
    """A missing Origin is allowed (the token still applies); otherwise the local one only."""
    if origin is None:
        return True
    scheme, sep, rest = origin.partition("://")
    return sep == "://" and scheme == "http" and "/" not in rest and host_allowed(rest, port)


def token_matches(given: str | None, expected: str) -> bool:
    """Constant-time comparison of the request's token with the session's."""
    return given is not None and hmac.compare_digest(given.encode(), expected.encode())


async def _send_json(send: Send, status: int, code: str, message: str) -> None:
    body = json.dumps({"error": {"code": code, "message": message}}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(body))]
    headers += [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class LocalGuard:
    """ASGI middleware: refuse foreign hosts and tokenless changes; add security headers."""

    def __init__(self, app: ASGIApp, token: str, port: int | None = None) -> None:
        self.app = app
        self.token = token
        self.port = port

    def refusal(self, scope: Scope) -> tuple[int, str, str] | None:
        """Why a request is refused (status, code, message), or None to let it through."""
        headers = Headers(scope=scope)
        if not host_allowed(headers.get("host"), self.port):
            return 403, "host", "this page answers only at its local address (127.0.0.1)"
        if scope["method"] in SAFE_METHODS:
            return None
        if headers.get("sec-fetch-site", "same-origin") not in {"same-origin", "none"}:
            return 403, "origin", "requests from other sites are refused"
        if not origin_allowed(headers.get("origin"), self.port):
            return 403, "origin", "requests from other sites are refused"
        if not token_matches(headers.get(TOKEN_HEADER), self.token):
            return 403, "token", "missing or wrong session token; reload the page"
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self.app(scope, receive, send)
            return
        if scope["type"] != "http":
            return  # no websockets: close without accepting
        refused = self.refusal(scope)
        if refused is not None:
            await _send_json(send, *refused)
            return
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception as error:  # answered with the type only: the message may hold text
            logger.error("internal error (%s) on %s", type(error).__name__, scope.get("path"))
            if not started:
                await _send_json(send, 500, "internal", f"internal error ({type(error).__name__})")
