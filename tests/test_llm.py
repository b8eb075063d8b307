"""The LLM layer with the real openai client over HTTP to a loopback chat-completions server."""
from __future__ import annotations


import pytest
from pydantic import BaseModel

from assistant.llm import LLM, LLMError, methods_seen, repair
from assistant.settings import Settings
from tests.llm_server import Reply


@pytest.fixture()
def server(llm_server):
    return llm_server


def settings_for(server, **kw) -> Settings:
    base = dict(llm_base_url=server.base_url, llm_model="deepseek-chat", llm_api_key="sk-secret-123",
                llm_retries=1, llm_timeout=3)
    return Settings(**(base | kw))


class Answer(BaseModel):
    count: int
    note: str


def test_plain_completion_sends_max_tokens_for_compatible_providers(server):
    server.script(Reply(content="本年度未收取信息处理费。"))
    llm = LLM(settings_for(server, llm_max_tokens=777, llm_extra_body={"enable_thinking": False}))
    assert llm.complete([("system", "规则"), ("user", "写第六部分")]) == "本年度未收取信息处理费。"
    body = server.requests[-1]["body"]
    assert body["max_tokens"] == 777 and "max_completion_tokens" not in body
    assert body["enable_thinking"] is False
    assert body["messages"][0] == {"role": "system", "content": "规则"}
    assert server.requests[-1]["authorization"] == "Bearer sk-secret-123"


def test_max_completion_tokens_when_configured(server):
    server.script(Reply(content="好"))
    LLM(settings_for(server, llm_max_tokens_param="max_completion_tokens", llm_max_tokens=300)).complete([("user", "x")])
    body = server.requests[-1]["body"]
    assert body["max_completion_tokens"] == 300 and "max_tokens" not in body


def test_streaming_yields_pieces_in_order(server):
    text = "2024年，本机关认真贯彻落实政府信息公开条例。"
    server.script(Reply(content=text))
    pieces = list(LLM(settings_for(server)).stream([("user", "x")]))
    assert len(pieces) > 3 and "".join(pieces) == text
    assert server.requests[-1]["body"]["stream"] is True


def test_structured_output_by_tool_call(server):
    server.script(Reply(tool_arguments={"count": 12, "note": "收到申请"}))
    out = LLM(settings_for(server)).structured([("user", "x")], Answer)
    assert out == Answer(count=12, note="收到申请")
    assert server.requests[-1]["body"]["tools"][0]["function"]["name"] == "Answer"


def test_structured_output_repairs_almost_json(server):
    server.script(Reply(content='好的，结果如下：\n```json\n{"count": 3, "note": "复议",}\n```'))
    out = LLM(settings_for(server, llm_structured_method="json_mode")).structured([("user", "x")], Answer)
    assert out == Answer(count=3, note="复议")


def test_structured_output_gives_up_on_garbage(server):
    server.script(Reply(content="我无法回答这个问题"))
    with pytest.raises(LLMError) as e:
        LLM(settings_for(server, llm_structured_method="json_mode")).structured([("user", "x")], Answer)
    assert e.value.kind == "malformed"


@pytest.mark.parametrize("reply,kind", [
    (Reply(status=401), "auth"),
    (Reply(status=429, headers={"Retry-After": "0"}), "rate"),
    (Reply(status=500), "server"),
    (Reply(status=503), "server"),
    (Reply(raw="{not json"), "malformed"),
])
def test_errors_become_one_chinese_message(server, reply, kind):
    server.script(reply, reply, reply)
    with pytest.raises(LLMError) as e:
        LLM(settings_for(server)).complete([("user", "x")])
    assert e.value.kind == kind
    assert any("\u4e00" <= ch <= "\u9fff" for ch in str(e.value))
    assert "sk-secret-123" not in str(e.value)


def test_retries_429_then_succeeds(server):
    server.script(Reply(status=429, headers={"Retry-After": "0"}), Reply(content="第二次成功"))
    assert LLM(settings_for(server, llm_retries=2)).complete([("user", "x")]) == "第二次成功"
    assert len(server.requests) == 2


def test_retries_500_then_succeeds(server):
    server.script(Reply(status=500), Reply(content="恢复"))
    assert LLM(settings_for(server, llm_retries=2)).complete([("user", "x")]) == "恢复"


