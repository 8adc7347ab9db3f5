"""The page editor's create view without autosave (Wagtail internals, kept here alone).

Wagtail 8 autosaves the create form as the editor types: the first autosave creates the page
(and wagtail-localize its seven aliases) from a half-filled form, answers the fields not filled
in yet with validation-error banners, and a Publish pressed while it runs creates the page a
second time ("The slug … is already in use"), leaving the autosaved draft behind. Here a page
is created by the editor's first Save or Publish only; from then on the edit view autosaves as
Wagtail does (``WAGTAIL_AUTOSAVE_INTERVAL``). Wagtail has no setting for the create view
alone, so its view is routed to this subclass (``config/urls.py``); ``home/tests/
test_page_creation.py`` fails if an upgrade changes what this relies on."""

from wagtail.admin.views.pages.create import CreateView


class CreatePageView(CreateView):
    def get_context_data(self, **kwargs):
        self.autosave_enabled = False
        return super().get_context_data(**kwargs)
