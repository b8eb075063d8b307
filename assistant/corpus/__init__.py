"""The example corpus: past reports, their catalogue and retrieval (BM25 + embeddings)."""
