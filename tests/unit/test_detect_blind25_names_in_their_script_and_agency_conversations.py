"""Company names learnt after an independent labelled set (blind25) was scored: a Greek name the invitation
writes in Greek letters beats the Latin guess its domain gives, a Polish "ł" is the "l" its domain writes, a
Finnish name keeps the word for the kind of firm written before it; and a conversation that continues a hiring
process is with the agency while its recruiter keeps the client back, with the client once an agency names it."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


@pytest.mark.parametrize("title, address, name", [
    ("Συνέντευξη – Άλφα Ενεργειακή | Ηλεκτρολόγος Μηχανικός", "n.petrou@alfa-energeiaki.gr", "Άλφα Ενεργειακή"),
    # "ευ" before a voiceless consonant is "ef"; "ου" is "ou"
    ("Συνέντευξη – Ευκλείδης Τοπογραφική", "s.vlachou@efkleidis-topografiki.gr", "Ευκλείδης Τοπογραφική"),
])
def test_a_greek_name_written_in_greek_letters_beats_its_domains_latin_letters(title, address, name):
    sender = person(address, "Νίκος Πέτρου")
    found = detect(event(title, "Σας προσκαλούμε σε συνέντευξη για τη θέση.", organizer=sender,
                         attendees=(sender,)), [ME])
    assert found.interview and found.company == name


def test_a_polish_name_with_l_stroke_is_the_name_its_domain_spells():
    sender = person("a.nowak@wislazurawie.pl", "Anna Nowak")
    found = detect(event("Rozmowa kwalifikacyjna – Operator suwnicy / Wisła Żurawie S.A.",
                         "Zapraszamy na rozmowę kwalifikacyjną na stanowisko Operator suwnicy.", organizer=sender,
                         attendees=(sender,)), [ME])
    assert found.company == "Wisła Żurawie"
