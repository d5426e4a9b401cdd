"""The people met: a sender who writes that they take part is met; an assessment day's team mailbox is not; the
people a pasted or forwarded message copies and names are met; the user's own other address is not."""
from __future__ import annotations

import pytest

from providers.detect import detect
from providers.detection.systems import address_kind
from tests.unit.test_detect import ME, event, person


@pytest.mark.parametrize("sentence", [
    "Next you will talk with Bram Visser (Head of Planning) and me about the role.",
    "Je spreekt met Bram Visser (hoofd planning) en mij over de functie.",
    "Le comité : Bram Visser (directeur) et moi-même.",
])
def test_a_sender_who_writes_they_take_part_is_met(sentence):
    sender = person("ilse.jong@dijkstrafoods.example", "Ilse de Jong")
    head = person("bram.visser@dijkstrafoods.example", "Bram Visser")
    found = detect(event("Final interview – Dijkstra Foods", f"Dear Casey,\n\n{sentence}\n\nIlse",
                         organizer=sender, attendees=(head,)), [ME])
    assert found.interview
    assert sorted(p.email for p in found.people) == ["bram.visser@dijkstrafoods.example",
                                                     "ilse.jong@dijkstrafoods.example"]


def test_an_assessment_days_team_mailbox_is_not_someone_met_but_a_recruiters_is():
    team = person("grad.campus@lindqvistgroup.example", "Lindqvist Graduate Campus Team")
    day = detect(event("Assessment centre – Lindqvist Graduate Programme", "Assessors will be confirmed on the day.",
                       organizer=team, minutes=420), [ME])
    assert day.interview and day.people == ()
    talent = person("talent@lindqvistgroup.example", "Lindqvist Talent")
    screen = detect(event("Phone screen – Lindqvist", "A first call about the Analyst position.", organizer=talent,
                          minutes=30), [ME])
    assert [p.email for p in screen.people] == ["talent@lindqvistgroup.example"]


@pytest.mark.parametrize("tagged", ["casey.nguyen+jobs@proton.me", "Casey.Nguyen+applications@proton.me"])
def test_the_users_own_tagged_address_is_the_user_not_someone_met(tagged):
    """The user sets up a coffee from the tagged address they keep for job mail."""
    me = person(tagged.lower(), "Casey")
    contact = person("paula.weiss@kiezbank.example", "Paula Weiss")
    found = detect(event("Coffee with Paula (Kiezbank)", "Informational chat: I asked Paula for advice on moving "
                         "into data engineering at Kiezbank.", organizer=me, attendees=(contact, me),
                         me_too=False), [ME])
    assert found.interview and found.kind == "informational"
    assert [p.email for p in found.people] == ["paula.weiss@kiezbank.example"]


def test_someone_elses_tagged_address_at_the_users_mail_host_is_still_someone_met():
    lead = person("mina.arslan+hiring@proton.me", "Mina Arslan")
    found = detect(event("Interview – Orbit Freight", "A 45-minute talk about the Data Engineer role.",
                         organizer=lead), [ME])
    assert found.interview
    assert [p.email for p in found.people] == ["mina.arslan+hiring@proton.me"]


_FORWARDED = ("---------- Forwarded message ----------\nFrom: Petra Lang <petra@weingut-lang.example>\n"
              "To: Casey Nguyen <casey.nguyen@proton.me>\nCc: Jonas Lang <jonas@weingut-lang.example>\n"
              "Subject: Re: Application\n\nDear Casey,\n\nI would be glad to see you for a second interview at the "
              "winery on Tuesday. {said}\n\nBest,\nPetra")


@pytest.mark.parametrize("said", ["My husband Jonas (our cellar master) will also join.",
                                  "Mon mari Jonas (maître de chai) sera aussi présent.",
                                  "Jonas (our cellar master) and I look forward to seeing you there."])
def test_someone_copied_on_a_forwarded_invitation_whom_it_says_will_be_there_is_met(said):
    found = detect(event("Petra Lang", _FORWARDED.format(said=said), organizer=None, attendees=(), me_too=False),
                   [ME])
    assert found.interview
    assert [p.email for p in found.people] == ["petra@weingut-lang.example", "jonas@weingut-lang.example"]


def test_someone_only_copied_on_a_forwarded_invitation_is_not_met():
    found = detect(event("Petra Lang", _FORWARDED.format(said="Please bring your CV."), organizer=None,
                         attendees=(), me_too=False), [ME])
    assert found.interview
    assert [p.email for p in found.people] == ["petra@weingut-lang.example"]


