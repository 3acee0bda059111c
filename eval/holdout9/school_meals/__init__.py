"""Cashless school meals: parent accounts, pupils at the till, menus and MIS imports."""
