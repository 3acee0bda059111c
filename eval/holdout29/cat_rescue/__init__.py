"""Volunteer cat rescue: cats in care, foster homes, placements and adoption enquiries."""
