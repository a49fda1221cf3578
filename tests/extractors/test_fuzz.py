"""Property tests: whatever bytes or text come in, only the project's own typed errors come out.
(A coverage-guided harness for longer runs is in fuzz/, run on demand.)"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.errors import DocumentError
from extractors.extract import extract
from extractors.nlp.people import clean_name, is_person_name, same_person
from extractors.readers import read_document

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "samples"
SEED_DOCX = (SAMPLES / "2025-02-11_dtb_nordostra.docx").read_bytes()
SEED_PDF = (SAMPLES / "2025-09-16_dtb_nordostra.pdf").read_bytes()
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def read_bytes_as(data: bytes, name: str) -> None:
    """Read ``data`` as a file called ``name``; extraction runs on whatever could be read."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            extract(read_document(path))
        except DocumentError as error:
            assert str(path) in str(error)  # every error names the file


@FUZZ
@given(st.sampled_from([b"", b"%PDF-1.7\n", b"PK\x03\x04"]), st.binary(max_size=4096),
       st.sampled_from(["x.pdf", "x.docx", "x.txt", "x.md"]))
def test_random_bytes_under_any_name(prefix: bytes, body: bytes, name: str) -> None:
    read_bytes_as(prefix + body, name)


@FUZZ
@given(st.sampled_from([SEED_DOCX, SEED_PDF]), st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)),
                                                          min_size=1, max_size=8))
def test_real_documents_with_corrupted_bytes(original: bytes, flips: list[tuple[float, int]]) -> None:
    data = bytearray(original)
    for where, value in flips:
        data[int(where * (len(data) - 1))] = value
    read_bytes_as(bytes(data), "skadad.docx" if original is SEED_DOCX else "skadad.pdf")


@FUZZ
@given(st.sampled_from([SEED_DOCX, SEED_PDF]),
       st.integers(min_value=1, max_value=99))
def test_real_documents_cut_short(original: bytes, percent: int) -> None:
    read_bytes_as(original[: len(original) * percent // 100], "kort.pdf" if original is SEED_PDF else "kort.docx")


@FUZZ
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=2000))
def test_any_text_extracts_without_error(text: str) -> None:
    read_bytes_as(text.encode("utf-8"), "anteckning.txt")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80), st.text(max_size=80))
def test_name_parsers_never_raise(a: str, b: str) -> None:
    name, absent, acting = clean_name(a)
    assert isinstance(name, str) and isinstance(absent, bool) and isinstance(acting, bool)
    assert isinstance(is_person_name(a), bool)
    assert same_person(a, b) == same_person(b, a)
