"""The parts of interview detection; ``providers.detect`` is the entry point.

- ``scanner``: tagged phrases matched in one pass (the vocabularies compile into one trie);
- ``lexicon``: the vocabularies, one data file per language in ``vocabulary/``; ``words``: the lists
  looked for outside the scan;
- ``systems``: applicant-tracking, booking and online-test systems, kinds of mailboxes, title shapes;
- ``facts``: one event as detection sees it;
- ``evidence_table``: every kind of evidence, declared: its name, reason, prior weight and how it is found;
- ``evidence`` and ``against``: the evidence found for and against an interview; ``model``: its weights
  (``weights.json``, fitted by ``bench/fit_detection.py``);
- ``domains``: organisation names spelled by domains, and domains split into words;
- ``company`` (ranking), ``company_finders``, ``company_text``, ``company_names``: the company, ranked
  among every finder's candidates;
- ``role`` and ``role_names``: the role, ranked and written in full; ``stage``: the stage and the mode;
  ``people``: the people met;
- ``japanese``, ``korean``, ``chinese`` and ``arabic``: how Japanese, Korean and Chinese invitations write
  the company and the role, and Arabic ones the company;
- ``process``: a calendar's interviews read together, a hiring process lending one interview what another says.
"""
