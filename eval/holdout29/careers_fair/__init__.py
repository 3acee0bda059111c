"""University careers fair: exhibiting organisations, their stand staff, student sign-ups and badge scans."""
