"""Imported once by the worker processes' fork server: what every worker would otherwise redo for its first
job (imports, the notes lexicon's pattern, the solver's first linear program), so a job on a draft's notes
costs its own work only."""
from . import batch  # noqa: F401  (the parser and the checks, for uploads)
from ..drafting import new_draft
from ..drafting.view import _build

_build(new_draft("某某县人民政府", 2024).model_copy(update={"notes": ["收到申请5件，予以公开3件，不予公开2件。"]}))
