"""Employee expense claims: receipts, mileage, approvals and reimbursement."""
