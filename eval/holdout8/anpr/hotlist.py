from datetime import datetime

import attr

HOTLIST_SOURCES = ("PNC", "LOCAL", "DVLA_UNTAXED", "INSURANCE")


@attr.s(auto_attribs=False)
class HotlistEntry:
    vrm = attr.ib(converter=lambda v: v.replace(" ", "").upper())
    source = attr.ib(validator=attr.validators.in_(HOTLIST_SOURCES))
    reason = attr.ib(default="")
    markers = attr.ib(factory=list)
    action = attr.ib(default="information")
    added_by = attr.ib(default=None)
    added_at = attr.ib(factory=datetime.utcnow)
    expires_at = attr.ib(default=None)


@attr.s
class HotlistFile:
    name = attr.ib()
    sha256 = attr.ib()
    entry_count = attr.ib(default=0)
    loaded_at = attr.ib(default=None)
