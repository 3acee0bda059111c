"""Holiday sports camps for children: camps, guardians, children, bookings."""
