"""范例库: an admin adds past reports (any supported format), sees them by agency / year / level with how
their tables were read, removes them; the index follows one file at a time. The page in AppTest; signing in
required when a proxy header is configured and none arrives."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from assistant.document import Unreadable
from assistant.library import add, catalogue, remove
from assistant.retrieval import CorpusIndex
from assistant.settings import Settings, get_settings

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "corpus").glob("0*.txt"))


@pytest.fixture()
def lib(tmp_path):
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    s = Settings(data_dir=tmp_path / "data", corpus_dir=tmp_path / "corpus", collection="t_lib")
    client = chromadb.EphemeralClient(settings=ChromaSettings(anonymized_telemetry=False))
    return s, CorpusIndex(s, client=client)


def test_upload_list_and_remove_with_the_index_following(lib):
    s, index = lib
    first = add("report.txt", SEEDS[0].read_bytes(), s, index)
    assert first.agency == "泽普县人民政府" and first.year == 2023 and first.level == "县"
    assert first.file == "泽普县人民政府2023年度报告.txt" and (s.corpus_dir / first.file).exists()
    assert first.confidence in ("高", "中") and "表三：175 格按行名对齐" in first.reading
    second = add("b.txt", SEEDS[1].read_bytes(), s, index)
    assert [e.agency for e in catalogue(s)] == ["乌鲁木齐县人民政府办公室", "泽普县人民政府"]
    sources = {m["source"] for m in index._all(["metadatas"])["metadatas"]}
    assert sources == {first.file, second.file}
    with pytest.raises(Unreadable) as e:
        add("again.txt", SEEDS[0].read_bytes(), s, index)
    assert "已在范例库中" in str(e.value)
    with pytest.raises(Unreadable):
        add("note.txt", "今天开会。".encode(), s, index)
    with pytest.raises(Unreadable) as e:
        add("x.exe", b"MZ", s, index)
    assert "不支持的文件格式" in str(e.value)
    assert len(catalogue(s)) == 2 and sorted(p.name for p in s.corpus_dir.iterdir()) == sorted([first.file, second.file])
    remove(first.file, s, index)
    assert [e.file for e in catalogue(s)] == [second.file]
    assert {m["source"] for m in index._all(["metadatas"])["metadatas"]} == {second.file}
    assert all(h.source == second.file for h in index.search("主动公开", k=5))


@pytest.fixture()
def env(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for f in SEEDS[:3]:
        shutil.copy(f, corpus / f.name)
    monkeypatch.setenv("NIANBAO_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("NIANBAO_CORPUS_DIR", str(corpus))
    monkeypatch.chdir(ROOT)
    get_settings.cache_clear()
    yield tmp_path
    get_settings.cache_clear()


def test_corpus_page_lists_by_agency_year_level_and_removes(env):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
    at.run()
    at.switch_page("pages/corpus.py").run()
    assert not at.exception, at.exception
    table = at.dataframe[0].value
    assert list(table["机关"]) == sorted(["泽普县人民政府", "乌鲁木齐县人民政府办公室", "汾西县人民政府办公室"])
    assert list(table["年度"]) == ["2023"] * 3 and set(table["读取可信度"]) <= {"高", "中"}
    assert all("表三" in r for r in table["读取方式"])
    at.selectbox(key="corpus_level").set_value("县").run()
    assert list(at.dataframe[0].value["机关"]) == ["泽普县人民政府"]
    at.selectbox(key="corpus_remove_pick").set_value(SEEDS[0].name).run()
    at.button(key="corpus_remove").click().run()
    assert not at.exception, at.exception
    assert not (env / "corpus" / SEEDS[0].name).exists()
    assert len(at.dataframe[0].value) == 0 or "泽普县人民政府" not in list(at.dataframe[0].value["机关"])


def test_with_a_proxy_header_configured_an_unsigned_request_sees_no_page(env, monkeypatch):
    monkeypatch.setenv("NIANBAO_AUTH_HEADER", "X-Remote-User")
    get_settings.cache_clear()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    # (AppTest reports no real peer address, so it is refused as not coming from the proxy)
    assert any("登录" in e.value for e in at.error)
    assert not at.dataframe and not at.chat_input  # no page ran
