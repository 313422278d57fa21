"""Run work off the GUI thread and deliver its result on it (Picard's run_task, in Qt).

Each task closes its thread's database connection when it ends, so locking the vault after
`wait()` leaves no connection (and no decrypted page cache) behind. Tests make the runner
synchronous, so they read results without waiting for threads.
"""

from __future__ import annotations

import itertools
import threading
from typing import Any, Callable

import peewee
from PySide6.QtCore import QObject, QThreadPool, Signal

from casedesk.storage import models


class BackgroundRunner(QObject):
    """`run(work, on_done, on_error)`; `synchronous = True` runs everything in place.

    Results travel through one long-lived signal as (task id, result, error). A QObject or
    QRunnable per task was collected while Qt still held it and crashed PySide6 6.12.
    """

    _finished = Signal(tuple)

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._ids = itertools.count()
        self._callbacks: dict[int, tuple[Callable, Callable]] = {}
        self._lock = threading.Lock()
        self._finished.connect(self._deliver)

    def run(self, work: Callable[[], Any], on_done: Callable[[Any], None],
            on_error: Callable[[Exception], None]) -> None:
        if self.synchronous:
            try:
                result = work()
            except Exception as exc:
                on_error(exc)
                return
            on_done(result)
            return
        task_id = next(self._ids)
        with self._lock:
            self._callbacks[task_id] = (on_done, on_error)

        def in_worker() -> None:
            result, error = None, None
            try:
                result = work()
            except Exception as exc:   # delivered to the GUI thread, which decides what to say
                error = exc
            finally:
                database = models.database.obj
                if isinstance(database, peewee.Database):
                    database.close()    # this worker thread's own connection
            try:
                self._finished.emit((task_id, result, error))
            except RuntimeError:
                pass    # the window closed meanwhile: nobody is waiting for this result

        self._pool.start(in_worker)

    def _deliver(self, outcome: tuple) -> None:
        task_id, result, error = outcome
        with self._lock:
            on_done, on_error = self._callbacks.pop(task_id)
        on_error(error) if error is not None else on_done(result)

    def wait(self) -> None:
        """Block until every started task has finished (before locking the vault)."""
        self._pool.waitForDone()

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)
