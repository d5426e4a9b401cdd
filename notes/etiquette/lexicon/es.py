"""Spanish lexicon of the checks."""
from __future__ import annotations

from . import Lexicon, rx, words_of

LEXICON = Lexicon(
    code="es",
    thanks=rx(r"(?:\bgracias\b|\bagradec\w*|\bagradezco\b|\bagradecid\w*)"),
    interest=rx(r"(?:interés|interesa\w*|entusiasm\w*|\bganas\b|motiv\w*|encantaría|ilusión|ilusiona)"),
    advice=rx(r"(?:consejos?|recomendaciones?|perspectiva|orientación|sugerencias?|experiencia|opinión|visión)"),
    next_steps=rx(r"(?:próximos pasos|siguientes pasos|sus noticias|su respuesta|decisión|a la espera|el proceso)"),
    own_step=rx(r"(?:siguiente paso|próximo paso|voy a|pienso|le contaré|le mantendré|al tanto|le informaré)"),
    call_or_text=rx(
        r"(?:\b(?:le|te|la|lo) llamar[éeá]\w*|\b(?:le|te|la|lo) llamo\b|\bllamarle\b|\bllamarla\b|\bllamarte\b|"
        r"\bllámeme\b|\bllámame\b|\bmensaje de texto\b|\bsms\b|\bwhatsapp\b|"
        r"\b(?:contactarle|contactarla|contactarte|le contacto|le contactaré) por teléfono\b)"
    ),
    gift=rx(
        r"(?:\bregalos?\b|\bobsequios?\b|\btarjetas? (?:de )?regalo\b|\bflores\b|\bramo\b|\bbombones\b|"
        r"\bchocolates?\b|\bvales? de (?:compra|regalo)\b|\bcupón\b|\bcupones\b|\bcesta\b|botella de (?:vino|cava))"
    ),
    generic_greeting=rx(
        r"^\s*(?:a quien corresponda|a quien pueda interesar|estimados señores|muy señores? míos?|"
        r"estimado/a|estimado\(a\)|señores)"
    ),
    greeting=rx(r"^(?:hola|estimad[oa]s?|querid[oa]s?|buen(?:os|as) (?:días|tardes|noches)|apreciad[oa])\b"),
    group=rx(r"^(?:a todos|a todas|todos|todas|equipo|al equipo)\b"),
    conjunction=rx(r"\s(?:y|e|&)\s|,\s*\S"),
    slang=rx(r"\b(?:xq|pq|tq|q|tb|tmb|jaja\w*|jeje\w*|xd|porfa|bss|salu2|guay|mola)\b"),
    casual_greeting=rx(r"^(?:qué tal|holi|hey|buenas\s*[,!:])"),
    closing=rx(
        r"^(?:un saludo(?: cordial)?|saludos(?: cordiales)?|atentamente|un cordial saludo|cordialmente|"
        r"reciba un cordial saludo|muchas gracias|gracias de nuevo|un abrazo)\s*[,.!]?\s*$"
    ),
    stopwords=words_of(
        "el la los las lo un una unos unas y e o u pero si que qué de del a al en por para con sin sobre "
        "entre hasta desde yo me mi mis mí nosotros nuestro nuestra nuestros nuestras usted ustedes su sus "
        "le les se él ella ellos ellas es son era fue ser estar está están he ha han hemos había muy más "
        "también ya no antes después este esta estos estas ese esa eso como cuando donde porque todo toda todos todas"
    ),
    generic=words_of(
        "entrevista entrevistas conversación charla reunión hoy ayer semana tiempo oportunidad puesto "
        "puestos papel equipo equipos empresa compañía trabajo trabajar aprender aprendí conocer conocí "
        "escuchar disfruté disfrutar gustó gusta placer encantado realmente especialmente interesante "
        "interés gracias agradezco agradecido pasos paso próximos noticias respuesta preguntas pregunta "
        "respuestas experiencia proyectos proyecto objetivos prioridades compañeros departamento "
        "amabilidad cercanía claro clara momento parte saludo saludos cordial cordiales atentamente "
        "disposición información proceso candidatura mañana tarde lunes martes miércoles jueves viernes "
        "sábado domingo"
    ),
    subject_example="Gracias — entrevista para el puesto de Data Analyst",
)
