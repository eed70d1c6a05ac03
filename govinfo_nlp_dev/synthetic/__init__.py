"""Our own corpora: the synthetic report generator and the bundled sample reports."""
