"""Wind farm SCADA ingest, alarms and maintenance visits."""
