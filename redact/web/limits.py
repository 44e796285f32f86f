"""The page under load: bounded request bodies, and work that runs off the event loop.

One slow or hostile request must not take the page from the clinician: a 200 MB body is
refused as it arrives, not after it has been read; a Word file is checked (parts and
uncompressed size) before it is parsed, and parsed in a child process that is killed when
its time is up (lxml cannot be interrupted in a thread); a note is redacted in a worker
thread, and the answer gives up after `REDACT_SECONDS` while detection's own time limit
stops the thread. The event loop only moves bytes, so every other request is answered.
"""

from __future__ import annotations

import json
from typing import Final

from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

#: The largest body any endpoint takes: a 1,000,000-character note as JSON, with room for
#: escapes, or an upload of at most 5 MiB.
MAX_BODY_BYTES: Final = 8 * 1024 * 1024

#: How long the page waits for a review or a release before it answers that it gave up.
REDACT_SECONDS: Final = 60.0


class BodyTooLargeError(HTTPException):
    """The request body passed the limit while it was being received.

    An `HTTPException`, so that FastAPI's body reader passes it on as it is instead of
    turning it into "error parsing the body".
    """

    def __init__(self) -> None:
        super().__init__(status_code=413, detail=too_large_message())


def too_large_message() -> str:
    """What the page says of a body over the limit."""
    return f"the request is too large (the limit is {MAX_BODY_BYTES // 1024} KiB)"


def _too_large_body() -> bytes:
    return json.dumps({"error": {"code": "too-large", "message": too_large_message()}}).encode()


class BodyLimit:
    """ASGI middleware: refuse a body over `limit` bytes by its length, or as it streams in."""

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = Headers(scope=scope).get("content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await _refuse(send)
            return
        received = 0
        started = False

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise BodyTooLargeError
            return message

        async def tracked(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted, tracked)
        except BodyTooLargeError:
            if not started:
                await _refuse(send)


async def _refuse(send: Send) -> None:
    body = _too_large_body()
    headers = [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(body))]
    await send({"type": "http.response.start", "status": 413, "headers": headers})
    await send({"type": "http.response.body", "body": body})
