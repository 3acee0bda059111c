"""Canal lock keepers' digital log book: locks, boat passages, pound levels and stoppages."""
