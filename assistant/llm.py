"""The LLM behind drafting: langchain-openai's ChatOpenAI on the official `openai` client, pointed at
any OpenAI-compatible endpoint. Failures become one Chinese message (`LLMError`) so callers can fall
back to the offline composer without losing anything.
"""
from __future__ import annotations

import json
import re
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
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


def _to_messages(messages: Messages):
    from langchain_core.messages import AIMessage, HumanMessage, SystemMessage
    kinds = {"system": SystemMessage, "user": HumanMessage, "assistant": AIMessage}
    return [kinds[role](content=content) for role, content in messages]


class LLM:
    def __init__(self, settings: Settings | None = None):
        from langchain_openai import ChatOpenAI
        self.settings = s = settings or get_settings()
        if not s.llm_enabled:
            raise LLMError("未配置大模型（NIANBAO_LLM_MODEL），使用离线起草", "config")
        extra = dict(s.llm_extra_body)
        max_tokens = s.llm_max_tokens if s.llm_max_tokens_param == "max_completion_tokens" else None
        if s.llm_max_tokens_param == "max_tokens":
            # ChatOpenAI renames max_tokens to max_completion_tokens, which DeepSeek and others ignore.
            extra["max_tokens"] = s.llm_max_tokens
        key = s.llm_api_key.get_secret_value() if s.llm_api_key else "not-needed"
        self.chat = ChatOpenAI(model=s.llm_model, base_url=s.llm_base_url, api_key=key,
                               temperature=s.llm_temperature, timeout=s.llm_timeout, max_retries=s.llm_retries,
                               max_tokens=max_tokens, extra_body=extra or None, stream_usage=False)

    def _bounded(self, call):
        """Run a blocking call under the overall deadline (the client's timeout is per read only)."""
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="llm")
        try:
            return pool.submit(call).result(timeout=self.settings.llm_deadline)
        except FutureTimeout:
            raise _deadline(self.settings) from None
        finally:
            pool.shutdown(wait=False)  # a late answer is dropped when it arrives

    def complete(self, messages: Messages) -> str:
        try:
            text = _text(self._bounded(lambda: self.chat.invoke(_to_messages(messages))).content)
        except Exception as e:
            raise _explain(e) from e
        if len(text) > self.settings.llm_max_answer_chars:
            raise _too_long(self.settings)
        return text

    def stream(self, messages: Messages) -> Iterator[str]:
        """Yield text as it arrives; on failure raise LLMError (what was yielded stays with the caller).
        The whole stream ends at the deadline and at the maximum answer length."""
        finished = False
        s = self.settings
        deadline = time.monotonic() + s.llm_deadline
        size = 0
        chunks = self.chat.stream(_to_messages(messages))
        try:
            for chunk in chunks:
                finished |= bool((chunk.response_metadata or {}).get("finish_reason"))
                text = _text(chunk.content)
                if size + len(text) > s.llm_max_answer_chars:
                    yield text[:s.llm_max_answer_chars - size]
                    raise _too_long(s)
                size += len(text)
                if text:
                    yield text
                if time.monotonic() > deadline:
                    raise _deadline(s)
        except Exception as e:
            raise _explain(e) from e
        finally:
            chunks.close()  # closes the HTTP response: an endless sender is cut off
        if not finished:
            # The server closed the stream without saying it was done: the text is cut short.
            raise LLMError("大模型服务的连接中途断开，只收到部分内容", "disconnect")

    def structured(self, messages: Messages, schema: type[T]) -> T:
        """An answer in the shape of `schema`, by the configured method; a reply that is almost JSON is
        repaired (code fences, trailing commas, text around the object) before it is given up on."""
        method = self.settings.llm_structured_method
        try:
            runnable = self.chat.with_structured_output(schema, method=method, include_raw=True)
            out = self._bounded(lambda: runnable.invoke(_to_messages(messages)))
        except Exception as e:
            raise _explain(e) from e
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