def test_someone_both_on_the_invitation_and_listed_by_address_keeps_their_name():
    petros = person("p.halkias@kyma-shipping.example", "Petros Halkias")
    rigas = person("d.rigas@kyma-shipping.example", "Dimitris Rigas")
    found = detect(event("Interview – Kyma Shipping", "Interview schedule:\n10:00 CEO (d.rigas@kyma-shipping.example) "
                         "with Petros (p.halkias@kyma-shipping.example)\n10:45 Q&A", organizer=petros,
                         attendees=(rigas,)), [ME])
    assert found.interview
    assert {p.email: p.name for p in found.people} == {rigas.email: "Dimitris Rigas", petros.email: "Petros Halkias"}


def test_someone_copied_whom_a_korean_sender_interviews_with_is_met():
    forwarded = ("---------- Forwarded message ---------\n보낸사람: 한미경 <mkhan@sebom-hospital.example>\n"
                 "참조: 윤하늘 <haneul.yoon@sebom-hospital.example>\n제목: 약사 면접 일정 안내\n\n박지우 선생님 안녕하세요.\n"
                 "면접은 본관 3층에서 진행되며 약제부장인 제가 윤하늘 선생님과 함께 면접을 보게 됩니다.\n\n한미경 드림")
    found = detect(event("세봄병원 약제부 면접", forwarded, organizer=None, attendees=(), me_too=False), [ME])
    assert found.interview
    assert [p.email for p in found.people] == ["mkhan@sebom-hospital.example", "haneul.yoon@sebom-hospital.example"]


def test_the_sender_interviewing_with_a_colleague_on_the_invitation_is_met():
    faisal = person("faisal@aerolink.example", "Faisal Al Ketbi")
    sunil = person("sunil@aerolink.example", "Sunil Varghese")
    found = detect(event("Aerolink – 2nd interview", "Second interview: hangar walk-around, then interview with me and "
                         "Eng. Sunil Varghese (Quality Manager).\n\nFaisal Al Ketbi\nBase Maintenance Manager",
                         organizer=faisal, attendees=(sunil,)), [ME])
    assert {p.email for p in found.people} == {faisal.email, sunil.email}


@pytest.mark.parametrize("sentence", [
    "Second round: a demo of your portfolio, then you'll meet Sanni, Mikko and our CTO Elina Koski.",
    "Toinen kierros: portfolion esittely ja keskustelu. Mukana Sanni, Mikko ja teknologiajohtaja Elina Koski.",
])
def test_a_sender_who_names_themselves_in_an_inline_list_of_the_people_met_is_met(sentence):
    sanni = person("sanni@revontuli-games.example", "Sanni Virtanen")
    mikko = person("mikko.laine@revontuli-games.example", "Mikko Laine")
    elina = person("elina.koski@revontuli-games.example", "Elina Koski")
    found = detect(event("Revontuli 2", sentence, organizer=sanni, attendees=(mikko, elina)), [ME])
    assert found.interview
    assert sorted(p.email for p in found.people) == [elina.email, mikko.email, sanni.email]


def test_a_sender_left_out_of_an_inline_list_of_the_people_met_is_not_met():
    sanni = person("sanni@revontuli-games.example", "Sanni Virtanen")
    mikko = person("mikko.laine@revontuli-games.example", "Mikko Laine")
    elina = person("elina.koski@revontuli-games.example", "Elina Koski")
    found = detect(event("Revontuli 2", "Second round: you'll meet Mikko and our CTO Elina Koski.\n\nSanni",
                         organizer=sanni, attendees=(mikko, elina)), [ME])
    assert found.interview
    assert sorted(p.email for p in found.people) == [elina.email, mikko.email]


def test_a_greek_sender_who_writes_that_a_colleague_will_be_with_us_is_met():
    hr = person("e.pappa@aegeanfreight.example", "Ελένη Παππά")
    cfo = person("n.dimitriou@aegeanfreight.example", "Νίκος Δημητρίου")
    found = detect(event("Συνέντευξη – Aegean Freight", "Αγαπητέ κύριε,\n\nσας περιμένουμε στο γραφείο μας για τη θέση "
                         "Credit Analyst. Μαζί μας θα είναι και ο Οικονομικός Διευθυντής κ. Νίκος Δημητρίου.\n\n"
                         "Ελένη Παππά\nHR Manager", organizer=hr, attendees=(cfo,)), [ME])
    assert found.interview
    assert sorted(p.email for p in found.people) == [hr.email, cfo.email]


