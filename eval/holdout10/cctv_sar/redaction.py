import attr


@attr.s
class Camera:
    camera_id = attr.ib()
    site = attr.ib()
    latitude = attr.ib()
    longitude = attr.ib()
    retention_days = attr.ib(default=31)
    ptz = attr.ib(default=False)


@attr.s
class ThirdPartyFace:
    clip_id = attr.ib()
    frame = attr.ib()
    bbox = attr.ib()
    face_embedding = attr.ib(default=None, repr=False)
    blurred = attr.ib(default=True)


@attr.s
class DisclosureLog:
    request_ref = attr.ib()
    clip_sha256 = attr.ib()
    delivered_via = attr.ib(default="secure_download")
    download_password = attr.ib(default=None, repr=False)
    reviewed_by = attr.ib(default=None)
    redaction_notes = attr.ib(default="")
