"""The source formats the importer reads, one module each, behind one small interface
(base.Source) and one row loop (base.apply_table)."""

from registers.importer.sources.documents import DocumentsSource
from registers.importer.sources.dsta import DstaSource
from registers.importer.sources.exchange import ExchangeSource
from registers.importer.sources.opengr import OpenGRSource
from registers.importer.sources.regioatlas import RegioatlasSource

SOURCES = [RegioatlasSource, ExchangeSource, OpenGRSource, DstaSource, DocumentsSource]
