"""Direct-to-consumer DNA test kits: orders, sample receipt, genotype results, relative matching."""
