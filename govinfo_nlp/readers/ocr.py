"""OCR of scanned pages and pictures of tables (extra ``ocr``: tesseract with chi_sim).

Not available yet in this version: :func:`ocr_pages` and :func:`read_image`
say so, so that a scanned page is an error naming what cannot be read.
"""

from __future__ import annotations

from typing import Any

from ..errors import UnreadableDocument

__all__ = ["ocr_available", "ocr_pages", "read_image"]


def ocr_available() -> bool:
    """Whether OCR can run here (tesseract with chi_sim, pypdfium2 and Pillow)."""
    return False


def ocr_pages(data: bytes, numbers: list[int], *, name: str = "input") -> list[Any] | None:
    """The OCR'd content of pages ``numbers`` of a PDF, or None when OCR cannot run."""
    return None


def read_image(data: bytes, *, name: str = "input") -> tuple[str, list[Any], tuple[Any, ...]]:
    raise UnreadableDocument(
        f"{name}: images are read only by OCR, which is not available", code="ocr_missing"
    )
