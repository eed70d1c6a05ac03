"""Where each page of a paged document (PDF, scanned image) sits in its extracted text."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Box", "Page"]

Box = tuple[float, float, float, float]  # x0, top, x1, bottom in PDF points from the top left


@dataclass(frozen=True, slots=True)
class Page:
    """One page: its span of the extracted text, which reader made it, and a box per character.

    ``boxes[i]`` is the box of ``text[start + i]``; characters the reader
    wrote itself (line breaks, cell separators) have an empty box.
    """

    number: int  # from 1
    start: int
    end: int
    reader: str  # "pdfplumber", "pypdfium2" or "tesseract"
    width: float = 0.0
    height: float = 0.0
    boxes: tuple[Box | None, ...] = ()
    # spans of the text read by OCR on a page that has a text layer (a table pasted
    # as a picture); a page whose reader is "tesseract" was read by OCR whole
    ocr: tuple[tuple[int, int], ...] = ()
    # the page is a scan whose text layer another program's OCR made (invisible text
    # under the picture): its text is OCR's, read by pdfplumber
    ocr_layer: bool = False

    @property
    def ocr_spans(self) -> tuple[tuple[int, int], ...]:
        """The spans of the document's text that OCR read on this page."""
        whole = self.reader == "tesseract" or self.ocr_layer
        return ((self.start, self.end),) if whole else self.ocr

    def box(self, offset: int) -> Box | None:
        """The box of the character at ``offset`` of the document's text, if it has one."""
        i = offset - self.start
        return self.boxes[i] if 0 <= i < len(self.boxes) else None
