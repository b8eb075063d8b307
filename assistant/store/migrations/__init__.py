"""Alembic migrations of the drafts database, applied at start by assistant.store.migrate."""
