"""QContact's contact-centre application: the worked example of a privlint-checked codebase.

Each sub-package holds one category of personal data from the privacy notice (see
``privacy.toml`` beside this package): accounts, contracts, usage, correspondence, marketing,
and crm (data we process for our customers, as a processor).
"""
