"""Run work off the GUI thread and deliver its result on it (Picard's run_task, in Qt).

Each task closes its thread's database connection when it ends, so locking the vault after
`wait()` leaves no connection (and no decrypted page cache) behind. Tests make the runner
synchronous, so they read results without waiting for threads.
"""

from __future__ import annotations

from typing import Any, Callable

import peewee
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from casedesk.storage import models


class _Signals(QObject):
    finished = Signal(object, object)     # (result, error)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._work, self._signals = work, signals

    def run(self) -> None:
        result, error = None, None
        try:
            result = _run_and_close(self._work)
        except Exception as exc:   # delivered to the GUI thread, which decides what to say
            error = exc
        self._signals.finished.emit(result, error)


def _run_and_close(work: Callable[[], Any]) -> Any:
    try:
        return work()
    finally:
        database = models.database.obj
        if isinstance(database, peewee.Database):
            database.close()     # this worker thread's own connection


class BackgroundRunner(QObject):
    """`run(work, on_done, on_error)`; `synchronous = True` runs everything in place."""

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._pending: set[_Signals] = set()

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
        signals = _Signals()
        self._pending.add(signals)

        def deliver(result: Any, error: Exception | None) -> None:
            self._pending.discard(signals)
            on_error(error) if error is not None else on_done(result)

        signals.finished.connect(deliver)
        self._pool.start(_Task(work, signals))

    def wait(self) -> None:
        """Block until every started task has finished (before locking the vault)."""
        self._pool.waitForDone()

    @property
    def busy(self) -> bool:
        return bool(self._pending)
