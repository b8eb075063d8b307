"""A loopback HTTP server that speaks the OpenAI chat-completions and embeddings protocol.

Tests drive the real `openai` client against it (respx cannot mock openai 3.x). Each request takes the
next scripted behaviour from a queue (or the default answer): a plain reply, a streamed reply (SSE), a
tool call, an HTTP error with headers, a hang, a stream cut mid-way, or a malformed body. It also does what
real servers (llama.cpp's, Ollama's) do and a well-behaved fake would not: headers at once and `: ping`
comments while a request waits, one request at a time, a role-only first chunk, `finish_reason: length`,
tool arguments cut short but marked complete, HTTP 500 for `json_schema`, any model name accepted. It
records the requests whose client hung up before the answer was complete (`aborted`).
"""
from __future__ import annotations

import hashlib
import json
import select
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class HungUp(Exception):
    """The client closed the connection before the answer was complete."""


@dataclass
class Reply:
    content: str = "好的。"
    status: int = 200
    headers: dict = field(default_factory=dict)
    tool_arguments: dict | None = None   # answer as a tool call with these JSON arguments
    hang: float = 0.0                    # sleep before answering
    cut_after: int | None = None         # streaming: close the connection after N chunks
    raw: str | None = None               # send this body as is (malformed JSON …)
    chunk_delay: float = 0.0             # streaming (and filler): pause between chunks
    pings: int = 0                       # streaming: this many `: ping` comments (ping_every apart) first
    ping_every: float = 0.02
    finish_reason: str = "stop"          # "length": cut at max_tokens
    tool_arguments_raw: str | None = None  # tool call arguments sent as is (cut short, still "tool_calls")
    padding: int = 0                     # this many bytes of filler first (a body that never ends, in effect)


