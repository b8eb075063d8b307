"""The report model: cells, numbers as officials write them, derived cells, editor grids."""
