"""Mountain rescue team: callouts, casualty cards, pager responses."""
