"""Every export file is written here, from rows gathered by
app/services/exports: `domain` (`caravane export`: the whole database as
JSON, CSV or XLSX) and `officers` (`caravane print export`: the CCIS
officers' tables with readable headers)."""
