"""The etiquette checks of a note, generated or edited (``checks``): rules on what a note says
(``content_rules``) and how it is written (``form_rules``), over a reading of the note
(``reading``, ``lexicon/``), spelling (``spelling``), likeness between notes (``similarity``) and
claims no fact makes (``claims``); the notes that follow an interview (a referrer's update, the
follow-up) by their own rules (``updates``)."""
from .checks import RULES, check_note, check_notes
from .updates import check_update

__all__ = ["RULES", "check_note", "check_notes", "check_update"]
