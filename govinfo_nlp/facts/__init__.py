"""Narrative facts (SCHEMA §3): what each quantity in the prose counts.

Rules (``data/*.jsonl|json``, extensible with :meth:`govinfo_nlp.Engine.add_rules`) give
precision; a small JSON-stored logistic model (``models/facts-v3``) gives
coverage and calibrated confidence; without the model the rules work alone.
"""

from __future__ import annotations

from .extractor import FactExtractor, add_rules, extract_facts, provenance
from .fact import Fact

__all__ = ["Fact", "FactExtractor", "add_rules", "extract_facts", "provenance"]
