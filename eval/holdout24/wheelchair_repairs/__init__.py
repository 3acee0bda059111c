"""NHS wheelchair service: repair requests, engineer visits and parts."""
