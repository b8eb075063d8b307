"""All configuration in one place: environment variables (prefix NIANBAO_) and `.env`."""
from __future__ import annotations

import datetime as dt
import ipaddress
import re
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict, SettingsError


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NIANBAO_", env_file=".env", env_file_encoding="utf-8",
                                      extra="ignore")

    data_dir: Path = Field(default=Path("data"), description="drafts database, corpus index")
    corpus_dir: Path = Field(default=Path("corpus"), description="past reports used as phrasing examples")

    # Drafts database: SQLite under data_dir unless a URL is given (postgresql://user:pass@host/db).
    database_url: str | None = None
    # Sign-in (assistant/identity.py): a header set by an authenticating reverse proxy, believed only from
    # these addresses (CIDR; 127.0.0.1 for a proxy on the same machine); or st.login when secrets.toml has
    # an [auth] section; or neither: single-user local mode. Logins in `admins` are admins from the start.
    auth_header: str | None = None
    trusted_proxies: list[str] = Field(default_factory=lambda: ["127.0.0.1/32", "::1/128"])
    admins: str = ""

    # Retrieval: embedded Chroma under data_dir unless a server is configured.
    chroma_host: str | None = None
    chroma_port: int = Field(8000, ge=1, le=65535)
    collection: str = "nianbao_corpus"
    embedding_backend: Literal["local", "openai"] = "local"
    embedding_dim: int = Field(1024, ge=1, le=65536)
    embedding_base_url: str | None = None
    embedding_model: str | None = None
    rrf_k: int = Field(60, ge=1)
    section_prior: bool = True  # without a section filter, favour the section the query reads like

    # LLM: an OpenAI-compatible chat endpoint (OpenAI, DeepSeek, Qwen, vLLM, Ollama …). Without a model
    # name the offline composer drafts.
    llm_base_url: str | None = None
    llm_api_key: SecretStr | None = None
    llm_model: str | None = None
    llm_temperature: float = Field(0.3, ge=0, le=2)
    llm_timeout: float = Field(60.0, gt=0, le=86400)      # per read
    llm_deadline: float = Field(120.0, gt=0, le=86400)    # per call, overall: a stream that keeps sending ends here
    llm_max_answer_chars: int = Field(20_000, ge=100, le=10**8)  # a longer answer is cut and refused
    llm_retries: int = Field(2, ge=0, le=10)
    llm_max_tokens: int = Field(2000, ge=1, le=10**6)
    # DeepSeek, Qwen, vLLM and Ollama read max_tokens; OpenAI's newer models want max_completion_tokens.
    llm_max_tokens_param: Literal["max_tokens", "max_completion_tokens"] = "max_tokens"
    # Structured output differs by provider: "auto" tries function calling, then json_schema, then json_mode on the
    # first call to an endpoint and keeps the first that answers (llama.cpp's server rejects json_schema).
    llm_structured_method: Literal["auto", "function_calling", "json_schema", "json_mode"] = "auto"
    llm_extra_body: dict = Field(default_factory=dict)  # e.g. {"enable_thinking": false} for Qwen3

    # Input limits (bad input gets a clear message, never a crash).
    max_input_mb: float = Field(30.0, gt=0, le=1024)
    max_batch_files: int = Field(5000, ge=1, le=10**6)
    # Uploads are parsed and checked in worker processes (校验): per file at most this long and this much
    # address space; one hostile file never stalls the app for other users.
    worker_processes: int = Field(2, ge=1, le=64)
    worker_seconds: float = Field(60.0, gt=0, le=86400)
    worker_memory_mb: int = Field(2048, ge=256, le=1024 * 1024)  # 0 would mean no limit at all: refused
    # A file that may need OCR (a PDF, a picture, a page or Word file with pictures) gets this much longer in its
    # worker; the OCR itself stops after ocr_cpu_seconds of CPU with a Chinese line (pages and pixels: scan.py).
    ocr_seconds: float = Field(600.0, ge=0, le=86400)
    ocr_cpu_seconds: float = Field(300.0, gt=0, le=86400)

    # Deadlines (条例第四十九条), as month-day of the year after the statistics year; local overrides.
    deadline_department: str = Field("01-31", pattern=r"^\d{2}-\d{2}$")
    deadline_government: str = Field("03-31", pattern=r"^\d{2}-\d{2}$")

    # Thresholds of the rule catalogue (domain.md §4–§5).
    fee_decimals: int = Field(4, ge=0, le=10)                   # T2-2
    fee_ratio_warn: float = Field(100.0, gt=0)                  # T2-3
    carried_forward_share_info: float = Field(0.5, ge=0, le=1)  # R3-8
    similarity_warn: float = Field(0.80, ge=0, le=1)
    similarity_high: float = Field(0.95, ge=0, le=1)
    change_ratio_warn: float = Field(10.0, gt=0)
    change_floor: int = Field(100, ge=0)                        # "falls to 0 from a large value"
    in_force_tolerance: int = Field(0, ge=0)

    @field_validator("trusted_proxies")
    @classmethod
    def _networks(cls, value: list[str]) -> list[str]:
        for item in value:
            try:
                ipaddress.ip_network(str(item).strip(), strict=False)
            except ValueError:
                raise ValueError(f"“{str(item)[:60]}”不是 IP 地址或网段（应写成 10.0.0.5/32 这样的 CIDR）") from None
        return value

    @field_validator("deadline_department", "deadline_government")
    @classmethod
    def _month_day(cls, value: str) -> str:
        try:
            dt.date(2024, int(value[:2]), int(value[3:]))  # a leap year: 02-29 is a day
        except ValueError:
            raise ValueError(f"“{value}”不是一个日期（应写成 月-日，如 03-31）") from None
        return value

    @property
    def llm_enabled(self) -> bool:
        return bool(self.llm_model)

    @property
    def max_input_bytes(self) -> int:
        return int(self.max_input_mb * 1024 * 1024)


