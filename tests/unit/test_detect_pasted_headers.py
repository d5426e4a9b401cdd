"""People of a message the user pastes into their own entry, in the languages whose mail programs label a
header's copy line otherwise ("Bilgi:" in Turkish, "Kopio:" in Finnish, "DW:" in Polish): when its sender
writes they will not be there, the user meets the people it copies and names, not the sender."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event


@pytest.mark.parametrize("title, header, body", [
    ("İLT: Kestane Gıda – görüşme", "-----Özgün İleti-----\nKimden: Selin Karaca <selin.karaca@pusulaik.example>\n"
     "Gönderildi: 3 Mart 2026 Salı 10:05\nKime: casey.nguyen@proton.me\nBilgi: Burak Ergin "
     "<burak.ergin@kestanegida.example>; Elif Sönmez <elif.sonmez@kestanegida.example>\nKonu: Kestane Gıda – görüşme",
     "Casey Hanım merhaba,\n\nSatın Alma Uzmanı pozisyonu için Kestane Gıda'da Burak Ergin ve Elif Sönmez ile "
     "görüşmeniz Perşembe 11:00'de. Ben katılmayacağım; sonrasında beni arayın.\n\nSevgiler,\nSelin"),
    ("VL: Kestane Oy – haastattelu", "Lähettäjä: Selin Karaca <selin.karaca@pusulaik.example>\n"
     "Lähetetty: tiistai 3. maaliskuuta 2026 10.05\nVastaanottaja: casey.nguyen@proton.me\nKopio: Burak Ergin "
     "<burak.ergin@kestanegida.example>; Elif Sönmez <elif.sonmez@kestanegida.example>\nAihe: Kestane Oy – "
     "tapaaminen", "Hei Casey,\n\ntapaat Kestane Oy:n toimistolla Burak Erginin ja Elif Sönmezin torstaina "
     "klo 11. En osallistu itse, soita minulle jälkeenpäin.\n\nTerveisin,\nSelin"),
    ("PD: Kestane Sp. z o.o. – rozmowa", "Od: Selin Karaca <selin.karaca@pusulaik.example>\n"
     "Wysłano: wtorek, 3 marca 2026 10:05\nDo: casey.nguyen@proton.me\nDW: Burak Ergin "
     "<burak.ergin@kestanegida.example>; Elif Sönmez <elif.sonmez@kestanegida.example>\nTemat: Kestane – rozmowa",
     "Dzień dobry,\n\nrozmowa kwalifikacyjna w czwartek o 11:00, będą na niej Burak Ergin i Elif Sönmez. Nie będę "
     "uczestniczyć, proszę o telefon po spotkaniu.\n\nPozdrawiam,\nSelin"),
])
def test_a_pasted_message_whose_sender_stays_away_meets_the_people_it_copies(title, header, body):
    found = detect(event(title, f"{header}\n\n{body}", minutes=60, me_too=False), [ME])
    assert found.interview
    assert {p.email for p in found.people} == {"burak.ergin@kestanegida.example", "elif.sonmez@kestanegida.example"}
