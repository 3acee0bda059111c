"""CCTV subject access requests for a town-centre camera scheme."""
