"""Window-cleaning round management for a small cleaning business."""
