"""The red team's hostile files (session 8): a damaged or encrypted PDF is the
document's clear error (``read.pdf`` saying why), never ``parse.failed``."""

from __future__ import annotations

import pytest
from test_hostile_binary import pdf

from govinfo_nlp import parse

pytest.importorskip("pdfplumber", reason="the pdf extra (pdfplumber) is not installed")

_PAGE = b"/Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"


def test_a_pdf_with_a_broken_page_object_is_a_read_error() -> None:
    # a damaged download: the last page's dictionary has a key without its value,
    # the offsets kept (the file opens: the damage is met while the pages are read)
    head, _, tail = pdf(3).rpartition(_PAGE)
    data = head + b"/Type /Page /Parent 2 0 R /MediaBox".ljust(len(_PAGE)) + tail
    (error,) = parse(data).errors
    assert error.code == "read.pdf"
    assert "not a readable PDF" in error.message


def test_an_encrypted_pdf_says_it_needs_a_password() -> None:
    # the standard security handler with a user password we do not have
    zeros = b"<" + b"00" * 32 + b">"
    encrypt = b"/Encrypt << /Filter /Standard /V 1 /R 2 /O %s /U %s /P -4 >> " % (zeros, zeros)
    ident = b"/ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] "
    data = pdf(1).replace(b"/Root 1 0 R", b"/Root 1 0 R " + encrypt + ident)
    (error,) = parse(data).errors
    assert error.code == "read.pdf"
    assert "encrypted: it needs a password" in error.message
