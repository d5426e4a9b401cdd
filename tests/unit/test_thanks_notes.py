"""Notes of thanks for help: the help in the user's words reads well in each kind's sentence, the
same input gives the same note, a note composed from reasonable details in any language carries no
blocking finding, and the checks flag each kind's wrong phrases in every language."""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from notes.etiquette import check_note
from notes.statuses import HELP
from notes.values import Candidate, InterviewFacts, NoteText
from notes.writing.thanks import compose_thanks
from providers.base import Person

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
ME = Candidate("Alex Rivera", "alex.rivera.jobs@gmail.com", phone="+1 415 555 0100")
MARIA = Person(email="maria.lopez@northwind.com", name="Maria Lopez")


def facts(details: str, person: Person = MARIA) -> InterviewFacts:
    return InterviewFacts(title="", company=None, role=None, stage=None, kind="help", start=NOW, end=NOW,
                          people=(person,), details=details)


def findings(kind: str, body: str, details: str, language: str = "en", subject: str = "Thank you") -> dict:
    note = NoteText(MARIA, "email", subject, body, language, kind=kind)
    return {f.rule: f.severity for f in check_note(note, facts(details), ME, NOW)}


@pytest.mark.parametrize("details, sentence_part", [
    ("referred me for the analyst opening", "that you referred me for the analyst opening."),
    ("Maria referred me for the analyst opening", "that you referred me for the analyst opening."),
    ("Maria Lopez put in a word with her manager", "that you put in a word with her manager."),
    ("She was my advocate with the hiring team.", "that you were my advocate with the hiring team."),
    ("he spoke to his director about me", "that you spoke to your director about me."),
    ("You found me a contact at Contoso!", "that you found me a contact at Contoso."),
    ("introducing me to Sam at Contoso", "for introducing me to Sam at Contoso."),
    ("the introduction to Sam at Contoso", "for the introduction to Sam at Contoso."),
    ("a long chat about analytics careers", "for a long chat about analytics careers."),
    ("coffee last week and notes on my CV", ": coffee last week and notes on my CV."),
])
def test_the_help_reads_in_a_sentence_that_fits_it(details, sentence_part):
    draft = compose_thanks("other", MARIA, details, ME, "en")
    assert sentence_part in draft.body_text


def test_the_same_input_gives_the_same_note_and_the_kinds_differ():
    details = "walking me through how the analytics guild at Contoso hires"
    first = {kind: compose_thanks(kind, MARIA, details, ME, "en") for kind in HELP}
    assert first == {kind: compose_thanks(kind, MARIA, details, ME, "en") for kind in HELP}
    assert len({d.subject for d in first.values()}) == 4 and len({d.body_text for d in first.values()}) == 4


def test_a_long_help_is_trimmed_to_fit_the_note():
    draft = compose_thanks("other", MARIA, " ".join(["reviewing my portfolio"] * 80), ME, "en")
    assert len(draft.body_text.split()) < 130


DETAILS = {
    "en": ["referred me for the Data Analyst opening at Northwind", "Maria introduced me to Sam Ortiz at Contoso",
           "reviewing my portfolio and pointing out the pricing case", "spoke with Initech's hiring manager about me",
           "an hour on the phone about moving from finance into analytics", "You told me about the guild meetup"],
    "de": ["Sie haben mich bei Northwind für die Stelle als Data Analyst empfohlen",
           "die Vorstellung bei Sam Ortiz von Contoso", "Ihr Gespräch mit der Personalleiterin von Initech über mich"],
    "fr": ["vous m'avez présenté à Sam Ortiz chez Contoso", "votre appel avec la responsable du recrutement d'Initech",
           "la relecture de mon portfolio et vos conseils sur l'étude de prix"],
    "es": ["me presentó a Sam Ortiz, que dirige el equipo de datos de Contoso",
           "su llamada con la responsable de selección de Initech",
           "la revisión de mi portafolio y el caso de precios"],
}


@pytest.mark.parametrize("language", ["en", "de", "fr", "es"])
@pytest.mark.parametrize("kind", HELP)
def test_notes_composed_from_reasonable_details_carry_no_finding(kind, language):
    for details in DETAILS[language]:
        draft = compose_thanks(kind, MARIA, details, ME, language)
        note = NoteText(draft.to, draft.channel, draft.subject, draft.body_text, draft.language, kind=kind)
        found = [f.as_dict() for f in check_note(note, facts(details), ME, NOW)]
        assert found == [], (details, draft.body_text)
        words = [w for w in details.rstrip(".").split() if len(w) > 3 and w.lower() not in ("maria",)]
        assert all(w in draft.body_text for w in words), (details, draft.body_text)


BODY = "Dear Maria,\n\n{prose}\n\nBest regards,\nAlex Rivera\nalex.rivera.jobs@gmail.com"
THANKS = ("Thank you so much for referring me for the Data Analyst opening at Northwind; your word carries "
          "real weight with the analytics team, and I am grateful for your trust in my work. ")


