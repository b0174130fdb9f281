//! Links posts into the networks behind them, with the evidence for every link. (Stub: being implemented.)