def test_timeout(server):
    # Without the read timeout the answer would come after 3 s and no error at all: the kind says it fired.
    server.script(Reply(hang=3), Reply(hang=3))
    with pytest.raises(LLMError) as e:
        LLM(settings_for(server, llm_timeout=0.5, llm_retries=0)).complete([("user", "x")])
    assert e.value.kind == "timeout" and len(server.requests) == 1  # no retry


def test_stream_cut_mid_way_keeps_what_arrived(server):
    server.script(Reply(content="一二三四五六七八九十" * 3, cut_after=2, chunk_delay=0.05))
    got = []
    with pytest.raises(LLMError) as e:
        for piece in LLM(settings_for(server, llm_retries=0)).stream([("user", "x")]):
            got.append(piece)
    assert e.value.kind == "disconnect"
    assert "".join(got) == "一二三四五六七八"


def test_connection_refused():
    s = Settings(llm_base_url="http://127.0.0.1:9/v1", llm_model="m", llm_retries=0, llm_timeout=2)
    with pytest.raises(LLMError) as e:
        LLM(s).complete([("user", "x")])
    assert e.value.kind == "connection"


def test_no_model_configured_means_offline():
    with pytest.raises(LLMError) as e:
        LLM(Settings(llm_model=None))
    assert e.value.kind == "config"


def test_repair_rejects_text_without_an_object():
    with pytest.raises(ValueError):
        repair("没有 JSON", Answer)


def test_a_stream_that_keeps_sending_ends_at_the_deadline(server):
    # 400 000 characters, 4 per chunk, 5 ms apart: minutes of sending; the per-read timeout never fires
    server.script(Reply(content="政府信息" * 100_000, chunk_delay=0.005))
    llm = LLM(settings_for(server, llm_deadline=1.5, llm_max_answer_chars=10**7))
    got = []
    with pytest.raises(LLMError) as e:
        for piece in llm.stream([("user", "x")]):
            got.append(piece)
    # Without the deadline the stream would run to its end (minutes) and raise nothing: it stopped part-way.
    assert e.value.kind == "deadline" and "秒" in str(e.value) and got
    assert len("".join(got)) < len("政府信息" * 100_000)


def test_a_huge_streamed_answer_is_cut_at_the_limit(server):
    server.script(Reply(content="答" * 1_000_000))
    llm = LLM(settings_for(server, llm_max_answer_chars=20_000))
    got = []
    with pytest.raises(LLMError) as e:
        for piece in llm.stream([("user", "x")]):
            got.append(piece)
    assert e.value.kind == "too_long" and "20000" in str(e.value)
    assert len("".join(got)) == 20_000


def test_a_blocking_call_ends_at_the_deadline(server):
    # The read timeout (30 s) is longer than the hang (5 s): only the deadline (1 s) can end it with an error.
    server.script(Reply(content="迟到的回答", hang=5))
    with pytest.raises(LLMError) as e:
        LLM(settings_for(server, llm_deadline=1, llm_timeout=30, llm_retries=0)).complete([("user", "x")])
    assert e.value.kind == "deadline"


def test_drafting_falls_back_when_the_answer_is_too_long(server, tmp_path):
    from assistant.drafting import draft_section, new_draft
    server.script(Reply(content="答" * 100_000))
    d = draft_section(new_draft("某某县人民政府", 2024), 1, settings_for(server, llm_max_answer_chars=5_000,
                                                                                      data_dir=tmp_path))
    s = d.sections[1]
    assert s.origin == "composer" and "超过 5000 字" in s.note and "答" * 100 not in s.text


# --- the deadline holds whatever the server sends, and an abandoned call closes its connection -------------

def _drain(llm, messages=(("user", "x"),)) -> tuple[str, LLMError | None]:
    got = ""
    try:
        for piece in llm.stream(list(messages)):
            got += piece
    except LLMError as e:
        return got, e
    return got, None


