"""Handleplan: a leader's action plan for the course on psykisk arbejdsmiljø."""

__version__ = "0.1.0"
