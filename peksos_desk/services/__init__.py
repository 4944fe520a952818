"""Use cases: one transaction each, validated input, audit written, frozen dataclasses returned."""
