"""Composition of thank-you notes (first cut: replaced by the full composer)."""
from __future__ import annotations

import html

from .values import Candidate, Draft, InterviewFacts


def compose_notes(facts: InterviewFacts, candidate: Candidate, details: str = "") -> list[Draft]:
    """One draft per person met (and per channel), deterministic for the same input."""
    drafts = []
    for person in facts.people:
        name = person.display_name()
        role = facts.role or "the role"
        company = facts.company or "your team"
        detail = details.strip()
        lines = [
            f"Dear {name},",
            "",
            f"Thank you for taking the time to speak with me today about the {role} position at {company}.",
            (f"I especially enjoyed {detail}." if detail else "I enjoyed learning more about the team and its work."),
            f"Our conversation confirmed my interest in the {role} role at {company}.",
            "I look forward to hearing about the next steps.",
            "",
            "Best regards,",
            candidate.name,
            candidate.email,
        ]
        text = "\n".join(lines)
        drafts.append(
            Draft(
                to=person,
                channel="email",
                language="en",
                subject=f"Thank you — {role} interview",
                body_text=text,
                body_html=render_html(text),
                flags=() if detail else ("needs-detail",),
            )
        )
    return drafts


def render_html(text: str) -> str:
    """The HTML body for a text body: escaped paragraphs, line breaks kept."""
    paragraphs = [p for p in text.split("\n\n")]
    return "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in paragraphs)
