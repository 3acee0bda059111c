"""FinOps reporting: cloud billing line items, budgets, anomalies and rightsizing."""
