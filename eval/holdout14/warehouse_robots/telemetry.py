import attr


@attr.s(slots=True)
class TelemetryFrame:
    robot_serial = attr.ib(type=str)
    ts = attr.ib(type=float)
    pose_x = attr.ib(type=float)
    pose_y = attr.ib(type=float)
    speed_mps = attr.ib(type=float, default=0.0)
    payload_kg = attr.ib(type=float, default=0.0)
    error_codes = attr.ib(factory=list)


@attr.s
class SafetyIncident:
    robot_serial = attr.ib(type=str)
    occurred_at = attr.ib()
    zone = attr.ib(type=str)
    stop_type = attr.ib(type=str, default="protective")
    person_detected = attr.ib(type=bool, default=False)
    reported_by = attr.ib(type=str, default="")
    injury_description = attr.ib(type=str, default="")
    witness_statement = attr.ib(type=str, default="")
