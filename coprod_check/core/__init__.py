"""The pure core: plans, principle sets, the model, maturity and risk. No I/O, no terminal."""
