"""Debt collection agency: placed accounts, debtors, repayment arrangements."""
