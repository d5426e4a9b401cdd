"""German wordings (formal "Sie"; greetings that need no guess at gender)."""
from __future__ import annotations

import re

from . import Phrasebook, weekday_month_pattern

_DAY, _MONTH = weekday_month_pattern(
    "montag dienstag mittwoch donnerstag freitag samstag sonntag",
    "januar februar märz april mai juni juli august september oktober november dezember",
)
_COUNT = r"(?:einer|eines|zwei|drei|vier|fünf|\d{1,2}|wenigen|den nächsten)"
_WHEN = re.compile(
    rf"\b(?:(?:bis|spätestens)\s+(?:(?:zum|am|nächsten|kommenden)\s+)?"
    rf"(?:{_DAY}|\d{{1,2}}\.\s*(?:{_MONTH}|\d{{1,2}}\.)|morgen|ende\s+(?:der|dieser|nächster)\s+woche)"
    rf"|innerhalb\s+(?:von\s+)?{_COUNT}\s+(?:werk)?(?:tagen?|wochen?)"
    rf"|in\s+{_COUNT}\s+(?:tagen|wochen)|(?:nächste|kommende|diese)\s+woche|am\s+(?:nächsten\s+|kommenden\s+)?{_DAY}"
    rf"|(?:ende|anfang)\s+(?:der|dieser|nächster|kommender)\s+woche)",
    re.IGNORECASE,
)


def _refs(role: str | None, company: str | None) -> dict[str, str]:
    return {
        "role_acc": f"die Stelle als {role}" if role else "die Stelle",
        "role_dat": f"der Stelle als {role}" if role else "der Stelle",
        "at_company": f"bei {company}" if company else "in Ihrem Team",
        "topic": f"der Arbeit bei {company}" if company else "dem Berufsfeld",
        "topic_acc": f"die Arbeit bei {company}" if company else "das Berufsfeld",
    }


