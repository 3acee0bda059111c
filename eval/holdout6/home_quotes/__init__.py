"""Home insurance quote engine: applicant and property in, priced cover out."""
