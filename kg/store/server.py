"""Read-only SPARQL 1.1 endpoint over a store directory, with a query timeout that is reported.

Oxigraph's own server (`oxigraph serve-read-only`, from the `oxigraph` PyPI package)
does the query work and cancels a query that runs past `--timeout-s`, which frees its
CPU at once (a Python worker thread could not be cancelled). But by then it has already
answered `200 OK` and streamed part of the result, then appends "The SPARQL operation
has been cancelled": a client would read a truncated body as a (wrong) answer. So the
server listens on a private port behind a thin Python proxy that buffers each answer,
enforces its own deadline and size limit, checks that the body is complete (the cancel
marker, and a full parse for JSON/XML/TSV results and RDF), and turns a truncated one
into `504 Gateway Timeout`.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType

from pyoxigraph import QueryResultsFormat, QuerySolutions, RdfFormat, parse, parse_query_results

log = logging.getLogger(__name__)

CANCEL_MARKER = b"The SPARQL operation has been cancelled"
GRACE_S = 2.0  # extra time the proxy allows on top of the query timeout for transfer
FORWARDED_HEADERS = ("Accept", "Content-Type")


class ServerError(RuntimeError):
    """The SPARQL server could not be started."""


def oxigraph_binary() -> str:
    """Path of the `oxigraph` executable (installed by `pip install kg[server]`)."""
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if not found:
        raise ServerError("the 'oxigraph' server is not installed: pip install 'kg[server]' (or 'oxigraph')")
    return found


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def start_oxigraph(
    location: Path, *, host: str, port: int, read_only: bool = True, timeout_s: float | None = None
) -> subprocess.Popen[bytes]:
    """Start `oxigraph serve[-read-only]` on host:port and wait until it answers queries."""
    args = [oxigraph_binary(), "serve-read-only" if read_only else "serve", "--location", str(location)]
    args += ["--bind", f"{host}:{port}", "--union-default-graph"]
    if timeout_s is not None:
        args += ["--timeout-s", str(max(1, round(timeout_s)))]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _wait_ready(proc, f"http://{host}:{port}/query?query=ASK%7B%7D")
    except BaseException:
        stop_process(proc)
        raise
    return proc


def _wait_ready(proc: subprocess.Popen[bytes], url: str, limit_s: float = 30.0) -> None:
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
            raise ServerError(f"oxigraph exited with code {proc.returncode}: {err.strip()}")
        with contextlib.suppress(OSError), urllib.request.urlopen(url, timeout=1) as resp:
            if resp.status == 200:
                return
        time.sleep(0.1)
    raise ServerError(f"oxigraph did not answer within {limit_s:.0f} s")


def stop_process(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    if proc.stderr:
        proc.stderr.close()


def truncated(body: bytes, content_type: str) -> bool:
    """True when a 200 answer of the upstream server is not a complete result."""
    if body.rstrip().endswith(CANCEL_MARKER):
        return True
    media = content_type.split(";")[0].strip()
    results_format = QueryResultsFormat.from_media_type(media) if media else None
    try:
        if results_format is not None and results_format != QueryResultsFormat.CSV:
            result = parse_query_results(body, results_format)
            if isinstance(result, QuerySolutions):
                for _ in result:
                    pass
            return False
        rdf_format = RdfFormat.from_media_type(media) if media else None
        if rdf_format is not None:
            for _ in parse(body, rdf_format):
                pass
    except (SyntaxError, ValueError):
        return True
    return False


class _Proxy(BaseHTTPRequestHandler):
    server: _ProxyServer
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 (http.server naming)
        self._forward("GET")

    def do_POST(self) -> None:  # noqa: N802
        self._forward("POST")

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        log.debug("%s " + format, self.address_string(), *args)

    def _forward(self, method: str) -> None:
        if self.path.split("?")[0] not in ("/", "/query"):
            self._reply(404, b"only /query is served (read-only SPARQL endpoint)\n")
            return
        length = int(self.headers.get("Content-Length") or 0)
        data = self.rfile.read(length) if length else None
        headers = {h: self.headers[h] for h in FORWARDED_HEADERS if self.headers.get(h)}
        req = urllib.request.Request(
            self.server.upstream + self.path, data=data, headers=headers, method=method
        )
        try:
            status, ctype, body = self._fetch(req)
        except TimeoutError:
            self._reply(504, f"query timed out after {self.server.timeout_s:g} s\n".encode())
            return
        except OverflowError:
            self._reply(503, f"result larger than {self.server.max_bytes} bytes: add a LIMIT\n".encode())
            return
        except OSError as e:
            self._reply(502, f"SPARQL backend unavailable: {e}\n".encode())
            return
        if status == 200 and self.path.startswith("/query") and truncated(body, ctype):
            self._reply(
                504, f"query timed out after {self.server.timeout_s:g} s (result incomplete)\n".encode()
            )
            return
        self._reply(status, body, ctype)

    def _fetch(self, req: urllib.request.Request) -> tuple[int, str, bytes]:
        deadline = time.monotonic() + self.server.timeout_s + GRACE_S
        try:
            resp = urllib.request.urlopen(req, timeout=self.server.timeout_s + GRACE_S)
        except urllib.error.HTTPError as e:
            return e.code, e.headers.get("Content-Type", "text/plain"), e.read()
        with resp:
            chunks, size = [], 0
            while chunk := resp.read(1 << 16):
                size += len(chunk)
                if size > self.server.max_bytes:
                    raise OverflowError
                if time.monotonic() > deadline:
                    raise TimeoutError
                chunks.append(chunk)
            return resp.status, resp.headers.get("Content-Type", ""), b"".join(chunks)

    def _reply(self, status: int, body: bytes, ctype: str = "text/plain; charset=utf-8") -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.end_headers()
        self.wfile.write(body)


class _ProxyServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, addr: tuple[str, int], upstream: str, timeout_s: float, max_bytes: int) -> None:
        super().__init__(addr, _Proxy)
        self.upstream, self.timeout_s, self.max_bytes = upstream, timeout_s, max_bytes


class SparqlServer:
    """A running read-only endpoint at `url` (`http://host:port/query`); use as a context manager."""

    def __init__(
        self,
        location: Path,
        host: str = "127.0.0.1",
        port: int = 7878,
        timeout_s: float = 30,
        max_bytes: int = 256 << 20,
    ) -> None:
        if not (Path(location) / "CURRENT").exists():
            raise ServerError(f"no store at {location} (build one first)")
        self.location, self.host, self.port = Path(location), host, port
        self.timeout_s, self.max_bytes = timeout_s, max_bytes
        self._proc: subprocess.Popen[bytes] | None = None
        self._httpd: _ProxyServer | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/query"

    def start(self) -> SparqlServer:
        inner = free_port()
        self._proc = start_oxigraph(self.location, host="127.0.0.1", port=inner, timeout_s=self.timeout_s)
        try:
            self._httpd = _ProxyServer(
                (self.host, self.port), f"http://127.0.0.1:{inner}", self.timeout_s, self.max_bytes
            )
        except OSError:
            stop_process(self._proc)
            raise
        self.port = int(self._httpd.server_address[1])
        threading.Thread(target=self._httpd.serve_forever, name="sparql-proxy", daemon=True).start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._proc is not None:
            stop_process(self._proc)
            self._proc = None

    def __enter__(self) -> SparqlServer:
        return self.start()

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.stop()


def serve(location: Path, host: str = "127.0.0.1", port: int = 7878, timeout_s: float = 30) -> None:
    """Serve the store at `location` read-only until interrupted (Ctrl-C or SIGTERM).

    Do not serve a store that another process is writing to: open it read-only only
    when no build is running on it.
    """
    stop = threading.Event()
    in_main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, lambda *_: stop.set()) if in_main else None
    try:
        with SparqlServer(location, host, port, timeout_s) as server:
            log.info("SPARQL endpoint at %s (query timeout %g s)", server.url, timeout_s)
            with contextlib.suppress(KeyboardInterrupt):
                stop.wait()
    finally:
        if in_main:
            signal.signal(signal.SIGTERM, previous)
