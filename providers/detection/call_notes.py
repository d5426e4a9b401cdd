"""The user's own calendar entry for a call with someone, and whom they are with.

"Call w/ Dana (Contoso?)", "Call w/ Sarah @ Harborline re: Strategic AE role", "Anruf mit Jana (Fabrikam)",
"Ligar ao Miguel @ Farol – vaga Head of Marketing", "Call: Grace Teo (Peak Search Asia)"; or the call
they expect: "Priya (KinetiCare) ringing me – Clinic Lead". The match names the ``person``, the company
in brackets (``company``) or after "@" (``at``), and what the call is about (``topic``).
"""
from __future__ import annotations

import re

# a person's name (a second word, not "re"), their company in brackets or after "@", what the call is about
_PERSON = r"(?P<person>[^\W\d_][\w'’-]*)(?:\s+(?!re\b)[^\W\d_][\w'’.-]*)?"
_AT_COMPANY = (
    r"(?:\s*[(（]\s*¿?\s*(?P<company>[^\W\d_][^()（）?¿]{1,40}?)\s*\??\s*[)）]"
    r"|\s+@\s*(?P<at>[^\W\d_][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}))"
)
_TOPIC = r"(?:\s*(?:\bre\b:?|\babout\b|\bsobre\b|[–—:|-])\s*(?P<topic>[^\W_].*?))?\s*$"
CALL_WITH = re.compile(
    r"^(?:(?:(?:phone |video |quick |intro )?call|phone|chat|talk|conversation|anruf|telefonat|gespräch|appel"
    r"|llamada|charla|conversación|chamada|ligação|conversa|chiamata|telefonata|gesprek|telefoongesprek)"
    r"\s+(?:w/|c/|with|mit|avec|con|com|met)\s+"
    r"|(?:ligar|telefonar)\s+(?:ao|à|a|para(?:\s+[oa])?)\s+|llamar\s+a\s+|(?:call|chamada|llamada|anruf)\s*:\s*)"
    + _PERSON + _AT_COMPANY + r"?" + _TOPIC,
    re.IGNORECASE,
)
CALLS_ME = re.compile(
    r"^" + _PERSON + _AT_COMPANY + r"\s+(?:ringing me|calling me|rings me|calls me|to call me|will call me"
    r"|to ring me|liga-me|vai ligar|ruft (?:mich )?an|me llama)" + _TOPIC,
    re.IGNORECASE,
)


def call_note(title: str) -> re.Match | None:
    """The match of ``title`` as the user's own note of a call, else None (callers check that nobody else
    is on the event: someone else's invitation is no note of the user's)."""
    return CALL_WITH.match(title) or CALLS_ME.match(title)
