"""Radiology imaging metadata: DICOM header extracts, modality worklist, de-identification."""
