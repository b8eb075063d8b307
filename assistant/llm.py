"""The LLM behind drafting: langchain-openai's ChatOpenAI on the official `openai` client, pointed at
any OpenAI-compatible endpoint. Failures become one Chinese message (`LLMError`) so callers can fall
back to the offline composer without losing anything.
"""
from __future__ import annotations

import json
import os
import queue
import re
import socket
import threading
import time
from typing import Iterator, TypeVar

from pydantic import BaseModel, ValidationError

from .settings import Settings, get_settings

T = TypeVar("T", bound=BaseModel)
Messages = list[tuple[str, str]]  # (role, content) with role in system/user/assistant


class LLMError(Exception):
    """Why the model gave no usable answer, in Chinese for the user; `kind` for code."""

    def __init__(self, message: str, kind: str):
        super().__init__(message)
        self.kind = kind


# (openai exception class name, Chinese message, kind), most specific first: subclasses before APIStatusError.
_FAILURES = [
    ("APITimeoutError", "大模型服务响应超时，已改用离线起草", "timeout"),
    ("LengthFinishReasonError", "大模型的回答达到长度上限（NIANBAO_LLM_MAX_TOKENS）仍未写完，未采用", "truncated"),
    ("AuthenticationError", "大模型服务拒绝了 API 密钥（401），请在设置中检查密钥；已改用离线起草", "auth"),
    ("PermissionDeniedError", "大模型服务拒绝访问（403），请检查账号权限；已改用离线起草", "auth"),
    ("RateLimitError", "大模型服务请求过于频繁或额度不足（429），重试后仍失败；已改用离线起草", "rate"),
    ("NotFoundError", "大模型服务找不到所配置的模型或地址（404），请检查设置；已改用离线起草", "config"),
    ("InternalServerError", "大模型服务内部错误（5xx），重试后仍失败；已改用离线起草", "server"),
    ("APIStatusError", "大模型服务返回错误（{status}）；已改用离线起草", "server"),
    ("APIConnectionError", "无法连接大模型服务（网络中断或地址错误）；已改用离线起草", "connection"),
]


def _explain(e: Exception) -> LLMError:
    import openai
    if isinstance(e, LLMError):
        return e
    for name, message, kind in _FAILURES:
        if isinstance(e, getattr(openai, name)):
            return LLMError(message.format(status=getattr(e, "status_code", "")), kind)
    if isinstance(e, (json.JSONDecodeError, ValidationError, ValueError)):
        return LLMError("大模型返回的内容格式不正确，无法解析；已改用离线结果", "malformed")
    return LLMError(f"大模型调用失败（{type(e).__name__}）；已改用离线起草", "unknown")


def _deadline(s: Settings) -> LLMError:
    return LLMError(f"大模型服务超过 {s.llm_deadline:g} 秒仍未答完（NIANBAO_LLM_DEADLINE），已中止；已改用离线起草",
                    "deadline")


def _too_long(s: Settings) -> LLMError:
    return LLMError(f"大模型的回答超过 {s.llm_max_answer_chars} 字（NIANBAO_LLM_MAX_ANSWER_CHARS），已截断并放弃；"
                    "已改用离线起草", "too_long")


# Bytes on the wire an answer may take, per character of the longest answer: an SSE chunk carries a token
# (a character or two) in some 250 bytes of JSON, a reasoning model sends its thinking too. Past it the
# connection is shut: a 500 MB body is never read into memory, streamed or not.
BYTES_PER_ANSWER_CHAR = 1024


def _too_big(s: Settings) -> LLMError:
    return LLMError(f"大模型服务发来的数据超过 {s.llm_max_answer_chars * BYTES_PER_ANSWER_CHAR // 1048576} MB，"
                    "已断开并放弃；已改用离线起草", "too_long")


def _to_messages(messages: Messages):
    from langchain_core.messages import AIMessage, HumanMessage, SystemMessage
    kinds = {"system": SystemMessage, "user": HumanMessage, "assistant": AIMessage}
    return [kinds[role](content=content) for role, content in messages]


