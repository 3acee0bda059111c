"""Prison education: learner records, courses, enrolments and progress reviews."""