class SettingsInvalid(ValueError):
    """The configuration makes no sense; the message names each variable and what is wrong, in Chinese."""


_WHY = {
    "greater_than": "应大于 {gt}", "greater_than_equal": "不能小于 {ge}", "less_than": "应小于 {lt}",
    "less_than_equal": "不能大于 {le}", "int_parsing": "应为整数", "int_from_float": "应为整数",
    "float_parsing": "应为数字", "finite_number": "应为有限的数字", "bool_parsing": "应为 true 或 false",
    "string_pattern_mismatch": "格式不对", "literal_error": "应为以下之一：{expected}",
    "list_type": "应为 JSON 列表，如 [\"127.0.0.1/32\"]", "dict_type": "应为 JSON 对象，如 {{}}",
    "json_invalid": "不是有效的 JSON", "json_type": "不是有效的 JSON",
}


def _variable(field) -> str:
    return f"NIANBAO_{str(field).upper()}"


def explain(error: ValidationError | SettingsError) -> str:
    """A configuration error as Chinese lines, one per variable (a secret's value never shown)."""
    lines = []
    if isinstance(error, SettingsError):  # a value that is not JSON where JSON is needed
        m = re.search(r'field "(\w+)"', str(error))
        lines.append(f"{_variable(m.group(1) if m else '?')}：不是有效的 JSON（列表写成 [\"127.0.0.1/32\"]，"
                     "对象写成 {\"enable_thinking\": false}）")
    else:
        for e in error.errors():
            field = e["loc"][0] if e["loc"] else "?"
            ctx = {k: f"{v:g}" if isinstance(v, float) else str(v).replace(" or ", "、")
                   for k, v in (e.get("ctx") or {}).items()}
            why = str(ctx.get("error", "取值无效")) if e["type"] == "value_error" else \
                _WHY.get(e["type"], "取值无效").format(**ctx)
            shown = "" if "key" in str(field) else f" = {str(e.get('input'))[:60]}"
            lines.append(f"{_variable(field)}{shown}：{why}")
    return "配置有误（环境变量或 .env 文件），请改正后重新启动：\n" + "\n".join(lines)


def load_settings(**values) -> Settings:
    """Settings, or SettingsInvalid with a Chinese explanation."""
    try:
        return Settings(**values)
    except (ValidationError, SettingsError) as e:
        raise SettingsInvalid(explain(e)) from None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load_settings()