class _Call:
    """One call's connections and its overall deadline. On expiry (or when the caller gives up) every socket
    of the call is shut down, so the server sees the request end and stops generating: an abandoned call
    never keeps a one-request-at-a-time server (llama.cpp, Ollama) busy, and no retry starts after it."""

    def __init__(self, seconds: float, max_bytes: int | None = None):
        self.end = time.monotonic() + seconds
        self.max_bytes = max_bytes
        self.received = 0  # bytes read from the server on every connection of the call
        self.oversize = False
        self.cancelled = threading.Event()
        self.finished = threading.Event()  # the worker is done: no request of this call is open any more
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()

    def remaining(self) -> float:
        return self.end - time.monotonic()

    def adopt(self, sock: socket.socket) -> None:
        # A duplicate descriptor of the same socket: shutdown() through it ends the connection even after
        # the client wrapped the original for TLS (which detaches it).
        dup = socket.socket(fileno=os.dup(sock.fileno()))
        with self._lock:
            self._sockets.append(dup)
        if self.cancelled.is_set():
            self._shutdown()

    def cancel(self) -> None:
        self.cancelled.set()
        self._shutdown()

    def count(self, n: int) -> None:
        """Bytes read; past the call's limit the call is cancelled (no retry) and the read fails."""
        self.received += n
        if self.max_bytes is not None and self.received > self.max_bytes:
            self.oversize = True
            self.cancel()
            import httpcore2
            raise httpcore2.ReadError("answer over its byte limit")

    def _shutdown(self) -> None:
        with self._lock:
            for s in self._sockets:
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass  # already closed by the client

    def close(self) -> None:
        with self._lock:
            for s in self._sockets:
                s.close()
            self._sockets.clear()
        self.finished.set()


def _http_client(call: _Call, s: Settings):
    """An HTTP client whose every connection belongs to `call` (and that opens none once it is cancelled)."""
    import httpcore2
    import httpx2
    import openai

    class Counted(httpcore2.NetworkStream):
        """A connection whose reads count against the call's byte limit (TLS included)."""

        def __init__(self, inner):
            self.inner = inner

        def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
            data = self.inner.read(max_bytes, timeout)
            call.count(len(data))
            return data

        def write(self, buffer: bytes, timeout: float | None = None) -> None:
            self.inner.write(buffer, timeout)

        def close(self) -> None:
            self.inner.close()

        def start_tls(self, *args, **kwargs):
            return Counted(self.inner.start_tls(*args, **kwargs))

        def get_extra_info(self, info: str):
            return self.inner.get_extra_info(info)

    class Backend(httpcore2.NetworkBackend):
        def __init__(self, inner):
            self.inner = inner

        def connect_tcp(self, *args, **kwargs):
            if call.cancelled.is_set():
                raise httpcore2.ConnectError("call abandoned at its deadline")
            stream = self.inner.connect_tcp(*args, **kwargs)
            call.adopt(stream.get_extra_info("socket"))
            return Counted(stream)

        def connect_unix_socket(self, *args, **kwargs):
            return self.inner.connect_unix_socket(*args, **kwargs)

        def sleep(self, seconds: float) -> None:
            self.inner.sleep(seconds)

    transport = httpx2.HTTPTransport()
    # httpx has no public hook for the sockets it opens; its pool takes the backend it was built with.
    transport._pool._network_backend = Backend(transport._pool._network_backend)
    return openai.DefaultHttpxClient(transport=transport, timeout=s.llm_timeout)


# HTTP statuses worth another try (as the openai client's own policy); anything else fails at once.
_RETRY_STATUS = {408, 409, 429} | set(range(500, 600))


def _retry_wait(e: Exception, attempt: int) -> float | None:
    """Seconds to wait before retrying after `e`, or None when it is not worth retrying."""
    import openai
    if isinstance(e, openai.APIStatusError):
        if e.status_code not in _RETRY_STATUS:
            return None
        try:
            return max(float(e.response.headers.get("retry-after", "")), 0.0)
        except ValueError:
            pass
    elif not isinstance(e, openai.APIConnectionError):  # timeouts included
        return None
    return min(0.5 * 2 ** attempt, 8.0)


