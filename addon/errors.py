"""Errors as JSON answers: a clear message, the right status, and never a stack trace."""
from __future__ import annotations

import logging

from flask import Flask, jsonify, request
from werkzeug.exceptions import HTTPException

from notes.errors import Conflict, InvalidInput, NotFound

log = logging.getLogger(__name__)


def init_app(app: Flask) -> None:
    app.register_error_handler(NotFound, lambda e: _answer(404, str(e)))
    app.register_error_handler(InvalidInput, lambda e: _answer(400, str(e)))
    app.register_error_handler(Conflict, lambda e: _answer(409, str(e)))
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _internal_error)


def _answer(status: int, message: str):
    return jsonify({"error": message}), status


def _http_error(exc: HTTPException):
    if request.path.startswith(("/api/", "/gmail/", "/webhooks/")) or request.is_json:
        return _answer(exc.code or 500, exc.description or exc.name)
    return exc


def _internal_error(exc: Exception):
    log.exception("unhandled error on %s", request.path, exc_info=exc)
    return _answer(500, "internal error")
