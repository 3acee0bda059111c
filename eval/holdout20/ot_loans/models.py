from sqlalchemy import Boolean, Column, Date, DateTime, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Prescriber(Base):
    """An OT, physio or nurse allowed to order equipment against a budget."""

    __tablename__ = "prescribers"

    id = Column(Integer, primary_key=True)
    name = Column(String(120), nullable=False)
    hcpc_number = Column(String(12))
    team = Column(String(80))
    email = Column(String(254), nullable=False)
    budget_code = Column(String(20), nullable=False)
    active = Column(Boolean, default=True)


class Client(Base):
    __tablename__ = "clients"

    id = Column(Integer, primary_key=True)
    nhs_number = Column(String(10), index=True)
    name = Column(String(160), nullable=False)
    date_of_birth = Column(Date)
    address = Column(Text, nullable=False)
    postcode = Column(String(8), nullable=False)
    phone = Column(String(20))
    key_safe_code = Column(String(10))
    access_notes = Column(Text)
    weight_kg = Column(Numeric(5, 1))
    diagnosis = Column(String(200))
    lives_alone = Column(Boolean, default=False)
    next_of_kin_name = Column(String(120))
    next_of_kin_phone = Column(String(20))
    created_at = Column(DateTime)


class Store(Base):
    __tablename__ = "stores"

    id = Column(Integer, primary_key=True)
    name = Column(String(80))
    address = Column(Text)
    postcode = Column(String(8))
    phone = Column(String(20))
    manager_name = Column(String(120))


class EquipmentItem(Base):
    __tablename__ = "equipment_items"

    id = Column(Integer, primary_key=True)
    asset_tag = Column(String(20), unique=True)
    product_code = Column(String(20), index=True)
    description = Column(String(200))
    max_user_weight_kg = Column(Integer)
    serial_number = Column(String(40))
    condition = Column(String(20), default="serviceable")
    last_serviced_on = Column(Date)
    store_id = Column(Integer, ForeignKey("stores.id"))


class Loan(Base):
    __tablename__ = "loans"

    id = Column(Integer, primary_key=True)
    client_id = Column(Integer, ForeignKey("clients.id"), nullable=False)
    item_id = Column(Integer, ForeignKey("equipment_items.id"), nullable=False)
    prescriber_id = Column(Integer, ForeignKey("prescribers.id"), nullable=False)
    delivered_on = Column(Date)
    collect_by = Column(Date)
    delivery_slot = Column(String(10))
    delivery_instructions = Column(Text)
    returned_on = Column(Date)

    client = relationship("Client", backref="loans")
    item = relationship("EquipmentItem")
