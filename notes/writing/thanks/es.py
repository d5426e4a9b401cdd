"""Spanish wordings of the notes of thanks for help ("usted"; sentences that need no guess at the
writer's gender)."""
from __future__ import annotations

from .book import KindWords, ThanksBook

BOOK = ThanksBook(
    code="es",
    kinds={
        "referral": KindWords(
            subject="Gracias por su recomendación",
            for_help=(),
            that_help=(),
            colon=("Quería agradecerle de corazón su recomendación: {d}.",
                   "Muchas gracias por recomendarme: {d}."),
            meaning=(
                "Que respalde mi candidatura con su nombre es una muestra de confianza que valoro mucho. La "
                "palabra de alguien que conoce al equipo pesa más que cualquier solicitud por sí sola.",
                "Su recomendación significa mucho para mí. Sé que le compromete, y haré todo lo posible por "
                "estar a la altura.",
            ),
            after=(
                "Le mantendré al tanto de cómo avanza todo. Gracias de nuevo por su apoyo.",
                "Le contaré cómo termina. Gracias de nuevo por su generosidad.",
            ),
        ),
        "networking": KindWords(
            subject="Gracias por su tiempo y su ayuda",
            for_help=(),
            that_help=(),
            colon=("Muchas gracias por dedicarme su tiempo: {d}.", "Quería agradecerle su generosidad: {d}."),
            meaning=(
                "Ahora veo con mucha más claridad dónde centrar mi búsqueda, y aprendí mucho de su visión del "
                "sector.",
                "Me ayudó a ver mis opciones con más claridad, y me llevo ideas que no había considerado.",
            ),
            after=(
                "Voy a seguir sus sugerencias y le contaré adónde me llevan.",
                "Mi siguiente paso es poner en práctica lo que me sugirió, y le mantendré al tanto.",
            ),
        ),
        "reference": KindWords(
            subject="Gracias por ser mi referencia",
            for_help=(),
            that_help=(),
            colon=("Muchas gracias por ser mi referencia: {d}.",
                   "Quería agradecerle que hablara en mi favor: {d}."),
            meaning=(
                "Saber que aceptó hablar en mi favor significa mucho para mí. Una referencia de "
                "alguien que conoce mi trabajo de primera mano tiene un peso real.",
                "Gracias por avalar mi trabajo y por dedicar su tiempo a hablar de mí; sé que no es poca cosa.",
            ),
            after=(
                "Le contaré cómo termina en cuanto tenga noticias.",
                "Le haré saber el resultado en cuanto lo conozca. Gracias de nuevo.",
            ),
        ),
        "other": KindWords(
            subject="Gracias por su ayuda",
            for_help=(),
            that_help=(),
            colon=("Muchas gracias por su ayuda: {d}.", "Quería agradecerle de corazón su ayuda: {d}."),
            meaning=(
                "Marcó una verdadera diferencia para mí, y quería decirle cuánto lo aprecio. Una ayuda así es "
                "lo que mantiene en marcha una búsqueda de empleo.",
                "Fue un gesto muy amable, y me ayudó de verdad en mi búsqueda. No olvidaré que se tomó el "
                "tiempo de hacerlo.",
            ),
            after=(
                "Gracias de nuevo por su generosidad.",
                "Gracias de nuevo; significó mucho para mí.",
            ),
        ),
    },
)
