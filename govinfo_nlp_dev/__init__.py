"""Training and evaluation of govinfo_nlp's shipped models: a checkout's tools.

Not part of the installed library (``pip install .`` leaves it out): it reads
the checkout's ``datasets/`` and ``../shared``, which an installed package does
not have. The ``govinfo-nlp train`` and ``evaluate`` commands import it lazily
and say so in one line when it is absent.
"""
