"""Public library makerspace: 3D printer queue, filament stock and maker print credit."""
