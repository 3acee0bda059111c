"""Community adult literacy classes: learners, tutors, courses, assessments."""
