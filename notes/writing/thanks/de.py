"""German wordings of the notes of thanks for help (formal "Sie")."""
from __future__ import annotations

from .book import KindWords, ThanksBook

BOOK = ThanksBook(
    code="de",
    kinds={
        "referral": KindWords(
            subject="Vielen Dank für Ihre Empfehlung",
            for_help=(),
            that_help=(),
            colon=("Ich möchte mich herzlich für Ihre Empfehlung bedanken: {d}.",
                   "Herzlichen Dank für Ihre Unterstützung bei meiner Bewerbung: {d}."),
            meaning=(
                "Dass Sie sich mit Ihrem Namen für mich einsetzen, ist ein großer Vertrauensbeweis, den ich "
                "sehr zu schätzen weiß. Ein Wort von jemandem, der das Team kennt, hat ein Gewicht, das eine "
                "Bewerbung allein nie hätte.",
                "Ihre Empfehlung bedeutet mir sehr viel. Ich weiß, dass sie Ihnen etwas abverlangt, und ich "
                "werde mein Bestes tun, ihr gerecht zu werden.",
            ),
            after=(
                "Ich halte Sie auf dem Laufenden, wie es weitergeht. Nochmals herzlichen Dank für Ihre "
                "Unterstützung.",
                "Ich lasse Sie wissen, wie es ausgeht. Nochmals vielen Dank für Ihre Großzügigkeit.",
            ),
        ),
        "networking": KindWords(
            subject="Vielen Dank für Ihre Zeit und Hilfe",
            for_help=(),
            that_help=(),
            colon=("Vielen Dank, dass Sie sich Zeit für mich genommen haben: {d}.",
                   "Ich möchte mich herzlich für Ihre Hilfe bedanken: {d}."),
            meaning=(
                "Dadurch sehe ich viel klarer, worauf ich mich bei meiner Suche konzentrieren sollte, und ich "
                "habe aus Ihrer Sicht auf die Branche viel gelernt.",
                "Sie haben mir geholfen, meine Möglichkeiten klarer zu sehen, und ich nehme Ideen mit, an die "
                "ich vorher nicht gedacht hatte.",
            ),
            after=(
                "Ich werde Ihren Anregungen nachgehen und Ihnen berichten, wohin sie mich führen.",
                "Ich setze Ihre Vorschläge als Nächstes um und halte Sie über meine Fortschritte auf dem "
                "Laufenden.",
            ),
        ),
        "reference": KindWords(
            subject="Vielen Dank, dass Sie meine Referenz waren",
            for_help=(),
            that_help=(),
            colon=("Vielen Dank, dass Sie als Referenz für mich gesprochen haben: {d}.",
                   "Ich möchte mich herzlich bedanken, dass Sie meine Referenz waren: {d}."),
            meaning=(
                "Zu wissen, dass Sie bereit waren, sich für mich auszusprechen, bedeutet mir sehr viel. Eine "
                "Referenz von jemandem, der meine Arbeit aus erster Hand kennt, hat echtes Gewicht.",
                "Danke, dass Sie sich für meine Arbeit verbürgt und sich die Zeit genommen haben, für mich zu "
                "sprechen; ich weiß, dass das keine Selbstverständlichkeit ist.",
            ),
            after=(
                "Ich sage Ihnen Bescheid, wie es ausgeht, sobald ich etwas höre.",
                "Sobald ich das Ergebnis kenne, teile ich es Ihnen mit. Nochmals vielen Dank.",
            ),
        ),
        "other": KindWords(
            subject="Vielen Dank für Ihre Hilfe",
            for_help=(),
            that_help=(),
            colon=("Vielen Dank für Ihre Hilfe: {d}.", "Ich möchte mich herzlich für Ihre Hilfe bedanken: {d}."),
            meaning=(
                "Das hat für mich einen echten Unterschied gemacht, und ich möchte Ihnen sagen, wie sehr ich "
                "es schätze. Solche Hilfe hält eine Stellensuche am Laufen.",
                "Das war eine große Freundlichkeit, und sie hat mir bei meiner Suche wirklich geholfen. Ich "
                "werde nicht vergessen, dass Sie sich die Zeit genommen haben.",
            ),
            after=(
                "Nochmals herzlichen Dank für Ihre Großzügigkeit.",
                "Nochmals vielen Dank; es hat mir viel bedeutet.",
            ),
        ),
    },
)
