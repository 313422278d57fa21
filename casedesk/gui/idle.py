"""Lock after a quiet spell, and when the desktop's screen locker turns on."""

from __future__ import annotations

from PySide6.QtCore import SLOT, QEvent, QObject, QTimer, Signal, Slot

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
             QEvent.Type.Wheel, QEvent.Type.TouchBegin}


class IdleWatcher(QObject):
    """Emits `idle` after `minutes` without keyboard or mouse activity in the application."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.idle)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self._timer.setInterval(minutes * 60_000)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False


def watch_screen_locker(on_locked) -> bool:
    """Call `on_locked` when the session's screen saver activates (freedesktop and GNOME).

    Returns False when there is no session bus (no desktop, or another platform); the idle
    timer still locks then.
    """
    try:
        from PySide6.QtDBus import QDBusConnection
    except ImportError:
        return False
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    relay = _ScreenLockRelay(on_locked)
    connected = False
    for service, path, interface in (("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
                                     ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver")):
        connected |= bus.connect(service, path, interface, "ActiveChanged", relay, SLOT("changed(bool)"))
    watch_screen_locker.relay = relay   # keep it alive as long as the program
    return connected


class _ScreenLockRelay(QObject):
    def __init__(self, on_locked) -> None:
        super().__init__()
        self._on_locked = on_locked

    @Slot(bool)
    def changed(self, active: bool) -> None:
        if active:
            self._on_locked()
