"""Legal forms written in Devanagari (Hindi, Nepali: "प्रा. लि.", "प्राइवेट लिमिटेड"), Kannada, Malayalam, Tamil, Bangla
and Tajik Cyrillic ("ҶДММ", "ҶСК") end a name as "Ltd" does: the name comes out without them."""
from __future__ import annotations

import pytest

from providers.detection.company_names import LEGAL_FORM_AHEAD, without_legal_form, writes_a_legal_form


@pytest.mark.parametrize(("registered", "name"), [
    ("हिमालय सफ्टवेयर प्रा. लि.", "हिमालय सफ्टवेयर"),
    ("हिमालय सफ्टवेयर प्रा.लि.", "हिमालय सफ्टवेयर"),
    ("गंगा पैकेजिंग प्राइवेट लिमिटेड", "गंगा पैकेजिंग"),
    ("ಕಾವೇರಿ ಟೆಕ್ ಪ್ರೈವೇಟ್ ಲಿಮಿಟೆಡ್", "ಕಾವೇರಿ ಟೆಕ್"),
    ("ಕಾವೇರಿ ಟೆಕ್ ಪ್ರೈವೇಟ್ ಲಿಮಿಟೆಡ್.", "ಕಾವೇರಿ ಟೆಕ್"),
    ("പെരിയാർ ഫുഡ്സ് പ്രൈവറ്റ് ലിമിറ്റഡ്", "പെരിയാർ ഫുഡ്സ്"),
    ("வைகை சிஸ்டம்ஸ் பிரைவேட் லிமிடெட்", "வைகை சிஸ்டம்ஸ்"),
    ("পদ্মা টেক্সটাইল লিমিটেড", "পদ্মা টেক্সটাইল"),
    ("Помир Сохтмон ҶДММ", "Помир Сохтмон"),
    ("Варзоб Энерго ҶСК", "Варзоб Энерго"),
])
def test_a_name_before_its_legal_form_comes_out_without_it(registered, name):
    assert writes_a_legal_form(registered)
    assert without_legal_form(registered) == name
    assert LEGAL_FORM_AHEAD.match(registered, len(name))


@pytest.mark.parametrize("text", ["लिमिटेड संस्करण", "प्राप्त हुआ", "ҶДММX", "সীমিত"])
def test_words_that_only_start_like_a_form_are_none(text):
    assert not writes_a_legal_form(text)


@pytest.mark.parametrize(("title", "name"), [
    ("अन्तर्वार्ता – हिमालय सफ्टवेयर प्रा. लि.", "हिमालय सफ्टवेयर"),
    ("Interview: வைகை சிஸ்டம்ஸ் பிரைவேட் லிமிடெட்", "வைகை சிஸ்டம்ஸ்"),
    ("সাক্ষাৎকার | পদ্মা টেক্সটাইল লিমিটেড", "পদ্মা টেক্সটাইল"),
])
def test_a_name_in_a_script_without_capitals_registered_in_the_title_is_the_company(title, name):
    from providers.detect import detect
    from tests.unit.test_detect import ME, event, person

    sender = person("careers@vhpl.co.in", "Anand Rao")
    found = detect(event(title, "", organizer=sender, attendees=(sender,)), [ME])
    assert found.interview and found.company == name
