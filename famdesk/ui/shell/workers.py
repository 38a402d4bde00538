"""Long work off the GUI thread: a QRunnable that only reports through signals.

``run_task(fn, *args, on_finished=..., on_failed=..., on_progress=...)`` runs
``fn`` on the global thread pool; the callbacks are connected before it starts. The worker
never touches a widget and never receives a database session: give it the
``Store`` (or a path) and let it open its own unit of work. Signals cross to the
GUI thread through Qt's queued connections, so slots run on the GUI thread.

With ``with_progress=True`` the function is called with a keyword argument
``progress(done, total)`` that emits ``progress``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class TaskSignals(QObject):
    started = Signal()
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)


class Task(QRunnable):
    """One call of ``fn`` on a pool thread.

    ``exception`` holds what ``fn`` raised (after ``failed``), so a caller can
    tell, say, a wrong passphrase from a locked file without parsing text.
    """

    def __init__(
        self, fn: Callable[..., Any], *args: Any, with_progress: bool = False, **kwargs: Any
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python owns it: the caller keeps the Task
        self.signals = TaskSignals()
        self._fn = fn
        self._args = args
        self._kwargs = kwargs
        self._with_progress = with_progress
        self.exception: BaseException | None = None
        self.result: Any = None
        self.done = False

    def run(self) -> None:
        self.signals.started.emit()
        kwargs = dict(self._kwargs)
        if self._with_progress:
            kwargs["progress"] = self._report
        try:
            self.result = self._fn(*self._args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - reported to the GUI, never swallowed
            self.exception = exc
            self.done = True
            self.signals.failed.emit(str(exc))
            return
        self.done = True
        self.signals.finished.emit(self.result)

    def _report(self, done: int, total: int) -> None:
        self.signals.progress.emit(int(done), int(total))


#: Tasks in flight; kept here so a Task outlives the caller's local variable.
_running: set[Task] = set()


def start_task(task: Task, pool: QThreadPool | None = None) -> Task:
    """Start a Task whose signals are already connected."""
    _running.add(task)
    task.signals.finished.connect(lambda _r, t=task: _running.discard(t))
    task.signals.failed.connect(lambda _m, t=task: _running.discard(t))
    (pool or QThreadPool.globalInstance()).start(task)
    return task


def run_task(
    fn: Callable[..., Any],
    *args: Any,
    on_finished: Callable[[Any], Any] | None = None,
    on_failed: Callable[[str], Any] | None = None,
    on_progress: Callable[[int, int], Any] | None = None,
    with_progress: bool = False,
    pool: QThreadPool | None = None,
    **kwargs: Any,
) -> Task:
    """Run ``fn(*args, **kwargs)`` on a pool thread; the callbacks run on this thread.

    The callbacks are connected before the work starts: a signal emitted
    before a connection exists is lost, however fast the work is. For other
    receivers, build a ``Task``, connect to ``task.signals``, then ``start_task``.
    """
    task = Task(fn, *args, with_progress=with_progress or on_progress is not None, **kwargs)
    if on_finished is not None:
        task.signals.finished.connect(on_finished)
    if on_failed is not None:
        task.signals.failed.connect(on_failed)
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    return start_task(task, pool)


def wait_for_all(msecs: int = 30000) -> bool:
    """Block until every task has finished (tests and shutdown use it)."""
    return QThreadPool.globalInstance().waitForDone(msecs)