def test_a_stream_of_pings_alone_ends_at_the_deadline_and_hangs_up(server):
    # llama.cpp while a request waits: headers at once, then only `: ping` comments (here for 30 s), so no
    # read ever times out and no chunk ever comes; only the overall deadline can end the call.
    server.script(Reply(pings=1500, ping_every=0.02, content="迟到"))
    llm = LLM(settings_for(server, llm_deadline=0.5, llm_timeout=30))
    got, e = _drain(llm)
    assert e is not None and e.kind == "deadline" and got == ""
    assert server.hung_up.wait(10) and server.aborted == [0]  # the server saw the request end: it stops generating
    assert llm.last_call.finished.wait(10) and len(server.requests) == 1  # and nothing was re-sent


def test_a_trickle_ends_at_the_deadline_and_hangs_up(server):
    server.script(Reply(content="政府信息" * 500, chunk_delay=0.02))  # 500 chunks: 10 s of trickle
    llm = LLM(settings_for(server, llm_deadline=0.5, llm_timeout=30))
    got, e = _drain(llm)
    assert e.kind == "deadline" and 0 < len(got) < 2000
    assert server.hung_up.wait(10) and server.aborted == [0]


def test_a_call_queued_behind_another_ends_at_its_deadline(server):
    server.one_at_a_time = True
    with server._busy:  # another user's long generation holds the one-request-at-a-time server
        got, e = _drain(LLM(settings_for(server, llm_deadline=0.5, llm_timeout=30)))
        assert e.kind == "deadline" and got == ""
        assert server.hung_up.wait(10)
    assert server.aborted == [0]


def test_an_abandoned_call_does_not_keep_a_one_at_a_time_server_busy(server):
    server.one_at_a_time = True
    server.script(Reply(content="很久以后的回答", hang=30), Reply(content="第二个回答"))
    with pytest.raises(LLMError) as e:
        LLM(settings_for(server, llm_deadline=0.5, llm_timeout=60, llm_retries=0)).complete([("user", "x")])
    assert e.value.kind == "deadline"
    # Were the first request still open, the second would wait 30 s behind it and miss its own deadline.
    got, err = _drain(LLM(settings_for(server, llm_deadline=10)))
    assert err is None and got == "第二个回答"
    assert server.aborted == [0]


def test_a_stream_the_caller_stops_reading_hangs_up(server):
    server.script(Reply(content="政府信息" * 500, chunk_delay=0.02))
    stream = LLM(settings_for(server, llm_deadline=60)).stream([("user", "x")])
    assert next(stream)
    stream.close()
    assert server.hung_up.wait(10) and server.aborted == [0]


def test_retries_stop_at_the_deadline(server):
    server.default = Reply(status=500)
    llm = LLM(settings_for(server, llm_retries=10, llm_deadline=1.2))
    with pytest.raises(LLMError) as e:
        llm.complete([("user", "x")])
    # the last failure is reported (backoff 0.5 s, then 1 s would pass the deadline): not 10 tries piling up
    assert e.value.kind == "server"
    assert llm.last_call.finished.wait(10) and 1 < len(server.requests) < 4


def test_a_retry_after_past_the_deadline_is_not_waited_for(server):
    server.script(Reply(status=429, headers={"Retry-After": "30"}), Reply(content="太晚了"))
    with pytest.raises(LLMError) as e:
        LLM(settings_for(server, llm_retries=3, llm_deadline=5)).complete([("user", "x")])
    assert e.value.kind == "rate" and len(server.requests) == 1


def test_a_stream_is_not_retried_once_text_arrived(server):
    server.script(Reply(content="一二三四五六七八九十", cut_after=2), Reply(content="重来一遍"))
    got, e = _drain(LLM(settings_for(server, llm_retries=3)))
    assert e.kind == "disconnect" and got == "一二三四五六七八" and len(server.requests) == 1


def test_an_answer_cut_at_max_tokens_is_not_a_finished_answer(server):
    server.script(Reply(content="（一）主动公开。本年度", finish_reason="length"))
    llm = LLM(settings_for(server))
    got, e = _drain(llm)
    assert got == "（一）主动公开。本年度" and e.kind == "truncated" and "NIANBAO_LLM_MAX_TOKENS" in str(e)


def test_tool_arguments_cut_short_are_not_an_answer(server):
    # the server marks the call complete ("tool_calls") although max_tokens cut its JSON
    server.script(Reply(tool_arguments_raw='{"count": 12, "note": "收到'))
    with pytest.raises(LLMError) as e:
        LLM(settings_for(server)).structured([("user", "x")], Answer)
    assert e.value.kind == "malformed"