@pytest.mark.parametrize("ask", [
    "Could you also put in a word for me at Contoso?",
    "Would you mind passing my resume to the product team too?",
    "If you hear of any other openings, please let me know.",
    "Maybe you could put in a good word again next month.",
    "I wonder if you could refer me elsewhere in the company.",
    "Do you know of any other roles on the platform team?",
    "I hate to ask one more favor, but the Contoso team is hiring.",
])
def test_a_second_request_in_a_referral_note_blocks_it(ask):
    prose = THANKS + ask + " I will keep you posted on how it goes."
    assert findings("referral", BODY.format(prose=prose), "referred me")["H3"] == "block"
    assert "H3" not in findings("other", BODY.format(prose=prose), "referred me")  # only referrals are held to it


def test_a_referral_note_may_promise_news_and_thank_without_a_second_request():
    prose = THANKS + "I will let you know how it goes, and I would be glad to return the favour one day."
    details = "referred me for the Data Analyst opening at Northwind"
    assert findings("referral", BODY.format(prose=prose), details) == {}


@pytest.mark.parametrize("language, prose, rule", [
    ("de", "Vielen Dank für Ihre Empfehlung bei Northwind für das Analyseteam. Könnten Sie auch bei Contoso "
     "ein gutes Wort für mich einlegen? Ich halte Sie auf dem Laufenden, wie es weitergeht, und danke Ihnen "
     "nochmals herzlich für Ihr Vertrauen in meine Arbeit.", "H3"),
    ("fr", "Merci beaucoup pour votre recommandation auprès de l'équipe analytique de Northwind. Pourriez-vous "
     "aussi transmettre mon CV à Contoso ? Je vous tiendrai au courant de la suite et je vous remercie encore "
     "pour votre confiance dans mon travail.", "H3"),
    ("es", "Muchas gracias por recomendarme al equipo de analítica de Northwind. ¿Podría también hablar con "
     "Contoso? Le mantendré al tanto de cómo avanza todo y le agradezco de nuevo su confianza en mi trabajo "
     "y su generosidad.", "H3"),
])
def test_a_second_request_is_found_in_every_language(language, prose, rule):
    body = BODY.format(prose=prose).replace("Dear Maria,", {"de": "Guten Tag Maria Lopez,", "fr": "Bonjour Maria,",
                                                            "es": "Hola, Maria:"}[language])
    assert findings("referral", body, "Empfehlung", language)[rule] == "block"


@pytest.mark.parametrize("language, greeting, prose", [
    ("en", "Dear Maria,", "Thank you for the interview and for introducing me to Sam Ortiz at Contoso. I am very "
     "interested in the role, and I look forward to hearing about the next steps in the process."),
    ("de", "Guten Tag Maria Lopez,", "Vielen Dank für das Vorstellungsgespräch und die Vorstellung bei Sam Ortiz "
     "von Contoso. Ich freue mich darauf, von Ihnen zu hören, und interessiere mich sehr für die Stelle."),
    ("fr", "Bonjour Maria,", "Merci beaucoup pour cet entretien et pour la mise en relation avec Sam Ortiz chez "
     "Contoso. Le poste m'intéresse beaucoup et j'attends avec impatience la suite de votre part."),
    ("es", "Hola, Maria:", "Muchas gracias por la entrevista y por presentarme a Sam Ortiz de Contoso. El puesto me "
     "interesa mucho y espero con interés los próximos pasos del proceso de selección."),
])
def test_a_networking_note_that_reads_as_an_interview_thank_you_is_flagged(language, greeting, prose):
    body = BODY.format(prose=prose).replace("Dear Maria,", greeting)
    assert findings("networking", body, "Sam Ortiz at Contoso", language)["H2"] == "warn"
    assert "H2" not in findings("referral", body, "Sam Ortiz at Contoso", language)


def test_a_reference_note_thanks_for_speaking_for_the_user():
    prose = ("Thank you so much for taking the call from Initech last week about my work on the billing "
             "migration. It meant a great deal, and I will let you know how it turns out as soon as I hear.")
    assert findings("reference", BODY.format(prose=prose), "took the call from Initech")["H4"] == "warn"
    said = prose.replace("It meant", "Speaking on my behalf meant")
    assert "H4" not in findings("reference", BODY.format(prose=said), "took the call from Initech")


def test_a_note_that_names_no_help_is_blocked_and_a_subject_without_thanks_is_flagged():
    prose = ("Thank you so much for everything. It made a real difference to me, and I wanted you to know how much "
             "I appreciate it. Thank you again for your generosity and for your time and your kindness.")
    found = findings("other", BODY.format(prose=prose), "fixing my portfolio site", subject="Hello")
    assert found["H1"] == "block" and found["F6"] == "warn"


def test_composed_notes_of_every_kind_are_checked_by_the_help_rules_not_the_interviews():
    draft = compose_thanks("networking", MARIA, "introducing me to Sam Ortiz at Contoso", ME, "en")
    interview_facts = replace(facts("introducing me to Sam Ortiz at Contoso"), kind="job", company="Contoso",
                              role="Data Analyst")
    as_interview = {f.rule for f in check_note(NoteText(draft.to, "email", draft.subject, draft.body_text),
                                               interview_facts, ME, NOW)}
    assert {"P3", "P4"} <= as_interview  # an interview thank-you would need interest and next steps
    assert findings("networking", draft.body_text, "introducing me to Sam Ortiz at Contoso",
                    subject=draft.subject) == {}
