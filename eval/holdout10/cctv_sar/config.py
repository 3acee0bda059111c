import attrs


@attrs.frozen
class VmsConfig:
    host: str = attrs.field()
    api_user: str = attrs.field(default="sar-export")
    api_password: str = attrs.field(default="", repr=False)
    export_dir: str = attrs.field(default="/srv/sar/exports")
    statutory_days: int = attrs.field(default=30)
