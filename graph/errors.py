"""Errors of the graph layer."""

from __future__ import annotations

from extractors.errors import MinutesGraphError


class GraphStoreError(MinutesGraphError):
    """The graph database is unreachable, refused a statement, or could not be started."""


class TransientStoreError(GraphStoreError):
    """A failure worth retrying (connection refused or reset, server busy)."""


class ReadOnlyViolation(GraphStoreError):
    """A write statement was sent where only reads are allowed."""
