"""Smartcard ticketing back office: registered cards, taps, top-ups and hotlisting."""
