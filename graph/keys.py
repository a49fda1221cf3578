"""Deterministic keys for shared nodes: the same identity always gives the same key."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


@lru_cache(maxsize=65536)  # the same names and titles are folded again and again
def fold(text: str) -> str:
    """Case-fold and strip accents: "Åsa Öberg" -> "asa oberg" (for comparing spellings)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)  # every run keys every document's organisation names again
def slug(text: str) -> str:
    return _NOT_SLUG.sub("-", fold(text)).strip("-") or "unnamed"


def person_key(name: str) -> str:
    return f"person-{slug(name)}"


def organisation_key(name: str) -> str:
    return f"org-{slug(name)}"


def project_key(name: str) -> str:
    return f"project-{slug(name)}"


def forum_key(name: str) -> str:
    return f"forum-{slug(name)}"


def role_key(title: str) -> str:
    return f"role-{slug(title)}"
