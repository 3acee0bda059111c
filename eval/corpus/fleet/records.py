"""attrs records of a delivery-fleet service (evaluation corpus)."""

from datetime import date, datetime

import attr
import attrs


@attrs.define
class Driver:
    driver_id: str
    first_name: str
    surname: str
    driving_licence_number: str
    licence_expiry: date
    mobile_number: str
    home_postcode: str
    emergency_contact: str
    hourly_rate: float
    rating: float
    vehicle_id: str
    active: bool = True


@attrs.frozen
class Vehicle:
    vehicle_id: str
    make: str
    model: str
    registration: str
    capacity_kg: float
    fuel_type: str
    mileage: int
    last_service: date


@attrs.define
class Delivery:
    delivery_id: str
    recipient_name: str
    recipient_phone: str
    delivery_address: str
    delivery_notes: str
    pickup_lat: float
    pickup_lon: float
    signature_image: bytes
    parcel_weight: float
    eta: datetime
    status: str


@attr.s(auto_attribs=True)
class GpsPing:
    driver_id: str
    latitude: float
    longitude: float
    speed_kmh: float
    heading: int
    recorded_at: datetime


@attrs.define
class Depot:
    depot_code: str
    name: str
    street: str
    city: str
    latitude: float
    longitude: float
    manager_name: str
    opening_hours: str


@attrs.define
class RouteStats:
    route_count: int
    total_distance_km: float
    avg_stop_minutes: float
    remote_address: str
    usage: int
    generated_at: datetime
