from marshmallow import Schema, fields, validate


class ObservationSchema(Schema):
    station = fields.Str(attribute="station_id")
    observed_at = fields.DateTime(format="iso")
    temperature = fields.Float(attribute="temp_c", allow_none=True)
    humidity = fields.Float(attribute="humidity_pct", allow_none=True)
    pressure = fields.Float(attribute="pressure_hpa", allow_none=True)
    wind_speed = fields.Float(attribute="wind_speed_ms", allow_none=True)
    wind_direction = fields.Int(attribute="wind_dir_deg", allow_none=True)
    rainfall = fields.Float(attribute="rain_mm", allow_none=True)


class StationSchema(Schema):
    id = fields.Int(dump_only=True)
    name = fields.Str()
    lat = fields.Float(attribute="latitude")
    lon = fields.Float(attribute="longitude")
    elevation = fields.Float(attribute="elevation_m")
    status = fields.Str()


class AlertSubscriptionSchema(Schema):
    email = fields.Email(required=True)
    region = fields.Str(required=True)
    threshold = fields.Str(validate=validate.OneOf(["yellow", "amber", "red"]))
    channel = fields.Str(load_default="email")
