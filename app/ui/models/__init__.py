"""Table models (QAbstractTableModel over lists of service rows)."""
