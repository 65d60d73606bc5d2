"""Use cases. Each takes the session factory and an Actor, runs one transaction, returns DTOs."""
