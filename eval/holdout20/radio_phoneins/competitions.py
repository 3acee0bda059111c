import attr


@attr.s
class Competition:
    code = attr.ib()
    prize = attr.ib()
    question = attr.ib()
    closes_at = attr.ib()
    min_age = attr.ib(default=18)


@attr.s
class Entry:
    competition_code = attr.ib()
    name = attr.ib()
    phone = attr.ib()
    answer = attr.ib()
    postcode = attr.ib()
    date_of_birth = attr.ib(default=None)
    marketing_opt_in = attr.ib(default=False)
    winner = attr.ib(default=False)
