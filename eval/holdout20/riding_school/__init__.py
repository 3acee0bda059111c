"""Riding school and livery yard: riders, horses, lessons and lesson credit."""
