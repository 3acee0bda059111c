"""Bird ringing group records: ringing sites, captures, biometrics of birds, recoveries."""
