"""The official form and everything generated from it."""
