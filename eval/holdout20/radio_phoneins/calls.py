import attr


@attr.s
class Caller:
    cli = attr.ib()
    first_name = attr.ib()
    area = attr.ib(default="")
    age_bracket = attr.ib(default=None)
    times_on_air = attr.ib(default=0)
    last_called_at = attr.ib(default=None)
    blocked = attr.ib(default=False)
    producer_notes = attr.ib(default="")


@attr.s
class QueuedCall:
    line = attr.ib()
    caller = attr.ib()
    topic = attr.ib()
    answered_at = attr.ib()
    screened_by = attr.ib(default=None)
    on_air = attr.ib(default=False)


@attr.s(frozen=True)
class StudioLine:
    number = attr.ib()
    label = attr.ib()
    hybrid_ip = attr.ib()
    enabled = attr.ib(default=True)


@attr.s
class TextMessage:
    sender = attr.ib()
    body = attr.ib()
    received_at = attr.ib()
    keyword = attr.ib(default=None)
    read_on_air = attr.ib(default=False)
    operator_charge_pence = attr.ib(default=25)


@attr.s
class ShowRundown:
    show_name = attr.ib()
    presenter = attr.ib()
    producer = attr.ib()
    starts_at = attr.ib()
    phone_in_topic = attr.ib(default="")
