"""Guide dog charity: volunteer puppy walkers, puppies in their care and progress reports."""
