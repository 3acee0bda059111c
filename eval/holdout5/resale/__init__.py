from __future__ import annotations

from flask import Flask
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


def create_app(config_object: str = "resale.config.Config") -> Flask:
    app = Flask(__name__)
    app.config.from_object(config_object)
    db.init_app(app)
    return app
