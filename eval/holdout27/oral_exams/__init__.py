"""School modern-languages speaking (oral) exams: candidates, recordings, marks."""
