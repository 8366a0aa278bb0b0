"""The store: the practice history in one SQLite file."""
