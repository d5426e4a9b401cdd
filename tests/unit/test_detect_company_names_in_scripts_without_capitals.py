"""A company a description's sentence names in a script without capital letters (Devanagari, Tamil, Hebrew, Thai,
Burmese, Ethiopic, Georgian) is the company when what the language writes around a name marks it: a legal form after
it, the word for a company before it, or both; never a pronoun, a kind of firm, a place or a time beside it."""
from __future__ import annotations

import pytest

from providers.detect import detect
from providers.detection.uncased import uncased_company
from tests.unit.test_detect import ME, event, person


def _company(title, description, sender):
    found = detect(event(title, description, organizer=sender, attendees=(sender,)), [ME])
    assert found.interview
    return found.company


_PUNE = person("bharti@kaveriplast.in", "Sunita Joshi")


@pytest.mark.parametrize("description", [
    "नमस्ते, आपको यमुना प्लास्टिक्स प्राइवेट लिमिटेड में साक्षात्कार के लिए आमंत्रित किया जाता है।",
    "आपको यमुना प्लास्टिक्स प्रा. लि. में साक्षात्कार के लिए बुलाया गया है।",
    "आपको यमुना प्लास्टिक्स कंपनी में साक्षात्कार के लिए आमंत्रित किया जाता है।",
])
def test_a_hindi_name_before_its_legal_form_or_company_word_is_the_company(description):
    assert _company("Interview", description, _PUNE) == "यमुना प्लास्टिक्स"


def test_a_tamil_name_before_its_legal_form_is_the_company_without_the_pronoun_before_it():
    sender = person("hr@tamiraitex.in", "Karthik Raman")
    description = "உங்களை பொருநை டெக்ஸ்டைல்ஸ் பிரைவேட் லிமிடெட் நேர்காணலுக்கு அழைக்கிறோம்."
    assert _company("Interview", description, sender) == "பொருநை டெக்ஸ்டைல்ஸ்"


_HAIFA = person("gius@karmel-logistics.co.il", "Noa Friedman")


@pytest.mark.parametrize("description", [
    "שלום, נשמח להזמין אותך לראיון עבודה בחברת ארבל סחר ביום שלישי.",
    "ארבל סחר בע\"מ מזמינה אותך לראיון עבודה.",
    "נשמח לראות אותך בחברת ארבל סחר בתל אביב.",
])
def test_a_hebrew_name_after_the_word_for_a_company_or_before_its_legal_form_is_the_company(description):
    assert _company("ראיון עבודה", description, _HAIFA) == "ארבל סחר"


def test_a_thai_name_between_company_and_limited_is_the_company():
    sender = person("hr@chaophraya-pack.co.th", "Arisa Wong")
    description = "ขอเชิญคุณมาสัมภาษณ์งานที่บริษัท เจ้าพระยาบรรจุภัณฑ์ จำกัด ในวันจันทร์"
    assert _company("สัมภาษณ์งาน", description, sender) == "เจ้าพระยาบรรจุภัณฑ์"


def test_a_burmese_name_before_company_limited_is_the_company():
    sender = person("hr@ayeyarwady-it.com.mm", "Aung Min")
    description = "ဧရာဝတီ ဆော့ဖ်ဝဲ ကုမ္ပဏီလီမိတက် မှ အင်တာဗျူး ဖိတ်ကြားပါသည်။"
    assert _company("Interview", description, sender) == "ဧရာဝတီ ဆော့ဖ်ဝဲ"


def test_an_amharic_name_before_its_legal_form_is_the_company():
    sender = person("hr@tanasoft.et", "Abebe Kebede")
    description = "ጣና ሶፍትዌር ኃ/የተ/የግ/ማ ለቃለ መጠይቅ ይጋብዝዎታል።"
    assert _company("Interview", description, sender) == "ጣና ሶፍትዌር"


