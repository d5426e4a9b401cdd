"""The etiquette checks of a note, generated or edited (``checks``): rules on what a note says
(``content_rules``) and how it is written (``form_rules``), over a reading of the note
(``reading``, ``lexicon/``), spelling (``spelling``) and likeness between notes (``similarity``)."""
from .checks import RULES, check_note, check_notes

__all__ = ["RULES", "check_note", "check_notes"]
