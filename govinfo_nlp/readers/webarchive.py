"""Safari's web archives (.webarchive, "Save As… Web Archive"): the page's HTML.

Safari saves a page with its parts as a binary property list (``bplist00``): a dict
whose ``WebMainResource`` holds the page's bytes (``WebResourceData``), its MIME type
and text encoding name, ``WebSubresources`` its style sheets and pictures, and
``WebSubframeArchives`` one such archive per frame. Read as text the file is binary
and was refused as no text (read.encoding: formats13 q08, a saved report with 200
cells); its HTML is read as any saved page, with the style sheets it holds, and a frame
it holds put in place of its ``<iframe>`` as readers.mhtml does for a MIME archive.

The standard library's ``plistlib`` parses the list, recursively: one Python frame (and
a C call) per level of nesting. A browser's archive nests four or five levels; before
parsing, the levels are counted without recursion from the list's own object table and
a list nested deeper than :data:`_MAX_DEPTH`, or with a reference cycle, is refused
(a crafted list nested thousands deep would overflow a worker thread's small C stack,
as hostile24 a02's MIME parts did).
"""

from __future__ import annotations

import plistlib
import re
import struct
from collections.abc import Iterator

from ..errors import UnreadableDocument
from .mhtml import frames_in_place, join_stylesheets

__all__ = ["html_part", "is_webarchive", "stylesheets"]

_MAGIC = b"bplist00"
# A browser's archive: main dict > WebSubframeArchives > archive > WebMainResource >
# its values, a few levels per frame; frames nested _MAX_FRAME_DEPTH deep stay under it.
_MAX_DEPTH = 32
_MAX_FRAME_DEPTH = 4
_IFRAME = re.compile(
    rb"""<iframe\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)[^>]*>(?:.*?</iframe\s*>)?""",
    re.IGNORECASE | re.DOTALL,
)


# An archive written out as an XML property list (plutil -convert xml1, some tools' export)
# opens with these, after an optional BOM and blanks; one holding the archive's key is one.
_XML_STARTS = (b"<?xml", b"<!DOCTYPE plist", b"<plist")
_XML_KEY = b"<key>WebMainResource</key>"


def is_webarchive(data: bytes) -> bool:
    """Whether ``data`` is a binary property list (what a .webarchive is), or an XML one
    naming a WebMainResource; whether it is a web archive is known once it is parsed
    (:func:`html_part` says when it is not). An XML one was read as text: 'good', with no
    report in it (hostile27 w01)."""
    if data.startswith(_MAGIC):
        return True
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(_XML_STARTS) and b"<plist" in head and _XML_KEY in data


def _depth(data: bytes) -> int | None:
    """How deep the list's containers nest, counted from its object table without
    recursion; None for a list whose table cannot be walked or that refers to itself."""
    if len(data) < 40:
        return None
    try:
        offset_size, ref_size, count, top, table = struct.unpack(">6xBBQQQ", data[-32:])
        if not (1 <= offset_size <= 8 and 1 <= ref_size <= 8) or count > len(data):
            return None
        if top >= count or table + count * offset_size > len(data) - 32:
            return None

        def int_at(pos: int, size: int) -> int:
            return int.from_bytes(data[pos : pos + size], "big")

        def children(ref: int) -> list[int]:
            pos = int_at(table + ref * offset_size, offset_size)
            if pos >= len(data) - 32:
                raise ValueError
            marker = data[pos]
            kind, n = marker >> 4, marker & 0xF
            if kind not in (0xA, 0xC, 0xD):
                return []
            pos += 1
            if n == 0xF:
                size = 1 << (data[pos] & 0xF)
                n = int_at(pos + 1, size)
                pos += 1 + size
            refs = n * (2 if kind == 0xD else 1)
            if pos + refs * ref_size > len(data) - 32:
                raise ValueError
            return [int_at(pos + i * ref_size, ref_size) for i in range(refs)]

        depth: dict[int, int] = {}
        on_path: set[int] = set()
        stack: list[tuple[int, list[int]]] = [(top, children(top))]
        on_path.add(top)
        while stack:
            ref, kids = stack[-1]
            if kids:
                kid = kids.pop()
                if kid >= count or kid in on_path:
                    return None
                if kid not in depth:
                    on_path.add(kid)
                    stack.append((kid, children(kid)))
                    if len(stack) > _MAX_DEPTH:
                        return len(stack)
                continue
            stack.pop()
            on_path.discard(ref)
            depth[ref] = 1 + max((depth[k] for k in children(ref)), default=0)
        return depth[top]
    except (ValueError, IndexError, struct.error):
        return None


