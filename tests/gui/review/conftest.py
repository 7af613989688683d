"""Fixtures of the Review pane tests."""

import pytest

from tests.support.review_data import make_dataset


@pytest.fixture
def dataset(tmp_path):
    """The five-image review dataset (tests.support.review_data) in a fresh folder."""
    return make_dataset(tmp_path / "ds")
