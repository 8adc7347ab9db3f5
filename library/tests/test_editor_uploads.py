"""A regional editor's uploads: the Albanian editor uploads a PDF and an image through the
admin's choosers, publishes an Albanian publication with the PDF, and the site search finds it
by a word that is only in the PDF. Transactional: in the admin nothing wraps the upload in a
transaction, and that is where the text got lost."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from wagtail.images.tests.utils import get_test_image_file
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from home.locales import editor_group_name, language_collection
from library.factories import LibraryPageFactory
from library.models import ExtractionStatus, LibraryDocument, PublicationPage
from tests.builders import build_site, sync_trees, translate

from .helpers import ALBANIAN, pdf_bytes


def image_upload():
    return SimpleUploadedFile("fëmijë.png", get_test_image_file().file.getvalue())


ONLY_IN_PDF = "Kuqalashtë"  # a word in the PDF, nowhere else


def editor(code):
    user = get_user_model().objects.create_user(f"editor-{code}", password="pw")
    user.groups.add(Group.objects.get(name=editor_group_name(code)))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def site():
    site = build_site()
    library = LibraryPageFactory(parent=site.home)
    sync_trees()
    site.library_sq = translate(library, "sq", title="Biblioteka", slug="biblioteka")
    return site


def upload_document(client, content, title="Udhëzues për punonjësit socialë"):
    return client.post(
        "/admin/documents/chooser/create/",
        {"document-chooser-upload-title": title, "document-chooser-upload-file": content},
    )


def publish_publication(client, library, document):
    data = nested_form_data(
        {
            "title": "Vlerësimi i rrezikut",
            "slug": "vleresimi-i-rrezikut",
            "summary": "Një udhëzues praktik.",
            "authors": "",
            "organisations": "",
            "publication_date": "2025-03-14",
            "files": inline_formset([{"document": document.pk, "language": "sq"}]),
            "topics": [],
            "countries": [],
            "audiences": [],
            "related_publications": [],
            "action-publish": "publish",
        }
    )
    return client.post(f"/admin/pages/add/library/publicationpage/{library.pk}/", data)


@pytest.mark.django_db(transaction=True)
def test_a_pdf_uploaded_in_the_admin_makes_its_publication_searchable(site):
    client = editor("sq")
    pdf = SimpleUploadedFile("udhezues.pdf", pdf_bytes(f"{ALBANIAN} {ONLY_IN_PDF} metodologji."))
    response = upload_document(client, pdf)
    assert response.status_code == 200
    assert response.json()["step"] == "chosen"
    document = LibraryDocument.objects.get()
    assert document.extraction_status == ExtractionStatus.DONE
    assert document.collection == language_collection("sq")

    response = publish_publication(client, site.library_sq, document)
    assert response.status_code == 302
    page = PublicationPage.objects.get(slug="vleresimi-i-rrezikut")
    assert page.live and page.locale.language_code == "sq"

    for query in (ONLY_IN_PDF, "kuqalashte"):  # as written, and typed without diacritics
        html = Client().get(f"/sq/search/?q={query}").content.decode()
        assert "Vlerësimi i rrezikut" in html, query


@pytest.mark.django_db(transaction=True)
def test_editors_choose_from_the_whole_library_and_upload_into_their_own_collection(site):
    from wagtail.images import get_image_model

    from library.factories import LibraryDocumentFactory

    LibraryDocumentFactory(title="Raport kombëtar")  # the admin's, in the root collection
    get_image_model().objects.create(title="Logo e rrjetit", file=get_test_image_file())
    client = editor("sq")
    for url, existing in (
        ("/admin/documents/chooser/", "Raport kombëtar"),
        ("/admin/images/chooser/", "Logo e rrjetit"),
    ):
        response = client.get(url)
        assert response.status_code == 200
        html = response.json()["html"]
        assert existing in html, url
        assert 'id="tab-label-upload"' in html or "tab-upload" in html, url

    response = client.post(
        "/admin/images/chooser/create/",
        {
            "image-chooser-upload-title": "Fëmijë në shkollë",
            "image-chooser-upload-file": image_upload(),
            "image-chooser-upload-description": "Fëmijë që lexojnë në bibliotekën e shkollës",
        },
    )
    assert response.json()["step"] == "chosen"
    image = get_image_model().objects.get(title="Fëmijë në shkollë")
    assert image.collection == language_collection("sq")

    # The Bulgarian editor chooses the Albanian image, but cannot change it.
    bulgarian = editor("bg")
    assert "Fëmijë në shkollë" in bulgarian.get("/admin/images/chooser/").json()["html"]
    assert bulgarian.get(f"/admin/images/{image.pk}/").status_code in (302, 403)
    assert client.get(f"/admin/images/{image.pk}/").status_code == 200


@pytest.mark.django_db(transaction=True)
def test_collection_permissions_are_granted_once(site):
    from wagtail.models import GroupCollectionPermission

    from home.locales import ensure_locales_and_groups

    count = GroupCollectionPermission.objects.count()
    ensure_locales_and_groups()
    assert GroupCollectionPermission.objects.count() == count > 0