class LLM:
    def __init__(self, settings: Settings | None = None):
        self.settings = s = settings or get_settings()
        if not s.llm_enabled:
            raise LLMError("未配置大模型（NIANBAO_LLM_MODEL），使用离线起草", "config")
        import langchain_openai  # noqa: F401  (seconds on a cold start: imported before any deadline starts)
        self.last_call: _Call | None = None  # tests wait on its `finished`
        self.finish_reason: str | None = None  # of the last stream: "length" means cut at max_tokens

    def _chat(self, call: _Call):
        from langchain_openai import ChatOpenAI
        s = self.settings
        extra = dict(s.llm_extra_body)
        max_tokens = s.llm_max_tokens if s.llm_max_tokens_param == "max_completion_tokens" else None
        if s.llm_max_tokens_param == "max_tokens":
            # ChatOpenAI renames max_tokens to max_completion_tokens, which DeepSeek and others ignore.
            extra["max_tokens"] = s.llm_max_tokens
        key = s.llm_api_key.get_secret_value() if s.llm_api_key else "not-needed"
        # Retries are ours (`_attempts`): the client's own would sleep past the deadline and re-send after it.
        return ChatOpenAI(model=s.llm_model, base_url=s.llm_base_url, api_key=key,
                          temperature=s.llm_temperature, timeout=s.llm_timeout, max_retries=0,
                          max_tokens=max_tokens, extra_body=extra or None, stream_usage=False,
                          http_client=_http_client(call, s))

    def _attempts(self, call: _Call, once, started=lambda: False):
        """Run `once` with retries that all fit in the call's deadline (in the worker thread)."""
        attempt = 0
        while True:
            try:
                return once()
            except Exception as e:
                wait = None if call.cancelled.is_set() or started() or attempt >= self.settings.llm_retries \
                    else _retry_wait(e, attempt)
                if wait is None or wait >= call.remaining() or call.cancelled.wait(wait):
                    raise
                attempt += 1

    def _explain(self, e: Exception) -> LLMError:
        if self.last_call is not None and self.last_call.oversize:
            return _too_big(self.settings)
        return _explain(e)

    def _new_call(self) -> _Call:
        self.last_call = _Call(self.settings.llm_deadline,
                               self.settings.llm_max_answer_chars * BYTES_PER_ANSWER_CHAR)
        return self.last_call

    def _bounded(self, make):
        """Run a blocking call (`make(chat)`) in a worker under the overall deadline; on expiry its
        connections are shut down, so nothing stays open behind the error."""
        call = self._new_call()
        out: dict = {}

        def work():
            try:
                chat = self._chat(call)
                out["value"] = self._attempts(call, lambda: make(chat))
            except BaseException as e:  # handed to the caller's thread
                out["error"] = e
            finally:
                call.close()

        threading.Thread(target=work, daemon=True, name="llm").start()
        if not call.finished.wait(max(call.remaining(), 0)):
            call.cancel()
            raise _deadline(self.settings)
        if "error" in out:
            raise out["error"]
        return out["value"]

    def complete(self, messages: Messages) -> str:
        try:
            text = _text(self._bounded(lambda chat: chat.invoke(_to_messages(messages))).content)
        except Exception as e:
            raise self._explain(e) from e
        if len(text) > self.settings.llm_max_answer_chars:
            raise _too_long(self.settings)
        return text

    def stream(self, messages: Messages) -> Iterator[str]:
        """Yield text as it arrives; on failure raise LLMError (what was yielded stays with the caller).
        The whole stream ends at the deadline, whatever the server sends meanwhile (SSE pings, a trickle),
        and at the maximum answer length; an answer cut at max_tokens raises `truncated` at its end."""
        s = self.settings
        call = self._new_call()
        q: queue.Queue = queue.Queue()
        sent_text = threading.Event()  # once text went out, a retry would repeat it: no retry after that
        self.finish_reason = None

        def once(chat):
            for chunk in chat.stream(_to_messages(messages)):
                if _text(chunk.content):
                    sent_text.set()
                q.put(("chunk", chunk))
                if call.cancelled.is_set():
                    return

        def work():
            try:
                chat = self._chat(call)
                self._attempts(call, lambda: once(chat), started=sent_text.is_set)
                q.put(("end", None))
            except BaseException as e:
                q.put(("error", e))
            finally:
                call.close()

        threading.Thread(target=work, daemon=True, name="llm-stream").start()
        size = 0
        try:
            while True:
                try:
                    kind, item = q.get(timeout=max(call.remaining(), 0))
                except queue.Empty:
                    raise _deadline(s) from None
                if kind == "end":
                    break
                if kind == "error":
                    raise self._explain(item) from item
                self.finish_reason = (item.response_metadata or {}).get("finish_reason") or self.finish_reason
                text = _text(item.content)
                if size + len(text) > s.llm_max_answer_chars:
                    yield text[:s.llm_max_answer_chars - size]
                    raise _too_long(s)
                size += len(text)
                if text:
                    yield text
        finally:
            call.cancel()  # a no-op after a finished answer; otherwise the server stops generating
        if not self.finish_reason:
            # The server closed the stream without saying it was done: the text is cut short.
            raise LLMError("大模型服务的连接中途断开，只收到部分内容", "disconnect")
        if self.finish_reason == "length":
            raise LLMError(f"大模型的回答达到长度上限（NIANBAO_LLM_MAX_TOKENS={s.llm_max_tokens}）仍未写完，未采用",
                           "truncated")

    def structured(self, messages: Messages, schema: type[T]) -> T:
        """An answer in the shape of `schema`, by the configured method; a reply that is almost JSON is
        repaired (code fences, trailing commas, text around the object) before it is given up on.
        With the method "auto", the methods are tried in `METHODS` order the first time an endpoint is asked,
        and the one that answered is used for that endpoint from then on (`methods_seen`, shown on 设置)."""
        s = self.settings
        messages = _with_shape(messages, schema)
        if s.llm_structured_method != "auto":
            return self._structured(messages, schema, s.llm_structured_method)
        key = _endpoint(s)
        if key in _WORKING:
            return self._structured(messages, schema, _WORKING[key])
        end = time.monotonic() + s.llm_deadline
        for method in METHODS:
            left = end - time.monotonic()
            if left <= 0:
                raise _deadline(s)
            try:
                out = LLM(s.model_copy(update={"llm_deadline": left}))._structured(messages, schema, method)
            except LLMError as e:
                _TRIED.setdefault(key, {})[method] = str(e)
                if e.kind not in _UNSUPPORTED or method == METHODS[-1]:
                    raise
                continue
            _TRIED.setdefault(key, {})[method] = None
            _WORKING[key] = method
            return out
        raise AssertionError("unreachable")

    def _structured(self, messages: Messages, schema: type[T], method: str) -> T:
        try:
            out = self._bounded(lambda chat: chat.with_structured_output(schema, method=method, include_raw=True)
                                .invoke(_to_messages(messages)))
        except Exception as e:
            raise self._explain(e) from e
        if out.get("parsed") is not None:
            parsed = out["parsed"]
            return parsed if isinstance(parsed, schema) else schema.model_validate(parsed)
        raw = out.get("raw")
        candidates = []
        if raw is not None:
            for call in getattr(raw, "tool_calls", None) or []:
                candidates.append(json.dumps(call.get("args", {}), ensure_ascii=False))
            for call in (getattr(raw, "additional_kwargs", {}) or {}).get("tool_calls", []) or []:
                candidates.append(call.get("function", {}).get("arguments", ""))
            candidates.append(_text(raw.content))
        for text in candidates:
            try:
                return repair(text, schema)
            except (ValueError, ValidationError):
                continue
        raise LLMError("大模型返回的内容格式不正确，无法解析；已改用离线结果", "malformed")


