"""Web archives (.mhtml/.mht, "save as a single file"): the page's HTML part.

A browser's single-file save is a MIME message: the page's HTML is one part,
quoted-printable or base64, beside its pictures and style sheets. Read as text,
its encoded bytes (=E5=B9=B4) hide every word and number, so the report would be a
silent empty row; the HTML part, decoded, is read as any saved page.

A page whose article sits in an iframe (a CMS showing the report in a frame) is saved
by the browser as several HTML parts: the page's own (often only the site's chrome),
with ``<iframe src="cid:frame-…@mhtml.blink">``, and one part per frame under that
Content-ID. Reading the first part alone read the chrome and lost the report; each
such iframe is replaced by its part's body, as the browser shows it.
"""

from __future__ import annotations

import email
import email.policy
import re
import zlib
from collections.abc import Iterable, Iterator
from itertools import islice

from ..errors import UnreadableDocument
from ..limits import DEFAULT_LIMITS

__all__ = ["html_part", "is_web_archive", "stylesheets"]

# A MIME message starts with its header block: "Name: value" lines (a long value goes
# on in indented lines) up to the first blank line. A browser writes a few headers of
# its own (From: <Saved by Blink>, Snapshot-Content-Location:) among them.
_HEADER_LINE = re.compile(rb"[A-Za-z][A-Za-z0-9-]*:|[ \t]")
# The header block ends at the first blank line; a line in it that is no header line (nor
# its indented continuation) makes the file no archive. Both are found by one regex each
# (C speed): the block is not cut at 8 KB, where a long folded header hid the archive's
# Content-Type and the archive was read as text (hostile25 m01: agency null).
_BLANK_LINE = re.compile(rb"\r?\n\r?\n")
# A line starts after \n, or after \r not followed by \n, as bytes.splitlines() splits
# (a lone \r ends a line in an old Mac file); the empty piece after a last line break is
# no line.
_NOT_HEADER_LINE = re.compile(
    rb"(?:\A|(?<=\n)|(?<=\r)(?!\n))(?!\Z)(?![A-Za-z][A-Za-z0-9-]*:|[ \t])"
)
# A browser writes a header block of a few hundred bytes and lines of at most 76
# characters (quoted-printable and base64 alike; 8-bit HTML keeps the page's lines). The
# email package keeps a string per line: an archive of 10 million soft line breaks (30 MB)
# took 1 GB (hostile25 m01), and a header folded over a million lines 320 MB. Past these
# it is not read (read.html).
_MAX_HEADER_BLOCK = 64 << 10
_MAX_LINES = 2_000_000
_MIME = re.compile(rb"(?im)^MIME-Version:\s*1\.0")
_RELATED = re.compile(rb"(?im)^Content-Type:\s*multipart/related")
# An iframe whose document is a part of the archive (its Content-ID after cid:).
_CID_FRAME = re.compile(
    rb"""<iframe\b[^>]*?\bsrc\s*=\s*["']?cid:([^"'\s>]+)[^>]*>(?:.*?</iframe\s*>)?""",
    re.IGNORECASE | re.DOTALL,
)
_BODY = re.compile(rb"<body\b[^>]*>(.*?)(?:</body\s*>|\Z)", re.IGNORECASE | re.DOTALL)
# Frames inside frames are put in place to this depth (a saved page nests two or three).
_MAX_FRAME_DEPTH = 4
# An archive with more multipart parts than this is not given to the email package, which
# nests its parser a level per multipart: 3,000 levels raised RecursionError (hostile19
# h19) on a main thread, and on a thread's small stack (musl's 128 KiB, 256 KiB here) 400
# overflowed the C stack and ended the process (hostile24 a02); 200 was still read. A
# browser's archive has one (every committed .mht/.mhtml: one).
_MAX_MULTIPARTS = 64
_MULTIPART = re.compile(rb"(?i)content-type:\s*multipart/")


