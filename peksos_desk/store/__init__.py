"""Persistence: SQLAlchemy models, the engine factory, migrations and store-level safety checks."""
