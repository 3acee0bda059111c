"""Fostering service: foster carer training, TSD standards and skills payments."""
