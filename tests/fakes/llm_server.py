"""A loopback stand-in for an OpenAI-compatible chat server (Ollama, llama.cpp, vLLM, a hosted one).

It answers ``POST /v1/chat/completions`` with the documented chat-completion object (``id``,
``object: "chat.completion"``, ``created``, ``model``, ``choices[{index, message{role, content},
finish_reason}]``, ``usage``), and failures with the documented error object (``{"error":
{"message", "type", "param", "code"}}``). It records every request it received (the JSON body and
the ``Authorization`` header) and what became of it (answered, or abandoned by the client).

Scriptable: ``replies`` (texts or functions of the request, used in turn, then ``writer``),
``status`` (e.g. 500), ``delay`` (seconds before answering) and ``hang`` (no answer until the test
ends, at most a minute).
"""
from __future__ import annotations

import json
import select
import socket
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler

from tests.fakes.loopback import serve

PATH = "/v1/chat/completions"
HANG_SECONDS = 60


@dataclass
class Received:
    """One request: its JSON body, its Authorization header, and what became of it."""

    body: dict
    authorization: str | None
    outcome: str = "pending"  # answered | failed | abandoned
    voice: int = 0  # the how-many-th person this server writes to: its wording for them
    answer: str | None = None  # the text it answered with

    @property
    def messages(self) -> list[dict]:
        return self.body.get("messages", [])

    def content(self, role: str) -> str:
        return "\n".join(m.get("content", "") for m in self.messages if m.get("role") == role)

    def facts(self) -> dict:
        """The JSON facts of the note, as the first user message carries them."""
        text = next(m["content"] for m in self.messages if m.get("role") == "user")
        start, end = text.index("{"), text.rindex("}") + 1
        return json.loads(text[start:end])


_OPENINGS = (
    "Many thanks for the time you gave me today. Our exchange about {d} is the part I keep coming back to, "
    "and it showed me how carefully the work is done.",
    "I appreciated your time this afternoon. Talking through {d} with you made the day for me, and I have "
    "been thinking about it on the way home.",
    "Thank you for giving me so much of your afternoon. What I remember best is {d}, which I would gladly "
    "explore further.",
)


def plain_writer(request: Received) -> str:
    """A model that follows the facts: a short note in English made of them, and nothing else; the
    wording depends on who it is to, as a model's would."""
    facts = request.facts()
    remembered = facts.get("what_the_author_remembers") or ["how the team works"]
    role = f" {facts['role']}" if facts.get("role") else ""
    company = f" at {facts['company']}" if facts.get("company") else ""
    opening = _OPENINGS[request.voice % len(_OPENINGS)]
    return (
        f"{facts['greeting_line']}\n\n{opening.format(d=remembered[0])}\n\n"
        f"I am keen to keep going with the{role} role{company}. I look forward to hearing about the next steps "
        "whenever you are ready.\n\n"
        "Kind regards,\nThe Author"
    )


@dataclass
class ModelServer:
    """The chat endpoint on 127.0.0.1; ``url`` is its ``/v1`` base, as a client is configured."""

    model: str = "llama3.2"
    replies: deque = field(default_factory=deque)
    writer: Callable[[Received], str] = plain_writer
    status: int = 200
    delay: float = 0.0
    hang: bool = False
    requests: list[Received] = field(default_factory=list)

    def __post_init__(self):
        self.in_flight = self.most_in_flight = 0  # requests being answered now, and the most at once
        self._voices: dict[str, int] = {}
        self._lock = threading.Lock()
        self._released = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 (http.server's naming)
                server._serve(self)

            def log_message(self, *args):
                pass

        self._loopback = serve(Handler, "fake-model-server", join_handlers=True)  # close waits for hung ones
        self.url = self._loopback.url("/v1")

    def _serve(self, handler: BaseHTTPRequestHandler) -> None:
        if handler.path.split("?")[0] != PATH:
            self._send(handler, 404, _error("Not found", "invalid_request_error"))
            return
        length = int(handler.headers.get("Content-Length") or 0)
        received = Received(json.loads(handler.rfile.read(length) or b"{}"), handler.headers.get("Authorization"))
        with self._lock:
            self.requests.append(received)
            person = _person_of(received)
            received.voice = self._voices.setdefault(person, len(self._voices))
            reply = self.replies.popleft() if self.replies else self.writer
        with self._lock:
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            if self.hang:
                self._released.wait(HANG_SECONDS)
            elif self.delay:
                time.sleep(self.delay)
        finally:
            with self._lock:
                self.in_flight -= 1
        if _client_gone(handler):
            received.outcome = "abandoned"
            return
        if self.status != 200:
            received.outcome = "failed"
            self._send(handler, self.status, _error("The server had an error while processing your request.",
                                                    "server_error"), received)
            return
        text = received.answer = reply(received) if callable(reply) else reply
        self._send(handler, 200, self._completion(received, text), received)

    def _completion(self, received: Received, text: str) -> dict:
        prompt = sum(len(m.get("content", "").split()) for m in received.messages)
        return {
            "id": f"chatcmpl-{uuid.uuid4().hex[:24]}", "object": "chat.completion", "created": int(time.time()),
            "model": received.body.get("model", self.model), "system_fingerprint": "fp_afterview_fake",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": prompt, "completion_tokens": len(text.split()),
                      "total_tokens": prompt + len(text.split())},
        }

    def _send(self, handler, status: int, body: dict, received: Received | None = None) -> None:
        data = json.dumps(body).encode()
        try:
            handler.send_response(status)
            handler.send_header("Content-Type", "application/json")
            handler.send_header("Content-Length", str(len(data)))
            handler.end_headers()
            handler.wfile.write(data)
            handler.wfile.flush()
            if received is not None and received.outcome == "pending":
                received.outcome = "answered"
        except OSError:  # the client gave up waiting and closed the connection
            if received is not None:
                received.outcome = "abandoned"

    def close(self) -> None:
        self._released.set()
        self._loopback.close()


def _person_of(received: Received) -> str:
    try:
        return str(received.facts().get("greeting_line"))
    except (StopIteration, ValueError, KeyError):
        return ""


def _client_gone(handler) -> bool:
    """Whether the client closed its connection while waiting (it timed out)."""
    ready, _, _ = select.select([handler.connection], [], [], 0)
    if not ready:
        return False
    try:
        return handler.connection.recv(1, socket.MSG_PEEK) == b""
    except OSError:
        return True


def _error(message: str, kind: str) -> dict:
    return {"error": {"message": message, "type": kind, "param": None, "code": None}}
