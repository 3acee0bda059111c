"""Private fertility clinic: patients and partners, IVF cycles, embryology, donors."""
