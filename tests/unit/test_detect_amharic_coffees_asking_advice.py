"""Amharic coffees: "ቡና ከ… ጋር" (a coffee with someone) asking for their advice about a career is an informational
interview; a coffee with a friend that speaks of no advice or career is not, nor one with a council member."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event


def test_a_coffee_to_ask_advice_about_changing_field_is_an_informational_interview():
    found = detect(event("ሻይ ከመቅደስ ጋር – ስለ fintech ምክር",
                         "መቅደስ (Gada Bank)። ከባንክ ሥራ ወደ fintech ሙያ ስለመቀየር ምክሯን መጠየቅ። mekdes@gadabank.et",
                         me_too=False), [ME])
    assert found.interview and found.kind == "informational" and found.company == "Gada Bank"


def test_career_advice_named_in_the_title_is_an_informational_interview():
    found = detect(event("ቡና ከሳሙኤል ጋር – የሙያ ምክር", "samuel@entotodata.com", me_too=False), [ME])
    assert found.interview and found.kind == "informational"


def test_a_coffee_with_a_friend_is_no_interview():
    assert not detect(event("ቡና ከሰላም ጋር", "ሰላም (Entoto Data)። salam@entotodata.com", me_too=False), [ME]).interview


def test_a_coffee_with_a_council_member_asks_no_advice():
    found = detect(event("ቡና ከአቶ ከበደ ጋር – የከተማ ምክር ቤት", "kebede@entotodata.com", me_too=False), [ME])
    assert not found.interview
