"""Plain SQL: numbered migrations and named queries, loaded by core.sql and core.migrations."""
