"""Parish council defibrillator scheme: public-access cabinets, CPR/AED training sessions, call-outs."""
