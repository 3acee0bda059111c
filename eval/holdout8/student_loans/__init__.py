"""Student loans: borrowers, yearly applications, loan accounts and repayments."""
