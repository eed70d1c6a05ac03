"""Web archives (.mhtml/.mht, "save as a single file"): the page's HTML part.

A browser's single-file save is a MIME message: the page's HTML is one part,
quoted-printable or base64, beside its pictures and style sheets. Read as text,
its encoded bytes (=E5=B9=B4) hide every word and number, so the report would be a
silent empty row; the HTML part, decoded, is read as any saved page.
"""

from __future__ import annotations

import email
import email.policy
import re

from ..errors import UnreadableDocument

__all__ = ["html_part", "is_web_archive"]

# A MIME message starts with its header block: "Name: value" lines (a long value goes
# on in indented lines) up to the first blank line. A browser writes a few headers of
# its own (From: <Saved by Blink>, Snapshot-Content-Location:) among them.
_HEAD = 8192
_HEADER_LINE = re.compile(rb"[A-Za-z][A-Za-z0-9-]*:|[ \t]")
_MIME = re.compile(rb"(?im)^MIME-Version:\s*1\.0")
_RELATED = re.compile(rb"(?im)^Content-Type:\s*multipart/related")


def is_web_archive(data: bytes) -> bool:
    """Whether ``data`` is a MIME web archive: its header block (not its suffix, nor a
    text that quotes such headers) says so."""
    if _HEADER_LINE.match(data) is None:
        # its first line is no header line (a report's text, a page): the block is
        # not split out of the first 8 KB (that split was half of decoding a report)
        return False
    head = re.split(rb"\r?\n\r?\n", data[:_HEAD], maxsplit=1)[0]
    lines = head.splitlines()
    return (
        bool(lines)
        and all(_HEADER_LINE.match(line) for line in lines)
        and bool(_MIME.search(head) and _RELATED.search(head))
    )


def html_part(data: bytes, *, name: str = "input") -> tuple[bytes, str | None]:
    """The first text/html part of a web archive, transfer-decoded, and its declared charset."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload.strip():
                return payload, part.get_content_charset()
    raise UnreadableDocument(f"{name}: a web archive (MHTML) without an HTML page", code="html")
