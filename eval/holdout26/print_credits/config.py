import os


class Config:
    SQLALCHEMY_DATABASE_URI = os.environ.get("PRINT_DB", "sqlite:///print.db")
    PAYMENT_PROVIDER_SECRET = os.environ.get("PAYMENT_PROVIDER_SECRET", "")
    PRINT_SERVER_API_TOKEN = os.environ.get("PRINT_SERVER_API_TOKEN", "")
    MONO_PRICE_PER_PAGE = "0.15"
    COLOUR_PRICE_PER_PAGE = "0.60"
    JOB_RETENTION_HOURS = 24
