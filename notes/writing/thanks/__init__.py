"""Notes of thanks for help with no interview behind it: a referral, networking (an introduction, a
conversation, advice), speaking as the user's reference, or any other help.

Each kind has its own wording in each language (``en``, ``de``, ``fr``, ``es``); the help the user
names is in every note, and none reads as an interview thank-you. ``compose_thanks`` writes one note;
``thanks_words`` are the words it can write itself (none of them names the help).
"""
from .book import ThanksBook, thanks_book, thanks_words
from .compose import compose_thanks, help_sentence

__all__ = ["ThanksBook", "compose_thanks", "help_sentence", "thanks_book", "thanks_words"]
