"""chainkg: knowledge graph and search over China's industry chains."""

__version__ = "0.1.0"
