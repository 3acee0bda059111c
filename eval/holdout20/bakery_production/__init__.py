"""Craft bakery production planning: ingredients, products, ovens, shifts and wholesale orders."""
