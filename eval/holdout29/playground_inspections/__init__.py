"""Council play-area inspection programme: parks, play equipment, inspections and defect reports."""
