"""One module per kind of extraction; each a pure function from a Document to records in document order."""
