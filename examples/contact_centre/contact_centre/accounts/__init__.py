"""Account data: the logins customers' people use to reach our services."""
