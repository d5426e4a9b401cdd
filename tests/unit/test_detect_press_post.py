"""A job interview at a paper, a broadcaster or a podcast is one, though the post or the employer holds a press word
("Podcast Producer", "Journalist vacancy", "KBS 기자 면접"); an interview the user gives the press stays none."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def _from(address: str, name: str, title: str, description: str = ""):
    """An invitation from ``name`` at ``address`` to the user."""
    sender = person(address, name)
    return event(title, description, organizer=sender, attendees=(sender,), minutes=45)


@pytest.mark.parametrize("title, address, name, description", [
    # a medium's word that qualifies the post ("Podcast Producer", "TV Presenter", compounded, joined by "de")
    ("Interview – Audio Podcast Producer position", "talent@brightwave.example", "Brightwave Talent", ""),
    ("Podcast Host – second round", "r.vale@harbourcast.example", "Rosa Vale (Harbourcast Audio)", ""),
    ("Interview – TV Presenter, Kanal Sieben Nachrichten", "j.kort@kanalsieben.example", "Jan Kort", ""),
    ("Interview – vacature podcastproducent", "hr@duinstudio.example", "Duinstudio HR", ""),
    ("Entrevista – puesto de productor de pódcast", "rrhh@ondasur.example", "Onda Sur RRHH", ""),
    # a trade beside job wording, a hiring stage, a hiring system or a job interview's own word
    ("Journalist vacancy – interview", "hr@valleygazette.example", "Valley Gazette HR", ""),
    ("Final interview – Foreign Correspondent", "desk@eastertribune.example", "Easter Tribune", ""),
    ("Video interview: Reporter (Metro desk)", "careers@bayherald.example", "Bay Herald Careers", ""),
    ("Gespräch – Journalist/in, Tagesblatt Nord", "hr@tagesblattnord.example", "Tagesblatt Nord HR",
     "Vielen Dank für Ihre Bewerbung."),
    ("Entretien – poste de journaliste, Radio Estuaire", "rh@radioestuaire.example", "RH Radio Estuaire", ""),
    ("Entrevista – vacante de periodista, Radio Levante", "rrhh@radiolevante.example", "RRHH Radio Levante", ""),
    ("Rozmowa kwalifikacyjna – dziennikarz, Radio Zatoka", "hr@radiozatoka.example", "Radio Zatoka HR", ""),
    ("Jobbintervju – journalist, Fjordavisa", "rekruttering@fjordavisa.example", "Fjordavisa", ""),
    ("Anställningsintervju – reporter, Radio Norrland", "hr@radionorrland.example", "Radio Norrland HR", ""),
    ("MBC 기자 면접", "recruit@mbc.example", "MBC 인사팀", ""),
    ("記者職 面接 / 新聞社", "saiyo@hokuriku-shimbun.example", "採用担当", ""),
    ("面接：ラジオ局 アナウンサー職", "saiyo@radiosetouchi.example", "採用担当", ""),
])
def test_a_job_interview_at_a_medium_is_one(title, address, name, description):
    found = detect(_from(address, name, title, description), [ME])
    assert found.interview and found.kind == "job"


@pytest.mark.parametrize("title, address, name, description", [
    ("Podcast interview about hiring trends", "p@peoplecast.example", "Pat Kim (People Cast)", ""),
    ("Phone interview with a reporter from The Coastal Chronicle", None, "", ""),
    ("Interview with podcast host Lee Moss", "lee@riverpod.example", "Lee Moss", ""),
    ("Work Matters podcast – recording (guest)", "nia@workmatters.example", "Nia Cole",
     "We talk about hiring in 2026: what recruiters look for."),
    ("Interview with journalist Ana Pike (Daily Tribune)", None, "", ""),
    ("Radio interview on energy prices", None, "", ""),
    ("Podcast recording – guest interview", None, "", ""),
])
def test_an_interview_the_user_gives_the_press_stays_none(title, address, name, description):
    if address is None:
        invitation = event(title, description, me_too=False)
    else:
        invitation = _from(address, name, title, description)
    assert not detect(invitation, [ME]).interview
