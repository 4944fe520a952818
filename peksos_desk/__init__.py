"""Peksos Desk: case management for an independent Indonesian social worker."""

__version__ = "0.1.0"
