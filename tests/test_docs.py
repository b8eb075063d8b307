"""The README stays honest: every command of its command-line section runs (`--help` at least), its pages
table names exactly the registered pages (ui/pages.py), every path its tables name exists."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ui.pages import PAGES

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    start = README.index(f"## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start:end if end > 0 else None]


def _commands() -> list[str]:
    """The subcommands the README's command-line section shows (`.venv/bin/nianbao parse …`)."""
    block = _section("Command line")
    return sorted({m.group(1) for m in re.finditer(r"^\.venv/bin/nianbao ([\w-]+)", block, re.M)})


def test_the_readme_shows_every_command_of_the_cli():
    from assistant.cli import main
    assert set(_commands()) == set(main.commands), (set(_commands()) ^ set(main.commands))


# Every command's --help in one real process of its own (the CLI as installed, imported once): its exit code,
# what it printed and any error, per command.
HELP_ALL = """
import contextlib, io, json, sys, traceback
from assistant.cli import main
out = {}
for command in sys.argv[1:]:
    args = ([] if command == "-" else [command]) + ["--help"]
    printed, code = io.StringIO(), None
    try:
        with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(printed):
            main(args, prog_name="nianbao")
    except SystemExit as e:
        code = e.code or 0
    except Exception:
        code, printed = 1, io.StringIO(traceback.format_exc())
    out[command] = [code, printed.getvalue()]
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def helps() -> dict:
    p = subprocess.run([sys.executable, "-c", HELP_ALL, "-", *_commands()], cwd=ROOT, capture_output=True, text=True,
                       timeout=300)
    assert p.returncode == 0, p.stderr[-2000:]
    return json.loads(p.stdout)


@pytest.mark.parametrize("command", [None, *_commands()])
def test_each_command_in_the_readme_runs(command, helps):
    code, printed = helps[command or "-"]
    assert code == 0, printed[-2000:]
    assert "Usage:" in printed


def test_the_pages_table_names_the_registered_pages():
    rows = re.findall(r"^\| ([^|]+?) \| ", _section("The app"), re.M)
    titles = [r for r in rows if r not in ("page", "---")]
    assert titles == [p.title for p in PAGES]
    for p in PAGES:
        assert (ROOT / "ui" / p.file).is_file(), p.file


def test_every_path_the_readme_names_exists():
    paths = set()
    for title in ("Architecture", "Where to change", "Layout"):
        paths |= set(re.findall(r"`([\w.]+/[\w/.*]*|[\w]+\.py)`", _section(title)))
    # a path is from the checkout's root, or (inside the architecture's prose) from assistant/
    missing = [p for p in sorted(paths) if "*" not in p and not (ROOT / p).exists()
               and not (ROOT / "assistant" / p).exists() and not list(ROOT.glob(f"assistant/*/{p}"))]
    assert missing == []