def _archive(data: bytes, name: str) -> dict[str, object]:
    if data.startswith(_MAGIC):
        depth = _depth(data)
        if depth is None or depth > _MAX_DEPTH:
            raise UnreadableDocument(
                f"{name}: a property list (bplist00) that is cut short, refers to itself or "
                f"nests more than {_MAX_DEPTH} levels deep (a browser's web archive nests a "
                "few): not read",
                code="binary",
            )
        kind = "a property list (bplist00)"
        try:
            archive = plistlib.loads(data, fmt=plistlib.FMT_BINARY)
        except (ValueError, RecursionError, TypeError, KeyError, UnicodeDecodeError):
            archive = None
    else:
        kind = "an XML property list"
        archive = _xml_plist(data, name)
    main = archive.get("WebMainResource") if isinstance(archive, dict) else None
    if not isinstance(main, dict) or not isinstance(main.get("WebResourceData"), bytes):
        raise UnreadableDocument(
            f"{name}: {kind} that is no web archive (no WebMainResource with the page's "
            "data): not read",
            code="binary",
        )
    assert isinstance(archive, dict)
    return archive


def _xml_plist(data: bytes, name: str) -> object:
    """An archive written as an XML property list. plistlib's XML reader keeps its nesting
    on a list (no recursion) and refuses entity declarations (billion laughs), which is
    then the error's reason."""
    from xml.parsers.expat import ExpatError

    try:
        return plistlib.loads(data, fmt=plistlib.FMT_XML)
    except (ValueError, ExpatError, TypeError, KeyError, UnicodeDecodeError) as exc:
        raise UnreadableDocument(
            f"{name}: an XML property list that cannot be read ({exc}): not read", code="binary"
        ) from exc


def _encoding(resource: dict[str, object]) -> str | None:
    name = resource.get("WebResourceTextEncodingName")
    return name if isinstance(name, str) and name else None


def html_part(data: bytes, *, name: str = "input") -> tuple[bytes, str | None]:
    """The page's HTML bytes and their declared encoding; each ``<iframe>`` whose src is
    the URL of a frame the archive holds replaced by that frame's body in a ``<div>``
    (as the browser shows it), where the frame has the page's encoding."""
    archive = _archive(data, name)
    main = archive["WebMainResource"]
    assert isinstance(main, dict)
    page, charset = main["WebResourceData"], _encoding(main)
    assert isinstance(page, bytes)
    frames = _frames(archive, _MAX_FRAME_DEPTH)
    if frames:
        page = frames_in_place(page, charset, frames, _MAX_FRAME_DEPTH, _IFRAME)
    return page, charset


def _frames(archive: dict[str, object], depth: int) -> dict[bytes, tuple[bytes, str | None]]:
    """URL -> (HTML bytes, encoding) of every frame the archive holds, to ``depth``."""
    out: dict[bytes, tuple[bytes, str | None]] = {}
    subs = archive.get("WebSubframeArchives")
    if depth <= 0 or not isinstance(subs, list):
        return out
    for sub in subs:
        main = sub.get("WebMainResource") if isinstance(sub, dict) else None
        if not isinstance(main, dict):
            continue
        url, body = main.get("WebResourceURL"), main.get("WebResourceData")
        if isinstance(url, str) and isinstance(body, bytes):
            out.setdefault(url.encode("utf-8", "replace"), (body, _encoding(main)))
        assert isinstance(sub, dict)
        for k, v in _frames(sub, depth - 1).items():
            out.setdefault(k, v)
    return out


def stylesheets(data: bytes) -> str:
    """The text of the archive's style sheets (text/css subresources): a rule hiding a
    class in them hides it in the page, as in a MIME archive (readers.mhtml, whose
    join_stylesheets decodes and bounds them). An archive that cannot be read gives none."""
    try:
        archive = _archive(data, "input")
    except UnreadableDocument:
        return ""
    subs = archive.get("WebSubresources")

    def parts() -> Iterator[tuple[bytes, str | None]]:
        for sub in subs if isinstance(subs, list) else ():
            if not isinstance(sub, dict) or sub.get("WebResourceMIMEType") != "text/css":
                continue
            body = sub.get("WebResourceData")
            if isinstance(body, bytes):
                yield body, _encoding(sub)

    return join_stylesheets(parts())
