"""ERP data in: customers, contacts, documents and payments from CSV, .xlsx or an API body.

Every import is all or nothing: rows are validated in Python (every problem of every row and
column is listed), references are checked against the tenant's data, then the rows are copied
into a temporary table and upserted by the ERP's reference in a single transaction. Importing
the same rows twice changes nothing. See `columns.py` for the columns of each kind and
`parsers.py` for how amounts and dates are read.
"""

from core.imports.model import Cell, ImportReport, Kind, Problem, SourceRow
from core.imports.pipeline import import_rows
from core.imports.readers import read_file

__all__ = ["Cell", "ImportReport", "Kind", "Problem", "SourceRow", "import_rows", "read_file"]
