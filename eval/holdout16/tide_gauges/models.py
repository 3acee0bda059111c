from sqlalchemy import Boolean, Column, DateTime, Float, ForeignKey, Integer, SmallInteger, String, Text
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Station(Base):
    __tablename__ = "stations"

    id = Column(Integer, primary_key=True)
    code = Column(String(8), unique=True, nullable=False)
    name = Column(String(120), nullable=False)
    latitude = Column(Float, nullable=False)
    longitude = Column(Float, nullable=False)
    datum = Column(String(20), default="ODN")
    operator = Column(String(80))
    contact_email = Column(String(200))
    installed = Column(DateTime)
    status = Column(String(12), default="operational")

    sensors = relationship("Sensor", back_populates="station")


class Sensor(Base):
    __tablename__ = "sensors"

    id = Column(Integer, primary_key=True)
    station_id = Column(ForeignKey("stations.id"), nullable=False)
    kind = Column(String(20))
    serial = Column(String(40))
    usage = Column(String(20), default="primary")
    calibrated_at = Column(DateTime)
    sample_interval_s = Column(Integer, default=60)

    station = relationship("Station", back_populates="sensors")


class Reading(Base):
    __tablename__ = "readings"

    id = Column(Integer, primary_key=True)
    sensor_id = Column(ForeignKey("sensors.id"), index=True)
    observed_at = Column(DateTime, index=True)
    level_m = Column(Float)
    surge_m = Column(Float)
    quality_flag = Column(SmallInteger, default=0)


class Alert(Base):
    __tablename__ = "alerts"

    id = Column(Integer, primary_key=True)
    station_id = Column(ForeignKey("stations.id"))
    threshold_m = Column(Float)
    triggered_at = Column(DateTime)
    severity = Column(String(12))
    acknowledged_by = Column(String(60))
    acknowledgement_note = Column(Text)


class AlertSubscriber(Base):
    __tablename__ = "alert_subscribers"

    id = Column(Integer, primary_key=True)
    station_id = Column(ForeignKey("stations.id"))
    email = Column(String(200))
    mobile = Column(String(20))
    home_postcode = Column(String(10))
    verified = Column(Boolean, default=False)
    unsubscribe_token = Column(String(64), unique=True)
