"""The parts of interview detection; ``providers.detect`` is the entry point.

- ``scanner``: tagged phrases matched in one pass (the vocabularies compile into one trie);
- ``lexicon``: the vocabularies, one data file per language in ``vocabulary/``; ``words``: the lists
  looked for outside the scan;
- ``systems``: applicant-tracking and booking systems, kinds of mailboxes, title shapes;
- ``facts``: one event as detection sees it;
- ``evidence``: the weighing, its reasons, and the exclusions;
- ``domains``: organisation names spelled by domains, and domains split into words;
- ``company``, ``role``, ``people``: what is extracted from an interview;
- ``japanese``: how Japanese invitations write the company and the role.
"""
