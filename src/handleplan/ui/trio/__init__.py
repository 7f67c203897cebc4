"""Parts of the TRIO screen: the members, one meeting, its agreements."""
