"""Community credit union: members, share (savings) accounts, loans and statements."""
