"""Charity shop Gift Aid: donor declarations, tagged donated goods, HMRC claims."""
