"""Company names learnt after an independent labelled set (blind25) was scored: a Greek name the invitation
writes in Greek letters beats the Latin guess its domain gives, a Polish "ł" is the "l" its domain writes, a
Finnish name keeps the word for the kind of firm written before it; and a conversation that continues a hiring
process is with the agency while its recruiter keeps the client back, with the client once an agency names it."""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from providers.detect import detect, detect_calendar
from tests.unit.test_detect import ME, START, event, person


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


AGENT = person("tomas.reyes@northbeam.example", "Tomas Reyes")
LEAD = person("ines.marr@coldwater-foods.example", "Ines Marr")


def _agency_interview():
    return event("Interview – Coldwater Foods", "Good news: the client is Coldwater Foods. Ines Marr (Plant Lead) will "
                 "interview you for the Production Planner role. I will not join.", organizer=AGENT,
                 attendees=(AGENT, LEAD))


def _before(title: str, description: str, organizer, attendees, days: float = 10):
    start = START - timedelta(days=days)
    return replace(event(title, description, organizer=organizer, attendees=attendees), event_id=f"evt-{title}",
                   start=start, end=start + timedelta(minutes=30))


def test_a_recruiters_call_that_keeps_the_client_back_is_with_the_agency_though_a_later_interview_names_it():
    call = _before("Tomas / Northbeam", "Tomas Reyes, Northbeam. Client: a food manufacturer in the north, client "
                   "name only after this call.", person(ME, "Casey Nguyen"), (AGENT,))
    alone = detect(call, [ME])
    verdicts = detect_calendar([call, _agency_interview()], [ME])
    assert verdicts[1].company == "Coldwater Foods"
    assert not alone.interview and verdicts[0].interview and verdicts[0].company == "Northbeam"


def test_a_conversation_an_agency_sends_that_names_its_client_is_with_the_client():
    first = _agency_interview()
    visit = _before("Plant tour – Coldwater Foods (via Northbeam)", "As agreed, the client is Coldwater Foods. Ines "
                    "shows you the line; I won't be there.", AGENT, (AGENT, LEAD), days=-5)
    verdicts = detect_calendar([replace(first, attendees=(AGENT,), title="Interview – Northbeam", description=
                                        "Your interview with Northbeam for a Production Planner role.")
                                , visit], [ME])
    assert verdicts[0].interview
    assert verdicts[1].interview and verdicts[1].company == "Coldwater Foods"


def test_a_finnish_name_keeps_the_word_for_the_kind_of_firm_written_before_it():
    agent = person("liisa.lehto@kallioeng.example", "Liisa Lehto")
    found = detect(event("Haastattelu – Kallio", "Liisa Lehto, Insinööritoimisto Kallio Oy. Kutsumme sinut "
                         "haastatteluun suunnittelijan tehtävään.", organizer=agent, attendees=(agent,)), [ME])
    assert found.company == "Insinööritoimisto Kallio"
