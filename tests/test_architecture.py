"""The house: no import cycles in assistant/ (function-level imports included), each official label
spelled out once, and an installed wheel (not the checkout) drafts a section with an LLM."""
from __future__ import annotations

import ast
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "assistant"


def _module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _imports(path: Path) -> set[str]:
    """Every assistant module this file imports, at any depth of the code (function-level included)."""
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
            out.add(mod)
            for a in node.names:  # "from . import form" names a module
                out.add(f"{mod}.{a.name}")
    return out


def _graph() -> dict[str, set[str]]:
    modules = {_module_name(p): p for p in PKG.rglob("*.py")}
    graph = {}
    for name, path in modules.items():
        deps = {d for d in _imports(path) if d in modules and d != name}
        # A package's __init__ re-exporting its own submodules is not a cycle through the package.
        graph[name] = {d for d in deps if not (d.startswith(name + ".") and path.name == "__init__.py")}
    return graph


def test_no_import_cycles_in_the_package():
    graph = _graph()
    # Importing a submodule imports its parent package first: that edge is real too.
    for name in list(graph):
        parent = name.rpartition(".")[0]
        if parent in graph and parent != "assistant":
            graph[name] = graph[name] | {parent} - {name}
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
    # A package __init__ that imports its submodules is the usual layout, not a cycle.
    real = [c for c in cycles if not all(x == c[0] or x.startswith(c[0] + ".") or c[0].startswith(x + ".")
                                         for x in c)]
    assert real == [], "\n".join(" → ".join(c) for c in real)


@pytest.mark.parametrize("label", ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "5.要求行政机关确认或重新出具已获取信息",
                                   "四、结转下年度继续办理", "本年收费金额（单位：万元）", "危及“三安全一稳定”",
                                   "（三）不予公开", "本年废止件数"])
def test_each_official_label_is_spelled_out_in_one_module(label):
    homes = [p.relative_to(ROOT).as_posix() for p in PKG.rglob("*.py") if label in p.read_text(encoding="utf-8")]
    assert homes == ["assistant/form/official.py"], homes


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
        server.script(Reply(content="本机关依据《政府信息公开信息处理费管理办法》规定，本年度未收取信息处理费。"))
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
