"""The reliability suite (issue 8): marked `reliability`; `.ci/run` runs it with the rest."""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(items):
    for item in items:
        if "/reliability/" in str(item.fspath):
            item.add_marker(pytest.mark.reliability)
