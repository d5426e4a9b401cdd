"""More words of events where the user is not the candidate: a journalist's short note that the interview is for an
article or a live link-up, the user's interview of someone for their own thesis, and a reminder written with the
verb "to prepare" ("vorbereiten", "preparar", "voorbereiden")."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


@pytest.mark.parametrize("address, name, title, description", [
    ("l.morvan@letelegramme.fr", "Loïc Morvan", "Interview – Le Télégramme", "Pour un article sur les marées. 20 min."),
    ("redaktion@sydsvenskan.se", "Maja Holm", "Intervju – Sydsvenskan",
     "Jag skriver en artikel om cykelbanorna i Malmö."),
    ("redakciya@vedomosti.ru", "Павел Гришин", "Интервью – Ведомости", "Для статьи о складской логистике. 20 минут."),
    ("planung@wdr.de", "Tim Rausch", "Interview mit dem WDR", "Live-Schalte um 17:35, etwa vier Minuten."),
    ("bookings@itv.com", "Ruth Allen", "Interview – ITV Tonight", "Studio 2. Please arrive 40 minutes early for make-up."),
])
def test_a_journalists_short_note_of_an_article_or_a_live_link_up_is_no_interview(address, name, title, description):
    sender = person(address, name)
    assert not detect(event(title, description, organizer=sender, attendees=(sender,), minutes=20), [ME]).interview


@pytest.mark.parametrize("title, description", [
    ("Entrevista – bodega cooperativa", "Trabajo de campo para mi tesis."),
    ("Interview – meneer Bos", "Voor mijn afstudeeronderzoek over zorgroosters."),
    ("Interview – Herr Aydin", "Für meine Masterarbeit über Pflegeschichten."),
    ("Interview – Ms Achebe", "For my dissertation on market traders."),
])
def test_an_interview_for_the_users_own_thesis_is_no_interview(title, description):
    guest = person("guest.one@gmail.com", "Guest One")
    me = person(ME, "Casey Nguyen")
    assert not detect(event(title, description, organizer=me, attendees=(guest,), minutes=60), [ME]).interview


@pytest.mark.parametrize("title", [
    "Interview vorbereiten – Hengstler Antriebe",
    "Preparar la entrevista de Calzados Orive",
    "Sollicitatiegesprek voorbereiden – Zuidwest Energie",
])
def test_a_reminder_to_prepare_written_with_the_verb_is_no_interview(title):
    assert not detect(event(title, minutes=60), [ME]).interview