class LoopbackLLM:
    def __init__(self):
        self.queue: list[Reply] = []
        self.default = Reply()
        self.requests: list[dict] = []
        self.aborted: list[int] = []          # indexes of requests whose client hung up mid-answer
        self.sent = 0                         # bytes of filler written (Reply.padding) before the client hung up
        self.hung_up = threading.Event()      # set at each such hang-up
        self.one_at_a_time = False            # like llama.cpp's server: later requests wait for the first
        self.reject_json_schema = False       # like llama-cpp-python's server: response_format json_schema → 500
        self._lock = threading.Lock()
        self._busy = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def script(self, *replies: Reply) -> None:
        with self._lock:
            self.queue.extend(replies)

    def _next(self) -> Reply:
        with self._lock:
            return self.queue.pop(0) if self.queue else self.default

    def start(self) -> "LoopbackLLM":
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # keep test output clean
                pass

            def do_POST(self):
                self.index = -1
                try:
                    self._post()
                except (BrokenPipeError, ConnectionResetError, HungUp):
                    with owner._lock:  # the client gave up: nothing more to answer
                        owner.aborted.append(self.index)
                    owner.hung_up.set()

            def _post(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                with owner._lock:
                    self.index = len(owner.requests)
                    owner.requests.append({"path": self.path, "body": body,
                                           "authorization": self.headers.get("Authorization")})
                if self.path.endswith("/embeddings"):
                    return self._embeddings(body)
                if self.path.endswith("/chat/completions"):
                    reply = owner._next()
                    if owner.reject_json_schema and (body.get("response_format") or {}).get("type") == "json_schema":
                        reply = Reply(status=500)
                    if not owner.one_at_a_time:
                        return self._chat(body, reply)
                    # Queued: a streaming request gets its headers at once and pings while it waits.
                    if body.get("stream"):
                        self._stream_headers()
                    while not owner._busy.acquire(timeout=0.02):
                        if body.get("stream"):
                            self._ping()
                        elif self._client_gone():
                            raise HungUp
                    try:
                        return self._chat(body, reply)
                    finally:
                        owner._busy.release()
                self._json(404, {"error": {"message": "not found"}})

            def _client_gone(self) -> bool:
                """The client closed its end (a readable socket with nothing to read)."""
                readable, _, _ = select.select([self.connection], [], [], 0)
                return bool(readable) and self.connection.recv(1, socket.MSG_PEEK) == b""

            def _wait(self, seconds: float) -> None:
                """Sleep, but notice a client that hangs up meanwhile (a real server stops generating)."""
                end = time.monotonic() + seconds
                while time.monotonic() < end:
                    if self._client_gone():
                        raise HungUp
                    time.sleep(min(0.02, max(end - time.monotonic(), 0)))

            def _stream_headers(self):
                if getattr(self, "headers_sent", False):
                    return
                self.headers_sent = True
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Cache-Control", "no-cache")
                self.send_header("Connection", "close")
                self.end_headers()

            def _fill(self, size: int, head: bytes = b"", tail: bytes = b"") -> None:
                block = head + b"x" * (65536 - len(head) - len(tail)) + tail
                while owner.sent < size:
                    self.wfile.write(block)
                    owner.sent += len(block)
                    if self._reply_delay:
                        time.sleep(self._reply_delay)

            def _ping(self):
                self.wfile.write(b": ping\n\n")
                self.wfile.flush()

            def _json(self, status: int, payload, headers=None):
                data = json.dumps(payload, ensure_ascii=False).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

            def _embeddings(self, body):
                texts = body["input"] if isinstance(body["input"], list) else [body["input"]]
                data = [{"object": "embedding", "index": i, "embedding": embed(t)} for i, t in enumerate(texts)]
                self._json(200, {"object": "list", "data": data, "model": body.get("model", "m"),
                                 "usage": {"prompt_tokens": 1, "total_tokens": 1}})

            def _chat(self, body, reply: Reply):
                self._reply_delay = reply.chunk_delay
                if reply.hang:
                    self._wait(reply.hang)
                if reply.status != 200:
                    return self._json(reply.status, {"error": {"message": f"status {reply.status}",
                                                               "type": "test", "code": str(reply.status)}},
                                      reply.headers)
                if reply.padding and not body.get("stream"):
                    self.send_response(200)  # a JSON answer whose one field goes on for `padding` bytes
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(reply.padding + 40))
                    self.end_headers()
                    self.wfile.write(b'{"id": "chatcmpl-1", "padding": "')
                    return self._fill(reply.padding)
                if reply.raw is not None:
                    data = reply.raw.encode()
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                    return
                model = body.get("model", "test-model")
                if body.get("stream"):
                    return self._stream(model, reply)
                message = {"role": "assistant", "content": reply.content}
                finish = reply.finish_reason
                if reply.tool_arguments is not None or reply.tool_arguments_raw is not None:
                    tool = (body.get("tools") or [{"function": {"name": "answer"}}])[0]["function"]["name"]
                    arguments = reply.tool_arguments_raw if reply.tool_arguments is None else \
                        json.dumps(reply.tool_arguments, ensure_ascii=False)
                    message = {"role": "assistant", "content": None, "tool_calls": [{
                        "id": "call_1", "type": "function", "function": {"name": tool, "arguments": arguments}}]}
                    finish = "tool_calls"
                self._json(200, {"id": "chatcmpl-1", "object": "chat.completion", "created": int(time.time()),
                                 "model": model, "choices": [{"index": 0, "message": message, "finish_reason": finish}],
                                 "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20}})

            def _stream(self, model: str, reply: Reply):
                self._stream_headers()
                for _ in range(reply.pings):
                    self._ping()
                    time.sleep(reply.ping_every)
                if reply.padding:  # SSE comments of 64 KB, sent as fast as the client reads them
                    self._fill(reply.padding, b": ", b"\n\n")
                role = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": int(time.time()), "model": model,
                        "choices": [{"index": 0, "delta": {"role": "assistant"}, "finish_reason": None}]}
                self.wfile.write(f"data: {json.dumps(role)}\n\n".encode())  # the first chunk carries only the role
                pieces = [reply.content[i:i + 4] for i in range(0, len(reply.content), 4)] or [""]
                for n, piece in enumerate(pieces):
                    if reply.cut_after is not None and n >= reply.cut_after:
                        self.wfile.flush()
                        self.connection.shutdown(socket.SHUT_RDWR)
                        return
                    chunk = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": int(time.time()),
                             "model": model, "choices": [{"index": 0, "delta": {"content": piece},
                                                          "finish_reason": None}]}
                    self.wfile.write(f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n".encode())
                    self.wfile.flush()
                    if reply.chunk_delay:
                        time.sleep(reply.chunk_delay)
                end = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": int(time.time()),
                       "model": model, "choices": [{"index": 0, "delta": {}, "finish_reason": reply.finish_reason}]}
                self.wfile.write(f"data: {json.dumps(end)}\n\ndata: [DONE]\n\n".encode())
                self.wfile.flush()
                self.close_connection = True

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()


def embed(text: str, dim: int = 32) -> list[float]:
    """A deterministic vector from character bigrams: alike texts get alike vectors."""
    v = [0.0] * dim
    for a, b in zip(text, text[1:]):
        v[int(hashlib.md5((a + b).encode()).hexdigest(), 16) % dim] += 1.0
    n = sum(x * x for x in v) ** 0.5 or 1.0
    return [x / n for x in v]


def free_port() -> int:
    """A free TCP port on loopback, for servers the tests start."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(cmd: list[str], url: str, what: str, seconds: float = 60, **popen):
    """Start a server process and wait until `url` answers; a generator for pytest fixtures (yields the
    process, stops it afterwards)."""
    import subprocess
    import urllib.request
    import pytest
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **popen)
    deadline = time.time() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=1).close()
            break
        except OSError:
            if time.time() > deadline or proc.poll() is not None:
                proc.kill()
                pytest.fail(f"{what} did not start")
            time.sleep(0.2)
    yield proc
    proc.terminate()
    proc.wait(timeout=20)
