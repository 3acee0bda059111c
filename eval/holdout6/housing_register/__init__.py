"""Council social-housing register: applicants, households, choice-based lettings bids."""
