"""Office print management and in-house print room: printers, job queue, quotas, stationery orders."""
