from .documents import ExtractionStatus, LibraryDocument
from .library import LibraryPage
from .publications import PublicationFile, PublicationPage

__all__ = [
    "ExtractionStatus",
    "LibraryDocument",
    "LibraryPage",
    "PublicationFile",
    "PublicationPage",
]
