"""MAIA, the reply reader: the customer's own words and what they mean.

Entry points: `parse.parse` / `parse.aparse` (engines `rules` and `claude`), the boundary types
in `types`, `evaluate` for scoring a labelled set. The rules engine is `rules.parse_rules`, built
from `extract` (quotes, signature, html_text), `langid`, `classify` (cues), `dates` (lexicon),
`amounts`, `documents` and `contacts`. Kept import-light: nothing here imports the anthropic SDK.
"""
