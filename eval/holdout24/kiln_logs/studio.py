from attrs import define, field


class Defaults:
    MAX_PIECES_PER_SLOT = 12
    BISQUE_CONE = "04"
    GLAZE_CONE = "6"
    ALERT_EMAIL = "kilns@claystudio.example"


@define
class ShelfSlot:
    slot_code: str
    firing_id: str
    member_number: str
    pieces: int
    glaze_names: list[str] = field(factory=list)
    fee_pence: int = 0


@define
class KilnTechnician:
    username: str
    display_name: str
    mobile: str
    trained_on: list[str] = field(factory=list)
    pat_tester_certified: bool = False
