"""Money: subsidy policies and cost sharing, in integer fen."""
