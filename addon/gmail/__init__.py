"""The Gmail add-on: endpoints for Google's HTTP runtime, the cards they answer with, and a
local preview of those cards.

``bp`` groups ``routes.bp`` (``/gmail/*``, verified Google requests) and ``preview.bp``
(``/preview/gmail`` and ``/api/preview/gmail/*``, local mode only).
"""
from flask import Blueprint

from . import preview, routes

bp = Blueprint("gmail_addon", __name__)
bp.register_blueprint(routes.bp)
bp.register_blueprint(preview.bp)
