"""School admissions appeals: appellants, children, appeals and independent panels."""
