"""`nianbao eval`: drafts a folder of notes with the configured model and scores every draft, so that a good
model and a bad one (invented figures, copied example text, missing sub-sections) are told apart."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from assistant.cli import main
from assistant.parse import parse_file
from assistant.settings import get_settings
from tests.llm_server import Reply

ROOT = Path(__file__).resolve().parents[1]
NOTES = "收到政府信息公开申请6件，均为自然人，予以公开4件，本机关不掌握2件。上年没有结转，年底都办完了。网站发布信息320条。信息处理费未收取。"

GOOD = {
    1: "（一）主动公开。全年通过政府网站发布信息320条。\n（二）依申请公开。全年收到申请6件，予以公开4件，本机关不掌握2件。\n"
       "（三）政府信息管理。落实信息发布审查制度。\n（四）政府信息公开平台建设。优化网站专栏。\n（五）监督保障。开展监督检查。",
    5: "（一）存在的主要问题。政策解读形式较为单一。\n（二）改进情况。增加图解解读。",
    6: "本年度未收取信息处理费。",
}


def _bad(corpus_text: str) -> dict:
    return {1: "全年发布信息88888条，群众满意度达到97.5%。" + corpus_text[:300],
            5: corpus_text[:400], 6: "本年度收取信息处理费5600元。"}


def _run(tmp_path, server, texts: dict) -> dict:
    notes = tmp_path / "notes"
    notes.mkdir(parents=True, exist_ok=True)
    (notes / "a.txt").write_text(NOTES, encoding="utf-8")
    server.script(Reply(tool_arguments={"cells": []}), *(Reply(content=texts[n]) for n in (1, 5, 6)))
    env = {"NIANBAO_LLM_BASE_URL": server.base_url, "NIANBAO_LLM_MODEL": "m", "NIANBAO_LLM_RETRIES": "0",
           "NIANBAO_DATA_DIR": str(tmp_path / "data"), "NIANBAO_CORPUS_DIR": str(ROOT / "corpus")}
    get_settings.cache_clear()  # the command reads the environment given here, not a cached one
    out = CliRunner().invoke(main, ["eval", str(notes), "--agency", "东城县教育局", "--year", "2025", "--json"], env=env)
    get_settings.cache_clear()
    assert out.exit_code == 0, out.output
    return json.loads(out.output)


def test_eval_tells_a_good_model_from_a_bad_one(tmp_path, llm_server):
    corpus_text = parse_file(ROOT / "corpus" / "000_93135b5bed1bd1eb.txt").section_text(1)
    good = _run(tmp_path / "g", llm_server, GOOD)["totals"]
    bad = _run(tmp_path / "b", llm_server, _bad(corpus_text))["totals"]
    # the good model's sections are accepted as written; every bad one (invented figures 88888, 97.5 %, 5600,
    # example text copied, sub-headings missing) is refused, counted by reason, and the composer writes it
    assert good["sections_accepted"] == 3 and good["fell_back"] == good["sections_fell_back"] == 0
    assert good["number_flags"] == 0 and good["mean_copy_rate"] < 0.2 and good["missing_subsections"] == 0
    assert bad["sections_accepted"] == 0 and bad["fell_back"] == 1 and bad["sections_fell_back"] == 3
    assert sum(bad["fallback_reasons"].values()) == 3 and "figures" in bad["fallback_reasons"]
    assert bad["number_flags"] == 0 and bad["mean_copy_rate"] < 0.2  # what stands in the draft is the composer's


def _offline_eval(tmp_path):
    notes = tmp_path / "n"
    notes.mkdir()
    (notes / "a.txt").write_text(NOTES, encoding="utf-8")
    get_settings.cache_clear()
    out = CliRunner().invoke(main, ["eval", str(notes)], env={"NIANBAO_LLM_MODEL": "", "NIANBAO_DATA_DIR": str(tmp_path)})
    get_settings.cache_clear()
    assert out.exit_code == 0, out.output
    return out


def test_eval_offline_scores_the_composer(tmp_path):
    out = _offline_eval(tmp_path)
    assert "a: 错误" in out.output and "合计 1 份" in out.output and "用时" in out.output


def test_eval_says_which_prompts_it_measured_and_a_changed_prompt_is_a_new_version(tmp_path, monkeypatch):
    from assistant import prompts
    out = _offline_eval(tmp_path)
    assert f"提示词版本：{prompts.version()}" in out.output.splitlines()[0]
    before = prompts.version()
    real = prompts.template
    monkeypatch.setattr(prompts, "template", lambda name: real(name) + ("多一句。" if name == "section_5" else ""))
    assert prompts.version() != before
