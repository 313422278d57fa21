"""services layer (no Qt: see tests/test_layering.py)."""
