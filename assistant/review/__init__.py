"""Year-on-year review, region roll-up and batch checks in worker processes."""
