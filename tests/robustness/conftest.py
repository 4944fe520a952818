"""The GUI fixtures of tests/ui, for the robustness tests that drive a page or a viewer."""

from tests.ui.conftest import context, prompter, sqlite_services

__all__ = ["context", "prompter", "sqlite_services"]
