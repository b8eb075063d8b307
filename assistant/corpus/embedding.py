"""Embedding functions registered with Chroma, so a collection's config names ours and Chroma never
falls back to its default (which downloads an English ONNX model).

- `local` (default): hashed character 2/3-grams. No model, no download, deterministic across processes,
  good enough to find paragraphs phrased alike in Chinese.
- `openai`: any OpenAI-compatible /v1/embeddings endpoint (bge-m3 on vLLM/Ollama/Xinference, or OpenAI).
  The key is read from an environment variable at call time and never stored in the collection config.
"""
from __future__ import annotations

import os
from typing import Any

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.utils.embedding_functions import register_embedding_function

_MULT = np.uint64(0x9E3779B97F4A7C15)  # Fibonacci hashing: stable, fast, well spread
_P = np.uint64(1_000_003)


# Words every section of every report repeats: their n-grams say nothing about which passage is alike.
BOILERPLATE = ("政府信息公开", "政务公开", "信息公开", "政府信息", "工作", "进一步", "加强", "不断", "推进", "落实", "提升",
               "提高", "情况", "全面", "持续", "切实", "严格", "规范", "及时", "确保", "有关", "相关", "开展", "做好", "我县",
               "我市", "我区", "本机关", "年度", "国务院", "办公厅", "条例", "中华人民共和国", "人民政府")


def _pair_ids(words) -> np.ndarray:
    ids = []
    for w in words:
        c = np.frombuffer(w.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
        ids.extend((c[:-1] * _P + c[1:]).tolist())
    return np.unique(np.asarray(ids, dtype=np.uint64))


_STOP_PAIRS = _pair_ids(BOILERPLATE)


def hashed_ngrams(text: str, dim: int = 1024) -> np.ndarray:
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    # Keep CJK, letters and digits; punctuation and spaces carry no phrasing.
    keep = ((codes >= 0x4E00) & (codes <= 0x9FFF)) | ((codes >= 0x30) & (codes <= 0x39)) | \
           ((codes >= 0x41) & (codes <= 0x5A)) | ((codes >= 0x61) & (codes <= 0x7A))
    c = codes[keep]
    vec = np.zeros(dim, dtype=np.float32)
    if len(c) < 2:
        return vec
    pairs = c[:-1] * _P + c[1:]
    common = np.isin(pairs, _STOP_PAIRS)
    grams = [pairs[~common]]
    if len(c) >= 3:
        both = common[:-1] & common[1:]
        grams.append(((c[:-2] * _P + c[1:-1]) * _P + c[2:] + np.uint64(7))[~both])
    bits = int(np.log2(dim))
    with np.errstate(over="ignore"):
        buckets = np.concatenate([(g * _MULT) >> np.uint64(64 - bits) for g in grams]).astype(np.int64)
    vec = np.log1p(np.bincount(buckets, minlength=dim).astype(np.float32))
    norm = float(np.linalg.norm(vec))
    return vec / norm if norm else vec


@register_embedding_function
class HashedNgramEmbedding(EmbeddingFunction[Documents]):
    """Character n-gram hashing: a dense vector with no model behind it."""

    def __init__(self, dim: int = 1024):
        if dim & (dim - 1):
            raise ValueError("dim must be a power of two")
        self.dim = dim

    def __call__(self, input: Documents) -> Embeddings:
        return [hashed_ngrams(t, self.dim) for t in input]

    @staticmethod
    def name() -> str:
        return "nianbao_hashed_ngrams"

    def default_space(self):
        return "cosine"

    def supported_spaces(self):
        return ["cosine"]

    def get_config(self) -> dict[str, Any]:
        return {"dim": self.dim}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> "HashedNgramEmbedding":
        return HashedNgramEmbedding(dim=int(config.get("dim", 1024)))

    @staticmethod
    def validate_config(config: dict[str, Any]) -> None:
        dim = int(config.get("dim", 1024))
        if dim <= 0 or dim & (dim - 1):
            raise ValueError("dim must be a positive power of two")

    def validate_config_update(self, old_config: dict[str, Any], new_config: dict[str, Any]) -> None:
        if int(new_config.get("dim", self.dim)) != self.dim:
            raise ValueError("changing dim needs a new collection")


@register_embedding_function
class OpenAICompatibleEmbedding(EmbeddingFunction[Documents]):
    """An OpenAI-compatible embeddings endpoint through the official `openai` client."""

    def __init__(self, base_url: str | None, model: str, api_key_env: str = "NIANBAO_EMBEDDING_API_KEY",
                 timeout: float = 30.0, batch: int = 64):
        self.base_url, self.model, self.api_key_env = base_url, model, api_key_env
        self.timeout, self.batch = timeout, batch
        self._client = None

    def _openai(self):
        if self._client is None:
            from openai import OpenAI
            key = os.environ.get(self.api_key_env) or os.environ.get("NIANBAO_LLM_API_KEY") or "not-needed"
            self._client = OpenAI(base_url=self.base_url, api_key=key, timeout=self.timeout, max_retries=2)
        return self._client

    def __call__(self, input: Documents) -> Embeddings:
        out: list[np.ndarray] = []
        for i in range(0, len(input), self.batch):
            resp = self._openai().embeddings.create(model=self.model, input=list(input[i:i + self.batch]))
            for item in sorted(resp.data, key=lambda d: d.index):
                v = np.asarray(item.embedding, dtype=np.float32)
                n = float(np.linalg.norm(v))
                out.append(v / n if n else v)
        return out

    @staticmethod
    def name() -> str:
        return "nianbao_openai"

    def default_space(self):
        return "cosine"

    def supported_spaces(self):
        return ["cosine"]

    def get_config(self) -> dict[str, Any]:
        return {"base_url": self.base_url, "model": self.model, "api_key_env": self.api_key_env,
                "timeout": self.timeout}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> "OpenAICompatibleEmbedding":
        return OpenAICompatibleEmbedding(config.get("base_url"), config["model"],
                                         config.get("api_key_env", "NIANBAO_EMBEDDING_API_KEY"),
                                         float(config.get("timeout", 30.0)))

    @staticmethod
    def validate_config(config: dict[str, Any]) -> None:
        if not config.get("model"):
            raise ValueError("model is required")

    def validate_config_update(self, old_config: dict[str, Any], new_config: dict[str, Any]) -> None:
        if new_config.get("model", self.model) != self.model:
            raise ValueError("changing the embedding model needs a new collection")


def make_embedding(settings) -> EmbeddingFunction:
    if settings.embedding_backend == "openai":
        if not settings.embedding_model:
            raise ValueError("未配置向量模型名称（NIANBAO_EMBEDDING_MODEL）")
        return OpenAICompatibleEmbedding(settings.embedding_base_url, settings.embedding_model)
    return HashedNgramEmbedding(settings.embedding_dim)