# Structured output, most widely supported first; "auto" settles on the first that answers, per endpoint.
METHODS = ("function_calling", "json_schema", "json_mode")
_UNSUPPORTED = {"server", "malformed", "unknown"}  # what a method the endpoint lacks looks like
_WORKING: dict[tuple, str] = {}
_TRIED: dict[tuple, dict[str, str | None]] = {}


def _endpoint(s: Settings) -> tuple:
    return (s.llm_base_url or "", s.llm_model or "")


def methods_seen(settings: Settings | None = None) -> tuple[str | None, dict[str, str | None]]:
    """For 设置: the method in use for the configured endpoint (None before its first structured call) and what
    each method tried said (None: it answered)."""
    s = settings or get_settings()
    if s.llm_structured_method != "auto":
        return s.llm_structured_method, {}
    key = _endpoint(s)
    return _WORKING.get(key), dict(_TRIED.get(key, {}))


def _example(node: dict, defs: dict):
    """A value of the JSON schema `node` that shows its shape, with descriptions as the strings."""
    if "$ref" in node:
        return _example(defs[node["$ref"].rsplit("/", 1)[-1]], defs)
    kind = node.get("type")
    if kind == "object" or "properties" in node:
        return {k: _example(v, defs) for k, v in node.get("properties", {}).items()}
    if kind == "array":
        return [_example(node.get("items", {}), defs)]
    if kind in ("number", "integer"):
        return 0
    if kind == "boolean":
        return False
    return node.get("description", "")


def _with_shape(messages: Messages, schema: type[BaseModel]) -> Messages:
    """Every method states the JSON shape in the prompt: a server that ignores tools or response_format (or a
    model that does not follow them) still knows what to answer."""
    spec = schema.model_json_schema()
    shape = json.dumps(_example(spec, spec.get("$defs", {})), ensure_ascii=False)
    hint = f"\n\n只输出一个 JSON 对象，不要输出其他文字，格式如下（字段说明写在值的位置）：\n{shape}"
    last = max((i for i, (role, _) in enumerate(messages) if role == "user"), default=None)
    if last is None:
        return [*messages, ("user", hint.strip())]
    return [*messages[:last], (messages[last][0], messages[last][1] + hint), *messages[last + 1:]]


def _text(content) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # content parts
        return "".join(p.get("text", "") if isinstance(p, dict) else str(p) for p in content)
    return str(content or "")


def repair(text: str, schema: type[T]) -> T:
    """Parse a model's almost-JSON into `schema`."""
    s = text.strip()
    s = re.sub(r"^```(?:json)?\s*|\s*```$", "", s)
    start, end = s.find("{"), s.rfind("}")
    if start < 0 or end <= start:
        raise ValueError("no JSON object")
    s = s[start:end + 1]
    s = re.sub(r",\s*([}\]])", r"\1", s)  # trailing commas
    s = s.replace("“", '"').replace("”", '"') if s.count('"') < 2 else s
    return schema.model_validate(json.loads(s))


def available(settings: Settings | None = None) -> bool:
    return (settings or get_settings()).llm_enabled
