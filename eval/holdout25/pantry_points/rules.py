import attr


@attr.s(auto_attribs=False, frozen=True)
class AllowanceRule:
    size = attr.ib()
    points_per_week = attr.ib()
    max_carry_over = attr.ib(default=10)


@attr.s
class TopUp:
    household_id = attr.ib()
    points = attr.ib()
    reason = attr.ib(default="weekly")
    approved_by = attr.ib(default=None)
    applied_at = attr.ib(default=None)


@attr.s(slots=True)
class PantrySite:
    name = attr.ib()
    address = attr.ib()
    opening_times = attr.ib(factory=list)
    contact_email = attr.ib(default="pantry@example.org")
    chiller_capacity_l = attr.ib(default=400)
