"""Process-wide protections set before any case data is read."""

from __future__ import annotations


def disable_core_dumps() -> None:
    """A crash must not write the process memory (decrypted cases, keys) to a core file."""
    try:
        import resource
    except ImportError:          # Windows: no core files to speak of
        return
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        pass
