"""trainer: an offline practice coach for data structures and algorithms."""

__version__ = "0.1.0"
