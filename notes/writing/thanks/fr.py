"""French wordings of the notes of thanks for help ("vous"; sentences that need no guess at the
writer's gender)."""
from __future__ import annotations

from .book import KindWords, ThanksBook

BOOK = ThanksBook(
    code="fr",
    kinds={
        "referral": KindWords(
            subject="Merci pour votre recommandation",
            for_help=(),
            that_help=(),
            colon=("Je tenais à vous remercier pour votre recommandation : {d}.",
                   "Merci beaucoup d'avoir appuyé ma candidature : {d}."),
            meaning=(
                "Engager votre nom pour moi est une vraie marque de confiance, et je mesure ce qu'elle "
                "représente. Un mot de quelqu'un qui connaît l'équipe pèse bien plus qu'une candidature seule.",
                "Votre recommandation compte beaucoup pour moi. Je sais qu'elle vous engage, et je ferai de mon "
                "mieux pour en être digne.",
            ),
            after=(
                "Je vous tiendrai au courant de la suite. Merci encore pour votre soutien.",
                "Je vous dirai comment les choses évoluent. Merci encore pour votre générosité.",
            ),
        ),
        "networking": KindWords(
            subject="Merci pour votre temps et votre aide",
            for_help=(),
            that_help=(),
            colon=("Merci beaucoup d'avoir pris le temps de m'aider : {d}.",
                   "Je tenais à vous remercier pour votre générosité : {d}."),
            meaning=(
                "Je vois maintenant bien plus clairement où concentrer mes recherches, et votre regard sur le "
                "secteur m'a beaucoup appris.",
                "Grâce à vous, j'y vois plus clair dans mes options, et je repars avec des idées auxquelles je "
                "n'avais pas pensé.",
            ),
            after=(
                "Je vais donner suite à vos suggestions et je vous dirai où elles me mènent.",
                "Ma prochaine étape : mettre vos suggestions en pratique, et je vous tiendrai au courant.",
            ),
        ),
        "reference": KindWords(
            subject="Merci d'avoir été ma référence",
            for_help=(),
            that_help=(),
            colon=("Merci beaucoup d'avoir accepté d'être ma référence : {d}.",
                   "Je tenais à vous remercier d'avoir parlé en ma faveur : {d}."),
            meaning=(
                "Savoir que vous acceptiez de parler en ma faveur compte énormément pour moi. Une référence "
                "de quelqu'un qui connaît mon travail de près a un vrai poids.",
                "Merci d'avoir appuyé mon travail de votre nom et pris le temps de parler de moi ; je sais "
                "que ce n'est pas rien.",
            ),
            after=(
                "Je vous dirai comment cela se termine dès que j'aurai une réponse.",
                "Je vous ferai part du résultat dès que je le connaîtrai. Merci encore.",
            ),
        ),
        "other": KindWords(
            subject="Merci pour votre aide",
            for_help=(),
            that_help=(),
            colon=("Merci beaucoup pour votre aide : {d}.", "Je tenais à vous remercier pour votre aide : {d}."),
            meaning=(
                "Cela a vraiment fait une différence pour moi, et je tenais à vous dire combien je l'apprécie. "
                "C'est ce genre d'aide qui fait avancer une recherche d'emploi.",
                "C'était une vraie gentillesse, et cela a beaucoup facilité mes recherches. Je n'oublierai pas "
                "que vous avez pris ce temps pour moi.",
            ),
            after=(
                "Merci encore pour votre générosité.",
                "Merci encore ; cela a beaucoup compté pour moi.",
            ),
        ),
    },
)