BOOK = Phrasebook(
    code="de",
    greeting=("Guten Tag {full},", "Hallo {full},"),
    greeting_formal=("Guten Tag {full},",),
    greeting_bare="Guten Tag,",
    thanks=(
        "vielen Dank, dass Sie sich die Zeit für unser Gespräch genommen haben.",
        "herzlichen Dank für Ihre Zeit und das offene Gespräch.",
        "vielen Dank für das angenehme Gespräch und Ihre ausführlichen Antworten auf meine Fragen.",
        "ich danke Ihnen herzlich für Ihre Zeit und den freundlichen Empfang.",
    ),
    thanks_advice=(
        "vielen Dank, dass Sie sich die Zeit genommen haben, Ihre Erfahrungen mit mir zu teilen.",
        "herzlichen Dank für das Gespräch und Ihre Offenheit.",
        "ich danke Ihnen sehr für Ihre Zeit und Ihre Ratschläge.",
    ),
    detail_about=(),
    detail_colon=(
        "Was mir besonders in Erinnerung bleibt: {d}.",
        "Besonders spannend fand ich diesen Teil unseres Gesprächs: {d}.",
        "Ein Moment ist mir besonders im Gedächtnis geblieben: {d}.",
        "Besonders gefreut hat mich unser Austausch zu diesem Punkt: {d}.",
    ),
    detail_more=("Ebenfalls in Erinnerung geblieben: {d}.",),
    detail_title=(
        "Es war sehr interessant, Ihre Sicht als {title} kennenzulernen.",
        "Ich fand es wertvoll zu hören, wie Sie Ihre Arbeit als {title} angehen.",
    ),
    detail_agenda=(
        "Besonders gefallen hat mir der Teil zum Thema {activity}.",
        "Der Programmpunkt {activity} war für mich ein Höhepunkt.",
    ),
    detail_team=(
        "Ich habe mich gefreut, das Team {team} kennenzulernen.",
        "Es war schön, einen Eindruck von der Arbeit des Teams {team} zu bekommen.",
    ),
    detail_none=(
        "Ich habe gern mehr über das Team und seine Arbeit erfahren.",
        "Es war schön, einen besseren Eindruck vom Team und seinen Aufgaben zu bekommen.",
        "Ich habe viel über die Arbeit des Teams und seine Ziele gelernt.",
    ),
    detail_none_advice=(
        "Es war sehr hilfreich zu hören, wie sich Ihr eigener Weg entwickelt hat.",
        "Ich habe viel daraus gelernt, wie Sie Ihre Arbeit und Ihren Werdegang beschrieben haben.",
    ),
    interest=(
        "Das Gespräch hat mein Interesse an {role_dat} {at_company} noch verstärkt.",
        "Nach unserem Gespräch bin ich noch begeisterter von {role_dat} {at_company}.",
        "Ich interessiere mich nach unserem Austausch mehr denn je für {role_acc} {at_company}.",
        "Mein Interesse an {role_dat} {at_company} ist durch unser Gespräch noch gewachsen.",
    ),
    appreciation=(
        "Ihre Ratschläge waren sehr hilfreich und haben mir ein deutlich klareres Bild von {topic} gegeben.",
        "Für Ihre offenen Ratschläge und Ihre Einblicke in {topic_acc} bin ich Ihnen sehr dankbar.",
        "Ihre Einschätzung von {topic} und Ihre Tipps helfen mir bei meiner Suche schon jetzt weiter.",
    ),
    next_when=(
        "Vielen Dank auch für die Erläuterung der nächsten Schritte; ich freue mich darauf, {when} von Ihnen zu hören.",
        "Wie besprochen freue ich mich darauf, {when} von Ihnen zu hören.",
    ),
    next_open=(
        "Ich freue mich darauf, von Ihnen zu den nächsten Schritten zu hören.",
        "Ich freue mich auf Ihre Rückmeldung zu den nächsten Schritten.",
        "Für weitere Fragen stehe ich gern zur Verfügung und freue mich auf die nächsten Schritte.",
    ),
    next_mine=(
        "Als Nächstes werde ich Ihre Tipps umsetzen und Ihnen gern berichten, wie es weitergeht.",
        "Mein nächster Schritt ist, Ihre Ratschläge umzusetzen; ich halte Sie gern auf dem Laufenden.",
    ),
    step_first_person="Mein nächster Schritt: {step}.",
    step_other="Mein nächster Schritt: {step}.",
    closing=("Viele Grüße", "Freundliche Grüße", "Beste Grüße", "Mit freundlichen Grüßen"),
    subject_role="Vielen Dank – Vorstellungsgespräch {role}",
    subject_company="Vielen Dank für das Gespräch bei {company}",
    subject_plain="Vielen Dank für das Gespräch",
    subject_advice="Vielen Dank für Ihre Ratschläge",
    nudge={
        "ready": "Dankesnachrichten bereit: {title}",
        "reminder": "Erinnerung: Dankesnachrichten für {title} noch nicht gesendet",
        "email_ready": "Ihre Nachricht an {name} ist bereit: Ergänzen Sie, was Ihnen in Erinnerung ist, und senden Sie sie noch heute.",
        "email_reminder": "Ihre Nachricht an {name} ist noch nicht gesendet; eine kurze Nachricht heute wirkt immer noch gut.",
        "card": "Schreiben Sie die Karte an {name} und schicken Sie sie noch heute ab: Die Post braucht ein bis zwei Tage.",
        "card_reminder": "Falls die Karte an {name} noch nicht unterwegs ist, schicken Sie sie heute ab oder senden Sie jetzt die E-Mail.",
        "address": "Postanschrift: {address}",
        "card_page": "Die druckbare Karte finden Sie in der Afterview-Seitenleiste.",
        "follow_up": "Nachfrage bereit: {title}",
        "email_follow_up": "Ihre Nachfrage an {name} ist bereit: Die zugesagte Antwort ist nicht gekommen. Lesen Sie sie durch und senden Sie sie dann ab.",
    },
    refs=_refs,
    determiners=frozenset(),
    lower_first=frozenset(),
    step_line=re.compile(r"^(?:ich werde|als nächstes|mein nächster schritt|nächster schritt)", re.IGNORECASE),
    timeline_cue=re.compile(
        r"(?:rückmeldung|melden uns|meldet sich|melden sich|entscheidung|bescheid|nächsten? schritte|"
        r"von uns hören|antwort|zurückmelden)",
        re.IGNORECASE,
    ),
    when=_WHEN,
    when_capitalized=frozenset(
        "montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni juli august september oktober november dezember ende anfang woche wochen tag tagen werktag werktagen".split()
    ),
)
