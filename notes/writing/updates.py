"""The notes that follow an interview: a short update to the person who referred the user, and the one
polite follow-up when a promised answer does not come.

A referrer's update says that the interview took place and thanks them again for the referral; it
says nothing of what happened there (who was met, what was asked, pay, how it went): that belongs to
the company and the user (``notes.etiquette.updates`` flags it when the user adds it). The follow-up
goes to the person who gave the timeline, recalls the interview and the answer expected, restates
the user's interest and asks, without pressing, whether there is news. Both are in the notes'
language (en, de, fr, es), signed with the user's contact lines.
"""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from providers.base import Person

from ..values import Candidate, Draft, InterviewFacts
from .compose import render_html
from .language import note_language
from .recipients import known_name
from .sentences import signature_lines
from .textutil import clean_line

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
}

REFERRER = {
    "en": {
        "subject": "My interview at {company}",
        "greeting": "Dear {first},", "greeting_bare": "Hello,",
        "took_place": "I wanted to let you know that my interview {for_role} at {company} took place {on_day}.",
        "thanks": "Thank you again for referring me. Your recommendation opened the door, and I appreciate "
                  "the trust you put in me.",
        "later": "I will let you know how things develop.",
        "closing": "Best regards,",
    },
    "de": {
        "subject": "Mein Vorstellungsgespräch bei {company}",
        "greeting": "Hallo {first},", "greeting_bare": "Hallo,",
        "took_place": "ich möchte Ihnen kurz Bescheid geben: Mein Vorstellungsgespräch {for_role} bei {company} "
                      "hat {on_day} stattgefunden.",
        "thanks": "Noch einmal herzlichen Dank für Ihre Empfehlung. Sie hat mir die Tür geöffnet, und ich weiß "
                  "Ihr Vertrauen sehr zu schätzen.",
        "later": "Ich halte Sie auf dem Laufenden, wie es weitergeht.",
        "closing": "Viele Grüße",
    },
    "fr": {
        "subject": "Mon entretien chez {company}",
        "greeting": "Bonjour {first},", "greeting_bare": "Bonjour,",
        "took_place": "Je tenais à vous dire que mon entretien {for_role} chez {company} a eu lieu {on_day}.",
        "thanks": "Merci encore pour votre recommandation : elle m'a ouvert la porte, et j'apprécie beaucoup "
                  "la confiance que vous m'avez accordée.",
        "later": "Je vous tiendrai au courant de la suite.",
        "closing": "Bien cordialement,",
    },
    "es": {
        "subject": "Mi entrevista en {company}",
        "greeting": "Hola, {first}:", "greeting_bare": "Hola:",
        "took_place": "Quería contarte que mi entrevista {for_role} en {company} tuvo lugar {on_day}.",
        "thanks": "Gracias de nuevo por recomendarme. Tu recomendación me abrió la puerta y valoro mucho la "
                  "confianza que depositaste en mí.",
        "later": "Te iré contando cómo avanza el proceso.",
        "closing": "Un saludo,",
    },
}

FOLLOW_UP = {
    "en": {
        "subject": "Following up: {role_or_company} interview",
        "greeting": "Dear {first},", "greeting_bare": "Hello,",
        "recall": "I hope you are well. I am writing to follow up on my interview {for_role} on {day}.",
        "expected": "You mentioned that there would be news {said}, so I wanted to check in.",
        "expected_open": "I wanted to check in on the next steps.",
        "interest": "I remain very interested in joining {company}, and I would be glad to hear about the "
                    "next steps whenever it suits you.",
        "closing": "Best regards,",
    },
    "de": {
        "subject": "Nachfrage zu meinem Vorstellungsgespräch {role_or_company}",
        "greeting": "Guten Tag {first},", "greeting_bare": "Guten Tag,",
        "recall": "ich hoffe, es geht Ihnen gut. Ich melde mich noch einmal zu meinem Vorstellungsgespräch "
                  "{for_role} {day}.",
        "expected": "Sie hatten eine Rückmeldung {said} in Aussicht gestellt, daher wollte ich kurz nachfragen.",
        "expected_open": "Ich wollte mich kurz nach dem Stand der nächsten Schritte erkundigen.",
        "interest": "Die Stelle bei {company} interessiert mich weiterhin sehr, und ich freue mich über eine "
                    "Nachricht, wann immer es Ihnen passt.",
        "closing": "Viele Grüße",
    },
    "fr": {
        "subject": "Suite à mon entretien : {role_or_company}",
        "greeting": "Bonjour {first},", "greeting_bare": "Bonjour,",
        "recall": "J'espère que vous allez bien. Je me permets de revenir vers vous au sujet de mon entretien "
                  "{for_role} {day}.",
        "expected": "Vous m'aviez indiqué une réponse {said} ; je souhaitais donc prendre des nouvelles.",
        "expected_open": "Je souhaitais prendre des nouvelles des prochaines étapes.",
        "interest": "Le poste chez {company} m'intéresse toujours beaucoup, et ce sera un plaisir d'avoir de "
                    "vos nouvelles dès que cela vous conviendra.",
        "closing": "Bien cordialement,",
    },
    "es": {
        "subject": "Seguimiento de mi entrevista: {role_or_company}",
        "greeting": "Buenos días, {first}:", "greeting_bare": "Buenos días:",
        "recall": "Espero que se encuentre bien. Le escribo para dar seguimiento a mi entrevista {for_role} "
                  "{day}.",
        "expected": "Me comentó que habría noticias {said}, así que quería consultar cómo va el proceso.",
        "expected_open": "Quería consultar cómo van los próximos pasos.",
        "interest": "Mi interés por incorporarme a {company} sigue intacto, y me alegrará recibir noticias "
                    "cuando le venga bien.",
        "closing": "Un saludo,",
    },
}

