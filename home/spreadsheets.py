"""Spreadsheet exports of the admin's reports that cannot run what visitors typed: a cell that
a spreadsheet would read as a formula (``=HYPERLINK(…)``, ``+``, ``-``, ``@``, or a tab or
carriage return first) is exported as text, prefixed with an apostrophe (OWASP's advice for
CSV injection). Wagtail already writes such cells as text in XLSX files."""

from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return f"'{value}"
    return value


class FormulaSafeExportMixin:
    """For a view with Wagtail's ``SpreadsheetExportMixin`` (its report and listing views)."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == SpreadsheetExportMixin.FORMAT_CSV:
            return neutralise_formula(value)
        return value
