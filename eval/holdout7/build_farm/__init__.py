"""CI build farm: agents, pipelines, jobs, caches and artefact storage."""