FOR_ROLE = {"en": "for the {role} position", "de": "für die Stelle als {role}", "fr": "pour le poste de {role}",
            "es": "para el puesto de {role}"}
OUR_COMPANY = {"en": "the company", "de": "dem Unternehmen", "fr": "l'entreprise", "es": "la empresa"}


def compose_referrer_update(facts: InterviewFacts, candidate: Candidate, referrer: Person) -> Draft:
    """The note telling ``referrer`` that the interview took place, and thanking them again."""
    code = note_language(facts, candidate)
    book = REFERRER[code]
    company = clean_line(facts.company or "")[:120] or OUR_COMPANY[code]
    paragraphs = [
        _greeting(book, referrer),
        " ".join([_sentence(book["took_place"].format(for_role=_for_role(facts, code), company=company,
                                                         on_day=_on_day(facts.end, facts.time_zone, code))),
                  book["thanks"]]),
        book["later"],
    ]
    return _draft(referrer, code, book["subject"].format(company=company), paragraphs, book["closing"], candidate,
                  flags=() if referrer.email else ("needs-address",))


def compose_follow_up(facts: InterviewFacts, candidate: Candidate, to: Person, said: str | None) -> Draft:
    """The one polite follow-up to ``to``, recalling the answer expected ``said`` ("within a week")."""
    code = note_language(facts, candidate)
    book = FOLLOW_UP[code]
    company = clean_line(facts.company or "")[:120] or OUR_COMPANY[code]
    role_or_company = clean_line(facts.role or "")[:120] or company
    expected = book["expected"].format(said=clean_line(said)[:80]) if said else book["expected_open"]
    paragraphs = [
        _greeting(book, to),
        " ".join([_sentence(book["recall"].format(for_role=_for_role(facts, code),
                                                  day=_on_day(facts.end, facts.time_zone, code))), expected]),
        book["interest"].format(company=company),
    ]
    return _draft(to, code, book["subject"].format(role_or_company=role_or_company), paragraphs, book["closing"],
                  candidate)


def _draft(to: Person, code: str, subject: str, paragraphs: list[str], closing: str, candidate: Candidate,
           flags: tuple[str, ...] = ()) -> Draft:
    greeting, *body = paragraphs
    text = "\n\n".join([greeting, *body, "\n".join([closing, *(line for line in signature_lines(candidate) if line)])])
    return Draft(to=to, channel="email", language=code, subject=subject, body_text=text,
                 body_html=render_html(text), flags=flags)


def _greeting(book: dict, person: Person) -> str:
    first = known_name(person).split(" ")[0] if known_name(person) else ""
    return book["greeting"].format(first=first) if first else book["greeting_bare"]


def _for_role(facts: InterviewFacts, code: str) -> str:
    role = clean_line(facts.role or "")[:120]
    return FOR_ROLE[code].format(role=role) if role else ""


def _sentence(text: str) -> str:
    return " ".join(text.split()).replace(" .", ".").replace(" ,", ",")


def _on_day(moment: datetime, zone: str | None, code: str) -> str:
    """The interview's day as each language says it after its verb ("on 10 March", "am 10. März")."""
    try:
        local = moment.astimezone(ZoneInfo(zone or "UTC"))
    except (ZoneInfoNotFoundError, ValueError):
        local = moment
    month = MONTHS[code].split()[local.month - 1]
    return {"en": f"on {local.day} {month}", "de": f"am {local.day}. {month}", "fr": f"le {local.day} {month}",
            "es": f"el {local.day} de {month}"}[code]
