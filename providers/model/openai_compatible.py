"""A language model behind any OpenAI-compatible server, through the ``openai`` package.

Ollama and llama.cpp's server on the user's own machine, vLLM, or a hosted provider: all answer
``POST {base_url}/chat/completions``. One request per call, no retries (``max_retries=0``): a
drafting call that fails or hangs must leave the composed note in place within the timeout, not
wait through the client's backoff. Every failure reaches the domain as ``Unavailable``.
"""
from __future__ import annotations

import openai

from ..base import LanguageModel, Unavailable

MAX_TOKENS = 700  # a note is at most 200 words; room for a model that says a little more


class OpenAICompatibleModel(LanguageModel):
    """``model`` served at ``base_url`` (an OpenAI-compatible ``/v1``)."""

    def __init__(self, base_url: str, model: str, api_key: str | None = None, timeout: float = 20.0):
        self.name = model
        self.timeout = float(timeout)
        # a local server needs no key, but the client wants one: any placeholder will do
        self._client = openai.OpenAI(base_url=base_url, api_key=api_key or "no-key", timeout=self.timeout,
                                     max_retries=0)

    def complete(self, messages: list[dict[str, str]]) -> str:
        try:
            response = self._client.chat.completions.create(
                model=self.name, messages=messages, temperature=0.7, max_tokens=MAX_TOKENS, n=1, stream=False,
            )
        except openai.APITimeoutError as exc:
            raise Unavailable(f"the language model gave no answer within {self.timeout:g} s") from exc
        except openai.APIStatusError as exc:
            raise Unavailable(f"the language model server answered HTTP {exc.status_code}") from exc
        except openai.OpenAIError as exc:
            raise Unavailable(f"the language model could not be reached: {exc.__class__.__name__}") from exc
        choices = response.choices or []
        content = choices[0].message.content if choices and choices[0].message else None
        if not content or not content.strip():
            raise Unavailable("the language model answered with no text")
        return content

    def close(self) -> None:
        """Release the client's connections."""
        self._client.close()
