"""Every test here with a store runs on the encrypted file and on a team server."""

from tests.backends import parametrise_backends as pytest_generate_tests

__all__ = ["pytest_generate_tests"]
