"""The rule catalogue, its engine and the lessons that teach each rule."""
