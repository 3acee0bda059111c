import enum

from sqlalchemy import (
    BigInteger, Boolean, Column, DateTime, Enum, Float, ForeignKey, Integer, String, Text,
)
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class DeviceRole(enum.Enum):
    CORE = "core"
    DISTRIBUTION = "distribution"
    ACCESS = "access"
    FIREWALL = "firewall"
    WIRELESS_CONTROLLER = "wlc"


class Site(Base):
    __tablename__ = "sites"

    id = Column(Integer, primary_key=True)
    code = Column(String(10), unique=True, nullable=False)
    name = Column(String(100), nullable=False)
    address = Column(String(255))
    postcode = Column(String(10))
    latitude = Column(Float)
    longitude = Column(Float)
    timezone = Column(String(40), default="Europe/London")


class Supplier(Base):
    __tablename__ = "suppliers"

    id = Column(Integer, primary_key=True)
    name = Column(String(120), nullable=False)
    contact_email = Column(String(120))
    support_phone = Column(String(20))
    account_number = Column(String(20))
    portal_url = Column(String(255))


class Device(Base):
    __tablename__ = "devices"

    id = Column(Integer, primary_key=True)
    hostname = Column(String(63), unique=True, nullable=False)
    site_id = Column(Integer, ForeignKey("sites.id"), nullable=False)
    rack = Column(String(10))
    role = Column(Enum(DeviceRole), nullable=False)
    vendor = Column(String(40))
    model = Column(String(40))
    serial_number = Column(String(40), unique=True)
    mgmt_ip = Column(String(45))
    base_mac = Column(String(17))
    os_version = Column(String(40))
    config_template_name = Column(String(80))
    owner_team = Column(String(40), default="netops")
    last_seen = Column(DateTime)
    decommissioned = Column(Boolean, default=False)


class Circuit(Base):
    __tablename__ = "circuits"

    id = Column(Integer, primary_key=True)
    circuit_ref = Column(String(40), unique=True)
    supplier_id = Column(Integer, ForeignKey("suppliers.id"))
    a_end_site_id = Column(Integer, ForeignKey("sites.id"))
    bandwidth_mbps = Column(Integer)
    monthly_cost = Column(Float)
    usage_95th_mbps = Column(Float)
    contract_ends = Column(DateTime)


class DhcpLease(Base):
    __tablename__ = "dhcp_leases"

    id = Column(BigInteger, primary_key=True)
    ip_address = Column(String(45), nullable=False)
    mac_address = Column(String(17), nullable=False)
    client_hostname = Column(String(63))
    vlan = Column(Integer)
    eduroam_identity = Column(String(120))
    leased_at = Column(DateTime, nullable=False)
    expires_at = Column(DateTime, nullable=False)


class ChangeRecord(Base):
    __tablename__ = "change_records"

    id = Column(Integer, primary_key=True)
    device_id = Column(Integer, ForeignKey("devices.id"))
    summary = Column(String(200))
    diff = Column(Text)
    risk = Column(String(10))
    implemented_by = Column(String(40))
    approved = Column(Boolean, default=False)
    window_start = Column(DateTime)
