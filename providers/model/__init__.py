"""Language models for optional drafting: any OpenAI-compatible server (``OpenAICompatibleModel``), the
``LanguageModel`` of ``providers.base``."""
from .openai_compatible import OpenAICompatibleModel

__all__ = ["OpenAICompatibleModel"]
