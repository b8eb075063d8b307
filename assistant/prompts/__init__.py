"""The LLM prompts as package data (read with importlib.resources, so an installed wheel has them too)."""
from importlib import resources


def template(name: str) -> str:
    """The text of prompt `name` with its $placeholders; FileNotFoundError when the install lacks it."""
    return resources.files(__name__).joinpath(f"{name}.md").read_text(encoding="utf-8")


def names() -> list[str]:
    return sorted(p.name[:-3] for p in resources.files(__name__).iterdir() if p.name.endswith(".md"))
