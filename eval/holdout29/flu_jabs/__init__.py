"""Community pharmacy seasonal flu vaccination service: patients, vaccinations, cold chain."""
