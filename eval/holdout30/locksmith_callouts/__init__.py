"""24-hour emergency locksmith: call-outs, engineer dispatch, job sheets."""
