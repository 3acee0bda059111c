"""Security operations alert triage: alerts from the SIEM, cases, indicators, enrichment."""
