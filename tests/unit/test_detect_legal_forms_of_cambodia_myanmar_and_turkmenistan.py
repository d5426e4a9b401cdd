"""Legal forms of Cambodia ("ឯ.ក", private limited), Myanmar ("ကုမ္ပဏီလီမိတက်", company limited) and Turkmenistan
("HJ", "hojalyk jemgyýeti", "açyk paýdarlar jemgyýeti", "hususy kärhana") end a name as "Ltd" does: the name comes out
without them."""
from __future__ import annotations

import pytest

from providers.detection.company_names import LEGAL_FORM_AHEAD, without_legal_form, writes_a_legal_form


@pytest.mark.parametrize(("registered", "name"), [
    ("ទន្លេ មេគង្គ ឯ.ក", "ទន្លេ មេគង្គ"),
    ("ទន្លេ មេគង្គ ឯ. ក.", "ទន្លេ មេគង្គ"),
    ("ရွှေတောင် ကုမ္ပဏီလီမိတက်", "ရွှေတောင်"),
    ("ရွှေတောင် ကုမ္ပဏီ လီမိတက်", "ရွှေတောင်"),
    ("ရွှေတောင် လီမိတက်", "ရွှေတောင်"),
    ("Gök Depe HJ", "Gök Depe"),
    ("Gök Depe hojalyk jemgyýeti", "Gök Depe"),
    ("Daşoguz Gurluşyk açyk paýdarlar jemgyýeti", "Daşoguz Gurluşyk"),
    ("Mary Dokma hususy kärhana", "Mary Dokma"),
])
def test_a_name_before_its_legal_form_comes_out_without_it(registered, name):
    assert writes_a_legal_form(registered)
    assert without_legal_form(registered) == name
    assert LEGAL_FORM_AHEAD.match(registered, len(name))


@pytest.mark.parametrize("text", ["ឯកជន", "လီမိတက်ဖ်", "HJK", "hojalykçylyk", "Hususy sektor"])
def test_words_that_only_start_like_a_form_are_none(text):
    assert not writes_a_legal_form(text)
