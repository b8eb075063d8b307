"""The house: assistant/ in layers by pipeline stage, no import cycle under any counting (function-level
imports and a package's __init__ included), each label, recogniser and topic list of the form spelled out once
(assistant/form/official.py), and an installed wheel (not the checkout) drafts a section with an LLM."""
from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "assistant"
UI = ROOT / "ui"

# Lowest first: a module may import its own layer and the layers before it, never a later one.
# corpus/ sits before drafting (the writer retrieves examples; the corpus reads reports with parse/);
# settings, safetext and llm are the base every layer may use.
LAYERS = (
    ("base", ("assistant", "assistant.settings", "assistant.safetext", "assistant.llm", "assistant.prompts")),
    ("form", ("assistant.form",)),
    ("readers", ("assistant.readers",)),
    ("model", ("assistant.model",)),
    ("parse", ("assistant.parse",)),
    ("checks", ("assistant.checks",)),
    ("corpus", ("assistant.corpus",)),
    ("notes", ("assistant.notes",)),
    ("drafting", ("assistant.drafting",)),
    ("export", ("assistant.export",)),
    ("store", ("assistant.store",)),
    ("review", ("assistant.review",)),
    ("cli", ("assistant.cli",)),
)


def _module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in PKG.rglob("*.py")}


def _imports(path: Path, modules: dict[str, Path]) -> set[str]:
    """Every assistant module this file imports, at any depth of the code (function-level included): `from x
    import y` is an edge to y when y is a module, else to x (a package's __init__ when x is a package)."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name.startswith("assistant")}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            if not mod.startswith("assistant"):
                continue
            for a in node.names:
                out.add(f"{mod}.{a.name}" if f"{mod}.{a.name}" in modules else mod)
    return {m for m in out if m in modules and m != name}


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(path, modules) for name, path in modules.items()}


def _layer(module: str) -> int:
    best, rank = -1, None
    for i, (_, prefixes) in enumerate(LAYERS):
        for p in prefixes:
            if (module == p or module.startswith(p + ".")) and len(p) > best:
                best, rank = len(p), i
    assert rank is not None, f"{module} is in no layer: add it to LAYERS"
    return rank


def test_every_module_belongs_to_a_layer():
    for name in _modules():
        _layer(name)


def test_no_module_imports_a_later_layer():
    """Edges from a package's __init__ count like any other (no exemption)."""
    wrong = [f"{a} ({LAYERS[_layer(a)][0]}) → {b} ({LAYERS[_layer(b)][0]})"
             for a, deps in sorted(_graph().items()) for b in sorted(deps) if _layer(b) > _layer(a)]
    assert wrong == [], "\n".join(wrong)


def test_the_package_never_imports_the_ui():
    for path in PKG.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and not node.level:
                assert not (node.module or "").startswith("ui"), path
            elif isinstance(node, ast.Import):
                assert not any(a.name.startswith("ui") for a in node.names), path


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    cycles, state, stack = [], {}, []

    def visit(n):
        state[n] = 1
        stack.append(n)
        for m in sorted(graph[n]):
            if state.get(m) == 1:
                cycles.append(stack[stack.index(m):] + [m])
            elif m not in state:
                visit(m)
        stack.pop()
        state[n] = 2

    for n in sorted(graph):
        if n not in state:
            visit(n)
    return cycles


def test_no_import_cycles_in_the_package():
    """Every written import counts, a package's __init__ importing its own submodules included: a submodule
    that imports its package's __init__ back (writer → evaluate → drafting/__init__ → writer) is a cycle."""
    cycles = _cycles(_graph())
    assert cycles == [], "\n".join(" → ".join(c) for c in cycles)


def test_the_cycle_finder_sees_a_cycle_through_an_init():
    graph = {"p": {"p.a"}, "p.a": {"p.b"}, "p.b": {"p"}}
    assert _cycles(graph) == [["p", "p.a", "p.b", "p"]]


# --- One home: what the form defines is spelled out in assistant/form/official.py only ---------------------

