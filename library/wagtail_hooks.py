from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from .aliases import alias_copy
from .models import LibraryDocument


class DocumentTextViewSet(ModelViewSet):
    """What text extraction made of each uploaded file: state, language, pages, errors."""

    model = LibraryDocument
    name = "document-texts"
    menu_label = _("Document texts")
    icon = "doc-full"
    menu_order = 310
    add_to_admin_menu = True
    list_display = [
        "title",
        "detected_language",
        "page_count",
        "extraction_status",
        "get_active_content_display",
    ]
    list_filter = ["extraction_status", "detected_language"]
    search_fields = ["title"]
    form_fields = ["title"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "title",
        "file",
        "checksum",
        "detected_language",
        "page_count",
        "extraction_status",
        "extraction_error",
        "get_active_content_display",
    ]
    create_view_enabled = False


@hooks.register("register_admin_viewset")
def register_document_texts():
    return DocumentTextViewSet()


@hooks.register("after_copy_page")
def alias_copied_page(request, page, new_page):
    alias_copy(new_page)
