"""PDF documents built with ReportLab from the services read models (no Qt, no ORM)."""
