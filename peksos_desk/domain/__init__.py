"""Pure-Python rules of the practice: no database, no Qt, no I/O."""
