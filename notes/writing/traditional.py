"""Does the employer look traditional (ETIQUETTE C2)? Then a handwritten card is suggested too.

Traditional here means law firms, banks and insurers, government, academia and family
businesses, judged from the company's name, the interviewers' and organizer's domains and the
invitation's words. The answer is a short reason the sidebar can show, or ``None``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..values import Candidate, InterviewFacts

_KINDS: tuple[tuple[str, str, str], ...] = (
    # (kind, words in the company name, words in the invitation)
    (
        "a law firm",
        r"law|legal|llp|attorneys?|solicitors|advocates|avocats|abogados|rechtsanw[äa]lte|kanzlei|bufete",
        r"law firm|associate attorney|paralegal|bar admission|chambers|kanzlei|cabinet d'avocats|bufete",
    ),
    (
        "a bank or insurer",
        r"bank|banking|bancorp|banque|banco|sparkasse|volksbank|insurance|assurance|assurances|versicherung"
        r"|seguros|aseguradora|mutual|reinsurance|trust company|credit union",
        r"\bbank\b|underwriting|actuarial|insurer|versicherung|banque|banca|seguros",
    ),
    (
        "a government employer",
        r"government|ministry|ministerio|minist[eè]re|ministerium|department of|county|city of|state of"
        r"|federal|bundesamt|landesamt|beh[öo]rde|mairie|ayuntamiento|council",
        r"civil service|public service|government|federal agency|security clearance|fonction publique"
        r"|öffentlicher dienst|administración pública",
    ),
    (
        "an academic employer",
        r"university|universit[äy]t|universit[ée]|universidad|college|institute|institut|instituto"
        r"|school|academy|acad[ée]mie|hochschule|polytechnic",
        r"faculty|professor|tenure|search committee|department chair|postdoc|lehrstuhl|profesor|professeur",
    ),
    (
        "a family business",
        r"& sons|and sons|& daughters|brothers|bros\.?|e hijos|et fils|& s[öo]hne|family",
        r"family[- ]owned|family business|familienunternehmen|entreprise familiale|empresa familiar",
    ),
)
# Matched against lower-cased text: much faster than case-insensitive patterns.
_NAME = [(kind, re.compile(rf"(?:^|[\s,.&(-])(?:{names})(?:$|[\s,.)])")) for kind, names, _ in _KINDS]
_TEXT = [(kind, re.compile(rf"(?:{words})")) for kind, _, words in _KINDS]
_DOMAINS = (
    (r"\.(?:gov|mil)(?:\.[a-z]{2})?$|\.gouv\.fr$|\.gob\.[a-z]{2}$|\.bund\.de$|\.admin\.ch$", "a government employer"),
    (r"\.edu(?:\.[a-z]{2})?$|\.ac\.[a-z]{2}$|\.uni-[\w-]+\.de$|^uni-[\w-]+\.de$", "an academic employer"),
)
_DOMAIN = [(re.compile(pattern), kind) for pattern, kind in _DOMAINS]


def traditional_reason(facts: InterviewFacts) -> str | None:
    """Why the employer looks traditional ("Woodgrove Bank looks like a bank or insurer"), or None."""
    return _reason(facts.company or "", tuple(_domains(facts)), facts.title, facts.description[:4000])


@lru_cache(maxsize=512)
def _reason(company: str, domains: tuple[str, ...], title: str, description: str) -> str | None:
    who = company or "This employer"
    for kind, pattern in _NAME:
        if company and pattern.search(f" {company.lower()} "):
            return f"{who} looks like {kind}"
    for domain in domains:
        for pattern, kind in _DOMAIN:
            if pattern.search(domain):
                return f"{who} looks like {kind} ({domain})"
    text = f"{title}\n{description}".lower()
    for kind, pattern in _TEXT:
        if pattern.search(text):
            return f"{who} looks like {kind}, from the invitation"
    return None


def _domains(facts: InterviewFacts) -> list[str]:
    people = list(facts.people) + ([facts.organizer] if facts.organizer else [])
    return sorted({p.domain.lower() for p in people if p.email})


def card_reason(facts: InterviewFacts, candidate: Candidate) -> str | None:
    """Why a handwritten card is suggested as well as the email, or None (ETIQUETTE C2).

    ``channel == "email"`` means email only; ``"handwritten"`` always adds the card; ``"auto"``
    adds it when the employer looks traditional.
    """
    if candidate.channel == "email":
        return None
    if candidate.channel == "handwritten":
        return "You prefer handwritten notes"
    return traditional_reason(facts)
