"""Magistrates' court fines collection: defendants, impositions, payments, enforcement."""
