"""Environmental testing laboratory: sampling sites, samples, instruments, batches and results."""
