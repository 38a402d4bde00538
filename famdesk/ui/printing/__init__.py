"""Printing: the PDF preview and the status report dialog."""