def is_web_archive(data: bytes) -> bool:
    """Whether ``data`` is a MIME web archive: its header block (not its suffix, nor a
    text that quotes such headers) says so."""
    if _HEADER_LINE.match(data) is None:
        # its first line is no header line (a report's text, a page): the block is
        # not split out of the first 8 KB (that split was half of decoding a report)
        return False
    head = _header_block(data)
    return (
        bool(head)
        and _NOT_HEADER_LINE.search(head) is None
        and bool(_MIME.search(head) and _RELATED.search(head))
    )


def _header_block(data: bytes) -> bytes:
    blank = _BLANK_LINE.search(data)
    return data[: blank.start()] if blank else data


def html_part(
    data: bytes, *, name: str = "input", max_bytes: int = DEFAULT_LIMITS.max_bytes
) -> tuple[bytes, str | None]:
    """The first text/html part of a web archive, transfer-decoded (and unpacked where it
    is gzip'd, to at most ``max_bytes``), and its declared charset; its ``cid:`` iframes
    replaced by their parts' bodies (see the module's docstring) where those parts have
    its charset."""
    pages: list[tuple[bytes, str | None, str]] = []
    if len(head := _header_block(data)) > _MAX_HEADER_BLOCK:
        raise UnreadableDocument(
            f"{name}: a web archive (MHTML) whose header block is {len(head):,} bytes long "
            f"(more than {_MAX_HEADER_BLOCK:,}; a browser writes a few hundred): not read",
            code="html",
        )
    if (lines := data.count(b"\n")) > _MAX_LINES:
        raise UnreadableDocument(
            f"{name}: a web archive (MHTML) of {lines:,} lines (more than {_MAX_LINES:,}; a "
            "browser writes lines of at most 76 characters): not read",
            code="html",
        )
    if next(islice(_MULTIPART.finditer(data), _MAX_MULTIPARTS, None), None) is not None:
        raise UnreadableDocument(
            f"{name}: a web archive (MHTML) whose parts nest too deep to read", code="html"
        )
    try:
        # The email package parses and walks nested multiparts recursively: parts
        # nested thousands deep (a browser nests two or three) raised RecursionError
        # out of parse() (hostile19 h19).
        message = email.message_from_bytes(data, policy=email.policy.compat32)
        for part in message.walk():
            if part.get_content_type() == "text/html":
                payload = part.get_payload(decode=True)
                if isinstance(payload, bytes):
                    payload = _content_decoded(payload, part, name, max_bytes)
                if isinstance(payload, bytes) and payload.strip():
                    cid = (part.get("Content-ID") or "").strip().strip("<>")
                    pages.append((payload, part.get_content_charset(), cid))
    except RecursionError:
        raise UnreadableDocument(
            f"{name}: a web archive (MHTML) whose parts nest too deep to read", code="html"
        ) from None
    if not pages:
        raise UnreadableDocument(f"{name}: a web archive (MHTML) without an HTML page", code="html")
    first, charset, _cid = pages[0]
    frames = {cid.encode("ascii", "replace"): (body, cs) for body, cs, cid in pages[1:] if cid}
    if frames:
        first = frames_in_place(first, charset, frames, _MAX_FRAME_DEPTH)
    return first, charset


# gzip's first two bytes (RFC 1952): a saved HTTP response keeps its body as it came.
_GZIP_MAGIC = b"\x1f\x8b"


