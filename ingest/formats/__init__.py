"""Readers for each input format: they turn a file's bytes into text, title and metadata.

Each module exposes one plain function taking the file's name (for messages) and its bytes or
path; every bad input raises ``InputError`` naming the file and the reason. ``readers`` picks the
module by suffix, merges the sidecar metadata and builds ``SourceText``.
"""
