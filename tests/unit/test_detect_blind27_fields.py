"""Fields learnt after an independent labelled set (blind27) was scored: the name an invitation writes after "at"
beginning with the one word a domain spells, a domain written only in addresses and links, a recruiter's agency
named in the title's brackets, an acronym a line spells out in lower-case words, and the Slavic "with" before a
person's declined name."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_the_name_written_after_at_beats_the_one_word_a_domain_spells():
    system = person("solvik@myworkday.com", "Solvik Careers")
    partner = person("maya.lind@solvik.com.au", "Maya Lind")
    found = detect(event("Interview Invitation: Sales Lead - First interview",
                         "Thank you for applying for the Sales Lead position at Solvik Optics. We would like to invite "
                         "you to a first interview with Maya Lind.\n\nKind regards,\nSolvik Talent Acquisition",
                         organizer=system, attendees=(partner,)), [ME])
    assert found.interview and found.company == "Solvik Optics"


def test_a_group_company_of_a_country_after_at_is_named_as_the_group():
    system = person("solvik@myworkday.com", "Solvik Careers")
    partner = person("maya.lind@solvik.com", "Maya Lind")
    found = detect(event("Interview Invitation: Sales Lead - First interview",
                         "Thank you for applying for the Sales Lead position at Solvik Deutschland. We would like to "
                         "invite you to a first interview with Maya Lind.", organizer=system, attendees=(partner,)),
                   [ME])
    assert found.company == "Solvik"


def test_a_domain_written_only_in_addresses_and_links_names_no_company():
    office = person("careers@kfb-asia.org", "KFB Careers")
    found = detect(event("KFB – panel interview (Credit Analyst)",
                         "KESTREL FINANCE BANK\nDear Mr. Tan,\nYou are invited to a panel interview:\n"
                         "1. Ms. Lee Wen, Head of Credit – l.wen@kfb-asia.org\n"
                         "Join: https://kfb-asia.zoom.us/kfb-asia/j/8812\nThis mailbox is for scheduling only.",
                         organizer=office), [ME])
    assert found.interview and (found.company or "").lower() == "kestrel finance bank"


def test_an_agency_in_the_titles_brackets_is_the_agency_not_its_client():
    recruiter = person("priya@bluestonetalent.example", "Priya Raman")
    found = detect(event("Call: Priya (Bluestone Talent) – confidential role",
                         "Hi, I am retained by a large insurer (name withheld for now) for a Claims Manager. Could we "
                         "have a 30 minute screening call?\nPriya Raman\nSenior Consultant, Bluestone Talent Partners Ltd",
                         organizer=recruiter), [ME])
    assert found.interview and found.company == "Bluestone Talent Partners"


def test_an_acronym_a_line_spells_out_in_lower_case_words():
    office = person("personalas@mtc-centras.example", "MTC Personalo skyrius")
    found = detect(event("Interview with the selection committee (MTC)",
                         "Dear candidate,\nyou are invited to an interview for the post of Research Assistant.\n\n"
                         "Miškų tyrimų centras", organizer=office), [ME])
    assert found.interview and found.company == "Miškų tyrimų centras"


def test_a_declined_name_after_the_slavic_with_is_a_person():
    friend = person("tomasz.nowak@gmail.com", "Tomasz Nowak")
    found = detect(event("Rozmowa kwalifikacyjna z Tomkiem", organizer=friend, attendees=(friend,)), [ME])
    assert found.company is None


def test_a_croatian_post_follows_za_radno_mjesto_not_the_senders_title():
    sender = person("ivana.kos@jadranprojekt.example", "Ivana Kos")
    found = detect(event("Razgovor za posao – Jadran Projekt",
                         "Poštovana,\n\nzahvaljujemo na prijavi za radno mjesto Voditelj gradilišta (m/ž). Pozivamo "
                         "Vas na razgovor u našem uredu.\n\nLijep pozdrav,\nIvana Kos\ndirektorica",
                         organizer=sender, attendees=(sender,)), [ME])
    assert found.interview and found.role == "Voditelj gradilišta"


def _croatian_call(post: str):
    recruiter = person("maja.babic@kadrovi-plus.example", "Maja Babić")
    return detect(event("Razgovor – Maja (Kadrovi Plus)", f"Dobar dan, radi se o razgovoru za poziciju {post}. "
                        "Ime klijenta zasad ne mogu otkriti.\nMaja Babić", organizer=recruiter), [ME])


def test_the_slavic_for_after_the_title_starts_what_the_post_is_for():
    role = _croatian_call("Inženjer održavanja (maintenance) za veliku prehrambenu tvrtku iz Osijeka").role
    assert role.startswith("Inženjer održavanja") and "tvrtku" not in role


def test_the_slavic_for_right_after_the_titles_head_names_its_field():
    assert _croatian_call("Inženjer za kvalitetu").role == "Inženjer za kvalitetu"


def test_a_lithuanian_title_in_lower_case_after_its_label():
    office = person("personalas@ktc.example", "KTC Personalo skyrius")
    found = detect(event("Interview – Kauno technologijų centras",
                         "Dear candidate,\n\nPareigos: vyresnioji laborantė (Chemijos skyrius). We invite you to an "
                         "interview with the committee.", organizer=office), [ME])
    assert found.interview and found.role.startswith("vyresnioji laborantė")


def test_an_optional_attendee_copied_for_information_is_not_met():
    sender = person("ruth.gale@hollowayfoods.example", "Ruth Gale")
    manager = person("dev.rao@hollowayfoods.example", "Dev Rao")
    agent = person("greta@fieldstonerecruit.example", "Greta Holm", optional=True)
    found = detect(event("Holloway Foods – final interview", "Final interview with me and Dev Rao, then a site walk. "
                         "Greta copied for information.\nRuth", organizer=sender, attendees=(manager, agent)), [ME])
    assert {p.email for p in found.people} == {sender.email, manager.email}


def test_an_optional_attendee_who_only_meets_the_candidate_at_reception_is_not_met():
    system = person("no-reply@ashbyhq.com", "Tallow Studio")
    greeter = person("omar.nasser@tallow.example", "Omar Nasser", optional=True)
    ana = person("ana.ruiz@tallow.example", "Ana Ruiz")
    ben = person("ben.cole@tallow.example", "Ben Cole")
    found = detect(event("Tallow Studio – onsite interview", "Agenda\n09:00 Arrival (Omar will collect you from the "
                         "lobby)\n09:15 Portfolio review – Ana Ruiz, Ben Cole\n10:30 Q&A with the panel",
                         organizer=system, attendees=(ana, ben, greeter)), [ME])
    assert {p.email for p in found.people} == {ana.email, ben.email}