def _content_decoded(
    payload: bytes, part: email.message.Message, name: str, max_bytes: int
) -> bytes:
    """A part's body with its Content-Encoding undone: gzip (declared, or by its magic
    bytes: a proxy's response saved without the header) unpacked to at most ``max_bytes``.

    Read as it was, a gzip'd page was a ``read.binary`` error that did not say why (robust25's
    leftover, hostile26 m01); one that unpacks without end (hostile25 m01: 1 GiB of spaces)
    is ``read.too_large`` once past the bound, never held whole. Another encoding (br,
    deflate, compress) is named in a ``read.html`` error."""
    coding = str(part.get("Content-Encoding") or "").strip().lower()
    if payload[:2] != _GZIP_MAGIC and coding in ("", "identity", "gzip", "x-gzip"):
        return payload
    if payload[:2] != _GZIP_MAGIC:
        raise UnreadableDocument(
            f"{name}: a web archive (MHTML) whose HTML part is compressed "
            f"(Content-Encoding: {coding}), which is not read",
            code="html",
        )
    unpack = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        page = unpack.decompress(payload, max_bytes + 1)
    except zlib.error as exc:
        raise UnreadableDocument(
            f"{name}: a web archive (MHTML) whose HTML part is gzip'd and damaged ({exc})",
            code="html",
        ) from None
    if len(page) > max_bytes:
        raise UnreadableDocument(
            f"{name}: a web archive (MHTML) whose gzip'd HTML part unpacks to more than "
            f"{max_bytes:,} bytes; raise the bound with Limits(max_bytes=...) or --max-bytes "
            "if the input is trusted",
            code="too_large",
        )
    if not unpack.eof:
        raise UnreadableDocument(
            f"{name}: a web archive (MHTML) whose HTML part is gzip'd and cut short", code="html"
        )
    return page


def frames_in_place(
    page: bytes,
    charset: str | None,
    frames: dict[bytes, tuple[bytes, str | None]],
    depth: int,
    frame_ref: re.Pattern[bytes] = _CID_FRAME,
) -> bytes:
    """``page`` with each iframe whose reference (``frame_ref``'s group 1: a ``cid:``
    here, a URL in a Safari web archive) names a part of ``frames`` replaced by that
    part's body in a ``<div>``. A part of another declared charset is left out (its
    bytes would be read in the page's encoding); so is a frame beyond ``depth``."""

    def inline(m: re.Match[bytes]) -> bytes:
        frame = frames.get(m.group(1))
        if frame is None or depth <= 0 or (frame[1] or "").lower() != (charset or "").lower():
            return m.group(0)
        body = _BODY.search(frame[0])
        inner = body.group(1) if body else frame[0]
        return b"<div>" + frames_in_place(inner, charset, frames, depth - 1, frame_ref) + b"</div>"

    return frame_ref.sub(inline, page)


# The style sheets of an archive (a MIME one or a Safari .webarchive) read at most to this
# many characters (a page inlining a framework's CSS: read.py looks into none bigger).
_MAX_CSS = 1 << 20


def stylesheets(data: bytes) -> str:
    """The text of a web archive's style sheet parts (text/css), as the page links them:
    a rule hiding a class in them hides it in the page (formats11 o15: old figures in
    ``<span class="v-old">`` hidden only by the archive's CSS part were read joined to
    the shown ones, 3061 as 31813061). An archive that cannot be walked gives none."""

    def parts() -> Iterator[tuple[bytes, str | None]]:
        message = email.message_from_bytes(data, policy=email.policy.compat32)
        for part in message.walk():
            if part.get_content_type() != "text/css":
                continue
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                yield payload, part.get_content_charset()

    try:
        return join_stylesheets(parts())
    except RecursionError:
        return ""


def join_stylesheets(parts: Iterable[tuple[bytes, str | None]]) -> str:
    """An archive's style sheets, each (its bytes, its charset or None), as one text: each
    decoded by its charset (UTF-8 when it names none or one Python does not know, what does
    not decode replaced), and none from the first that would pass _MAX_CSS characters on.
    Both archive readers (this one's and readers.webarchive's) take their sheets so."""
    out: list[str] = []
    size = 0
    for body, charset in parts:
        try:
            text = body.decode(charset or "utf-8", errors="replace")
        except LookupError:
            text = body.decode("utf-8", errors="replace")
        size += len(text)
        if size > _MAX_CSS:
            break
        out.append(text)
    return "\n".join(out)