def _form_strings():
    from assistant.form import official as f
    labels = set()
    for s in f.SECTIONS:
        labels |= {s.heading, *s.variants}
    labels |= {t.heading for t in f.TABLES}
    for c in (*f.DOC_COLUMNS, *f.REVIEW_OUTCOMES):
        labels.add(c.label)
    for r in f.ACTIVE:
        labels |= {r.label, r.block}
    labels |= {a.label for a in f.APPLICANTS}
    labels |= {g.label for g in (f.RESULTS, *f.T3_GROUPS)}
    labels |= {r.label for r in f.APPLICATION_ROWS_DEF}
    for g in f.REVIEW_GROUPS_DEF:
        labels |= {g.label, g.header}
    labels |= {f.DECISIONS, f.FEE_AMOUNT, f.LEGAL_PERSONS, f.APPLICATIONS_HEADER, *f.FORMAT_2019_MARKERS,
               *f.ROWS_2019}
    topics = {name for name, _ in (*f.OVERVIEW_TOPICS, *f.GOVERNMENT_DUTIES)}
    printed = [s.printed for s in f.SECTIONS] + [r.printed for r in f.APPLICATION_ROWS_DEF] + [
        g.printed for g in f.REVIEW_GROUPS_DEF]
    patterns = {x for x in printed if re.search(r"[|^$*]", x)}  # a plain word ("予以公开") is no recogniser copy
    word_lists = {words for _, words in (*f.OVERVIEW_TOPICS, *f.GOVERNMENT_DUTIES)}
    return labels, topics, patterns, word_lists


NUMBERED = re.compile(r"^([一二三四五六七八九十]、|（[一二三四五六七八九十]）|\d\.)")


def _code_files():
    files = [p for p in PKG.rglob("*.py") if p != PKG / "form" / "official.py"]
    return files + sorted(UI.rglob("*.py")) + [ROOT / "app.py"]


