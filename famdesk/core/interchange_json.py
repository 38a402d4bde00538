"""Strict JSON for the interchange format, whole or streamed family by family.

The standard ``json`` module keeps the last of two equal keys silently; here
every object goes through ``object_pairs_hook``, and a key given twice is a
refusal that names its JSON path. NaN and Infinity are not JSON and are
refused too.

``DocumentReader`` reads a file without holding it whole: the top-level keys
are read by hand and each element of ``families`` is decoded on its own by
the C decoder (``raw_decode``) from a sliding buffer, so memory stays at one
family plus the buffer however large the file is.
"""

from __future__ import annotations

import codecs
import json
import os
from collections.abc import Callable
from typing import IO, Any

from famdesk.core.interchange_validate import InterchangeError, describe
from famdesk.core.interchange_validate import key_path as key_path

#: Characters read from the file at a time.
CHUNK_CHARS = 1 << 20


#: What ``DocumentReader.read`` gives for ``families`` when it was a list (streamed).
STREAMED = "<families streamed>"


class _Duplicated(dict):  # type: ignore[type-arg]
    """A JSON object that named a key twice (found again by ``_find_duplicate``)."""

    duplicate: str = ""


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not allowed in JSON")


class _Strict:
    """An ``object_pairs_hook`` that marks objects with a key given twice."""

    def __init__(self) -> None:
        self.found = False

    def __call__(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        obj = dict(pairs)
        if len(obj) == len(pairs):
            return obj
        self.found = True
        seen: set[str] = set()
        marked = _Duplicated(obj)
        for key, _ in pairs:
            if key in seen:
                marked.duplicate = key
                break
            seen.add(key)
        return marked


def _find_duplicate(value: Any, path: str) -> InterchangeError | None:
    """The first object under ``value`` that named a key twice, as a refusal."""
    stack: list[tuple[Any, str]] = [(value, path)]
    while stack:
        item, where = stack.pop()
        if isinstance(item, _Duplicated):
            return InterchangeError(
                key_path(where, item.duplicate),
                "this key is given twice in one object; each key may appear once",
            )
        if isinstance(item, dict):
            stack.extend((v, key_path(where, k)) for k, v in reversed(list(item.items())))
        elif isinstance(item, list):
            stack.extend((v, f"{where}[{i}]") for i, v in reversed(list(enumerate(item))))
    return None


def _decoder() -> tuple[json.JSONDecoder, _Strict]:
    hook = _Strict()
    return json.JSONDecoder(object_pairs_hook=hook, parse_constant=_no_constant), hook


def loads(data: str | bytes, path: str = "$") -> Any:
    """One JSON value, strictly (no key given twice, no NaN); errors as ``InterchangeError``."""
    if isinstance(data, bytes | bytearray):
        try:
            data = bytes(data).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InterchangeError("$", f"not UTF-8 text (byte {exc.start})") from None
    decoder, hook = _decoder()
    try:
        value = decoder.decode(data)
    except json.JSONDecodeError as exc:
        raise InterchangeError(
            "$", f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
        ) from None
    except ValueError as exc:
        raise InterchangeError("$", f"invalid JSON: {exc}") from None
    except RecursionError:
        raise InterchangeError("$", "invalid JSON: nested too deeply") from None
    if hook.found:
        found = _find_duplicate(value, path)
        if found is not None:
            raise found
    return value


class DocumentReader:
    """Reads a famdesk file's top level, streaming the elements of ``families``.

    ``read(on_family)`` goes through the file once: it returns the top-level
    values (``families`` maps to ``STREAMED`` when it is a list) and
    calls ``on_family(index, value)`` for each family as soon as it is decoded.
    A syntax error, a key given twice or bytes that are not UTF-8 raise
    ``InterchangeError``.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = path

    def read(
        self,
        on_family: Callable[[int, Any], None] | None = None,
        stop_after_header: Callable[[dict[str, Any]], bool] | None = None,
    ) -> dict[str, Any]:
        """Read the file; ``stop_after_header(top)`` may end the read when
        ``families`` begins (e.g. once the version is known)."""
        with open(self.path, "rb") as raw:
            return _Scan(raw).document(on_family, stop_after_header)


class _Scan:
    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.utf8 = codecs.getincrementaldecoder("utf-8-sig")()
        self.buf = ""
        self.pos = 0
        self.eof = False
        #: characters and lines dropped from the buffer so far (for messages)
        self.dropped_lines = 0
        self.dropped_col_base = 0
        self.bytes_read = 0
        self.decoder, self.hook = _decoder()

    # --- the buffer ---------------------------------------------------------------

    def _more(self) -> bool:
        """Append the next chunk; False at the end of the file."""
        if self.eof:
            return False
        done = self.buf[: self.pos]
        if done:
            newlines = done.count("\n")
            if newlines:
                self.dropped_lines += newlines
                self.dropped_col_base = len(done) - done.rfind("\n") - 1
            else:
                self.dropped_col_base += len(done)
            self.buf = self.buf[self.pos :]
            self.pos = 0
        chunk = self.raw.read(CHUNK_CHARS)
        try:
            text = self.utf8.decode(chunk, final=not chunk)
        except UnicodeDecodeError as exc:
            raise InterchangeError(
                "$", f"not UTF-8 text (byte {self.bytes_read + exc.start})"
            ) from None
        self.bytes_read += len(chunk)
        if not chunk:
            self.eof = True
        self.buf += text
        return bool(chunk) or bool(text)

    def _where(self, pos: int) -> str:
        before = self.buf[:pos]
        line = self.dropped_lines + before.count("\n") + 1
        col = pos - before.rfind("\n") if "\n" in before else self.dropped_col_base + pos + 1
        return f"line {line} column {col}"

    def _syntax(self, pos: int, msg: str) -> InterchangeError:
        return InterchangeError("$", f"invalid JSON at {self._where(pos)}: {msg}")

    def _skip_ws(self) -> str:
        """The next non-blank character ("" at the end of the file)."""
        while True:
            buf, pos, n = self.buf, self.pos, len(self.buf)
            while pos < n and buf[pos] in " \t\n\r":
                pos += 1
            self.pos = pos
            if pos < n:
                return buf[pos]
            if not self._more():
                return ""

    def _expect(self, chars: str, msg: str) -> str:
        c = self._skip_ws()
        if c == "" or c not in chars:
            raise self._syntax(self.pos, msg)
        self.pos += 1
        return c

    def _value(self, path: str) -> Any:
        """Decode the value at the cursor, reading more of the file as needed."""
        self._skip_ws()
        while True:
            try:
                value, end = self.decoder.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                near_end = len(self.buf) - exc.pos <= 16
                if (near_end or exc.msg.startswith("Unterminated string")) and self._more():
                    continue
                raise self._syntax(exc.pos, exc.msg) from None
            except ValueError as exc:
                raise InterchangeError("$", f"invalid JSON: {exc}") from None
            except RecursionError:
                raise InterchangeError("$", "invalid JSON: nested too deeply") from None
            if end >= len(self.buf) and not self.eof and self._more():
                continue  # a number may go on in the next chunk
            self.pos = end
            if self.hook.found:
                found = _find_duplicate(value, path)
                self.hook.found = False
                if found is not None:
                    raise found
            return value

    # --- the document -------------------------------------------------------------

    def document(
        self,
        on_family: Callable[[int, Any], None] | None,
        stop_after_header: Callable[[dict[str, Any]], bool] | None,
    ) -> dict[str, Any]:
        top: dict[str, Any] = {}
        if self._skip_ws() != "{":
            value = self._value("$")
            raise InterchangeError(
                "$", f"expected a famdesk document (a JSON object), got {describe(value)}"
            )
        self.pos += 1
        if self._skip_ws() == "}":
            self.pos += 1
        else:
            while True:
                key = self._value("$")
                if not isinstance(key, str):
                    raise self._syntax(
                        self.pos, "Expecting property name enclosed in double quotes"
                    )
                if key in top:
                    raise InterchangeError(
                        key_path("$", key),
                        "this key is given twice in one object; each key may appear once",
                    )
                self._expect(":", "Expecting ':' delimiter")
                if key == "families" and self._skip_ws() == "[":
                    if stop_after_header is not None and stop_after_header(top):
                        top["families"] = STREAMED
                        return top
                    self._families(on_family)
                    top[key] = STREAMED
                else:
                    top[key] = self._value(key_path("$", key))
                if self._expect(",}", "Expecting ',' delimiter") == "}":
                    break
        if self._skip_ws() != "":
            raise self._syntax(self.pos, "Extra data")
        return top

    def _families(self, on_family: Callable[[int, Any], None] | None) -> int:
        self.pos += 1  # the [
        if self._skip_ws() == "]":
            self.pos += 1
            return 0
        index = 0
        while True:
            value = self._value(f"$.families[{index}]")
            if on_family is not None:
                on_family(index, value)
            index += 1
            if self._expect(",]", "Expecting ',' delimiter") == "]":
                return index
