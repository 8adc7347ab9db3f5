from types import SimpleNamespace

from advocacy.factories import AdvocacyIndexPageFactory
from library.factories import LibraryDocumentFactory, LibraryPageFactory, PublicationPageFactory
from tests.builders import build_site, sync_trees


def advocacy_site(publications=3):
    """The test site with a library of ``publications`` and an advocacy index, aliased in
    every locale."""
    site = build_site()
    library = LibraryPageFactory(parent=site.home)
    advocacy = AdvocacyIndexPageFactory(parent=site.home)
    items = [
        PublicationPageFactory(
            parent=library,
            title=f"Evidence report {n}",
            authors=f"Ana Popescu{n}",
            organisations="UNICEF",
            editions=[("en", LibraryDocumentFactory())],
        )
        for n in range(1, publications + 1)
    ]
    sync_trees()
    return SimpleNamespace(**vars(site), library=library, advocacy=advocacy, publications=items)
