"""Pure ASGI middleware: the request body limit and the per-graph-version response cache."""

from __future__ import annotations

import json
from collections.abc import Callable, Hashable
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.access import CachedResponse, GraphAccess
from api.errors import PROBLEM, BodyTooLarge


async def _send_problem(send: Send, status: int, title: str, detail: str, **extra: Any) -> None:
    body = json.dumps({"type": "about:blank", "title": title, "status": status, "detail": detail, **extra}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", PROBLEM.encode()),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class BodyLimitMiddleware:
    """Refuses bodies over `max_bytes` with 413: at once when Content-Length says so, and otherwise while
    reading (chunked bodies, or a Content-Length that lies), counting the bytes that actually arrive."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.max_bytes
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await _send_problem(send, 400, "Bad Request", "Content-Length is not a number")
                    return
                if declared > limit:
                    await _send_problem(
                        send,
                        413,
                        "Content Too Large",
                        f"the request body ({declared:,} bytes) is larger than the {limit:,}-byte limit",
                        limit=limit,
                    )
                    return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge(limit)
            return message

        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except BodyTooLarge as exc:
            if started:
                raise
            await _send_problem(send, 413, "Content Too Large", str(exc.detail), limit=exc.limit)


# paths that must always be answered live
_UNCACHED_PREFIXES = ("/health", "/version", "/docs", "/redoc", "/openapi.json")


class ResponseCacheMiddleware:
    """Serves repeated GETs from a cache that is valid for one version of the graph (see GraphAccess.version):
    a write, from this process or another, moves the version and so empties the cache. Only 200 JSON responses
    are kept; a response whose request saw the version move is not kept."""

    def __init__(self, app: ASGIApp, access: Callable[[], GraphAccess | None]) -> None:
        self.app = app
        self.access = access

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        access = self.access() if scope["type"] == "http" and scope.get("method") == "GET" else None
        if access is None or not access.cache.enabled or scope["path"].startswith(_UNCACHED_PREFIXES):
            await self.app(scope, receive, send)
            return
        version = access.version()
        if version is None:
            await self.app(scope, receive, send)
            return
        key: Hashable = (scope["path"], scope.get("query_string", b""))
        hit = access.cache.get(version, key)
        if hit is not None:
            await send(
                {
                    "type": "http.response.start",
                    "status": hit.status,
                    "headers": [*hit.headers, (b"x-cache", b"hit")],
                }
            )
            await send({"type": "http.response.body", "body": hit.body})
            return

        status = 0
        headers: list[tuple[bytes, bytes]] = []
        chunks: list[bytes] = []
        keep = True

        async def capture(message: Message) -> None:
            nonlocal status, headers, keep
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = [(k, v) for k, v in message.get("headers", [])]
                ctype = dict(headers).get(b"content-type", b"")
                keep = status == 200 and ctype.startswith(b"application/json")
                message = {**message, "headers": [*headers, (b"x-cache", b"miss")]}
            elif message["type"] == "http.response.body" and keep:
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False) and access.version() == version:
                    access.cache.put(version, key, CachedResponse(status, headers, b"".join(chunks)))
            await send(message)

        await self.app(scope, receive, capture)