def test_a_server_that_rejects_json_schema_fails_in_one_chinese_message(server):
    server.reject_json_schema = True
    server.default = Reply(content='{"count": 1, "note": "x"}')
    with pytest.raises(LLMError) as e:
        LLM(settings_for(server, llm_structured_method="json_schema")).structured([("user", "x")], Answer)
    assert e.value.kind == "server" and server.requests[-1]["body"]["response_format"]["type"] == "json_schema"
    assert LLM(settings_for(server, llm_structured_method="json_mode")).structured([("user", "x")], Answer).count == 1


def test_auto_settles_on_the_first_method_the_endpoint_answers_and_keeps_it(server):
    # like llama-cpp-python's server: no tool call comes back and json_schema is a 500; json_mode answers
    server.reject_json_schema = True
    server.default = Reply(content='{"count": 3, "note": "收到申请"}')
    server.script(Reply(content="好的。"))
    s = settings_for(server, llm_structured_method="auto", llm_model="auto-probe-model")
    assert LLM(s).structured([("user", "收到申请3件")], Answer).count == 3
    tried = [r["body"].get("response_format", {}).get("type") or ("tools" if "tools" in r["body"] else None)
             for r in server.requests]
    assert tried[0] == "tools" and tried[-1] == "json_object" and "json_schema" in tried
    method, seen = methods_seen(s)
    assert method == "json_mode" and seen["json_mode"] is None and "5xx" in seen["json_schema"]
    n = len(server.requests)
    assert LLM(s).structured([("user", "收到申请3件")], Answer).count == 3
    assert len(server.requests) == n + 1 and server.requests[-1]["body"]["response_format"]["type"] == "json_object"


def test_every_method_states_the_json_shape_in_the_prompt(server):
    server.default = Reply(content='{"count": 1, "note": "x"}')
    for method in ("json_mode", "json_schema", "function_calling"):
        server.script(Reply(tool_arguments={"count": 1, "note": "x"}) if method == "function_calling" else Reply(
            content='{"count": 1, "note": "x"}'))
        LLM(settings_for(server, llm_structured_method=method)).structured([("user", "读出件数")], Answer)
        prompt = server.requests[-1]["body"]["messages"][-1]["content"]
        assert prompt.startswith("读出件数") and '{"count": 0, "note": ""}' in prompt


# --- the answer's size in bytes ------------------------------------------------------------------------------

@pytest.mark.parametrize("stream", [False, True])
def test_a_500_mb_answer_is_cut_at_its_byte_limit_and_hung_up(server, stream):
    # 500 MB: a JSON body whose one field never ends, or an SSE stream of filler comments (no text at all, so
    # the character limit never counts it). Read to its end it would take gigabytes; it is cut at the limit.
    from assistant.llm import BYTES_PER_ANSWER_CHAR
    server.script(Reply(padding=500 * 2**20))
    llm = LLM(settings_for(server, llm_max_answer_chars=2_000, llm_deadline=60, llm_retries=2))
    if stream:
        got, error = _drain(llm)
        assert got == ""
    else:
        with pytest.raises(LLMError) as e:
            llm.complete([("user", "x")])
        error = e.value
    assert error is not None and error.kind == "too_long" and "MB" in str(error)
    assert server.hung_up.wait(10)
    assert server.sent < 2_000 * BYTES_PER_ANSWER_CHAR + 8 * 2**20  # the limit, plus what the socket buffers held
    assert len(server.requests) == 1  # not retried


def test_a_body_still_arriving_at_the_deadline_is_hung_up_and_its_reader_ends(server):
    # Headers at once, then a JSON body trickling 64 KB every 50 ms for ever: the blocking call ends at the
    # deadline, the server sees the hang-up and the thread that was reading the body finishes.
    server.script(Reply(padding=10**12, chunk_delay=0.05))
    llm = LLM(settings_for(server, llm_deadline=0.5, llm_timeout=30, llm_retries=0, llm_max_answer_chars=10**6))
    with pytest.raises(LLMError) as e:
        llm.complete([("user", "x")])
    assert e.value.kind == "deadline"
    assert server.hung_up.wait(10) and llm.last_call.finished.wait(10)
