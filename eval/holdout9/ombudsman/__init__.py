"""Financial ombudsman casework: complaints by consumers about regulated firms."""
