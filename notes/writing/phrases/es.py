"""Spanish wordings ("usted"; sentences that need no guess at the writer's gender)."""
from __future__ import annotations

import re

from . import Phrasebook, weekday_month_pattern

_DAY, _MONTH = weekday_month_pattern(
    "lunes martes miércoles miercoles jueves viernes sábado sabado domingo",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
)
_COUNT = r"(?:una|un|dos|tres|cuatro|cinco|quince|\d{1,2}|unos|unas)"
_WHEN = re.compile(
    rf"(?:\b(?:antes\s+del?|para\s+el|el)\s+(?:{_DAY}|\d{{1,2}}\s+de\s+{_MONTH}|fin\s+de\s+semana)"
    rf"|\ben\s+(?:los\s+próximos\s+días|{_COUNT}\s+(?:días|semanas?))"
    rf"|\b(?:la\s+(?:próxima\s+semana|semana\s+que\s+viene)|a\s+finales\s+de\s+(?:la\s+)?semana|mañana))",
    re.IGNORECASE,
)


def _refs(role: str | None, company: str | None) -> dict[str, str]:
    return {
        "el_puesto": f"el puesto de {role}" if role else "este puesto",
        "en_company": f"en {company}" if company else "en su equipo",
        "topic": f"cómo se trabaja en {company}" if company else "este campo",
    }


BOOK = Phrasebook(
    code="es",
    greeting=("Hola, {first}:", "Hola, {full}:"),
    greeting_formal=("Hola, {full}:",),
    greeting_bare="Hola:",
    thanks=(
        "Muchas gracias por dedicarme su tiempo y por la conversación.",
        "Le agradezco mucho el tiempo que me dedicó y la amabilidad con la que respondió a mis preguntas.",
        "Muchas gracias por la entrevista y por la cercanía con la que me recibió.",
        "Gracias por su tiempo y por una conversación tan interesante.",
    ),
    thanks_advice=(
        "Muchas gracias por dedicarme su tiempo y compartir su experiencia conmigo.",
        "Le agradezco mucho el tiempo que me dedicó y su generosidad.",
        "Gracias por su tiempo y por sus consejos.",
    ),
    detail_about=(
        "Disfruté especialmente de nuestra conversación sobre {d}.",
        "Me quedo especialmente con lo que hablamos sobre {d}.",
        "Me resultó muy valioso conocer su opinión sobre {d}.",
    ),
    detail_colon=(
        "Lo que más recuerdo de nuestra conversación: {d}.",
        "Un momento que se me quedó grabado: {d}.",
        "Lo que más me interesó: {d}.",
    ),
    detail_more=("Otro momento que recuerdo: {d}.",),
    detail_title=(
        "Me resultó muy valioso conocer su perspectiva como {title}.",
        "Fue muy interesante escuchar cómo enfoca su trabajo como {title}.",
    ),
    detail_agenda=(
        "Disfruté especialmente de la parte dedicada a {activity}.",
        "La parte de {activity} fue para mí de lo más interesante.",
    ),
    detail_team=(
        "Fue un placer conocer al equipo de {team}.",
        "Me gustó conocer cómo trabaja el equipo de {team}.",
    ),
    detail_none=(
        "Me gustó conocer más sobre el equipo y su forma de trabajar.",
        "Fue muy útil entender mejor el trabajo del equipo y sus prioridades.",
        "Me alegró conocer de cerca los proyectos del equipo.",
    ),
    detail_none_advice=(
        "Me resultó muy útil conocer cómo ha evolucionado su trayectoria.",
        "Aprendí mucho de la forma en que describió su trabajo y su recorrido profesional.",
    ),
    interest=(
        "La conversación reforzó mi interés por {el_puesto} {en_company}.",
        "Después de nuestra conversación, me entusiasma aún más {el_puesto} {en_company}.",
        "Mi interés por {el_puesto} {en_company} es hoy todavía mayor.",
        "Me encantaría aportar mi experiencia {en_company} desde {el_puesto}.",
    ),
    appreciation=(
        "Sus consejos me resultaron muy útiles y me dieron una idea mucho más clara de {topic}.",
        "Le agradezco mucho sus consejos sinceros y su perspectiva sobre {topic}.",
        "Lo que me contó sobre {topic} ya me está ayudando a orientar mejor mi búsqueda.",
    ),
    next_when=(
        "Gracias también por explicarme los próximos pasos; quedo a la espera de sus noticias {when}.",
        "Como me comentó, quedo a la espera de sus noticias {when}.",
    ),
    next_open=(
        "Quedo a la espera de sus noticias sobre los próximos pasos.",
        "Quedo a su disposición para cualquier información adicional y a la espera de los próximos pasos.",
        "Espero con interés conocer los próximos pasos del proceso.",
    ),
    next_mine=(
        "Como siguiente paso, voy a poner en práctica sus recomendaciones y le contaré cómo me va.",
        "Mi próximo paso será seguir sus recomendaciones; le mantendré al tanto de mis avances.",
    ),
    step_first_person="Como siguiente paso, {step}.",
    step_other="Mi próximo paso: {step}.",
    closing=("Un saludo cordial,", "Saludos cordiales,", "Atentamente,", "Un cordial saludo,"),
    subject_role="Gracias — entrevista para el puesto de {role}",
    subject_company="Gracias — entrevista en {company}",
    subject_plain="Gracias por la entrevista",
    subject_advice="Gracias por sus consejos",
    nudge={
        "ready": "Mensajes de agradecimiento listos: {title}",
        "reminder": "Recordatorio: agradecimientos de {title} aún sin enviar",
        "email_ready": "Su mensaje para {name} está listo: añada lo que recuerde y envíelo hoy.",
        "email_reminder": "Su mensaje para {name} aún no se ha enviado; una nota breve hoy sigue causando buena impresión.",
        "card": "Escriba la tarjeta para {name} y envíela hoy por correo: tarda uno o dos días en llegar.",
        "card_reminder": "Si la tarjeta para {name} aún no está en el correo, envíela hoy o mande ahora la versión por email.",
        "address": "Dirección postal: {address}",
        "card_page": "La tarjeta para imprimir está en el panel de Afterview.",
        "follow_up": "Seguimiento listo: {title}",
        "email_follow_up": "Su mensaje de seguimiento para {name} está listo: la respuesta prometida no ha llegado. Revíselo y luego envíelo.",
    },
    refs=_refs,
    determiners=frozenset(
        "el la los las un una unos unas su sus nuestro nuestra nuestros nuestras mi mis cómo este esta estos estas".split()
    ),
    lower_first=frozenset(
        "el la los las un una unos unas su sus nuestro nuestra nuestros nuestras mi mis cómo este esta estos estas "
        "usted nosotros hablamos voy pienso".split()
    ),
    step_line=re.compile(r"^(?:voy a|pienso|mi (?:siguiente|próximo) paso|próximo paso|siguiente paso)", re.IGNORECASE),
    timeline_cue=re.compile(
        r"(?:respuesta|responder|decisión|noticias|próximos pasos|contactar|contactaremos|comunicar|informar)",
        re.IGNORECASE,
    ),
    when=_WHEN,
)
