"""A relay in front of the test server's unix socket that a test can cut, as a cable is pulled.

The throwaway PostgreSQL server (``tests/pg_cluster.py``) listens on a unix
socket in its folder. A store opened through the relay's folder reaches the
same server; ``cut()`` closes every open connection and refuses new ones,
``restore()`` lets them through again. The program under test sees what it
sees when the network goes: connections dropped mid-work, then refused.
"""

from __future__ import annotations

import contextlib
import socket
import tempfile
import threading
from pathlib import Path

from sqlalchemy.engine import make_url


class SocketRelay:
    def __init__(self, server_socket: Path) -> None:
        self._target = str(server_socket)
        # A short folder: a unix socket's path has a limit of about 100 bytes.
        self.folder = Path(tempfile.mkdtemp(prefix="fdrelay"))
        self._listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._listener.bind(str(self.folder / server_socket.name))
        self._listener.listen(16)
        self._open = True
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def url(self, url: str) -> str:
        """``url`` (on the test server) reaching it through this relay instead."""
        parsed = make_url(url)
        query = {**parsed.query, "host": str(self.folder)}
        return parsed._replace(query=query).render_as_string(hide_password=False)

    def cut(self) -> None:
        """Drop every connection now and refuse new ones until ``restore``."""
        with self._lock:
            self._open = False
            for s in self._sockets:
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                s.close()
            self._sockets.clear()

    def restore(self) -> None:
        with self._lock:
            self._open = True

    def close(self) -> None:
        self.cut()
        self._listener.close()
        for leftover in self.folder.iterdir():
            leftover.unlink()
        self.folder.rmdir()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return  # closed
            with self._lock:
                if not self._open:
                    client.close()
                    continue
                server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                server.connect(self._target)
                self._sockets += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := source.recv(65536):
                sink.sendall(data)
        with contextlib.suppress(OSError):
            sink.shutdown(socket.SHUT_WR)
