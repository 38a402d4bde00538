"""famdesk: case support for Danish family-treatment workers."""

__version__ = "0.1.0"
