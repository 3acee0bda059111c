"""CI artefact registry: repositories, uploaded artefacts, API tokens, download log."""
