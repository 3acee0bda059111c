"""3D print farm: printers, job queue, filament stock."""
