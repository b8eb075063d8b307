"""The LLM prompts as package data (read with importlib.resources, so an installed wheel has them too)."""
import hashlib
from importlib import resources


def template(name: str) -> str:
    """The text of prompt `name` with its $placeholders; FileNotFoundError when the install lacks it."""
    return resources.files(__name__).joinpath(f"{name}.md").read_text(encoding="utf-8")


def names() -> list[str]:
    return sorted(p.name[:-3] for p in resources.files(__name__).iterdir() if p.name.endswith(".md"))


def version() -> str:
    """The prompts' version: a digest of every prompt file, so `nianbao eval` says which prompts scored what
    (a changed word is a new version; nobody has to remember to bump a number)."""
    h = hashlib.sha256()
    for name in names():
        h.update(name.encode() + b"\0" + template(name).encode("utf-8") + b"\0")
    return h.hexdigest()[:10]
