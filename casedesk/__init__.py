"""CaseDesk: encrypted case files for lawyers defending people detained for political reasons."""

__version__ = "0.1.0"
