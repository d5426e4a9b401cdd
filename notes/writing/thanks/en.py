"""English wordings of the notes of thanks for help."""
from __future__ import annotations

from .book import KindWords, ThanksBook

_FOR = ("Thank you so much for {d}.", "Thank you for {d}.", "Many thanks for {d}.")
_THAT = ("I am so grateful that {d}.", "I really appreciate that {d}.")

BOOK = ThanksBook(
    code="en",
    kinds={
        "referral": KindWords(
            subject="Thank you for the referral",
            for_help=_FOR,
            that_help=_THAT,
            colon=("Thank you so much for the referral: {d}.", "I wanted to thank you for referring me: {d}."),
            meaning=(
                "Putting your name behind mine is an act of trust, and I do not take it lightly. A word from "
                "someone who knows the team carries a weight that an application alone never could.",
                "A recommendation from you carries real weight, and I am grateful you were willing to give it. "
                "I know it asks something of you, and I will do my best to live up to it.",
                "Your referral means a great deal to me. Vouching for someone takes trust, and I am grateful "
                "for yours.",
            ),
            after=(
                "I will keep you posted on how it goes. Thank you again for your generosity.",
                "I will let you know how things turn out. Thank you again for your support.",
            ),
        ),
        "networking": KindWords(
            subject="Thank you for your time and help",
            for_help=_FOR,
            that_help=_THAT,
            colon=("Thank you so much for making time for me: {d}.",
                   "I wanted to thank you for your generosity: {d}."),
            meaning=(
                "It gave me a much clearer sense of where to focus my search, and I learned a great deal from "
                "how you see the field.",
                "You helped me see my options more clearly, and I came away with ideas I had not considered "
                "before.",
                "You were so generous with your time and your experience, and it has already changed how I "
                "approach my search.",
            ),
            after=(
                "I am going to follow up on your suggestions, and I will let you know where they lead.",
                "My plan is to act on what you suggested, and I will keep you posted on my progress.",
            ),
        ),
        "reference": KindWords(
            subject="Thank you for being my reference",
            for_help=_FOR,
            that_help=_THAT,
            colon=("Thank you so much for being my reference: {d}.",
                   "I wanted to thank you for speaking for me as my reference: {d}."),
            meaning=(
                "Knowing that you were willing to speak on my behalf means a great deal to me. A reference "
                "from someone who has seen my work first-hand carries real weight.",
                "Thank you for vouching for my work and for taking the time to speak on my behalf; I know it "
                "is a real favour, and I am grateful for it.",
                "Being my reference took your time and your good name, and I am truly grateful that you spoke "
                "for me.",
            ),
            after=(
                "I will let you know how it turns out as soon as I hear.",
                "I will share the outcome with you as soon as I know it. Thank you again.",
            ),
        ),
        "other": KindWords(
            subject="Thank you for your help",
            for_help=_FOR,
            that_help=_THAT,
            colon=("Thank you so much for your help: {d}.", "I wanted to thank you for your help: {d}."),
            meaning=(
                "It made a real difference to me, and I wanted you to know how much I appreciate it. Help like "
                "yours is what keeps a job search going.",
                "It was a real kindness, and it made a genuine difference to my search. I will not forget that "
                "you took the time.",
                "You did not have to do it, and it meant a great deal to me. It is the kind of help I hope to "
                "pass on to someone else one day.",
            ),
            after=(
                "Thank you again for your generosity.",
                "Thank you again; it meant a lot.",
            ),
        ),
    },
    you="you",
    past_verbs=frozenset(
        "referred recommended introduced connected forwarded passed put spoke talked gave took wrote sent shared "
        "helped reviewed read looked agreed vouched offered explained told showed walked answered mentored "
        "coached suggested pointed made met invited hosted found kept stood backed".split()
    ),
    gerund_suffix="ing",
)
