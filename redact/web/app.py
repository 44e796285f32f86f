"""The clinicians' page as a FastAPI app: one HTML page, its assets, and four JSON endpoints.

Everything is served from this package; there is no CDN, font or analytics, and FastAPI's
own documentation pages (which load scripts from a CDN) are switched off. Errors answer with
the `RedactError` code and message, which by construction name fields and lengths, never
text; request-validation errors drop the offending input, which pydantic would echo.
"""

from __future__ import annotations

import asyncio
import getpass
import html
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool

from redact import __version__
from redact.entities import ENTITY_TYPES, label_for
from redact.errors import (
    DocumentReadError,
    MissingReleaseFieldError,
    ModelNotInstalledError,
    PolicyError,
    RedactError,
    RiskRefusedError,
)
from redact.web.limits import REDACT_SECONDS, BodyLimit, BodyTooLargeError
from redact.web.schemas import FileReleaseRequest, RedactRequest, ReleaseRequest
from redact.web.security import LocalGuard, new_session_token
from redact.web.service import RedactorFor, ReviewService, redactor_cache
from redact.web.upload import MAX_UPLOAD_BYTES, open_upload

logger = logging.getLogger(__name__)

STATIC = Path(__file__).with_name("static")

HTTP_STATUS: dict[type[RedactError], int] = {
    MissingReleaseFieldError: 422,
    PolicyError: 404,
    DocumentReadError: 422,
    ModelNotInstalledError: 503,
    RiskRefusedError: 422,
}


def _status_for(error: RedactError) -> int:
    for kind, status in HTTP_STATUS.items():
        if isinstance(error, kind):
            return status
    return 500


def error_response(status: int, code: str, message: str) -> JSONResponse:
    """The one shape of every error the page shows."""
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def index_html(token: str, actor: str) -> str:
    """The page with this session's token and the default actor filled in."""
    page = (STATIC / "index.html").read_text(encoding="utf-8")
    return page.replace("{{TOKEN}}", html.escape(token, quote=True)).replace(
        "{{ACTOR}}", html.escape(actor, quote=True)
    )


async def read_body(request: Request, limit: int) -> bytes:
    """The raw request body, in memory only (never spooled to disk), refused past `limit`.

    Uploads are sent as raw bytes rather than a multipart form because a multipart parser
    spools large files to a temporary file, and a note must not land on disk.
    """
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise DocumentReadError(
                f"cannot read the file: it is too large (the limit is {limit // 1024} KiB)"
            )
        chunks.append(chunk)
    return b"".join(chunks)


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RedactError)
    async def _redact_error(_: Request, error: Exception) -> JSONResponse:
        assert isinstance(error, RedactError)
        logger.info("refused: %s", error.code)
        return error_response(_status_for(error), error.code, error.message)

    @app.exception_handler(BodyTooLargeError)
    async def _too_large(_: Request, error: Exception) -> JSONResponse:
        assert isinstance(error, BodyTooLargeError)
        return error_response(413, "too-large", str(error.detail))

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, error: Exception) -> JSONResponse:
        assert isinstance(error, RequestValidationError)
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'] if p != 'body') or 'request'}: "
            f"{str(e['msg']).removeprefix('Value error, ')}"
            for e in error.errors()
        )
        return error_response(422, "invalid", problems)


async def _in_worker(
    work: Callable[[Any], dict[str, object]], request: Any
) -> dict[str, object] | JSONResponse:
    """Run `work` in a worker thread, off the event loop, giving up after `REDACT_SECONDS`.

    Only for reviews, which write nothing: the thread itself is stopped by detection's own
    time limit, and the page answers at once.
    """
    try:
        return await asyncio.wait_for(run_in_threadpool(work, request), REDACT_SECONDS)
    except TimeoutError:
        return error_response(
            503,
            "too-slow",
            f"redaction took longer than {REDACT_SECONDS:g} s; nothing was released",
        )


def create_app(
    log_path: Path,
    model: str | None = None,
    *,
    port: int | None = None,
    token: str | None = None,
    redactor_for: RedactorFor | None = None,
) -> FastAPI:
    """The page's app, writing releases to `log_path`.

    `port`, when given, is required in the Host header too. `redactor_for` lets tests share
    Redactors (with a fixed key) across apps; by default each purpose gets one on first use.
    """
    session_token = token or new_session_token()
    service = ReviewService(log_path, redactor_for or redactor_cache(model))
    actor = _login_name()
    app = FastAPI(
        title="redact",
        version=__version__,
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
    )
    _install_error_handlers(app)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")

    @app.get("/", response_class=HTMLResponse)
    def page() -> HTMLResponse:
        return HTMLResponse(index_html(session_token, actor))

    @app.get("/api/purposes")
    def purposes() -> dict[str, object]:
        types = [{"type": t, "label": label_for(t)} for t in ENTITY_TYPES]
        return {"purposes": service.purposes(), "entity_types": types}

    @app.post("/api/redact", response_model=None)
    async def redact_note(request: RedactRequest) -> dict[str, object] | JSONResponse:
        return await _in_worker(service.review, request)

    @app.post("/api/release")
    async def release_note(request: ReleaseRequest) -> dict[str, object]:
        # Not given up on: a release that went on after the page gave up could still log.
        # Detection's own time limit bounds it.
        return await run_in_threadpool(service.release, request)

    @app.post("/api/upload")
    async def upload(request: Request) -> dict[str, object]:
        data = await read_body(request, MAX_UPLOAD_BYTES)
        kind = request.headers.get("x-upload-kind", "")
        opened = await run_in_threadpool(open_upload, kind, data)
        answer: dict[str, object] = {"text": opened.text, "characters": len(opened.text)}
        if opened.note:
            answer["pages"] = opened.note  # "2 pages, 1 read by OCR; check by eye: ..."
        return answer

    @app.post("/api/release-file")
    async def release_file(request: FileReleaseRequest) -> dict[str, object]:
        # A .docx, PDF or scan back as a redacted file of its kind; bounded like a release.
        return await run_in_threadpool(service.release_file, request)

    app.add_middleware(BodyLimit)
    app.add_middleware(LocalGuard, token=session_token, port=port)
    app.state.token = session_token
    app.state.service = service
    return app
