"""The role as a thank-you note copies it ("I am excited about the <role> role"): no words that frame it before
("Stelle ...", "vaga de ...", "your application as ..."), no phrase about the employer, weekday or meeting word
after it, no brackets left empty and no legal form left alone once the company's name is taken out."""
from __future__ import annotations

from providers.detect import _VOCABULARY, detect
from providers.detection.facts import EventFacts
from providers.detection.role_names import tidied
from tests.unit.test_detect import ME, event, person


def _role(title: str, description: str, sender: tuple[str, str] = ("j.marsh@brightfield.example", "Jonah Marsh"),
          location: str = "") -> str | None:
    who = person(*sender)
    found = detect(event(title, description, organizer=who, attendees=(who,), minutes=45, location=location), [ME])
    assert found.interview
    return found.role


def test_an_application_as_the_role_is_no_part_of_it():
    assert _role("Brightfield Optics – video interview", "Dear Sam,\nthank you for your application as Process "
                 "Engineer (Leeds, hybrid). I would like to invite you to a first interview via Teams.\nKind regards"
                 ) == "Process Engineer"


def test_the_word_for_the_post_before_a_german_role_is_no_part_of_it():
    role = _role("Telefonat Frau Brandt – Hafenlogistik", "Frau Brandt (Personal) möchte mit mir über die Stelle "
                 "Leiterin Disposition sprechen – Zeugnisse bereitlegen.",
                 sender=("k.brandt@hafenlogistik.example", "Karin Brandt"))
    assert role == "Leiterin Disposition"


def test_a_vacancy_word_inside_a_sentence_before_the_role_is_no_part_of_it():
    role = _role("Llamada con Marta", "Hola Pablo, te llamo para comentar la vacante de Data Quality Analyst "
                 "para nuestro cliente (Sevilla, híbrido).\nMarta Gil\nConsultora | Talento Sur",
                 sender=("marta.gil@talentosur.example", "Marta Gil"))
    assert role == "Data Quality Analyst"


def test_an_article_before_a_german_role_after_for_is_no_part_of_it():
    role = _role("Vorstellungsgespräch Realschule Am Park", "Herr Wendt und Frau Ilgner möchten Sie zum "
                 "Vorstellungsgespräch für die Fachleiterin Mathematik einladen. Bitte bringen Sie Ihre Zeugnisse mit.",
                 sender=("o.wendt@realschule-park.example", "Ole Wendt"))
    assert role == "Fachleiterin Mathematik"


def test_their_before_the_role_is_no_part_of_it():
    role = _role("Intro call – Northgate Freight", "Priya from Northgate Freight messaged after seeing my CV - a "
                 "first chat about their Depot Supervisor opening. She will ring my mobile.",
                 sender=("priya@northgatefreight.example", "Priya Shah"))
    assert role == "Depot Supervisor"


def test_the_article_led_phrase_about_the_employer_after_a_mandate_is_no_part_of_the_role():
    role = _role("Telefonat Hr. Kranz – Kranz Personalberatung (vertraulicher Kunde)", "Jens Kranz, Partner bei "
                 "Kranz Personalberatung (j.kranz@kranz-consulting.example, 0351 555 0199).\nMandat: Projektleiter "
                 "Netzausbau bei einem Stadtwerk in Sachsen - Kunde noch vertraulich. Er ruft aufs Handy an.\n"
                 "Fragen: Gehaltsband, Remote-Anteil.", sender=("j.kranz@kranz-consulting.example", "Jens Kranz"))
    assert role == "Projektleiter Netzausbau"


def test_a_spanish_phrase_about_the_employer_after_a_labelled_role_is_no_part_of_it():
    role = _role("Llamada Tomás – Selecta", "Tomás Ruiz, headhunter. tomas.ruiz@selecta.example\n"
                 "Puesto: Jefa de Enfermería para una clínica privada de Málaga que aún no puede nombrar. Me llama él.",
                 sender=("tomas.ruiz@selecta.example", "Tomás Ruiz"))
    assert role == "Jefa de Enfermería"


def test_a_weekday_after_the_role_is_no_part_of_it():
    role = _role("Stadtwerke Nord – Erstgespräch", "Guten Tag Frau Keller\n\nGerne bestätigen wir Ihnen das "
                 "Erstgespräch für die Stelle als Pressesprecherin (60%) am Donnerstag, 3. Juni, 10 Uhr.\n\n"
                 "Freundliche Grüsse\nLena Vogt", sender=("l.vogt@stadtwerke-nord.example", "Lena Vogt"))
    assert role == "Pressesprecherin (60%)"


def test_who_the_talk_is_with_after_the_role_is_no_part_of_it():
    role = _role("Stadtwerke Nord – Zweitgespräch", "Guten Tag Frau Keller\n\nWie besprochen: Zweitgespräch für "
                 "die Stelle als Pressesprecherin mit Dr. Jana Ott (CEO) und mir.\n\nFreundliche Grüsse\nLena Vogt",
                 sender=("l.vogt@stadtwerke-nord.example", "Lena Vogt"))
    assert role == "Pressesprecherin"


def test_a_meeting_word_after_the_role_in_a_forwarded_subject_is_no_part_of_it():
    role = _role("Hafenbank – Gespräch (via Kern)", "Von: Ute Kern <ute.kern@kern-search.example>\n"
                 "Betreff: Leiterin Treasury – Gesprächstermin\n\nLiebe Frau Albrecht\n\nmeine Mandantin möchte Sie "
                 "gerne kennenlernen. Ich selbst bin beim Gespräch nicht dabei.",
                 sender=("ute.kern@kern-search.example", "Ute Kern"))
    assert role == "Leiterin Treasury"


def _facts() -> EventFacts:
    return EventFacts(event("Interview", "", minutes=45), [ME], _VOCABULARY)


def test_brackets_left_empty_and_a_legal_form_left_alone_are_no_part_of_the_role():
    assert tidied(_facts(), "Procurement Analyst ( ), AB") == "Procurement Analyst"
    assert tidied(_facts(), "Finans Müdürü – A.Ş. (Gebze)") == "Finans Müdürü (Gebze)"


def test_the_word_for_the_post_after_the_role_is_no_part_of_it():
    assert tidied(_facts(), "Head of Design roll") == "Head of Design"


def test_a_word_for_the_post_that_starts_titles_too_frames_the_role_in_lower_case_after_other_words():
    assert tidied(_facts(), "Proveer el cargo de Kinesiólogo Unidad Crítica") == "Kinesiólogo Unidad Crítica"
    assert tidied(_facts(), "Cargo Agent") == "Cargo Agent"


def test_a_qualifier_of_the_post_stays():
    assert tidied(_facts(), "Staff Nurse (Band 6), Cardiology") == "Staff Nurse (Band 6), Cardiology"
    assert tidied(_facts(), "Post Office Counter Clerk") == "Post Office Counter Clerk"
    assert tidied(_facts(), "Mitarbeiter im Kundenservice") == "Mitarbeiter im Kundenservice"
