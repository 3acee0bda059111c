"""Data subject rights handlers and retention (purge) jobs, as declared in privacy.toml."""
