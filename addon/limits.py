"""How large a request body may be: ``MAX_CONTENT_LENGTH`` (1 MiB) for every endpoint, less for
the webhooks, checked before any view or hook reads the body.

A body that declares a larger ``Content-Length`` is answered 413 at once, unread; a chunked
body is read up to the limit (at most 1 MiB held) and answered 413 as soon as it passes it. ``afterview serve``
also gives waitress the global limit, so such a body never reaches the application at all.

The webhooks carry little: a Google Calendar notification is all headers, and a Graph batch is
a ``value`` array of change notifications without resource data (Afterview's subscriptions ask
for none), each well under a kilobyte (``clientState`` is at most 255 characters), so 256 KiB
holds a few hundred of them, more than one mailbox's changes at a time.
"""
from __future__ import annotations

import io

from flask import Flask, abort, current_app, request

MAX_CONTENT_LENGTH = 1024 * 1024
WEBHOOK_LIMITS = {
    "webhook_google.notification": 64 * 1024,
    "webhook_microsoft.notifications": 256 * 1024,
}


def init_app(app: Flask) -> None:
    """Register the check ahead of every other request hook."""
    if not app.config.get("MAX_CONTENT_LENGTH"):  # Flask's own default is no limit at all
        app.config["MAX_CONTENT_LENGTH"] = MAX_CONTENT_LENGTH
    app.before_request_funcs.setdefault(None, []).insert(0, limit_body)


def limit_body() -> None:
    """Refuse a declared excess unread; read a body of unknown length (chunked) up to the limit."""
    limit = body_limit(request.endpoint)
    request.max_content_length = limit
    if request.content_length is not None:
        if request.content_length > limit:
            _refuse(limit)
        return
    if "wsgi.input_terminated" in request.environ:  # a chunked body: no length was declared
        data = _read_at_most(request.environ["wsgi.input"], limit + 1)
        if len(data) > limit:
            _refuse(limit)
        request.environ.update({"wsgi.input": io.BytesIO(data), "CONTENT_LENGTH": str(len(data))})


def _read_at_most(stream, size: int) -> bytes:
    parts, total = [], 0
    while total < size:
        part = stream.read(min(size - total, 64 * 1024))
        if not part:
            break
        parts.append(part)
        total += len(part)
    return b"".join(parts)


def _refuse(limit: int):
    abort(413, f"the request body is larger than {limit // 1024} KiB")


def body_limit(endpoint: str | None) -> int:
    """The largest body ``endpoint`` accepts, in bytes."""
    overall = int(current_app.config.get("MAX_CONTENT_LENGTH") or MAX_CONTENT_LENGTH)
    return min(WEBHOOK_LIMITS.get(endpoint or "", overall), overall)