@pytest.mark.parametrize("sender", [
    person("hr@jobs-portal.ge", "ნათია დოლიძე"),  # a portal's domain, which spells no name
    person("hr@mtiulitekstili.ge", "ნათია დოლიძე"),  # the domain spells the name: not the quote before it
])
def test_a_georgian_name_quoted_after_its_legal_form_is_the_company(sender):
    description = "გიწვევთ გასაუბრებაზე კომპანიაში შპს „მთიული ტექსტილი“."
    assert _company("გასაუბრება", description, sender) == "მთიული ტექსტილი"


def _plausible(_name):
    return True


@pytest.mark.parametrize("text", [
    "आपको हमारी कंपनी में साक्षात्कार के लिए आमंत्रित किया जाता है।",  # our company
    "आपको एक सॉफ्टवेयर कंपनी में साक्षात्कार के लिए आमंत्रित किया जाता है।",  # a software company
    "आपको आईटी सेवा कंपनी में साक्षात्कार के लिए आमंत्रित किया जाता है।",  # an IT services company
    "आपको एक विदेशी निवेश कंपनी में साक्षात्कार के लिए बुलाया गया है।",  # a foreign investment company
    "नमस्ते राजेश, आपका साक्षात्कार दिल्ली में सोमवार को है।",  # a person and a city, no mark of a company
    "נשמח להזמין אותך לראיון בחברת ההשמה שלנו.",  # our staffing firm
    "לראיון בחברת כוח אדם",  # a manpower firm
    "לראיון בחברת השמה מובילה בתל אביב",  # a staffing firm, unnamed
    "נשמח להזמין אותך לראיון עם דנה כהן בתל אביב.",  # a person and a city
    "ขอเชิญคุณสุดามาสัมภาษณ์งานที่กรุงเทพฯ",  # a person and a city
])
def test_no_person_place_or_kind_of_firm_is_taken_for_a_company(text):
    assert uncased_company(text, _plausible) is None


def test_a_place_after_the_hebrew_name_is_no_part_of_it():
    assert uncased_company("נשמח לראות אותך בחברת ארבל בתל אביב.", _plausible) == "ארבל"


@pytest.mark.parametrize(("title", "description", "sender", "name"), [
    ("Interview", "Hi Casey, thanks for applying. Your interview at यमुना प्लास्टिक्स is confirmed for Monday.",
     person("hr@yamunaplast.in", "Sunita Joshi"), "यमुना प्लास्टिक्स"),
    ("ראיון עבודה", "שלום, נשמח להזמין אותך לראיון אצל ארבל סחר ביום שלישי.",
     person("hr@arbel-trade.co.il", "Noa Friedman"), "ארבל סחר"),
    ("Interview", "Your interview at ארבל סחר is on Tuesday.", person("hr@arbel-trade.co.il", "Noa Friedman"),
     "ארבל סחר"),
])
def test_a_name_after_at_is_the_company_when_the_domain_sounds_as_it_does(title, description, sender, name):
    assert _company(title, description, sender) == name


@pytest.mark.parametrize(("description", "sender"), [
    # the domain sounds otherwise: the words after "at" may be a place, a team, anything
    ("Hi Casey, your interview at यमुना प्लास्टिक्स is confirmed.", person("hr@kaveriplast.in", "Sunita Joshi")),
    # a town after "at", whatever the domain
    ("Hi Casey, your interview at दिल्ली कार्यालय is confirmed.", person("hr@yamunaplast.in", "Sunita Joshi")),
])
def test_a_name_after_at_that_no_domain_sounds_as_is_not_taken(description, sender):
    assert _company("Interview", description, sender) not in ("यमुना प्लास्टिक्स", "दिल्ली कार्यालय")


@pytest.mark.parametrize(("name", "label", "sounds_so"), [
    ("गंगा पैकेजिंग", "gangapack", True),
    ("हिमालय सफ्टवेयर", "himalayasoft", True),
    ("גלבוע מערכות", "gilboa-sys", True),
    ("חרמון", "chermon", True),
    ("דנה כהן", "gilboa", False),
    ("राजेश", "gangapack", False),
    ("גל", "gal", False),  # two sounds agree with too many names
])
def test_a_name_sounds_as_a_domain_when_their_first_consonants_agree(name, label, sounds_so):
    from providers.detection.uncased import spells_domain

    assert spells_domain(name, label) is sounds_so