def test_someone_at_a_firms_own_vc_domain_is_a_person_but_a_conferencing_device_is_not():
    partner = person("joana@lumenfund.vc", "Joana Reis")
    found = detect(event("Interview – Platform Lead (Lumen Fund)", "Looking forward to our conversation. Joana",
                         organizer=partner), [ME])
    assert found.interview and [p.email for p in found.people] == ["joana@lumenfund.vc"]
    assert address_kind("7731@t.plcm.vc") == "thing" and address_kind("room@vc.lumenfund.example") == "thing"


_PASTED = ("From: Petra Lang <petra@weingut-lang.example>\nCc: Jonas Lang <jonas@weingut-lang.example>\n"
           "Subject: Interview\n\nDear Casey,\n\n{said}\n\nPetra")


@pytest.mark.parametrize("said", ["On Tuesday it will be myself (Head of Wine) and Jonas, our cellar master.",
                                  "A conversa será comigo e com o Jonas, o nosso enólogo."])
def test_the_sender_and_whom_their_pasted_message_copies_and_names_are_met(said):
    petra = person("petra@weingut-lang.example", "Petra Lang")
    found = detect(event("Interview – Weingut Lang", _PASTED.format(said=said), organizer=petra), [ME])
    assert found.interview
    assert [p.email for p in found.people] == ["petra@weingut-lang.example", "jonas@weingut-lang.example"]


@pytest.mark.parametrize("said", ["Your interview is with Jonas Lang, our cellar master. I won't be joining.",
                                  "La entrevista será con Jonas Lang, nuestro enólogo. Yo no estaré presente."])
def test_a_sender_who_stays_away_is_not_met_but_whom_their_message_copies_and_names_is(said):
    petra = person("petra@weingut-lang.example", "Petra Lang")
    found = detect(event("Interview – Weingut Lang", _PASTED.format(said=said), organizer=petra), [ME])
    assert found.interview and [p.email for p in found.people] == ["jonas@weingut-lang.example"]


def test_the_user_forwarding_an_invitation_from_another_address_is_not_someone_met():
    forwarded = ("From: Casey Nguyen <casey.nguyen.home@gmail.com>\nTo: casey.nguyen@proton.me\n"
                 "Subject: Fwd: Interview\n-----\nFrom: Petra Lang <petra@weingut-lang.example>\n\nDear Casey,\n\n"
                 "I would be glad to see you for a second interview at the winery on Tuesday.\n\nPetra")
    found = detect(event("Fwd: Interview – Weingut Lang", forwarded, organizer=None), [ME])
    assert found.interview and [p.email for p in found.people] == ["petra@weingut-lang.example"]


_FORWARDED_AWAY = ("---------- Forwarded message ----------\n{sender}: Hana Novak <hana.novak@vltava-logistika.example>\n"
                   "To: Casey Nguyen <casey.nguyen@proton.me>\nCc: Petr Dvorak <petr.dvorak@vltava-logistika.example>; "
                   "Eva Svoboda <eva.svoboda@vltava-logistika.example>\nSubject: {subject}\n\nDear Casey,\n\n"
                   "{said}\n\nHana\nRecruitment")


@pytest.mark.parametrize("sender, subject, said", [
    ("From", "Second round", "Petr (Head of Operations) and Eva (CFO) would like to meet you on Thursday. "
                             "I've booked the room and won't be joining."),
    ("From", "Interview schedule – Operations Analyst", "You will be interviewed by Petr Dvorak and Eva Svoboda on "
                                                       "Thursday at 2pm. I will not be attending."),
    ("Von", "Terminplan Vorstellungsgespräch", "Sie sprechen am Donnerstag mit Petr Dvorak und Eva Svoboda. "
                                              "Ich habe den Raum gebucht; ich selbst bin nicht dabei."),
])
def test_the_sender_of_a_forwarded_message_in_the_users_own_entry_who_stays_away_is_not_met(sender, subject, said):
    """The user's own entry (no organizer) holds a forwarded message whose sender writes they won't be there."""
    text = _FORWARDED_AWAY.format(sender=sender, subject=subject, said=said)
    found = detect(event("Interview – Vltava Logistika", text, organizer=None, attendees=(), me_too=False), [ME])
    assert found.interview
    assert sorted(p.email for p in found.people) == ["eva.svoboda@vltava-logistika.example",
                                                     "petr.dvorak@vltava-logistika.example"]


def test_someone_else_who_wont_join_does_not_make_the_sender_stay_away():
    text = _FORWARDED_AWAY.format(sender="From", subject="Second round", said=(
        "Petr would like to meet you on Thursday. Eva is travelling and won't join, so I will sit in myself."))
    found = detect(event("Interview – Vltava Logistika", text, organizer=None, attendees=(), me_too=False), [ME])
    assert found.interview
    assert "hana.novak@vltava-logistika.example" in [p.email for p in found.people]
