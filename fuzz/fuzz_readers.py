"""Coverage-guided fuzzing of the readers and extraction with atheris (run on demand, not in CI).

    .venv/bin/pip install -e '.[fuzz]'
    .venv/bin/python fuzz/fuzz_readers.py -atheris_runs=20000 fuzz/corpus

Seeds the corpus folder with the project's own sample documents when it is empty. Any exception
other than the project's typed DocumentError is a finding: atheris stops and writes the input that
caused it (crash-...) to the working folder; re-run with that file as the only argument to debug.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from extractors.errors import DocumentError
    from extractors.extract import extract
    from extractors.readers import read_document

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"
SUFFIXES = (".docx", ".pdf", ".txt")
WORK = Path(tempfile.mkdtemp(prefix="minutes-graph-fuzz-"))


def one_input(data: bytes) -> None:
    if not data:
        return
    path = WORK / f"input{SUFFIXES[data[0] % len(SUFFIXES)]}"  # the first byte picks the name
    path.write_bytes(data[1:])
    try:
        extract(read_document(path))
    except DocumentError:
        pass


def main() -> None:
    corpus = next((Path(a) for a in sys.argv[1:] if not a.startswith("-")), None)
    if corpus is not None and corpus.is_dir() and not any(corpus.iterdir()):
        for index, sample in enumerate(sorted(SAMPLES.iterdir())):
            shutil.copy(sample, corpus / f"seed-{index}")
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
