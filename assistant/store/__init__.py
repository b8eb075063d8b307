"""Drafts, versions, bodies and users in SQLite or PostgreSQL; the schema and its migrations."""
