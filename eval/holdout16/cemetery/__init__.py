"""Council bereavement services: cemetery plots, interments, grave owners, memorials."""
