"""Customer accounts, lines and monthly bills for a mobile virtual network operator."""
