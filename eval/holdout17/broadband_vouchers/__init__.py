"""Rural gigabit broadband voucher scheme: suppliers, projects, beneficiaries, vouchers."""
