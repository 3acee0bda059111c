"""Clinical placement allocation for pre-registration nursing students."""
