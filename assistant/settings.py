"""All configuration in one place: environment variables (prefix NIANBAO_) and `.env`."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


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
    chroma_port: int = 8000
    collection: str = "nianbao_corpus"
    embedding_backend: Literal["local", "openai"] = "local"
    embedding_dim: int = 1024
    embedding_base_url: str | None = None
    embedding_model: str | None = None
    rrf_k: int = 60
    section_prior: bool = True  # without a section filter, favour the section the query reads like

    # LLM: an OpenAI-compatible chat endpoint (OpenAI, DeepSeek, Qwen, vLLM, Ollama …). Without a model
    # name the offline composer drafts.
    llm_base_url: str | None = None
    llm_api_key: SecretStr | None = None
    llm_model: str | None = None
    llm_temperature: float = 0.3
    llm_timeout: float = 60.0      # per read
    llm_deadline: float = 120.0    # per call, overall: a stream that keeps sending ends here
    llm_max_answer_chars: int = 20_000  # a longer answer is cut and refused
    llm_retries: int = 2
    llm_max_tokens: int = 2000
    # DeepSeek, Qwen, vLLM and Ollama read max_tokens; OpenAI's newer models want max_completion_tokens.
    llm_max_tokens_param: Literal["max_tokens", "max_completion_tokens"] = "max_tokens"
    # Structured output differs by provider: "auto" tries function calling, then json_schema, then json_mode on the
    # first call to an endpoint and keeps the first that answers (llama.cpp's server rejects json_schema).
    llm_structured_method: Literal["auto", "function_calling", "json_schema", "json_mode"] = "auto"
    llm_extra_body: dict = Field(default_factory=dict)  # e.g. {"enable_thinking": false} for Qwen3

    # Input limits (bad input gets a clear message, never a crash).
    max_input_mb: float = 30.0
    max_batch_files: int = 5000
    # Uploads are parsed and checked in worker processes (校验): per file at most this long and this much
    # address space; one hostile file never stalls the app for other users.
    worker_processes: int = 2
    worker_seconds: float = 60.0
    worker_memory_mb: int = 2048
    # A file that may need OCR (a PDF, a picture, a page or Word file with pictures) gets this much longer in its
    # worker; the OCR itself stops after ocr_cpu_seconds of CPU with a Chinese line (pages and pixels: scan.py).
    ocr_seconds: float = 600.0
    ocr_cpu_seconds: float = 300.0

    # Deadlines (条例第四十九条), as month-day of the year after the statistics year; local overrides.
    deadline_department: str = "01-31"
    deadline_government: str = "03-31"

    # Thresholds of the rule catalogue (domain.md §4–§5).
    fee_decimals: int = 4                   # T2-2
    fee_ratio_warn: float = 100.0           # T2-3
    carried_forward_share_info: float = 0.5  # R3-8
    similarity_warn: float = 0.80
    similarity_high: float = 0.95
    change_ratio_warn: float = 10.0
    change_floor: int = 100                 # "falls to 0 from a large value"
    in_force_tolerance: int = 0

    @property
    def llm_enabled(self) -> bool:
        return bool(self.llm_model)

    @property
    def max_input_bytes(self) -> int:
        return int(self.max_input_mb * 1024 * 1024)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
