"""Meals on wheels: rounds, recipients, welfare checks at the door."""
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()
