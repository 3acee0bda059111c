"""Orchestra auditions: vacancies, candidates, audition rounds and panel scoring."""
