"""Every etiquette rule, in every language: a note that passes it and one that fails it.

The notes are written by hand (not composed), the way a user might edit them, so the checks are
seen to work on any text.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from notes.etiquette import check_note, check_notes
from notes.values import Candidate, InterviewFacts, NoteText
from providers.base import Person

LANGS = ("en", "de", "fr", "es")
END = datetime(2026, 3, 2, 15, 45, tzinfo=UTC)
NOW = END + timedelta(minutes=15)
PRIYA = Person("priya.natarajan@northwindtraders.com", "Priya Natarajan", "accepted")
LEO = Person("leo.martins@northwindtraders.com", "Leo Martins", "accepted")
ME = Candidate("Alex Rivera", "alex.rivera.jobs@gmail.com", phone="+1 206 555 0142")
FACTS = InterviewFacts(
    title="Interview with Northwind Traders", company="Northwind Traders", role="Data Analyst",
    stage="first round", kind="job", start=END - timedelta(minutes=45), end=END, people=(PRIYA, LEO),
    # what the user noted: the good notes below say nothing else (F7)
    details="Priya: the Churn-Dashboard her team rebuilt in Looker\n"
            "they will answer by Friday (Freitag, vendredi, viernes)",
)
SIGNATURE = "Alex Rivera\nalex.rivera.jobs@gmail.com\n+1 206 555 0142"

GOOD = {
    "en": (
        "Dear Priya,\n\n"
        "Thank you for taking the time to speak with me. I especially enjoyed our conversation about the "
        "churn dashboard your team rebuilt in Looker.\n\n"
        "Our conversation made me even more excited about the Data Analyst role at Northwind Traders. "
        "I look forward to hearing from you by Friday, as you mentioned.\n\n"
        "Best regards,\n" + SIGNATURE
    ),
    "de": (
        "Guten Tag Priya Natarajan,\n\n"
        "vielen Dank, dass Sie sich die Zeit für unser Gespräch genommen haben. Was mir besonders in "
        "Erinnerung bleibt: das Churn-Dashboard, das Ihr Team in Looker neu gebaut hat.\n\n"
        "Das Gespräch hat mein Interesse an der Stelle als Data Analyst bei Northwind Traders noch verstärkt. "
        "Ich freue mich darauf, bis Freitag von Ihnen zu hören.\n\n"
        "Viele Grüße\n" + SIGNATURE
    ),
    "fr": (
        "Bonjour Priya,\n\n"
        "Je vous remercie d'avoir pris le temps de vous entretenir avec moi. J'ai particulièrement apprécié "
        "notre échange sur le tableau de bord de churn que votre équipe a reconstruit dans Looker.\n\n"
        "Notre échange a renforcé mon intérêt pour le poste de Data Analyst chez Northwind Traders. "
        "Au plaisir d'avoir de vos nouvelles d'ici vendredi.\n\n"
        "Bien cordialement,\n" + SIGNATURE
    ),
    "es": (
        "Hola, Priya:\n\n"
        "Muchas gracias por dedicarme su tiempo y por la conversación. Disfruté especialmente de nuestra "
        "conversación sobre el panel de churn que su equipo reconstruyó en Looker.\n\n"
        "La conversación reforzó mi interés por el puesto de Data Analyst en Northwind Traders. "
        "Quedo a la espera de sus noticias antes del viernes.\n\n"
        "Un saludo cordial,\n" + SIGNATURE
    ),
}
SUBJECT = {
    "en": "Thank you — Data Analyst interview",
    "de": "Vielen Dank – Vorstellungsgespräch Data Analyst",
    "fr": "Merci — entretien pour le poste de Data Analyst",
    "es": "Gracias — entrevista para el puesto de Data Analyst",
}
# The sentence each content rule needs, per language: removing it must make that rule fire.
THANKS = {
    "en": "Thank you for taking the time to speak with me. ",
    "de": "vielen Dank, dass Sie sich die Zeit für unser Gespräch genommen haben. ",
    "fr": "Je vous remercie d'avoir pris le temps de vous entretenir avec moi. ",
    "es": "Muchas gracias por dedicarme su tiempo y por la conversación. ",
}
DETAIL = {
    "en": ("I especially enjoyed our conversation about the churn dashboard your team rebuilt in Looker.",
           "I enjoyed our conversation about the team."),
    "de": ("Was mir besonders in Erinnerung bleibt: das Churn-Dashboard, das Ihr Team in Looker neu gebaut hat.",
           "Ich habe gern mehr über das Team erfahren."),
    "fr": ("J'ai particulièrement apprécié notre échange sur le tableau de bord de churn que votre équipe a "
           "reconstruit dans Looker.", "J'ai apprécié notre échange sur l'équipe."),
    "es": ("Disfruté especialmente de nuestra conversación sobre el panel de churn que su equipo reconstruyó "
           "en Looker.", "Disfruté de nuestra conversación sobre el equipo."),
}
INTEREST = {
    "en": "Our conversation made me even more excited about the Data Analyst role at Northwind Traders. ",
    "de": "Das Gespräch hat mein Interesse an der Stelle als Data Analyst bei Northwind Traders noch verstärkt. ",
    "fr": "Notre échange a renforcé mon intérêt pour le poste de Data Analyst chez Northwind Traders. ",
    "es": "La conversación reforzó mi interés por el puesto de Data Analyst en Northwind Traders. ",
}
NEXT = {
    "en": "I look forward to hearing from you by Friday, as you mentioned.",
    "de": "Ich freue mich darauf, bis Freitag von Ihnen zu hören.",
    "fr": "Au plaisir d'avoir de vos nouvelles d'ici vendredi.",
    "es": "Quedo a la espera de sus noticias antes del viernes.",
}
CALL = {
    "en": "I'll give you a call on Monday to follow up.",
    "de": "Ich rufe Sie am Montag an, um nachzufragen.",
    "fr": "Je vous appellerai lundi pour faire le point.",
    "es": "Le llamaré el lunes para hacer seguimiento.",
}
GIFT = {
    "en": "I'm sending you a small gift card as a thank-you.",
    "de": "Ich schicke Ihnen einen kleinen Gutschein als Dankeschön.",
    "fr": "Je vous envoie un petit cadeau pour vous remercier.",
    "es": "Le enviaré un pequeño regalo como agradecimiento.",
}
GENERIC_GREETING = {
    "en": "To whom it may concern,", "de": "Sehr geehrte Damen und Herren,",
    "fr": "Madame, Monsieur,", "es": "A quien corresponda:",
}
EMPTY_GREETING = {"en": "Dear,", "de": "Guten Tag,", "fr": "Bonjour,", "es": "Hola:"}
TWO_PEOPLE = {"en": "Dear Priya and Leo,", "de": "Guten Tag Priya und Leo,", "fr": "Bonjour Priya et Leo,",
              "es": "Hola, Priya y Leo:"}
GROUP = {"en": "Hi all,", "de": "Hallo zusammen,", "fr": "Bonjour à tous,", "es": "Hola a todos:"}
MISSPELLED_GREETING = {"en": "Dear Pria,", "de": "Guten Tag Pria Natarajan,", "fr": "Bonjour Pria,",
                       "es": "Hola, Pria:"}
OTHER_PERSON = {"en": "Dear Leo,", "de": "Guten Tag Leo Martins,", "fr": "Bonjour Leo,", "es": "Hola, Leo:"}
TONE = {
    "en": "That was SO exciting!! 😀", "de": "Das war echt krass!! 😀",
    "fr": "C'était trop cool mdr!!", "es": "Fue genial jaja!!",
}
BARE_SUBJECT = {"en": "Thank you", "de": "Vielen Dank", "fr": "Merci", "es": "Gracias"}


def note(lang: str, body: str | None = None, **changes) -> NoteText:
    base = NoteText(PRIYA, "email", SUBJECT[lang], GOOD[lang] if body is None else body, lang)
    return replace(base, **changes)


def greeting_swapped(lang: str, greeting: str) -> str:
    return greeting + GOOD[lang][GOOD[lang].index("\n"):]


def before_closing(lang: str, sentence: str) -> str:
    return GOOD[lang].replace(NEXT[lang], NEXT[lang] + " " + sentence)


def rules(findings) -> dict[str, str]:
    return {f.rule: f.severity for f in findings}


@pytest.mark.parametrize("lang", LANGS)
def test_a_good_note_has_no_finding(lang):
    assert check_note(note(lang), FACTS, ME, NOW) == []


FAILING = {
    "P1 thanks": ("P1", "warn", lambda lang: note(lang, GOOD[lang].replace(THANKS[lang], ""))),
    "P2 detail": ("P2", "block", lambda lang: note(lang, GOOD[lang].replace(*DETAIL[lang]))),
    "P3 interest": ("P3", "warn", lambda lang: note(lang, GOOD[lang].replace(INTEREST[lang], ""))),
    "P4 next steps": ("P4", "warn", lambda lang: note(lang, GOOD[lang].replace(NEXT[lang], ""))),
    "P5 contact": ("P5", "warn", lambda lang: note(lang, GOOD[lang].replace(
        "\nalex.rivera.jobs@gmail.com\n+1 206 555 0142", ""))),
    "C3 call": ("C3", "block", lambda lang: note(lang, before_closing(lang, CALL[lang]))),
    "C4 gift": ("C4", "block", lambda lang: note(lang, before_closing(lang, GIFT[lang]))),
    "F1 two people": ("F1", "warn", lambda lang: note(lang, greeting_swapped(lang, TWO_PEOPLE[lang]))),
    "F1 group": ("F1", "warn", lambda lang: note(lang, greeting_swapped(lang, GROUP[lang]))),
    "F2 generic greeting": ("F2", "block", lambda lang: note(lang, greeting_swapped(lang, GENERIC_GREETING[lang]))),
    "F2 empty greeting": ("F2", "block", lambda lang: note(lang, greeting_swapped(lang, EMPTY_GREETING[lang]))),
    "F2 placeholder": ("F2", "block", lambda lang: note(lang, GOOD[lang].replace("Looker", "[tool name]"))),
    "F3 person": ("F3", "block", lambda lang: note(lang, greeting_swapped(lang, MISSPELLED_GREETING[lang]))),
    "F3 other person": ("F3", "block", lambda lang: note(lang, greeting_swapped(lang, OTHER_PERSON[lang]))),
    "F3 company": ("F3", "block", lambda lang: note(lang, GOOD[lang].replace("Northwind Traders", "Northwind Trader"))),
    "F3 role": ("F3", "block", lambda lang: note(lang, GOOD[lang].replace("Data Analyst", "Data Analist"))),
    "F4 short": ("F4", "warn", lambda lang: note(lang, greeting_swapped(lang, EMPTY_GREETING[lang])[:60])),
    "F4 long": ("F4", "warn", lambda lang: note(lang, before_closing(lang, "Looker " * 200))),
    "F5 tone": ("F5", "warn", lambda lang: note(lang, before_closing(lang, TONE[lang]))),
    "F6 subject": ("F6", "warn", lambda lang: note(lang, subject=BARE_SUBJECT[lang])),
    "F6 no subject": ("F6", "warn", lambda lang: note(lang, subject="")),
    "C1 channel": ("C1", "warn", lambda lang: note(lang, channel="sms")),
    "W1 to the user": ("W1", "warn", lambda lang: note(lang, to=Person(ME.email, ME.name))),
    "W1 no-reply": ("W1", "warn", lambda lang: note(lang, to=Person("no-reply@greenhouse.io", "Greenhouse"))),
    "W1 organizer": ("W1", "warn", lambda lang: note(lang, flags=("needs-address",))),
}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("case", sorted(FAILING))
def test_a_note_breaking_a_rule_gets_its_finding(case, lang):
    rule, severity, make = FAILING[case]
    found = rules(check_note(make(lang), FACTS, ME, NOW))
    assert found.get(rule) == severity, found


@pytest.mark.parametrize("lang", LANGS)
def test_t1_before_the_end_blocks(lang):
    assert rules(check_note(note(lang), FACTS, ME, END - timedelta(minutes=1))) == {"T1": "block"}
    assert "T1" not in rules(check_note(note(lang), FACTS, ME, END))


@pytest.mark.parametrize("lang", LANGS)
def test_t2_a_day_after_the_end_is_late_but_not_blocking(lang):
    assert "T2" not in rules(check_note(note(lang), FACTS, ME, END + timedelta(hours=23)))
    assert rules(check_note(note(lang), FACTS, ME, END + timedelta(hours=30))) == {"T2": "warn"}


@pytest.mark.parametrize("lang", LANGS)
def test_t3_a_card_not_mailed_the_same_day(lang):
    card = note(lang, channel="handwritten")
    assert "T3" not in rules(check_note(card, FACTS, ME, NOW))
    assert rules(check_note(card, FACTS, ME, END + timedelta(hours=12))).get("T3") == "warn"
    assert "T3" not in rules(check_note(note(lang), FACTS, ME, END + timedelta(hours=12)))


@pytest.mark.parametrize("lang", LANGS)
def test_f4_length_depends_on_the_channel(lang):
    long_card = note(lang, before_closing(lang, "Looker " * 70), channel="handwritten")
    assert rules(check_note(long_card, FACTS, ME, NOW)).get("F4") == "warn"
    assert "F4" not in rules(check_note(replace(long_card, channel="email"), FACTS, ME, NOW))


@pytest.mark.parametrize("lang", LANGS)
def test_c3_a_phone_number_in_the_signature_is_contact_not_a_call(lang):
    body = GOOD[lang].replace("+1 206 555 0142", "Phone: +1 206 555 0142\nMobile / WhatsApp-free: 0151 2345678")
    assert "C3" not in rules(check_note(note(lang, body), FACTS, ME, NOW))


@pytest.mark.parametrize("lang", LANGS)
def test_f1_two_notes_alike_but_for_the_name(lang):
    to_leo = note(lang, GOOD[lang].replace("Priya Natarajan", "Leo Martins").replace("Priya", "Leo"), to=LEO)
    results = check_notes([note(lang), to_leo], FACTS, ME, NOW)
    assert all(rules(r).get("F1") == "warn" for r in results)


@pytest.mark.parametrize("lang", LANGS)
def test_c1_a_card_goes_with_an_email(lang):
    card = note(lang, channel="handwritten")
    alone = check_notes([card], FACTS, ME, NOW)
    together = check_notes([note(lang), card], FACTS, ME, NOW)
    assert rules(alone[0]).get("C1") == "warn"
    assert all("C1" not in rules(r) for r in together)


@pytest.mark.parametrize("lang", LANGS)
def test_c2_traditional_employer_without_a_card(lang):
    bank = replace(FACTS, company="Northwind Bank")
    body = GOOD[lang].replace("Northwind Traders", "Northwind Bank")
    email_only = check_notes([note(lang, body)], bank, ME, NOW)
    with_card = check_notes([note(lang, body), note(lang, body, channel="handwritten")], bank, ME, NOW)
    assert rules(email_only[0]).get("C2") == "warn"
    assert all("C2" not in rules(r) for r in with_card)
    assert "C2" not in rules(check_notes([note(lang, body)], bank, replace(ME, channel="email"), NOW)[0])


@pytest.mark.parametrize("lang", LANGS)
def test_every_finding_has_a_hint_and_a_known_severity(lang):
    for rule, _severity, make in FAILING.values():
        findings = check_note(make(lang), FACTS, ME, NOW)
        assert rule in rules(findings), (rule, lang)  # each case is checked on its own finding at least
        for finding in findings:
            assert finding.severity in ("block", "warn")
            assert len(finding.message) > 15