def _strings(path: Path):
    """The string constants of a file's code (docstrings are prose about the code, not copies)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = set()
    for n in ast.walk(tree):
        if isinstance(n, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and n.body and \
                isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant):
            docs.add(id(n.body[0].value))
    return tree, [n for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
                  and id(n) not in docs]


def test_each_label_recogniser_and_topic_list_of_the_form_has_one_home():
    """In assistant/ and ui/: no string equal to a label of the form (five characters or more) or to one of its
    topic names; no numbered or long official label quoted inside a message; no recogniser pattern of the
    form; no literal list that holds two topics, duties or their word lists."""
    labels, topics, patterns, word_lists = _form_strings()
    quoted = {x for x in labels if NUMBERED.match(x) or len(x) >= 10}
    wrong = []
    for path in _code_files():
        rel = path.relative_to(ROOT).as_posix()
        tree, strings = _strings(path)
        for n in strings:
            v = n.value
            if (v in labels and len(v) >= 5) or v in topics - {"主动公开"} or v in patterns:
                wrong.append(f"{rel}:{n.lineno} {v!r}")
            wrong += [f"{rel}:{n.lineno} quotes {x!r}" for x in quoted if x in v]
        for node in ast.walk(tree):
            if isinstance(node, (ast.Tuple, ast.List, ast.Set, ast.Dict)):
                items = node.keys if isinstance(node, ast.Dict) else node.elts
                names = {e.value for e in items if isinstance(e, ast.Constant)} & topics
                lists = {tuple(e.value for e in x.elts) for x in (node.values if isinstance(node, ast.Dict) else
                                                                  node.elts)
                         if isinstance(x, ast.Tuple) and all(isinstance(e, ast.Constant) for e in x.elts)}
                if len(names) >= 2 or len(lists & word_lists) >= 2:
                    wrong.append(f"{rel}:{node.lineno} a copy of the form's topic list")
    assert wrong == [], "\n".join(wrong)


def test_the_one_home_test_would_see_a_copy(tmp_path):
    """The S-6 list that drifted (issue 19) is what the test above catches."""
    labels, topics, patterns, word_lists = _form_strings()
    tree = ast.parse('topics = {"主动公开": ("主动公开",), "依申请公开": ("依申请",), "监督保障": ("监督", "保障")}')
    node = next(n for n in ast.walk(tree) if isinstance(n, ast.Dict))
    assert len({k.value for k in node.keys} & topics) >= 2


def test_each_word_of_the_form_s_lexicon_is_listed_once_per_entry():
    """A synonym listed twice in one row or column (merges add the same word from two branches) is a list that
    grows without anyone seeing what is in it already."""
    from assistant.form import official as form

    entries = [e for v in vars(form).values() if isinstance(v, tuple) for e in v if getattr(e, "synonyms", None)]
    twice = {getattr(e, "key", e): sorted({w for w in e.synonyms if e.synonyms.count(w) > 1})
             for e in entries if len(set(e.synonyms)) != len(e.synonyms)}
    assert len(entries) > 20 and twice == {}


def test_every_imported_distribution_is_declared():
    """A module the app imports comes from a distribution pyproject.toml names, not from one that another
    package happens to pull in."""
    import tomllib
    from importlib.metadata import packages_distributions
    declared = {re.split(r"[\[=<>~ ]", d)[0].lower().replace("_", "-")
                for d in tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]}
    dists = packages_distributions()
    imported = set()
    for path in [*PKG.rglob("*.py"), *UI.rglob("*.py"), ROOT / "app.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                imported.add(node.module.split(".")[0])
    third_party = {m for m in imported if m not in sys.stdlib_module_names and m not in ("assistant", "ui")}
    missing = {m: dists.get(m) for m in third_party
               if not {d.lower().replace("_", "-") for d in dists.get(m, [])} & declared}
    assert missing == {}, missing


def test_an_installed_wheel_drafts_a_section_against_the_loopback_llm(tmp_path):
    """Prompts are package data: a non-editable install (no checkout on the path) drafts with an LLM."""
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(wheels),
                    str(ROOT)], check=True, timeout=300)
    wheel = next(wheels.glob("nianbao-*.whl"))
    venv = tmp_path / "venv"
    # The venv sees the test environment's packages (the dependencies) but installs nianbao itself from the wheel.
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True, timeout=120)
    py = venv / "bin" / "python"
    site = subprocess.run([sys.executable, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    subprocess.run([str(py), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)], check=True,
                   timeout=300)
    from tests.llm_server import LoopbackLLM, Reply
    server = LoopbackLLM().start()
    try:
        # the notes' extraction, then the section (a reply of a few words would be refused, not drafted)
        server.script(Reply(tool_arguments={"cells": []}),
                      Reply(content="本机关依据《政府信息公开信息处理费管理办法》规定，本年度未收取信息处理费。"))
        script = textwrap.dedent(f"""
            import sys
            sys.path = [p for p in sys.path if p not in ("", {str(ROOT)!r})] + [{site!r}]
            import assistant
            assert {str(ROOT)!r} not in assistant.__file__, assistant.__file__
            from assistant.drafting import add_notes, draft_section, new_draft
            from assistant.settings import Settings
            s = Settings(llm_base_url={server.base_url!r}, llm_model="m", llm_retries=0, data_dir={str(tmp_path)!r})
            d, _ = add_notes(new_draft("东城县教育局", 2025), "信息处理费未收取。", s)
            d = draft_section(d, 6, s)
            print(d.sections[6].origin, d.sections[6].text)
        """)
        env = {k: v for k, v in os.environ.items() if not k.startswith("NIANBAO_")}
        out = subprocess.run([str(py), "-c", script], capture_output=True, text=True, timeout=120, cwd=tmp_path,
                             env=env)
        assert out.returncode == 0, out.stderr[-2000:]
        assert out.stdout.startswith("llm "), out.stdout + out.stderr[-1000:]
    finally:
        server.stop()


# --- One dispatch table: only readers/registry.py decides by a file's suffix what it is ----------------------

def _suffix_branches(tree: ast.AST, suffixes: set[str]) -> list[int]:
    """Lines that compare with, test membership in, or call endswith() on a reader's suffix."""
    def named(node) -> bool:
        consts = [node] if isinstance(node, ast.Constant) else \
            list(node.elts) if isinstance(node, (ast.Tuple, ast.List, ast.Set)) else []
        return any(isinstance(c, ast.Constant) and isinstance(c.value, str) and c.value.lower() in suffixes
                   for c in consts)
    lines = []
    for n in ast.walk(tree):
        if isinstance(n, ast.Compare) and any(named(x) for x in (n.left, *n.comparators)):
            lines.append(n.lineno)
        elif isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "endswith" and \
                any(named(a) for a in n.args):
            lines.append(n.lineno)
    return lines


# The prompts are the package's own markdown files, listed by name: not a file a user gives to be read.
NOT_A_READER = {PKG / "readers" / "registry.py", PKG / "prompts" / "__init__.py"}


def test_only_the_readers_registry_branches_on_a_file_suffix():
    from assistant.readers.registry import SUFFIXES
    suffixes = set(SUFFIXES)
    wrong = [f"{p.relative_to(ROOT).as_posix()}:{line}" for p in _code_files() + [PKG / "form" / "official.py"]
             if p not in NOT_A_READER
             for line in _suffix_branches(ast.parse(p.read_text(encoding="utf-8")), suffixes)]
    assert wrong == [], "\n".join(wrong)


def test_the_suffix_scan_would_see_a_branch():
    tree = ast.parse('if p.suffix.lower() in (".txt", ".md"): pass\nif name.endswith(".docx"): pass\n'
                     'if kind == ".wps": pass\nx = p.suffix == ".json"')
    assert _suffix_branches(tree, {".txt", ".md", ".docx", ".wps"}) == [1, 2, 3]
