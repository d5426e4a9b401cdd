"""Javanese (``jv.toml``): an invitation to a "wawanrembag pakaryan" is an interview, the role read after "Posisi:"; a magazine's interview and the user's own interviews of applicants are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_a_job_interview_is_an_interview():
    hr = person('hrd@mergangsanbatik.example', 'Bagian Personalia')
    host = person('sekar@mergangsanbatik.example', 'Sekar Pratiwi')
    found = detect(event('Wawanrembag pakaryan – Mergangsan Batik', 'Matur nuwun wis nglamar. Kula aturi rawuh ing kantor kita ing Ngayogyakarta.\nPosisi: Kepala Gudang\nPanjenengan bakal ketemu Sekar Pratiwi.', organizer=hr, attendees=(hr, host), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == 'Mergangsan Batik'
    assert found.role == 'Kepala Gudang'
    assert 'Sekar Pratiwi' in [p.name for p in found.people]


@pytest.mark.parametrize("title, description, host", [
    ('Wawancara – kalawarti Panjebar Semangat', 'Wartawan badhe takon bab pabrik anyar.', person('humas@mergangsanbatik.example', 'Humas')),
    ('Wawancara para pelamar – Sopir', 'Aku lan Bagus bakal ngewawancarai telu pelamar. Isi formulir penilaian.', person('hrd@mergangsanbatik.example', 'Bagian Personalia')),
])
def test_a_press_interview_or_the_users_own_panel_is_none(title, description, host):
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview


def test_a_short_invitation_in_the_languages_own_words_is_an_interview():
    hr = person("hrd@mergangsanbatik.example", "Bagian Personalia")
    found = detect(event("Wawanrembag pakaryan", "Kula aturi rawuh.", organizer=hr, attendees=(hr, person("sekar@mergangsanbatik.example", "Sekar Pratiwi")), minutes=60), [ME])
    assert found.interview and found.kind == "job"
