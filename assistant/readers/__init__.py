"""Readers of report files. `blocks` is the leaf every reader builds on (no imports from the readers)."""
