from dataclasses import dataclass


@dataclass
class TachoExportConfig:
    sftp_host: str
    sftp_user: str
    sftp_password: str
    export_dir: str = "/outgoing/hours"
    retain_days: int = 365
