"""OCR of scanned pages with Tesseract, used only when it is installed (the `ocr` extra plus
Debian's tesseract-ocr and tesseract-ocr-swe); otherwise such pages are reported, not guessed."""

from __future__ import annotations

import importlib.util
import os
import shutil
from functools import cache


@cache
def ocr_languages() -> str | None:
    """"swe+eng" (or what is installed of them), or None when OCR is not possible here."""
    if shutil.which("tesseract") is None or importlib.util.find_spec("pytesseract") is None:
        return None
    import pytesseract

    try:
        installed = set(pytesseract.get_languages(config=""))
    except (pytesseract.TesseractError, OSError):
        return None
    wanted = [lang for lang in ("swe", "eng") if lang in installed]
    return "+".join(wanted) if wanted else None


def ocr_page_text(page, languages: str) -> str:
    """Text of one pdfplumber page rendered at 300 dpi. One thread: ~2.5 s a page instead of ~20 s."""
    import pytesseract

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    image = page.to_image(resolution=300).original
    return pytesseract.image_to_string(image, lang=languages)
