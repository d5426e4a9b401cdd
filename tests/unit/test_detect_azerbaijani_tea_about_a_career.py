"""An Azerbaijani tea ("Çay") the user notes with someone at a company, about their career: an informational
interview, as a coffee is."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event


def test_a_tea_about_a_career_move_is_an_informational_interview():
    found = detect(event("Çay – Səbinə xanım (Mərmər Data), analitika karyerası barədə məsləhət",
                         "Səbinə Həsənova – analitika şöbəsinin rəhbəri. Mühəndislikdən analitikaya keçid barədə "
                         "soruşmaq. sabina.hasanova@mermerdata.az", me_too=False, minutes=45,
                         location="Sahil bağı yaxınlığında çayxana"), [ME])
    assert found.interview
    assert found.kind == "informational"
