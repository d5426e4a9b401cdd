"""Writing the notes: one note per person met (``compose``) from the interview's details
(``details``), its recipients (``recipients``), its language (``language``) and sentences
(``sentences``, ``phrases/``, ``traditional``, ``voice``), and the printable card (``card``)."""
